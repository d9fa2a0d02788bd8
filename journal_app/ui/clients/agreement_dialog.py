"""A client's working agreement: days, hours and channels. Incidents outside it get flagged."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
)

from ...core.agreements import Agreement, day_runs
from ...core.enums import Channel
from ...core.records import ClientRecord
from ..common.labels import channel_label
from .letter_dialog import LetterDialog

if TYPE_CHECKING:
    from ...core.agreement_history import Version


def day_name(day: int) -> str:
    """Monday = 0, in the reader's language, short ("Mon", "пн")."""
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


def agreement_summary(a: Agreement) -> str:
    if a.is_empty:
        return ""
    parts = []
    if a.has_hours:
        days = ", ".join(
            day_name(run[0]) if len(run) == 1 else f"{day_name(run[0])}–{day_name(run[-1])}"
            for run in day_runs(a.days)
        )
        parts.append(f"{days} {a.hours_text().replace('-', '–')}")
    if a.channels:
        parts.append(", ".join(channel_label(c.value) for c in Channel if c.value in a.channels))
    return "; ".join(parts)


class AgreementDialog(QDialog):
    def __init__(
        self, client: ClientRecord, parent: Any = None, history: Sequence[Version] = ()
    ) -> None:
        super().__init__(parent)
        self._history = tuple(history)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Agreement with {0}").format(client.name))
        a = client.agreement
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "When and how did you and {0} agree to be in touch? Incidents outside this "
                "are flagged by themselves."
            ).format(client.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.hours_box = QGroupBox(self.tr("Agreed &working hours"), self)
        self.hours_box.setObjectName("agreedHours")
        self.hours_box.setCheckable(True)
        self.hours_box.setChecked(a.has_hours)
        hours = QFormLayout(self.hours_box)
        days_row = QHBoxLayout()
        self.days: list[QCheckBox] = []
        for d in range(7):
            box = QCheckBox(day_name(d), self.hours_box)
            box.setObjectName(f"day{d}")
            box.setChecked(d in a.days if a.has_hours else d < 5)
            days_row.addWidget(box)
            self.days.append(box)
        hours.addRow(self.tr("Days"), days_row)
        self.start = QTimeEdit(self.hours_box)
        self.start.setObjectName("agreedFrom")
        self.end = QTimeEdit(self.hours_box)
        self.end.setObjectName("agreedTo")
        for edit, minutes in (
            (self.start, a.start if a.has_hours else 540),
            (self.end, a.end if a.has_hours else 1080),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(minutes // 60 % 24, minutes % 60))
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–", self.hours_box))
        times.addWidget(self.end)
        times.addStretch(1)
        hours.addRow(self.tr("Hours"), times)
        note = QLabel(self.tr("An end before the start runs overnight (22:00–06:00)."), self)
        note.setStyleSheet("color: palette(placeholder-text);")
        hours.addRow(note)
        layout.addWidget(self.hours_box)

        self.channels_box = QGroupBox(self.tr("Agreed &channels"), self)
        self.channels_box.setObjectName("agreedChannels")
        self.channels_box.setCheckable(True)
        self.channels_box.setChecked(bool(a.channels))
        row = QHBoxLayout(self.channels_box)
        self.channels: dict[str, QCheckBox] = {}
        for c in Channel:
            box = QCheckBox(channel_label(c.value), self.channels_box)
            box.setChecked(c.value in a.channels if a.channels else c != Channel.OTHER)
            row.addWidget(box)
            self.channels[c.value] = box
        layout.addWidget(self.channels_box)

        terms = QFormLayout()
        self.zone = QComboBox(self)
        self.zone.setObjectName("agreementZone")
        self.zone.setEditable(True)
        self.zone.addItem(self.tr("This computer's time zone"), "")
        for name in sorted(zoneinfo.available_timezones()):
            self.zone.addItem(name, name)
        found = self.zone.findData(a.tz)
        if found >= 0:
            self.zone.setCurrentIndex(found)
        else:
            self.zone.setEditText(a.tz)
        terms.addRow(self.tr("&Time zone"), self.zone)
        self.since = QDateEdit(QDate.currentDate(), self)
        self.since.setObjectName("agreementSince")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("d MMM yyyy")
        self.since.setEnabled(bool(self._history))
        self.since.setToolTip(
            self.tr("Incidents before this day keep being judged by the terms in force then.")
        )
        terms.addRow(self.tr("In &force from"), self.since)
        layout.addLayout(terms)

        self.history = QListWidget(self)
        self.history.setObjectName("agreementHistory")
        for version in reversed(self._history):
            self.history.addItem(self._version_text(version))
        self.history.setVisible(bool(self._history))
        self.history.setMaximumHeight(110)
        if self._history:
            layout.addWidget(QLabel(self.tr("History (newest first)"), self))
        layout.addWidget(self.history)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.letter_button = QPushButton(self.tr("Draft a &Letter…"), self)
        self.letter_button.setObjectName("draftLetter")
        self.letter_button.setToolTip(
            self.tr("A short, polite letter with these terms, to edit and send to the client.")
        )
        buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.letter_button.clicked.connect(self._on_letter)
        self._client_name = client.name
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def agreement(self) -> Agreement:
        days = frozenset(d for d, box in enumerate(self.days) if box.isChecked())
        if not self.hours_box.isChecked() or not days:
            days = frozenset()
        start = self.start.time().hour() * 60 + self.start.time().minute()
        end = self.end.time().hour() * 60 + self.end.time().minute()
        if end == 0:
            end = 24 * 60  # 00:00 as an end means midnight
        if start == end % (24 * 60):
            start, end = 0, 24 * 60
        channels = frozenset(c for c, box in self.channels.items() if box.isChecked())
        return Agreement(
            days=days,
            start=start,
            end=end,
            channels=channels if self.channels_box.isChecked() else frozenset(),
            tz=self.zone_name(),
        )

    def _on_letter(self) -> None:
        LetterDialog(self.agreement(), self._client_name, self).exec()

    def _version_text(self, version: Version) -> str:
        since = (
            self.tr("from the start")
            if version.since is None
            else self.tr("from {0}").format(
                QLocale().toString(QDate(version.since), QLocale.FormatType.ShortFormat)
            )
        )
        summary = agreement_summary(version.agreement) or self.tr("no agreement")
        zone = f" ({version.agreement.tz})" if version.agreement.tz else ""
        return f"{since}: {summary}{zone}"

    def zone_name(self) -> str:
        """The chosen zone's IANA name, "" for the computer's; a name typed in as it is."""
        text = self.zone.currentText().strip()
        found = self.zone.findText(text)
        data = self.zone.itemData(found) if found >= 0 else text
        return str(data or "")

    def since_date(self) -> dt.date | None:
        """The day the new terms are in force from; None for a first agreement (from the
        start)."""
        if not self._history:
            return None
        return self.since.date().toPython()  # type: ignore[no-any-return]
