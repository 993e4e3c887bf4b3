"""What numbers.py warns about or refuses reaches the dial box in the agent's language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dialdesk.sandbox import SandboxServer
from dialdesk.ui.app import Controller


def test_an_unknown_range_is_callable_with_a_warning(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    box.number_edit.setText("111 222 333")
    assert box.call_button.isEnabled()
    assert "Not a known number range in Poland" in box.warning_label.text()
    assert not box.warning_label.isHidden()
    box.call_button.click()
    qtbot.waitUntil(lambda: bool(sandbox.calls()), timeout=5000)
    assert sandbox.calls()[0]["body"]["phone_number"] == "111222333"


def test_letters_and_blocked_ranges_disable_the_call(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    box.number_edit.setText("818wew.wew.")
    assert not box.call_button.isEnabled()
    assert "Letters are not part of a phone number" in box.preview_label.text()
    controller.settings.set("dialing.unknown_numbers", "block")
    box.number_edit.setText("111 222 333")
    assert not box.call_button.isEnabled()
    assert "Not a known number range" in box.preview_label.text()


def test_the_warning_is_in_polish(qtbot: QtBot, polish: None, sandbox: SandboxServer) -> None:
    ctl = Controller(tray=False)
    try:
        box = ctl.dialbox
        box.number_edit.setText("111 222 333")
        assert "Nieznany zakres numerów (Polska)" in box.warning_label.text()
        box.number_edit.setText("callto:555callto:")
        assert "Litery nie są częścią numeru" in box.preview_label.text()
    finally:
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


def test_a_link_to_an_unknown_range_says_so_in_the_question(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    if controller.settings_dialog is not None:
        controller.settings_dialog.close()
    controller.settings.set("dialing.confirm_links", True)
    controller.on_link("tel:111222333")
    box = controller.dialbox
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=10000)
    assert "came from a link" in box.confirm_label.text()
    assert "Not a known number range in Poland" in box.confirm_label.text()
    assert sandbox.calls() == []
