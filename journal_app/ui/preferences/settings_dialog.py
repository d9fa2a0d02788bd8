"""Edit → Settings… (Ctrl+,): language, theme, auto-lock, backup and export folders, reminder.

Every value lives in the typed `core.settings.Settings`; the dialog edits a copy and the
window applies what changed when it is accepted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.settings import Settings
from ..common.folders import documents_folder
from ..common.widgets import auto_lock_field


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        default_backups: Path,
        parent: Any = None,
        holidays: str = "",
        countries: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._default_backups = default_backups
        self.result_settings = dataclasses.replace(settings)
        form = QFormLayout()

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for label, value in (
            (self.tr("As the system"), "system"),
            ("English", "en"),
            ("Русский", "ru"),
        ):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_note = QLabel(self.tr("A new language is used from the next start."), self)
        self.language_note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)

        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        for label, value in (
            (self.tr("As the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow(self.tr("&Theme:"), self.theme)

        self.auto_lock = auto_lock_field(settings.auto_lock_minutes, "autoLock", self)
        self.auto_lock.setToolTip(self.tr("An encrypted journal locks after this long unused."))
        form.addRow(self.tr("Loc&k after:"), self.auto_lock)

        self.backup_folder = self._folder_row(
            form,
            self.tr("&Backups in:"),
            "backupFolder",
            settings.backup_folder,
            str(default_backups),
            self.tr("Choose the Backup Folder"),
        )
        self.export_folder = self._folder_row(
            form,
            self.tr("E&xports to:"),
            "exportFolder",
            settings.export_folder,
            documents_folder(),
            self.tr("Choose the Export Folder"),
        )

        self.holidays = QComboBox(self)
        self.holidays.setObjectName("holidays")
        self.holidays.addItem(self.tr("None"), "")
        for code in countries:
            territory = QLocale.codeToTerritory(code)
            name = QLocale.territoryToString(territory) if territory.value else ""
            self.holidays.addItem(f"{name} ({code})" if name else code, code)
        self.holidays.setCurrentIndex(max(0, self.holidays.findData(holidays)))
        self.holidays.setToolTip(
            self.tr("Public holidays of this country count as outside agreed days.")
        )
        form.addRow(self.tr("&Public holidays of:"), self.holidays)

        reminder = QWidget(self)
        row = QHBoxLayout(reminder)
        row.setContentsMargins(0, 0, 0, 0)
        self.reminder = QCheckBox(self.tr("Re&mind me to write, each day at"), reminder)
        self.reminder.setObjectName("reminder")
        self.reminder.setChecked(settings.reminder)
        self.reminder_time = QTimeEdit(reminder)
        self.reminder_time.setObjectName("reminderTime")
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setTime(QTime.fromString(settings.reminder_time, "HH:mm"))
        self.reminder_time.setEnabled(settings.reminder)
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder.toggled.connect(self.reminder_time.setEnabled)
        row.addWidget(self.reminder)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        form.addRow(self.tr("Reminder:"), reminder)
        hint = QLabel(
            self.tr(
                "A quiet notification, only on days you have not written yet. No streaks, "
                "no counting."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _folder_row(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        value: str,
        default: str,
        title: str,
    ) -> QLineEdit:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        field = QLineEdit(value, box)
        field.setObjectName(name)
        field.setPlaceholderText(default)
        field.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("Choose…"), box)
        choose.setObjectName(name + "Choose")

        def pick() -> None:
            chosen = QFileDialog.getExistingDirectory(self, title, field.text() or default)
            if chosen:
                field.setText(chosen)

        choose.clicked.connect(pick)
        row.addWidget(field, 1)
        row.addWidget(choose)
        form.addRow(label, box)
        form.labelForField(box).setBuddy(field)  # type: ignore[union-attr]
        return field

    def accept(self) -> None:
        s = self.result_settings
        s.language = str(self.language.currentData())
        s.theme = str(self.theme.currentData())
        s.auto_lock_minutes = self.auto_lock.value()
        s.backup_folder = self.backup_folder.text().strip()
        s.export_folder = self.export_folder.text().strip()
        s.reminder = self.reminder.isChecked()
        s.reminder_time = self.reminder_time.time().toString("HH:mm")
        self.holidays_country = str(self.holidays.currentData() or "")
        super().accept()
