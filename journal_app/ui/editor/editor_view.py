"""The entry editor's layout: public widgets only. Behaviour lives in `editor_controller.py`.

The entry is a page: its body a column of about `MEASURE` characters (`Page.margin`), centred
in the pane whatever its width, with the date, title, chips and incidents aligned to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QTimeEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..common import theme
from .incidents_panel import IncidentsPanel
from .token_picker import TokenPicker

MEASURE = 70  # characters on a line of the body
PAGE_TOP = 32
MIN_MARGIN = 16  # a pane's margin: where the pane is narrow, the page fills it
SCROLLBAR = 16  # kept aside, so the measure holds with and without a scroll bar


def page_margin(width: int, font: QFont) -> int:
    """The side margin that leaves a line of `MEASURE` average characters, on the 4 px grid."""
    measure = QFontMetrics(font).averageCharWidth() * MEASURE
    margin = max(MIN_MARGIN, (width - SCROLLBAR - measure) // 2)
    return margin - margin % 4


def page_top(height: int, font: QFont) -> int:
    """The page's top and bottom margin: `PAGE_TOP`, less where the view is short (a small
    screen at 150 %), so that four lines of text always show."""
    room = height - 4 * QFontMetrics(font).lineSpacing()
    top = min(PAGE_TOP, max(4, room // 2))
    return top - top % 4


class Page(QObject):
    """Keeps a text view's viewport a centred column as the view is resized."""

    marginChanged = Signal(int)

    def __init__(self, view: QPlainTextEdit | QTextBrowser) -> None:
        super().__init__(view)
        self._view = view
        self.margin = -1
        self.top = -1
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.update()
        return False

    def update(self) -> None:
        margin = page_margin(self._view.width(), self._view.font())
        top = page_top(self._view.height(), self._view.font())
        if (margin, top) != (self.margin, self.top):
            changed = margin != self.margin
            self.margin, self.top = margin, top
            self._view.setViewportMargins(margin, top, margin, top)
            if changed:
                self.marginChanged.emit(margin)


class EditorView(QStackedWidget):
    """Page 0: nothing selected. Page 1: the entry."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self.setAccessibleName(self.tr("Entry editor"))

        self.empty = QLabel(self.tr("No entry selected.\n\nPress Ctrl+N to write a new one."), self)
        self.empty.setObjectName("editorEmpty")
        self.empty.setWordWrap(True)
        self.empty.setFont(theme.font("heading"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty)

        # On a short screen (1280×800 at 150 %) the page scrolls as a whole, rather than
        # the window growing past the screen's edge; where there is room, it fills the pane.
        # Made first, and the page in it from the start (see MainWindow: a tree moved after
        # it is built is styled again).
        scroll = QScrollArea(self)
        scroll.setObjectName("editorScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(scroll.viewport())
        page.setObjectName("editorPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The head (date, title, chips, formatting) and the foot (incidents) follow the
        # body's margins, so the page's text stands in one column.
        self.head = QWidget(page)
        head = QVBoxLayout(self.head)
        head.setContentsMargins(MIN_MARGIN, 16, MIN_MARGIN, 0)
        head.setSpacing(8)
        layout.addWidget(self.head)

        self.trash_banner = QFrame(page)
        self.trash_banner.setObjectName("trashBanner")
        self.trash_banner.setFrameShape(QFrame.Shape.NoFrame)
        banner = QHBoxLayout(self.trash_banner)
        banner.setContentsMargins(12, 8, 12, 8)
        banner.setSpacing(8)
        in_trash = QLabel(self.tr("This entry is in the Trash."))
        in_trash.setWordWrap(True)
        banner.addWidget(in_trash, 1)
        self.restore_button = QPushButton(self.tr("&Restore"), self.trash_banner)
        self.restore_button.setObjectName("restoreButton")
        self.purge_button = QPushButton(self.tr("Delete &forever…"), self.trash_banner)
        self.purge_button.setObjectName("purgeButton")
        banner.addWidget(self.restore_button)
        banner.addWidget(self.purge_button)
        head.addWidget(self.trash_banner)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.date = QDateEdit(page)
        self.date.setObjectName("entryDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setAccessibleName(self.tr("Entry date"))
        self.time = QTimeEdit(page)
        self.time.setObjectName("entryTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Entry time"))
        date_label = QLabel(self.tr("&Date"), page)
        date_label.setBuddy(self.date)
        self.private = QCheckBox(self.tr("&Private — never exported"), page)
        self.private.setObjectName("privateToggle")
        self.private.setAccessibleName(self.tr("Private: never exported"))
        top.addWidget(date_label)
        top.addWidget(self.date)
        top.addWidget(self.time)
        top.addStretch(1)
        head.addLayout(top)

        self.title = QLineEdit(page)
        self.title.setObjectName("entryTitle")
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setFont(theme.font("title", weight=QFont.Weight.DemiBold))
        self.title.setFrame(False)
        head.addWidget(self.title)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        self.clients = TokenPicker(self.tr("Add a client…"), page)
        self.clients.setObjectName("clientPicker")
        self.clients.setAccessibleName(self.tr("Clients"))
        self.tags = TokenPicker(self.tr("Add a tag…"), page)
        self.tags.setObjectName("tagPicker")
        self.tags.setAccessibleName(self.tr("Tags"))
        clients_label = QLabel(self.tr("&Clients"), page)
        clients_label.setBuddy(self.clients.edit)
        tags_label = QLabel(self.tr("Ta&gs"), page)
        tags_label.setBuddy(self.tags.edit)
        form.addRow(clients_label, self.clients)
        form.addRow(tags_label, self.tags)
        form.addRow("", self.private)
        head.addLayout(form)

        self.toolbar = QToolBar(page)
        self.toolbar.setObjectName("formatToolbar")
        self.toolbar.setAccessibleName(self.tr("Formatting"))

        def action(short: str, text: str, shortcut: str, name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setIconText(short)  # what the toolbar shows; menus and help use the full text
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{text.replace('&', '')} ({native})")
            act.setShortcut(QKeySequence(shortcut))
            self.toolbar.addAction(act)
            return act

        self.bold = action("B", self.tr("&Bold"), "Ctrl+B", "boldAction")
        self.italic = action("I", self.tr("&Italic"), "Ctrl+I", "italicAction")
        self.heading = action("H", self.tr("&Heading"), "Ctrl+Shift+H", "headingAction")
        self.bullets = action("•", self.tr("Bulleted &list"), "Ctrl+Shift+8", "listAction")
        self.quote = action("❝", self.tr("&Quote"), "Ctrl+Shift+9", "quoteAction")
        self.toolbar.addSeparator()
        self.preview_toggle = action(
            self.tr("Preview"), self.tr("&Preview"), "Ctrl+E", "previewAction"
        )
        self.preview_toggle.setCheckable(True)
        for act in (
            self.bold,
            self.italic,
            self.heading,
            self.bullets,
            self.quote,
            self.preview_toggle,
        ):
            widget = self.toolbar.widgetForAction(act)
            if widget is not None:
                widget.setAccessibleName(act.toolTip())
        head.addWidget(self.toolbar)

        self.body_stack = QStackedWidget(page)
        self.body = QPlainTextEdit(self.body_stack)
        self.body.setObjectName("entryBody")
        self.body.setAccessibleName(self.tr("Reflection (Markdown)"))
        self.body.setPlaceholderText(
            self.tr("What happened? Did you respect the client — and yourself?")
        )
        self.body.setFont(theme.font("body"))
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.page_body = Page(self.body)
        self.preview = QTextBrowser(self.body_stack)
        self.preview.setFont(theme.font("body"))
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.page_preview = Page(self.preview)
        self.preview.setObjectName("entryPreview")
        self.preview.setAccessibleName(self.tr("Formatted preview"))
        self.preview.setOpenExternalLinks(False)
        self.body_stack.addWidget(self.body)
        self.body_stack.addWidget(self.preview)
        lines = QFontMetrics(theme.font("body")).lineSpacing()
        self.body_stack.setMinimumHeight(4 * lines + 8)  # four lines show on any screen
        layout.addWidget(self.body_stack, 1)
        self.foot = QWidget(page)
        foot = QVBoxLayout(self.foot)
        foot.setContentsMargins(MIN_MARGIN, 0, MIN_MARGIN, 16)
        self.incidents = IncidentsPanel(self.foot)
        foot.addWidget(self.incidents)
        layout.addWidget(self.foot)
        self.page_body.marginChanged.connect(self._align)
        scroll.setWidget(page)
        self.addWidget(scroll)
        self.page = page
        self.page_scroll = scroll

        QWidget.setTabOrder(self.title, self.clients.edit)
        QWidget.setTabOrder(self.clients.edit, self.tags.edit)
        QWidget.setTabOrder(self.tags.edit, self.body)
        QWidget.setTabOrder(self.body, self.date)
        QWidget.setTabOrder(self.date, self.time)
        QWidget.setTabOrder(self.time, self.private)

    def _align(self, margin: int) -> None:
        for part, top, bottom in ((self.head, 16, 0), (self.foot, 0, 16)):
            part.layout().setContentsMargins(margin, top, margin, bottom)
