"""The sidebar: All entries, Trash, clients (archived ones folded away), tags. Picks a filter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from ...core.records import EntryFilter
from ..common import theme
from ..common.chips import colour_dot

if TYPE_CHECKING:
    from ...core.journal import Journal

# Keys are stored as text ("client:5"): QVariant compares wrapped Python objects by identity,
# so model.match() would never find an equal tuple.
KeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
ReviewRole = Qt.ItemDataRole.UserRole + 3  # a review's id, on the coach's Reviews
ROW_H = 32
COUNT_PAD = 12
Key = tuple[str, int | None]  # ("all"|"trash"|"client"|"tag", id)
ALL: Key = ("all", None)
TRASH: Key = ("trash", None)
COACH: Key = ("coach", None)  # entries with a coach's notes (issue #20)
REVIEW = "review"  # the coach's side: a review opened before, reopened by a click


def key_text(key: Key) -> str:
    return f"{key[0]}:{'' if key[1] is None else key[1]}"


def text_key(text: str | None) -> Key | None:
    if not text:
        return None
    kind, _, ident = text.partition(":")
    return (kind, int(ident) if ident.isdigit() else None)


def key_to_filter(key: Key) -> EntryFilter:
    kind, ident = key
    if kind == "trash":
        return EntryFilter(trashed=True)
    if kind == "client" and ident is not None:
        return EntryFilter(client_ids=(ident,))
    if kind == "tag" and ident is not None:
        return EntryFilter(tag_ids=(ident,))
    return EntryFilter()


class SidebarDelegate(QStyledItemDelegate):
    """32 px rows; a row's count right-aligned and muted; section names small and muted."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(super().sizeHint(option, index).width(), ROW_H)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if str(index.data(KeyRole)).startswith("group:"):
            option.font = theme.font("meta", option.font, QFont.Weight.DemiBold)
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
            option.palette.setColor(QPalette.ColorRole.Text, muted)
            option.palette.setColor(QPalette.ColorRole.WindowText, muted)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        count = index.data(CountRole)
        if not count:
            super().paint(painter, option, index)
            return
        font = theme.font("meta", option.font)
        room = QFontMetrics(font).horizontalAdvance(str(count)) + COUNT_PAD + 8
        # The row's background whole, its name short of the count ("…" where it is long):
        # a long Russian name ran into its number.
        whole = QStyleOptionViewItem(option)
        self.initStyleOption(whole, index)
        whole.text, whole.icon = "", QIcon()
        style = whole.widget.style() if whole.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, whole, painter, whole.widget)
        named = QStyleOptionViewItem(option)
        named.rect = QRect(option.rect).adjusted(0, 0, -room, 0)
        super().paint(painter, named, index)
        painter.save()
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        rect = QRect(option.rect).adjusted(0, 0, -COUNT_PAD, 0)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, align, str(count))
        painter.restore()


class Sidebar(QTreeView):
    keyChanged = Signal(object)  # Key
    reviewRequested = Signal(str)  # a review's id: reopen it (it filters no entries)

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._model = QStandardItemModel(self)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Sidebar: entries, trash, clients and tags"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setItemDelegate(SidebarDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        # A long name ends in "…" within the sidebar's width (not cut off past its edge), and
        # its whole text is on hover.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._current: Key = ALL
        self._coached: tuple[int, ...] = ()
        self.clicked.connect(self._on_clicked)
        self.reload()

    @property
    def current_key(self) -> Key:
        return self._current

    def current_filter(self) -> EntryFilter:
        """What the list shows for the item chosen here."""
        if self._current == COACH:
            return EntryFilter(ids=self._coached)
        return key_to_filter(self._current)

    def reload(self) -> None:
        """Rebuild from the journal, keeping the selection (and folded groups) as they were."""
        archived_open = False
        keep = self._current
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            for sub in range(item.rowCount() if item else 0):
                child = item.child(sub) if item else None
                if child is not None and child.data(KeyRole) == "group:1":
                    archived_open = self.isExpanded(child.index())
        # A fresh model each time, swapped in whole: QStandardItemModel.clear() crashes in
        # PySide6 6.11 while a view is attached (it takes rows out one by one).
        old_model, old_selection = self._model, self.selectionModel()
        self._model = QStandardItemModel(self)
        root = self._model.invisibleRootItem()
        total = self._journal.entries.count()
        trashed = self._journal.entries.count(EntryFilter(trashed=True))
        root.appendRow(self._item(self.tr("All entries"), ALL, count=total))
        root.appendRow(self._item(self.tr("Trash"), TRASH, count=trashed))
        self._coached = self._journal.reviews.noted_entry_ids()
        if self._coached:
            root.appendRow(self._item(self.tr("Coach notes"), COACH, count=len(self._coached)))

        clients = self._journal.clients.all()
        group = self._group(self.tr("Clients"), 0)
        archived = self._group(self.tr("Archived"), 1)
        for client in clients:
            item = self._item(client.name, ("client", client.id), count=client.entries)
            item.setIcon(colour_dot(client.colour))
            (archived if client.archived else group).appendRow(item)
        if archived.rowCount():
            group.appendRow(archived)
        root.appendRow(group)

        tags = self._group(self.tr("Tags"), 2)
        for tag in self._journal.tags.all():
            tags.appendRow(self._item("#" + tag.name, ("tag", tag.id), count=tag.entries))
        root.appendRow(tags)
        reviews = self._group(self.tr("Reviews"), 3)  # the coach's: each review opened
        for r in self._journal.reviews.reviews():
            title = r.title or self.tr("a review")
            text = f"{r.generated_at.astimezone():%Y-%m-%d} · {title}"
            item = self._item(text, (REVIEW, None), count=r.notes)
            item.setData(r.review_id, ReviewRole)
            item.setToolTip(
                self.tr("{0}: entries: {1}, my notes: {2}. Click to open it again.").format(
                    title, r.entries, r.notes
                )
            )
            reviews.appendRow(item)
        if reviews.rowCount():
            root.appendRow(reviews)
        self.setModel(self._model)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        if old_model is not self._model:
            old_model.deleteLater()
        if old_selection is not None:
            old_selection.deleteLater()
        self.expand(group.index())
        self.expand(tags.index())
        if reviews.rowCount():
            self.expand(reviews.index())
        if archived.rowCount() and archived_open:
            self.expand(archived.index())
        if self._find(keep) is not None:
            self.select_key(keep, emit=False)
        else:  # the client or tag shown is gone (merged, emptied): fall back to everything
            self.select_key(ALL)

    def select_key(self, key: Key, emit: bool = True) -> None:
        index = self._find(key)
        if index is None:
            return
        blocked = self.selectionModel().blockSignals(not emit)
        self.setCurrentIndex(index)
        self.selectionModel().blockSignals(blocked)
        if not emit:
            self._current = key

    def _find(self, key: Key) -> QModelIndex | None:
        wanted = key_text(key)
        pending = [self._model.item(r) for r in range(self._model.rowCount())]
        while pending:
            item = pending.pop(0)
            if item is None:
                continue
            if item.data(KeyRole) == wanted:
                return item.index()
            pending += [item.child(r) for r in range(item.rowCount())]
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().data(
            ReviewRole
        ):
            self._on_clicked(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        review = index.data(ReviewRole)
        if review:
            self.select_key(self._current, emit=False)  # the list stays as it was
            self.reviewRequested.emit(review)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = text_key(current.data(KeyRole))
        if key is None or key[0] in ("group", REVIEW) or key == self._current:
            return
        self._current = key
        self.keyChanged.emit(key)

    def _item(self, text: str, key: Key, count: int) -> QStandardItem:
        item = QStandardItem(text)
        item.setToolTip(text)
        item.setData(key_text(key), KeyRole)
        item.setData(count, CountRole)
        item.setData(f"{text}, {count}", Qt.ItemDataRole.AccessibleTextRole)
        return item

    def _group(self, text: str, ident: int) -> QStandardItem:
        item = QStandardItem(text)
        item.setToolTip(text)
        item.setData(key_text(("group", ident)), KeyRole)
        item.setSelectable(False)
        return item
