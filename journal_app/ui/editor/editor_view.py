"""The entry editor's layout: public widgets only. Behaviour lives in `editor_controller.py`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
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
    QStackedWidget,
    QTextBrowser,
    QTimeEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .incidents_panel import IncidentsPanel
from .token_picker import TokenPicker


class EditorView(QStackedWidget):
    """Page 0: nothing selected. Page 1: the entry."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self.setAccessibleName(self.tr("Entry editor"))

        self.empty = QLabel(self.tr("No entry selected.\n\nPress Ctrl+N to write a new one."))
        self.empty.setObjectName("editorEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 14pt;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 12, 8)

        self.trash_banner = QFrame(page)
        self.trash_banner.setObjectName("trashBanner")
        self.trash_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.trash_banner)
        banner.addWidget(QLabel(self.tr("This entry is in the Trash.")), 1)
        self.restore_button = QPushButton(self.tr("&Restore"), self.trash_banner)
        self.restore_button.setObjectName("restoreButton")
        self.purge_button = QPushButton(self.tr("Delete &forever…"), self.trash_banner)
        self.purge_button.setObjectName("purgeButton")
        banner.addWidget(self.restore_button)
        banner.addWidget(self.purge_button)
        layout.addWidget(self.trash_banner)

        top = QHBoxLayout()
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
        top.addWidget(self.private)
        layout.addLayout(top)

        self.title = QLineEdit(page)
        self.title.setObjectName("entryTitle")
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setFrame(False)
        layout.addWidget(self.title)

        form = QFormLayout()
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
        layout.addLayout(form)

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
        layout.addWidget(self.toolbar)

        self.body_stack = QStackedWidget(page)
        self.body = QPlainTextEdit(page)
        self.body.setObjectName("entryBody")
        self.body.setAccessibleName(self.tr("Reflection (Markdown)"))
        self.body.setPlaceholderText(
            self.tr("What happened? Did you respect the client — and yourself?")
        )
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.1)
        self.body.setFont(body_font)
        self.preview = QTextBrowser(page)
        self.preview.setObjectName("entryPreview")
        self.preview.setAccessibleName(self.tr("Formatted preview"))
        self.preview.setOpenExternalLinks(False)
        self.body_stack.addWidget(self.body)
        self.body_stack.addWidget(self.preview)
        layout.addWidget(self.body_stack, 1)
        self.incidents = IncidentsPanel(page)
        layout.addWidget(self.incidents)
        self.addWidget(page)
        self.page = page

        QWidget.setTabOrder(self.title, self.clients.edit)
        QWidget.setTabOrder(self.clients.edit, self.tags.edit)
        QWidget.setTabOrder(self.tags.edit, self.body)
        QWidget.setTabOrder(self.body, self.date)
        QWidget.setTabOrder(self.date, self.time)
        QWidget.setTabOrder(self.time, self.private)
