"""Campaign and queue actions from the dial box, against the real sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from dialdesk.sandbox import Fault, SandboxServer
from dialdesk.ui.actions import ActionDialog, CampaignDialog, ScheduleDialog, StatusDialog
from dialdesk.ui.app import Controller


@pytest.fixture
def ctl(controller: Controller, qtbot: QtBot) -> Iterator[Controller]:
    if controller.settings_dialog is not None:
        controller.settings_dialog.close()
    controller.dialbox.number_edit.setText("601 234 567")
    yield controller


def open_form(ctl: Controller, kind: str) -> ActionDialog:
    ctl.dialbox.action_buttons[kind].click()
    assert ctl.action_dialog is not None and ctl.action_dialog.isVisible()
    return ctl.action_dialog


def choose(combo: QComboBox, item_id: str) -> None:
    index = combo.findData(item_id)
    assert index >= 0, item_id
    combo.setCurrentIndex(index)


def submit(qtbot: QtBot, dialog: ActionDialog) -> None:
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def test_schedule_sends_the_documented_body(
    qtbot: QtBot, ctl: Controller, sandbox: SandboxServer
) -> None:
    dialog = open_form(ctl, "schedule")
    assert isinstance(dialog, ScheduleDialog)
    choose(dialog.queue, "2")
    at = datetime.now().replace(second=0, microsecond=0) + timedelta(hours=2)
    dialog.when.setDateTime(QDateTime(at))
    submit(qtbot, dialog)
    (request,) = sandbox.calls()
    assert request["path"] == "/api/queues/2/schedule_call"
    assert request["body"] == {
        "phone_number": "601234567",
        "call_at": at.strftime("%Y-%m-%d %H:%M:%S"),
    }
    assert not dialog.isVisible()
    assert "Queue Support will call the number +48 601 234 567" in ctl.dialbox.status_label.text()
    assert ctl.history.recent(1)[0].action == "schedule"


def test_schedule_defaults_to_an_hour_from_now(ctl: Controller) -> None:
    dialog = open_form(ctl, "schedule")
    assert isinstance(dialog, ScheduleDialog)
    delta = dialog.at() - datetime.now()
    assert timedelta(minutes=58) < delta <= timedelta(hours=1)


def test_schedule_rules(qtbot: QtBot, ctl: Controller, sandbox: SandboxServer) -> None:
    dialog = open_form(ctl, "schedule")
    assert isinstance(dialog, ScheduleDialog)
    dialog.queue.setEditText("")
    dialog.when.setMinimumDateTime(QDateTime(datetime(2000, 1, 1)))  # time went by
    dialog.when.setDateTime(QDateTime(datetime.now() - timedelta(hours=1)))
    dialog.ok_button.click()
    assert "Choose a queue" in dialog.error_label.text()
    assert "has passed" in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert sandbox.calls() == []


def test_add_to_campaign_sends_every_field(
    qtbot: QtBot, ctl: Controller, sandbox: SandboxServer
) -> None:
    dialog = open_form(ctl, "campaign")
    assert isinstance(dialog, CampaignDialog)
    choose(dialog.campaign, "00001")
    choose(dialog.status, "2")  # MY_RECORD
    choose(dialog.dictionary, "3")
    dialog.identifier.setText("CRM-77")
    dialog.agent_login.setText("j.doe")
    dialog.next_call_on.setChecked(True)
    dialog.next_call.setDateTime(QDateTime(datetime(2030, 5, 24, 12, 24)))
    dialog.fields.add_row({"name": "first_name", "value": "Jan"})
    dialog.fields.add_row({"name": "note", "value": ""})
    dialog.order_on.setChecked(True)
    dialog.order.setValue(50)
    submit(qtbot, dialog)
    assert sandbox.calls()[0]["body"] == {
        "phone_number": "601234567",
        "status_id": "2",
        "dictionary_status_id": "3",
        "identifier": "CRM-77",
        "agent_login": "j.doe",
        "next_call_date": "2030-05-24 12:24",
        "record_fields": {"first_name": "Jan", "note": ""},
        "order": 50,
    }
    assert "as record 231" in ctl.dialbox.status_label.text()
    assert "Spring offer (00001)" in ctl.dialbox.status_label.text()


def test_agent_login_defaults_to_the_agents_own(ctl: Controller) -> None:
    ctl.settings.set("thulium.agent_login", "a.nowak")
    dialog = open_form(ctl, "campaign")
    assert isinstance(dialog, CampaignDialog)
    assert dialog.agent_login.text() == "a.nowak"


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (lambda d: d.campaign.setEditText("12"), "five-character"),
        (lambda d: (choose(d.status, "2"), d.agent_login.clear()), "needs an agent login"),
        (
            lambda d: (choose(d.status, "2"), d.agent_login.setText("j")),
            "MY_RECORD needs the next call date",
        ),
        (lambda d: choose(d.status, "3"), "CALL_NO_SOONER_THAN needs the next call date"),
        (lambda d: d.fields.add_row({"name": "", "value": "orphan value"}), "needs a name"),
        (
            lambda d: (
                d.fields.add_row({"name": "note", "value": "a"}),
                d.fields.add_row({"name": "note", "value": "b"}),
            ),
            "listed twice",
        ),
        (lambda d: d.status.setEditText("mine"), "chosen from the list"),
    ],
)
def test_campaign_rules_block_sending_with_a_reason(
    ctl: Controller, sandbox: SandboxServer, setup: object, words: str
) -> None:
    dialog = open_form(ctl, "campaign")
    assert isinstance(dialog, CampaignDialog)
    choose(dialog.campaign, "00001")
    setup(dialog)  # type: ignore[operator]
    dialog.ok_button.click()
    assert words in dialog.error_label.text()
    assert dialog.isVisible()
    assert sandbox.calls() == []


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (lambda d: d.campaign.setEditText("99999"), "Campaign not found"),
        (
            lambda d: d.fields.add_row({"name": "shoe_size", "value": "44"}),
            "Unknown campaign field: shoe_size",
        ),
        (
            lambda d: (
                choose(d.campaign, "00002") or d.fields.add_row({"name": "note", "value": "x"})
            ),
            "only in non-CRM campaigns",
        ),
        # a status list without the "system" mark: only the PBX knows it is MY_RECORD
        (lambda d: d.status.setEditText("2"), "agent_login is required"),
    ],
)
def test_pbx_refusals_show_verbatim_and_keep_the_form(
    qtbot: QtBot, ctl: Controller, sandbox: SandboxServer, setup: object, words: str
) -> None:
    ctl.settings.set("thulium.record_statuses", [{"id": "2", "name": "Mine"}])
    dialog = open_form(ctl, "campaign")
    assert isinstance(dialog, CampaignDialog)
    choose(dialog.campaign, "00001")
    dialog.agent_login.clear()
    dialog.identifier.setText("kept")
    setup(dialog)  # type: ignore[operator]
    submit(qtbot, dialog)
    assert words in dialog.error_label.text()
    assert dialog.isVisible()
    assert dialog.identifier.text() == "kept"
    assert len(sandbox.calls()) == 1


def test_duplicate_number_refusal(qtbot: QtBot, ctl: Controller, sandbox: SandboxServer) -> None:
    ctl.settings.set("dialing.duplicate_window_s", 0)
    for _ in range(2):
        dialog = open_form(ctl, "campaign")
        choose(dialog.campaign, "00001")  # type: ignore[attr-defined]
        submit(qtbot, dialog)
    assert "already exists in the campaign" in dialog.error_label.text()


def test_set_status_reports_campaigns_or_none(
    qtbot: QtBot, ctl: Controller, sandbox: SandboxServer
) -> None:
    dialog = open_form(ctl, "status")
    assert isinstance(dialog, StatusDialog)
    choose(dialog.status, "8")
    submit(qtbot, dialog)
    assert sandbox.calls()[0]["body"] == {"phone_number": "601234567", "status_id": "8"}
    assert "No campaign has +48 601 234 567" in ctl.dialbox.status_label.text()
    ctl.settings.set("dialing.duplicate_window_s", 0)
    sandbox.state.campaigns["00003"].records.append({"phone_number": "601234567"})
    dialog = open_form(ctl, "status")
    choose(dialog.status, "8")  # type: ignore[attr-defined]
    submit(qtbot, dialog)
    assert (
        "Status Sale set for +48 601 234 567 in campaigns 00003" in ctl.dialbox.status_label.text()
    )


def test_slow_pbx_no_freeze_no_double_send(
    qtbot: QtBot, ctl: Controller, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(Fault(endpoint="schedule_call", delay=2.0, status=200))
    dialog = open_form(ctl, "schedule")
    assert isinstance(dialog, ScheduleDialog)
    qtbot.mouseDClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    dialog.on_ok()  # and once more, for good measure
    assert dialog.busy
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(ctl.dialbox.number_edit, "8")  # the app keeps taking input
    assert ctl.dialbox.number_edit.text().endswith("8")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    qtbot.wait(300)
    assert len(sandbox.calls()) == 1


def test_quick_status_after_a_call(qtbot: QtBot, ctl: Controller, sandbox: SandboxServer) -> None:
    ctl.dialbox.call_button.click()
    qtbot.waitUntil(lambda: ctl.dialbox.quick_frame.isVisible(), timeout=10000)
    buttons = {b.text(): b for b in ctl.dialbox.quick_frame.findChildren(QPushButton)}
    assert set(buttons) == {
        "Interested  (Alt+1)",
        "Call back later  (Alt+2)",
        "Sale  (Alt+3)",
    }
    buttons["Sale  (Alt+3)"].click()
    qtbot.waitUntil(lambda: len(sandbox.calls()) == 2, timeout=10000)
    assert sandbox.calls()[1]["body"] == {"phone_number": "601234567", "status_id": "8"}
    qtbot.waitUntil(lambda: "nothing changed" in ctl.dialbox.status_label.text(), timeout=5000)
    assert [e.action for e in ctl.history.recent(2)] == ["campaign-status", "call"]


def test_actions_need_a_phone_number(ctl: Controller) -> None:
    ctl.dialbox.number_edit.setText("391")  # an extension
    assert not ctl.dialbox.action_buttons["schedule"].isEnabled()
    ctl.dialbox.number_edit.setText("hello")
    assert not ctl.dialbox.action_buttons["campaign"].isEnabled()


def test_simotel_hides_the_actions(ctl: Controller) -> None:
    ctl.settings.set("account.backend", "simotel")
    ctl.on_settings_saved()
    assert all(not b.isVisibleTo(ctl.dialbox) for b in ctl.dialbox.action_buttons.values())


# --- keyboard first, and words ------------------------------------------------------------


@pytest.mark.parametrize("kind", ["schedule", "campaign", "status"])
def test_a_form_starts_on_its_first_field_and_enter_sends(
    qtbot: QtBot, ctl: Controller, kind: str
) -> None:
    dialog = open_form(ctl, kind)
    qtbot.waitExposed(dialog)
    first = dialog.form.itemAt(0, dialog.form.ItemRole.FieldRole).widget()
    focused = dialog.focusWidget()  # the window's focus, whether or not it is active
    assert focused is first or first.isAncestorOf(focused)
    assert not dialog.ok_button.hasFocus()
    assert dialog.ok_button.isDefault()


def test_set_status_sends_the_status_chosen_with_the_keyboard(
    qtbot: QtBot, ctl: Controller, sandbox: SandboxServer
) -> None:
    dialog = open_form(ctl, "status")
    assert isinstance(dialog, StatusDialog)
    qtbot.waitExposed(dialog)
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Down)  # the second status
    chosen = dialog.status.currentData()
    assert chosen != dialog.statuses[0].id
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(sandbox.calls()) == 1, timeout=5000)
    assert sandbox.calls()[0]["body"]["status_id"] == chosen


def test_add_field_starts_editing_the_new_cell(qtbot: QtBot, ctl: Controller) -> None:
    dialog = open_form(ctl, "campaign")
    assert isinstance(dialog, CampaignDialog)
    qtbot.waitExposed(dialog)
    table = dialog.fields.table
    dialog.fields.on_add()
    assert table.state() == table.State.EditingState
    qtbot.keyClicks(dialog.focusWidget(), "city")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert table.item(0, 0).text() == "city"


def test_a_typed_past_time_is_refused_not_rewritten(
    qtbot: QtBot, ctl: Controller, sandbox: SandboxServer
) -> None:
    dialog = open_form(ctl, "schedule")
    assert isinstance(dialog, ScheduleDialog)
    past = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=3)
    dialog.when.setDateTime(QDateTime(past))
    assert dialog.at() == past  # kept as typed
    dialog.ok_button.click()
    assert "has passed" in dialog.error_label.text()
    assert sandbox.calls() == []


def test_times_show_as_the_locale_writes_them(ctl: Controller) -> None:
    from PySide6.QtCore import QLocale

    from dialdesk.ui.actions import when_text

    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    try:
        dialog = open_form(ctl, "schedule")
        assert isinstance(dialog, ScheduleDialog)
        dialog.when.setDateTime(QDateTime(datetime(2030, 3, 4, 18, 30)))
        assert dialog.when.text() == "4.03.2030 18:30"
        assert when_text(datetime(2030, 3, 4, 18, 30)) == "4.03.2030 18:30"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_empty_pickers_say_an_id_can_be_typed(
    qtbot: QtBot, ctl: Controller, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(type(ctl.settings), "named", lambda self, key: [])
    dialog = open_form(ctl, "status")
    assert isinstance(dialog, StatusDialog)
    line = dialog.status.lineEdit()
    assert "type the status id" in line.placeholderText()
    dialog.status.setEditText("8")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(sandbox.calls()) == 1, timeout=5000)
    assert sandbox.calls()[0]["body"]["status_id"] == "8"


def test_the_first_enter_in_a_picker_sends_the_form(
    qtbot: QtBot, ctl: Controller, sandbox: SandboxServer
) -> None:
    """Seen under Xvfb: Set status opens on its (editable) status picker, and the picker's
    line edit took the first Enter for itself; only a second Enter sent."""
    dialog = open_form(ctl, "status")
    qtbot.waitExposed(dialog)
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(sandbox.calls()) == 1, timeout=5000)
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # a second Enter while it sends: nothing more
    qtbot.wait(200)
    assert len(sandbox.calls()) == 1
