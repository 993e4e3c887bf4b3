"""The dial box with the real sandbox: type → preview → call → status, faults, responsiveness."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialdesk.dialer import Source
from dialdesk.sandbox import Fault, SandboxServer
from dialdesk.ui.app import Controller
from tests.ui.pointer import click


def type_number(qtbot: QtBot, ctl: Controller, text: str) -> None:
    ctl.dialbox.number_edit.clear()
    qtbot.keyClicks(ctl.dialbox.number_edit, text)


def wait_for_status(qtbot: QtBot, ctl: Controller, words: str, timeout: int = 8000) -> str:
    def shown() -> None:
        assert not ctl.busy
        assert words in ctl.dialbox.status_label.text()

    qtbot.waitUntil(shown, timeout=timeout)
    return ctl.dialbox.status_label.text()


def test_type_preview_call_status(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "(022) 123-45-67")
    assert "+48 22 123 45 67" in box.preview_label.text()
    assert "Poland" in box.preview_label.text()
    assert "221234567" in box.preview_label.text()
    assert box.call_button.isEnabled()
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    assert "your phone rings first" in box.status_label.text()  # at once, before the answer
    wait_for_status(qtbot, controller, "the PBX accepted the call")
    assert sandbox.calls()[0]["body"]["phone_number"] == "221234567"
    assert box.recent_list.count() == 1
    assert "+48 22 123 45 67" in box.recent_list.item(0).text()


def test_invalid_input_disables_call_and_says_why(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "+48 22 123")
    assert not box.call_button.isEnabled()
    assert "Too short" in box.preview_label.text()
    assert "Too short" in box.call_button.toolTip()
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert sandbox.calls() == []


def test_premium_asks_and_calls_only_after_confirmation(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "+48 701 234 567")
    assert "Premium-rate" in box.warning_label.text()
    click(qtbot, box.call_button)
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=5000)
    assert sandbox.calls() == []
    click(qtbot, box.confirm_button)
    wait_for_status(qtbot, controller, "accepted")
    assert len(sandbox.calls()) == 1


def test_emergency_refused_with_a_reason(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    """With ``dialing.emergency = block`` Call is off before anything is sent, and the
    reason shows in full (word-wrapped, not clipped)."""
    box = controller.dialbox
    type_number(qtbot, controller, "112")
    assert not box.call_button.isEnabled()
    assert "Emergency numbers are blocked" in box.warning_label.text()
    assert "Emergency numbers are blocked" in box.call_button.toolTip()
    assert box.warning_label.wordWrap()
    qtbot.wait(50)  # the window fits its content once the layout settles
    assert box.warning_label.height() >= box.warning_label.heightForWidth(box.warning_label.width())
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert sandbox.calls() == []


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (Fault(status=401), "refused the API user or password"),
        (Fault(status=403), "not allowed"),
        (Fault(status=404), "Not found"),
        (
            Fault(status=400, json={"request_id": "r1", "errors": [{"message": "SIP offline"}]}),
            "SIP offline",
        ),
        (Fault(status=429, headers={"Retry-After": "20"}), "20 s"),
        (Fault(status=500), "internal error"),
        (Fault(status=200, body="<html>hi</html>", content_type="text/html"), "web page"),
        (Fault(hangup=True), "check your phone before you try again"),
    ],
)
def test_each_fault_shows_its_message_and_the_box_stays_usable(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer, fault: Fault, words: str
) -> None:
    sandbox.add_fault(fault)
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(controller.dialbox.number_edit, Qt.Key.Key_Return)
    wait_for_status(qtbot, controller, words)
    assert controller.dialbox.copy_button.isVisible() or fault.hangup
    type_number(qtbot, controller, "601 234 568")
    assert controller.dialbox.call_button.isEnabled()


def test_request_id_can_be_copied(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(
        Fault(
            status=400, json={"request_id": "53678450401cf", "errors": [{"message": "SIP offline"}]}
        )
    )
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(controller.dialbox.number_edit, Qt.Key.Key_Return)
    wait_for_status(qtbot, controller, "SIP offline")
    click(qtbot, controller.dialbox.copy_button)
    from PySide6.QtGui import QGuiApplication

    assert "Request id: 53678450401cf" in QGuiApplication.clipboard().text()


def test_unreachable_pbx(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIALDESK_SANDBOX_URL", "http://127.0.0.1:9/")
    controller.on_settings_saved()  # a new dialer picks the address up
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(controller.dialbox.number_edit, Qt.Key.Key_Return)
    wait_for_status(qtbot, controller, "refused the connection")


def test_slow_pbx_does_not_freeze_the_window_nor_double_send(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(Fault(endpoint="connections/call", delay=3.0, status=200))
    box = controller.dialbox
    type_number(qtbot, controller, "601 234 567")
    started = time.monotonic()
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    assert time.monotonic() - started < 1.0  # the click returned at once
    assert not box.call_button.isEnabled()
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)  # an impatient second press
    controller.place_call("601 234 567", Source.TYPED)  # and one from elsewhere
    # The event loop keeps running: typing is processed while the PBX takes its time.
    qtbot.keyClicks(box.number_edit, " 8")
    assert box.number_edit.text() == "601 234 567 8"
    assert time.monotonic() - started < 2.5
    wait_for_status(qtbot, controller, "accepted", timeout=10000)
    assert len(sandbox.calls()) == 1


def test_redial_from_recent_goes_through_the_guards(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(controller.dialbox.number_edit, Qt.Key.Key_Return)
    wait_for_status(qtbot, controller, "accepted")
    item = controller.dialbox.recent_list.item(0)
    controller.dialbox.recent_list.itemActivated.emit(item)
    # The duplicate guard stops it, quietly: the success stays, Call says so for a moment.
    qtbot.waitUntil(lambda: controller.dialbox.call_button.text() == "Already called")
    assert "accepted" in controller.dialbox.status_label.text()
    assert len(sandbox.calls()) == 1


def test_without_a_tray_the_dial_box_is_a_normal_window(controller: Controller) -> None:
    assert controller.tray is None
    assert controller.dialbox.isVisible()
    assert controller.dialbox.hide_on_close is False


def test_sandbox_is_labelled(controller: Controller) -> None:
    assert controller.dialbox.sandbox_banner.isVisible()
    assert "simulated" in controller.dialbox.sandbox_banner.text()


def test_the_crash_hook_logs_redacted_and_tells_once(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    from dialdesk import logs, paths
    from dialdesk.ui.app import install_crash_hook
    from tests.helpers.secrets import PASSWORD

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    log_file = paths.current().log_file
    logs.setup(log_file)
    logs.register_secret(PASSWORD)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    install_crash_hook(str(log_file))
    for _ in range(2):
        try:
            raise RuntimeError(f"broke with {PASSWORD}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    assert len(shown) == 1  # told once, not a dialog storm
    assert "RuntimeError" in shown[0]
    assert str(log_file) in shown[0]
    text = log_file.read_text()
    assert "RuntimeError" in text
    assert PASSWORD not in text


def test_the_clear_button_shows_with_text_and_empties_the_box(
    qtbot: QtBot, controller: Controller
) -> None:
    box = controller.dialbox
    assert not box.clear_action.isVisible()  # nothing to clear
    type_number(qtbot, controller, "601234567")
    assert box.clear_action.isVisible()
    assert not box.clear_action.icon().isNull()
    box.clear_action.trigger()
    assert box.number_edit.text() == ""
    assert not box.clear_action.isVisible()
    assert not box.call_button.isEnabled()
