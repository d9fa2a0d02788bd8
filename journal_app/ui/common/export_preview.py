"""What will leave this computer, shown live while the person chooses (File → Export… and
Share for Review…): how many entries and which, the names clients will have, and the
capitalised words a pseudonymised export leaves as written, each addable in one click as
another name of the client whose entries mention it most."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from .core_messages import said
from .errors import shows_errors
from .labels import date_span
from .widgets import combo

if TYPE_CHECKING:
    from ...core.exporters.bundle import ExportPreview, ExportScope
    from ...core.exporters.unknown_names import UnknownName
    from ...core.journal import Journal

PREVIEW_DELAY_MS = 150
PREVIEW_TITLES = 500  # the list shows this many titles; the count is always exact
NAME, CLIENT = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class ExportPreviewPanel(QGroupBox):
    """`scope()`: what the person chose now; `headline(n)`: the summary's first sentence.
    With `warn_real_names`, an export that is not pseudonymised says so."""

    counted = Signal(int)  # entries that would leave (0 when the scope cannot be exported)

    def __init__(
        self,
        journal: Journal,
        scope: Callable[[], ExportScope],
        headline: Callable[[int], str],
        parent: QWidget | None = None,
        *,
        warn_real_names: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What will leave this computer"))
        self.setObjectName("exportPreview")
        self._journal = journal
        self._scope = scope
        self._headline = headline
        self._warn_real_names = warn_real_names
        self.count = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        column = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.summary)
        self.titles = self._list("exportTitles", self.tr("Entries that will be exported"))
        column.addWidget(self.titles, 3)
        column.addWidget(QLabel(self.tr("Clients, and the names they will have:"), self))
        self.names = self._list(
            "exportNames", self.tr("Clients in the export and their names there")
        )
        column.addWidget(self.names, 1)
        self._build_unknown(column)

    def _list(self, name: str, accessible: str) -> QListWidget:
        box = QListWidget(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        return box

    def _build_unknown(self, column: QVBoxLayout) -> None:
        self.unknown_label = QLabel(
            self.tr(
                "Capitalised words that will stay as written — add the ones that are names "
                "(double-click adds one):"
            ),
            self,
        )
        self.unknown_label.setWordWrap(True)
        column.addWidget(self.unknown_label)
        self.unknown = QListWidget(self)
        self.unknown.setObjectName("exportUnknown")
        self.unknown.setAccessibleName(self.tr("Names that will stay as written"))
        self.unknown.currentItemChanged.connect(lambda item, _old: self._aim(item))
        self.unknown.itemDoubleClicked.connect(self._on_add_unknown)
        column.addWidget(self.unknown, 1)
        row = QHBoxLayout()
        targets: list[tuple[str, object]] = []
        for client in self._journal.clients.all(include_archived=False):
            targets.append(
                (self.tr("as another name of “{0}”").format(client.name), (client.id, False))
            )
            targets.append((self.tr("as a person at “{0}”").format(client.name), (client.id, True)))
        self.unknown_target = combo(
            self, "exportUnknownTarget", targets, self.tr("Add the name to")
        )
        row.addWidget(self.unknown_target, 1)
        self.add_unknown_button = QPushButton(self.tr("A&dd"), self)
        self.add_unknown_button.setObjectName("exportAddUnknown")
        self.add_unknown_button.clicked.connect(lambda: self._on_add_unknown(None))
        row.addWidget(self.add_unknown_button)
        column.addLayout(row)

    # -- showing -------------------------------------------------------------------------------
    def later(self) -> None:
        """A choice changed: show the preview anew once the person pauses."""
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        try:
            preview = self._journal.exports.preview(self._scope())
        except JournalError as error:
            self.summary.setText(said(error))
            for box in (self.titles, self.names, self.unknown):
                box.clear()
            self._counted(0)
            return
        self._show(preview)

    def _counted(self, count: int) -> None:
        self.count = count
        self.counted.emit(count)

    def _show(self, preview: ExportPreview) -> None:
        bundle = preview.bundle
        lines = [self._headline(preview.count)]
        if bundle.first_date is not None and bundle.last_date is not None:
            lines.append(date_span(bundle.first_date, bundle.last_date))
        incidents = sum(len(e.incidents) for e in bundle.entries)
        if incidents:
            lines.append(self.tr("Boundary incidents: %n.", "", incidents))
        if bundle.private_left_out:
            lines.append(self.tr("Private entries left out: %n.", "", bundle.private_left_out))
        if self._warn_real_names and not bundle.scope.pseudonymise:
            lines.append(self.tr("The clients' real names will be in the file."))
        self.summary.setText(" ".join(lines))
        self.titles.clear()
        untitled = self.tr("Untitled")
        for entry in bundle.entries[:PREVIEW_TITLES]:
            self.titles.addItem(f"{entry.date.isoformat()} · {entry.title or untitled}")
        if preview.count > PREVIEW_TITLES:
            self.titles.addItem(self.tr("… and more: %n", "", preview.count - PREVIEW_TITLES))
        self.names.clear()
        for real, shown in preview.names:
            self.names.addItem(f"{real} → {shown}" if real != shown else real)
        self._show_unknown(preview)
        self._counted(preview.count)

    def _show_unknown(self, preview: ExportPreview) -> None:
        from ...core.exporters.unknown_names import unknown_names

        pseudonymised = preview.bundle.scope.pseudonymise
        for widget in (
            self.unknown_label,
            self.unknown,
            self.unknown_target,
            self.add_unknown_button,
        ):
            widget.setVisible(pseudonymised)
        self.unknown.clear()
        if not pseudonymised:
            return
        clients = self._journal.clients.all()
        real = {shown: name for name, shown in preview.names}
        ids = {c.name: c.id for c in clients}
        for found in unknown_names(preview.bundle, clients):
            item = QListWidgetItem(f"{found.name} ({found.count})", self.unknown)
            item.setData(NAME, found.name)
            item.setData(CLIENT, _most_mentioning(found, real, ids))
        self.add_unknown_button.setEnabled(
            self.unknown.count() > 0 and self.unknown_target.count() > 0
        )
        self.unknown.setCurrentRow(0)

    def _aim(self, item: QListWidgetItem | None) -> None:
        """Offer to add the name to the client whose entries mention it most (as a name of
        the client, or of a person there, as the person last chose)."""
        client_id = item.data(CLIENT) if item is not None else None
        if client_id is None:
            return
        current = self.unknown_target.currentData()
        wanted = (client_id, bool(current and current[1]))
        for n in range(self.unknown_target.count()):
            if self.unknown_target.itemData(n) == wanted:
                self.unknown_target.setCurrentIndex(n)
                return

    def _on_add_unknown(self, item: QListWidgetItem | None) -> None:
        item = item or self.unknown.currentItem()
        target = self.unknown_target.currentData()
        if item is None or target is None:
            return
        client_id, person = target
        with shows_errors(self, self.tr("Export")) as attempt:
            self._journal.clients.add_other_names(client_id, [item.data(NAME)], person=person)
        if not attempt.failed:
            self.refresh()


def _most_mentioning(found: UnknownName, real: dict[str, str], ids: dict[str, int]) -> int | None:
    """The id of the first client (in the journal) of those whose entries mention `found`."""
    for shown in found.clients:
        client_id = ids.get(real.get(shown, shown))
        if client_id is not None:
            return client_id
    return None


def preview_columns(dialog: QDialog, left: list[QWidget], preview: QWidget) -> QDialogButtonBox:
    """Lay a dialog out as both exports have it: the choices on the left, the preview on the
    right, Save and Cancel under them; returns the buttons."""
    choices = QVBoxLayout()
    for widget in left:
        choices.addWidget(widget)
    columns = QHBoxLayout()
    columns.addLayout(choices, 1)
    columns.addWidget(preview, 1)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    layout = QVBoxLayout(dialog)
    layout.addLayout(columns, 1)
    layout.addWidget(buttons)
    return buttons
