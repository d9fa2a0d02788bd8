"""The incident form, for quick capture (Ctrl+Shift+I) and for editing one from the editor.

Built to be done by keyboard in seconds: the client field has focus and completes, Tab moves
on, the kind sets the direction, everything else has a sensible default, and Enter logs it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import Channel, Direction, Response
from ...core.records import ClientRecord, IncidentDraft, IncidentRecord, KindRecord
from ..common.labels import channel_label, direction_label, response_label, severity_label
from ..common.theme import caution_colour
from ..common.widgets import combo, select_data

if TYPE_CHECKING:
    from ...core.agreement_history import Terms


def _keep_room(hint: QLabel) -> None:
    """A hint that comes and goes as one types keeps its place, so the form never grows
    under the cursor: its height is kept while hidden, and its width never pushes the form
    (the whole text is on hover)."""
    policy = hint.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    hint.setSizePolicy(policy)
    hint.setMinimumHeight(hint.fontMetrics().height())


class WhenEdit(QDateTimeEdit):
    """Date and time of an incident. Typing an hour ("21") stays in the hour and means the
    full hour (21:00), rather than moving on to minutes that still say the time it is now."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        hour = QDateTimeEdit.Section.HourSection
        in_hour = self.currentSection() == hour and event.text().isdigit()
        super().keyPressEvent(event)
        if in_hour and self.currentSection() != hour:  # the hour is complete: Qt moved on
            moment = self.dateTime()
            self.setDateTime(QDateTime(moment.date(), QTime(moment.time().hour(), 0)))
            self.setCurrentSection(hour)


class IncidentDialog(QDialog):
    def __init__(
        self,
        clients: list[ClientRecord],
        kinds: list[KindRecord],
        incident: IncidentRecord | None = None,
        parent: Any = None,
        terms: Callable[[int], Terms] | None = None,
    ) -> None:
        """`terms` gives a client's terms (the agreement's versions, its zone, days off) by
        id; without it the warning judges by each client's agreement of today."""
        from ...core.clients import name_key

        super().__init__(parent)
        self.setObjectName("incidentDialog")
        editing = incident is not None
        self._terms_of = terms
        self._terms: dict[int, Terms] = {}
        self._logged_in = incident.tz if incident is not None else ""
        self.setWindowTitle(self.tr("Edit Incident") if editing else self.tr("Log an Incident"))
        self._clients = {name_key(c.name): c for c in clients}
        self._kinds = kinds

        form = QFormLayout()
        self.client = QComboBox(self)
        self.client.setObjectName("incidentClient")
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.addItems([c.name for c in clients if not c.archived])
        self.client.setCurrentIndex(-1)
        self.client.lineEdit().setPlaceholderText(self.tr("Who was it with?"))
        completer = self.client.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.client.setAccessibleName(self.tr("Client"))
        self.client_hint = QLabel(self)
        self.client_hint.setObjectName("incidentClientHint")
        self.client_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        _keep_room(self.client_hint)
        client_box = QVBoxLayout()
        client_box.setSpacing(2)
        client_box.addWidget(self.client)
        client_box.addWidget(self.client_hint)
        form.addRow(self._label(self.tr("C&lient"), self.client), client_box)

        self.kind = QComboBox(self)
        self.kind.setObjectName("incidentKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in kinds:
            self.kind.addItem(kind.name, kind.key)
        form.addRow(self._label(self.tr("&Kind"), self.kind), self.kind)

        self.direction_client = QRadioButton(direction_label(Direction.CLIENT.value), self)
        self.direction_client.setObjectName("directionClient")
        self.direction_me = QRadioButton(direction_label(Direction.ME.value), self)
        self.direction_me.setObjectName("directionMe")
        self._direction_group = QButtonGroup(self)
        self._direction_group.addButton(self.direction_client)
        self._direction_group.addButton(self.direction_me)
        directions = QVBoxLayout()
        directions.setSpacing(2)
        directions.addWidget(self.direction_client)
        directions.addWidget(self.direction_me)
        form.addRow(QLabel(self.tr("Direction"), self), directions)

        self.when = WhenEdit(self)
        self.when.setObjectName("incidentWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy  HH:mm")
        self.when.setAccessibleName(self.tr("When it happened"))
        self.outside_hint = QLabel(self)
        self.outside_hint.setObjectName("incidentOutsideHint")
        self.outside_hint.setStyleSheet(f"color: {caution_colour()};")
        _keep_room(self.outside_hint)
        when_box = QHBoxLayout()
        when_box.addWidget(self.when)
        when_box.addWidget(self.outside_hint, 1)
        form.addRow(self._label(self.tr("&When"), self.when), when_box)

        self.channel = combo(
            self, "incidentChannel", [(channel_label(c), c.value) for c in Channel]
        )
        form.addRow(self._label(self.tr("C&hannel"), self.channel), self.channel)
        self.severity = combo(
            self, "incidentSeverity", [(severity_label(n), n) for n in range(1, 6)]
        )
        form.addRow(self._label(self.tr("&Severity"), self.severity), self.severity)
        self.response = combo(
            self, "incidentResponse", [(response_label(r), r.value) for r in Response]
        )
        form.addRow(self._label(self.tr("My &response"), self.response), self.response)
        self.note = QLineEdit(self)
        self.note.setObjectName("incidentNote")
        self.note.setPlaceholderText(self.tr("What happened, in a line"))
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self._label(self.tr("&Note"), self.note), self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if editing else self.tr("Log Incident"))
        ok.setObjectName("incidentOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.client.editTextChanged.connect(self._update_hints)
        self.when.dateTimeChanged.connect(self._update_hints)
        self.channel.currentIndexChanged.connect(self._update_hints)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._fill(incident)
        self.client.setFocus()
        self.setMinimumWidth(520)

    # -- public ----------------------------------------------------------------------------
    def prefill_client(self, name: str) -> None:
        """Start with the open entry's client, selected: typing another name replaces it."""
        self.client.setEditText(name)
        self.client.lineEdit().selectAll()

    def draft(self, entry_id: int | None = None) -> IncidentDraft:
        return IncidentDraft(
            entry_id=entry_id,
            client=self.client.currentText().strip(),
            kind=self.kind.currentData(),
            direction=(
                Direction.ME.value if self.direction_me.isChecked() else Direction.CLIENT.value
            ),
            occurred_at=self.when.dateTime().toPython(),  # type: ignore[arg-type]
            channel=self.channel.currentData(),
            severity=self.severity.currentData(),
            response=self.response.currentData(),
            note=self.note.text(),
        )

    # -- private ---------------------------------------------------------------------------
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _fill(self, incident: IncidentRecord | None) -> None:
        if incident is None:
            now = dt.datetime.now().replace(second=0, microsecond=0)
            self.when.setDateTime(QDateTime(now))
            select_data(self.severity, 3)
            select_data(self.response, Response.OPEN.value)
            select_data(self.channel, Channel.PHONE.value)
            self._on_kind_changed()
        else:
            self.client.setEditText(incident.client.name)
            if self.kind.findData(incident.kind.key) < 0:  # an archived kind stays choosable
                self.kind.addItem(incident.kind.name, incident.kind.key)
            self.kind.blockSignals(True)
            select_data(self.kind, incident.kind.key)
            self.kind.blockSignals(False)
            (self.direction_me if incident.direction == "me" else self.direction_client).setChecked(
                True
            )
            self.when.setDateTime(QDateTime(incident.occurred_at))
            select_data(self.channel, incident.channel)
            select_data(self.severity, incident.severity)
            select_data(self.response, incident.response)
            self.note.setText(incident.note)
        self._update_hints()

    def _on_kind_changed(self) -> None:
        key = self.kind.currentData()
        kind = next((k for k in self._kinds if k.key == key), None)
        if kind is not None:
            (self.direction_me if kind.direction == "me" else self.direction_client).setChecked(
                True
            )

    def _client_terms(self, client: ClientRecord) -> Terms:
        from ...core.agreement_history import Terms, Version

        if client.id not in self._terms:
            self._terms[client.id] = (
                self._terms_of(client.id)
                if self._terms_of is not None
                else Terms((Version(None, client.agreement),))
            )
        return self._terms[client.id]

    def _update_hints(self) -> None:
        self._set_hints()
        self.outside_hint.setToolTip(self.outside_hint.text())

    def _set_hints(self) -> None:
        from ...core.clients import name_key

        typed = self.client.currentText().strip()
        client = self._clients.get(name_key(typed)) if typed else None
        if not typed:
            self.client_hint.setText("")
        elif client is None:
            self.client_hint.setText(self.tr("A new client: “{0}” will be added.").format(typed))
        else:
            self.client_hint.setText(client.organisation)
        self.client_hint.setVisible(bool(self.client_hint.text()))
        outside = []
        if client is not None:
            moment: dt.datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
            terms = self._client_terms(client)
            hours, channels = terms.judge(moment, self._logged_in, self.channel.currentData())
            if hours:
                off = terms.on_day_off(moment, self._logged_in)
                outside.append(self.tr("on a day off") if off else self.tr("outside agreed hours"))
            if channels:
                outside.append(self.tr("outside agreed channels"))
        self.outside_hint.setText("⚠ " + ", ".join(outside) if outside else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(typed) and self.kind.currentIndex() >= 0)
