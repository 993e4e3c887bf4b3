"""Thulium's agent-side campaign actions on the number in the dial box: schedule a callback,
add to a campaign, set the campaign status. Each form checks the API's rules before it
sends, sends once (the button is off while the request runs), and keeps what the agent
typed when the PBX says no, with the PBX's words next to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialdesk import rules
from dialdesk.config import Named, Settings
from dialdesk.dialer import Dialer, GuardStopped, Outcome, Source
from dialdesk.numbers import Number
from dialdesk.pbx import CampaignRecord, PbxError
from dialdesk.ui.errors import error_text
from dialdesk.ui.lists import EditableTable
from dialdesk.ui.tasks import Tasks
from dialdesk.ui.wording import ERROR_STYLE, Tone, guard_reasons

Work = Callable[[], Outcome]


def qdatetime(moment: datetime) -> QDateTime:
    """To the minute, in local time."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def local_format() -> str:
    """The locale's short date and time (dd.MM.yyyy HH:mm in Polish), with a full year."""
    locale = QLocale()
    date = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    return f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def when_text(moment: datetime) -> str:
    """As the locale writes it, in the form and in the confirmation alike."""
    return QLocale().toString(qdatetime(moment), local_format())


def named_combo(
    items: list[Named], current: str = "", *, optional: bool = False, what: str = ""
) -> QComboBox:
    """Pick by name; an id not in the list can still be typed, and an empty list says so."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if not items:
        hint = QCoreApplication.translate(
            "ActionDialog", "None named in Settings: type the %1 id"
        ).replace("%1", what)
        line = combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(hint)
        combo.setToolTip(hint)
    if optional:
        combo.addItem("—", "")
    for item in items:
        combo.addItem(f"{item.name} ({item.id})", item.id)
    index = combo.findData(current) if current else (0 if optional or items else -1)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif current:
        combo.setEditText(current)
    return combo


def combo_id(combo: QComboBox) -> str:
    """The chosen id: the item's data, or what was typed."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0:
        return str(combo.itemData(index) or "")
    return text


def explain(error: BaseException) -> str:
    if isinstance(error, PbxError):
        text = error_text(error)
        if error.request_id:
            text += "\n" + QCoreApplication.translate("ActionDialog", "Request id: %1").replace(
                "%1", error.request_id
            )
        return text
    if isinstance(error, GuardStopped):
        return " ".join(guard_reasons(error.decision))
    return str(error) or type(error).__name__


class ActionDialog(QDialog):
    """A form that sends one request through the dialer, off the GUI thread."""

    succeeded = Signal(str, object)  # the confirmation for the dial box, its Tone

    def __init__(
        self,
        number: Number,
        text: str,
        settings: Settings,
        dialer: Dialer,
        tasks: Tasks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.title())
        self.text, self.settings = text, settings
        self.setMinimumWidth(440)
        self.number, self.dialer, self.tasks = number, dialer, tasks
        self.busy = False
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE + "padding:6px;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setDefault(True)  # Enter sends, from any field
        heading = QLabel(f"<b>{number.display}</b>")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.build(settings)
        for combo in self.findChildren(QComboBox):
            line = combo.lineEdit()
            if line is not None:
                # An editable picker's line edit takes Enter for itself (it completes the
                # typed text), so the first Enter sent nothing: it sends the form too.
                line.returnPressed.connect(self.on_ok)

    def title(self) -> str:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first field, not OK: the agent came to fill the form in.
        item = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        first = item.widget() if item is not None else None
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def build(self, settings: Settings) -> None:
        """Add this form's fields to ``self.form``."""
        raise NotImplementedError

    def problems(self) -> list[str]:
        return []

    def work(self) -> Work:
        raise NotImplementedError

    def confirmation(self, outcome: Outcome) -> tuple[str, Tone]:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def on_ok(self) -> None:
        if self.busy:  # a double click sends once
            return
        problems = self.problems()
        if problems:
            self.show_error("\n".join(problems))
            return
        self.error_label.hide()
        self.busy = True
        self.ok_button.setEnabled(False)
        self.ok_button.setText(self.tr("Sending…"))
        self.tasks.run(self.work(), self.on_done)

    def on_done(self, outcome: Outcome | None, error: BaseException | None) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)
        self.ok_button.setText(self.tr("OK"))
        if error is not None:
            self.show_error(explain(error))  # the form stays as filled
            return
        assert outcome is not None
        self.succeeded.emit(*self.confirmation(outcome))
        self.accept()


class ScheduleDialog(ActionDialog):
    def title(self) -> str:
        return self.tr("Schedule a callback")

    def build(self, settings: Settings) -> None:
        self.queues = settings.named("thulium.queues")
        self.queue = named_combo(
            self.queues, settings.text("thulium.queue_id"), what=self.tr("queue")
        )
        self.when = QDateTimeEdit(qdatetime(datetime.now() + timedelta(hours=1)))
        self.when.setCalendarPopup(True)
        # As the locale writes it; no minimum: a past time typed is refused with a reason,
        # never silently replaced by another.
        self.when.setDisplayFormat(local_format())
        self.form.addRow(self.tr("Queue"), self.queue)
        self.form.addRow(self.tr("Call at"), self.when)

    def at(self) -> datetime:
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.replace(second=0, microsecond=0)

    def problems(self) -> list[str]:
        out = []
        if not rules.is_id(combo_id(self.queue)):
            out.append(self.tr("Choose a queue."))
        if self.at() < datetime.now().replace(second=0, microsecond=0):
            out.append(self.tr("That time has passed: choose a time from now on."))
        return out

    def work(self) -> Work:
        queue, at, text, dialer = combo_id(self.queue), self.at(), self.text, self.dialer
        return lambda: dialer.schedule(text, queue, at, Source.TYPED)

    def confirmation(self, outcome: Outcome) -> tuple[str, Tone]:
        queue = combo_id(self.queue)
        name = next((q.name for q in self.queues if q.id == queue), queue)
        return (
            self.tr("Queue %1 will call the number %2 at %3.")
            .replace("%1", name)
            .replace("%2", outcome.number.display)
            .replace("%3", when_text(self.at())),
            Tone.OK,
        )


def fields_table() -> EditableTable:
    """Campaign fields as an editable name/value table."""
    return EditableTable(
        [
            ("name", QCoreApplication.translate("CampaignDialog", "Field")),
            ("value", QCoreApplication.translate("CampaignDialog", "Value")),
        ],
        add_label=QCoreApplication.translate("CampaignDialog", "Add field"),
    )


class CampaignDialog(ActionDialog):
    def title(self) -> str:
        return self.tr("Add to a campaign")

    def build(self, settings: Settings) -> None:
        self.campaigns = settings.named("thulium.campaigns")
        self.record_statuses = settings.named("thulium.record_statuses")
        self.campaign = named_combo(
            self.campaigns, settings.text("thulium.campaign_id"), what=self.tr("campaign")
        )
        self.status = named_combo(self.record_statuses, optional=True, what=self.tr("status"))
        self.dictionary = named_combo(
            settings.named("thulium.statuses"), optional=True, what=self.tr("status")
        )
        self.identifier = QLineEdit()
        self.agent_login = QLineEdit(settings.text("thulium.agent_login"))
        self.next_call_on = QCheckBox(self.tr("Next call at"))
        self.next_call = QDateTimeEdit(qdatetime(datetime.now() + timedelta(days=1)))
        self.next_call.setDisplayFormat(local_format())
        self.next_call.setCalendarPopup(True)
        self.next_call.setEnabled(False)
        self.next_call_on.toggled.connect(self.next_call.setEnabled)
        self.fields = fields_table()
        self.order_on = QCheckBox(self.tr("Order"))
        self.order = QSpinBox()
        self.order.setRange(0, 1_000_000)
        self.order.setEnabled(False)
        self.order_on.toggled.connect(self.order.setEnabled)
        next_row, order_row = QHBoxLayout(), QHBoxLayout()
        next_row.addWidget(self.next_call_on)
        next_row.addWidget(self.next_call, 1)
        order_row.addWidget(self.order_on)
        order_row.addWidget(self.order, 1)
        self.form.addRow(self.tr("Campaign"), self.campaign)
        self.form.addRow(self.tr("Record status"), self.status)
        self.form.addRow(self.tr("Dictionary status"), self.dictionary)
        self.form.addRow(self.tr("Identifier"), self.identifier)
        self.form.addRow(self.tr("Agent login"), self.agent_login)
        self.form.addRow("", self._wrap(next_row))
        self.form.addRow(self.tr("Campaign fields"), self.fields)
        self.form.addRow("", self._wrap(order_row))

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        holder = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        return holder

    def system_status(self) -> str:
        chosen = combo_id(self.status)
        return next((s.system for s in self.record_statuses if s.id == chosen), "")

    def next_call_text(self) -> str:
        if not self.next_call_on.isChecked():
            return ""
        return self.next_call.dateTime().toString("yyyy-MM-dd HH:mm")

    def checked(self) -> rules.Checked:
        """The form's values through the rules the command line applies too."""
        entry = rules.CampaignEntry(
            campaign_id=combo_id(self.campaign),
            status=combo_id(self.status),
            dictionary_status=combo_id(self.dictionary),
            identifier=self.identifier.text(),
            agent_login=self.agent_login.text(),
            next_call=self.next_call_text(),
            fields=tuple((row["name"], row["value"]) for row in self.fields.value()),
            order=self.order.value() if self.order_on.isChecked() else None,
        )
        statuses = self.settings.named("thulium.statuses")
        return rules.check_campaign_entry(entry, self.record_statuses, statuses)

    def problems(self) -> list[str]:
        texts = {
            "campaign": self.tr("Choose a campaign (a five-character id such as 00001)."),
            "agent-login": self.tr("The status MY_RECORD needs an agent login."),
            "next-call": self.tr("The status %1 needs the next call date."),
            "field-name": self.tr("Every campaign field needs a name."),
            "field-twice": self.tr("A campaign field is listed twice."),
            "record-status": self.tr("The %1 must be chosen from the list or be an id.").replace(
                "%1", self.tr("record status")
            ),
            "dictionary-status": self.tr(
                "The %1 must be chosen from the list or be an id."
            ).replace("%1", self.tr("dictionary status")),
        }
        out = []
        for problem in self.checked().problems:
            text = texts.get(problem.code, problem.message)
            out.append(text.replace("%1", problem.args[0]) if problem.args else text)
        return out

    def record(self) -> CampaignRecord:
        record = self.checked().record
        assert record is not None, "sent only once problems() is empty"
        return record

    def work(self) -> Work:
        campaign, record, text, dialer = (
            combo_id(self.campaign),
            self.record(),
            self.text,
            self.dialer,
        )
        return lambda: dialer.add_to_campaign(text, campaign, record, Source.TYPED)

    def confirmation(self, outcome: Outcome) -> tuple[str, Tone]:
        campaign = combo_id(self.campaign)
        name = next((c.name for c in self.campaigns if c.id == campaign), "")
        where = f"{name} ({campaign})" if name else campaign
        return (
            self.tr("Added %1 to %2 as record %3.")
            .replace("%1", outcome.number.display)
            .replace("%2", where)
            .replace("%3", outcome.result.pbx_id or "?"),
            Tone.OK,
        )


def status_confirmation(outcome: Outcome, status_name: str) -> tuple[str, Tone]:
    """What setting a status did: "nothing changed" is information, not a success."""
    campaigns = outcome.result.campaigns
    shown = outcome.number.display
    if not campaigns:
        return (
            QCoreApplication.translate(
                "StatusDialog", "No campaign has %1 as its main number: nothing changed."
            ).replace("%1", shown),
            Tone.INFO,
        )
    return (
        QCoreApplication.translate("StatusDialog", "Status %1 set for %2 in campaigns %3.")
        .replace("%1", status_name)
        .replace("%2", shown)
        .replace("%3", ", ".join(campaigns)),
        Tone.OK,
    )


class StatusDialog(ActionDialog):
    def title(self) -> str:
        return self.tr("Set the campaign status")

    def build(self, settings: Settings) -> None:
        self.statuses = settings.named("thulium.statuses")
        self.status = named_combo(self.statuses, what=self.tr("status"))
        self.form.addRow(self.tr("Status"), self.status)
        note = QLabel(
            self.tr("Sets the status of every campaign record whose main number is this one.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color:#5f6368;")
        self.form.addRow("", note)

    def problems(self) -> list[str]:
        return [] if rules.is_id(combo_id(self.status)) else [self.tr("Choose a status.")]

    def work(self) -> Work:
        status, text, dialer = combo_id(self.status), self.text, self.dialer
        return lambda: dialer.set_campaign_status(text, status, Source.TYPED)

    def confirmation(self, outcome: Outcome) -> tuple[str, Tone]:
        chosen = combo_id(self.status)
        name = next((s.name for s in self.statuses if s.id == chosen), chosen)
        return status_confirmation(outcome, name)
