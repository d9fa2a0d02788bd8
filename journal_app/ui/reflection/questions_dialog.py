"""Which questions the panel shows: tick to show, untick to hide; add and reword your own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ...core.catalogue import GROUPS
from ..common.errors import run_or_warn
from ..common.labels import ui_language

if TYPE_CHECKING:
    from ...core.journal import Journal

QuestionRole = Qt.ItemDataRole.UserRole + 1
CustomRole = Qt.ItemDataRole.UserRole + 2


class QuestionsDialog(QDialog):
    questionsChanged = Signal()

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filling = False
        self.setObjectName("questionsDialog")
        self.setWindowTitle(self.tr("Questions"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        book = journal.questions.catalogue
        intro = QLabel(
            self.tr("Untick a question to hide it from the panel. Questions from {0}.").format(
                book.attribution(ui_language())
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("questionsList")
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add your own…"), self)
        self.add_button.setObjectName("addQuestion")
        self.add_button.clicked.connect(self._on_add)
        self.reword_button = QPushButton(self.tr("&Reword…"), self)
        self.reword_button.setObjectName("rewordQuestion")
        self.reword_button.clicked.connect(self._on_reword)
        row.addWidget(self.add_button)
        row.addWidget(self.reword_button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self._filling = True
        self.list.clear()
        lang = ui_language()
        book = self._journal.questions.catalogue
        kinds = {k.key: k.name for k in self._journal.kinds.all(lang, include_archived=True)}
        current = None
        for q in self._journal.questions.all(lang, include_hidden=True):
            if q.group != current:
                current = q.group
                header = QListWidgetItem(book.group_name(q.group, lang), self.list)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
            text = q.text + ("" if not q.custom else "  ✎")
            if q.app:  # not the book's words: say whose, and for which incidents
                text += "  " + self.tr("(the app's own, for “{0}”)").format(
                    kinds.get(q.kind, q.kind)
                )
            item = QListWidgetItem(text, self.list)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked if q.hidden else Qt.CheckState.Checked)
            item.setData(QuestionRole, q.id)
            item.setData(CustomRole, q.custom)
            if q.id == select:
                self.list.setCurrentItem(item)
        self._filling = False
        self._update_buttons()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        qid = item.data(QuestionRole)
        hidden = item.checkState() == Qt.CheckState.Unchecked
        if run_or_warn(
            self, self.windowTitle(), lambda: self._journal.questions.set_hidden(qid, hidden)
        ):
            self.questionsChanged.emit()

    def _on_add(self) -> None:
        book = self._journal.questions.catalogue
        names = [book.group_name(g, ui_language()) for g in GROUPS]
        picked, ok = QInputDialog.getItem(
            self, self.tr("Your question"), self.tr("Group:"), names, 2, False
        )
        if not ok:
            return
        text, ok = QInputDialog.getText(self, self.tr("Your question"), self.tr("Question:"))
        added: list[str] = []
        group = GROUPS[names.index(picked)]
        if ok and run_or_warn(
            self, self.windowTitle(), lambda: added.append(self._journal.questions.add(group, text))
        ):
            self.reload(added[0])
            self.questionsChanged.emit()

    def _on_reword(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.data(CustomRole):
            return
        qid = item.data(QuestionRole)
        text, ok = QInputDialog.getText(
            self, self.tr("Reword"), self.tr("Question:"), text=item.text().removesuffix("  ✎")
        )
        if ok and run_or_warn(
            self, self.windowTitle(), lambda: self._journal.questions.edit(qid, text)
        ):
            self.reload(qid)
            self.questionsChanged.emit()

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.reword_button.setEnabled(item is not None and bool(item.data(CustomRole)))
