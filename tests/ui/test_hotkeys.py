"""The shortcuts' glue, offscreen: what the dial-selection shortcut puts in the box (never
dialing), what the agent is told when a shortcut cannot be had (tooltip and Settings),
the key-sequence editors in Settings, and ``--show``/``--dial-selection`` over the IPC.
The real key grabs run on Xvfb in test_hotkeys_x11.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QKeySequenceEdit
from pytestqt.qtbot import QtBot

from dialdesk import config, paths
from dialdesk.ipc import IpcServer
from dialdesk.platform.hotkeys import Chord, Grab
from dialdesk.sandbox import SandboxServer
from dialdesk.ui import hotkeys
from dialdesk.ui.app import Controller
from dialdesk.ui.settings import SettingsDialog
from tests.ui.conftest import close_controller

SELECTED = "Klient: Jan Kowalski, tel. 601 234 567"


class FakeGrabber:
    """Answers like the platform's grabber would: ``answers`` per shortcut name."""

    def __init__(self, **answers: Grab) -> None:
        self.answers = answers
        self.registered: list[tuple[str, Chord]] = []

    def register(self, name: str, chord: Chord) -> Grab:
        self.registered.append((name, chord))
        return self.answers.get(name, Grab.OK)

    def unregister_all(self) -> None:
        self.registered.clear()


@pytest.fixture
def tray_app(qtbot: QtBot, sandbox: SandboxServer, dd_paths: paths.Paths) -> Iterator[Controller]:
    dd_paths.config_file.write_text("")  # not a first start: no welcome
    ctl = Controller(tray=True)
    ctl.start()
    yield ctl
    close_controller(qtbot, ctl)


def test_the_selection_goes_into_the_box_and_is_never_dialed(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    controller.hotkeys.dial_text(SELECTED)
    box = controller.dialbox
    assert box.isVisible()
    assert box.number_edit.text() == "601 234 567"
    assert "+48 601 234 567" in box.preview_label.text()
    assert box.call_button.isEnabled()
    qtbot.wait(300)
    assert sandbox.state.requests() == []
    assert controller.history.recent(5) == []


def test_several_numbers_are_offered_to_pick(controller: Controller) -> None:
    controller.hotkeys.dial_text("tel. 601 234 567 albo 22 123 45 67")
    status = controller.dialbox.messages.status_label.text()
    assert "2 numbers found" in status and "22 123 45 67" in status


def test_no_number_quotes_the_text_shortened(controller: Controller) -> None:
    controller.dialbox.set_number("22 123 45 67")
    controller.hotkeys.dial_text("Klient: Jan Kowalski\n" + "notatka " * 30)
    status = controller.dialbox.messages.status_label.text()
    assert "No phone number" in status and "“Klient: Jan Kowalski notatka" in status
    assert "…" in status and len(status) < 150
    assert controller.dialbox.number_edit.text() == "22 123 45 67"  # what was there stays


def test_nothing_selected_says_so(controller: Controller) -> None:
    controller.hotkeys.dial_text("  ")
    assert "Nothing is selected" in controller.dialbox.messages.status_label.text()


def test_without_primary_the_clipboard_is_read(controller: Controller) -> None:
    QGuiApplication.clipboard().setText("+48 22 123 45 67")
    assert controller.hotkeys.selected_text() == "+48 22 123 45 67"
    controller.hotkeys.dial_selection()
    assert controller.dialbox.number_edit.text() == "+48 22 123 45 67"


def test_the_dial_shortcut_toggles_the_box(qtbot: QtBot, controller: Controller) -> None:
    box = controller.dialbox
    box.hide()
    controller.hotkeys.on_pressed("dial")
    assert box.isVisible()
    qtbot.waitUntil(box.isActiveWindow)
    controller.hotkeys.on_pressed("dial")  # pressed again while active: hidden
    assert not box.isVisible()


def test_a_taken_shortcut_is_said_in_the_tooltip_and_in_settings(
    qtbot: QtBot, tray_app: Controller
) -> None:
    shortcuts = tray_app.hotkeys
    shortcuts.grabber = FakeGrabber(dial=Grab.TAKEN)
    with qtbot.waitSignal(shortcuts.notice_changed):
        shortcuts.apply(tray_app.settings)
    assert shortcuts.grabbed == {"dial": Grab.TAKEN, "dial_selection": Grab.OK}
    assert tray_app.tray is not None
    tip = tray_app.tray.icon.toolTip()
    assert "Ctrl+Alt+P is taken by another program" in tip
    tray_app.open_settings()
    dialog = tray_app.settings_dialog
    assert dialog is not None
    assert "Ctrl+Alt+P is taken" in dialog.shortcut_notice.text()
    # Chosen another: grabbed, and the notice goes.
    shortcuts.grabber.answers = {}
    shortcuts.apply(tray_app.settings)
    assert "taken" not in tray_app.tray.icon.toolTip()
    assert hotkeys.current_notice() == ""


def test_no_way_to_grab_names_the_workaround(tray_app: Controller) -> None:
    shortcuts = tray_app.hotkeys
    shortcuts.grabber = None
    shortcuts._missing_on = "wayland"
    shortcuts.apply(tray_app.settings)
    assert tray_app.tray is not None
    tip = tray_app.tray.icon.toolTip()
    assert "not available here (wayland)" in tip and "dialdesk --dial-selection" in tip


def test_shortcuts_turned_off_ask_for_nothing(tray_app: Controller, dd_paths: paths.Paths) -> None:
    dd_paths.config_file.write_text('[hotkeys]\ndial = ""\ndial_selection = ""\n')
    tray_app.settings = config.load(dd_paths, strict=False)
    grabber = FakeGrabber()
    tray_app.hotkeys.grabber = grabber
    tray_app.hotkeys.apply(tray_app.settings)
    assert grabber.registered == []
    assert tray_app.hotkeys.notice == ""


def editors(dialog: SettingsDialog) -> tuple[QKeySequenceEdit, QKeySequenceEdit]:
    dial, selection = dialog.fields["hotkeys.dial"], dialog.fields["hotkeys.dial_selection"]
    assert isinstance(dial, QKeySequenceEdit) and isinstance(selection, QKeySequenceEdit)
    return dial, selection


def test_settings_edit_both_shortcuts(qtbot: QtBot, tray_app: Controller) -> None:
    tray_app.open_settings()
    dialog = tray_app.settings_dialog
    assert dialog is not None
    dial, selection = editors(dialog)
    assert dialog.value("hotkeys.dial") == "Ctrl+Alt+P"
    selection.setKeySequence(QKeySequence("Ctrl+Alt+P"))
    assert "same as the other shortcut" in dialog.errors["hotkeys.dial_selection"].text()
    assert not dialog.save_button.isEnabled()
    selection.setKeySequence(QKeySequence("Shift+K"))
    assert "needs Ctrl, Alt or Meta" in dialog.errors["hotkeys.dial_selection"].text()
    selection.setKeySequence(QKeySequence("Ctrl+Alt+J"))
    dial.clear()  # off
    assert dialog.save_button.isEnabled()
    grabber = FakeGrabber()
    tray_app.hotkeys.grabber = grabber
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert tray_app.settings.text("hotkeys.dial") == ""
    assert tray_app.settings.text("hotkeys.dial_selection") == "Ctrl+Alt+J"
    # Saving applied them: only the one left on is grabbed.
    assert [(n, c.text()) for n, c in grabber.registered] == [("dial_selection", "Ctrl+Alt+J")]


def test_a_locked_shortcut_cannot_be_edited(
    qtbot: QtBot, sandbox: SandboxServer, dd_paths: paths.Paths
) -> None:
    dd_paths.defaults_file.write_text(
        'locked = ["hotkeys.dial_selection"]\n[hotkeys]\ndial_selection = "Ctrl+Alt+K"\n'
    )
    ctl = Controller(tray=False)
    ctl.start()
    try:
        ctl.open_settings()
        assert ctl.settings_dialog is not None
        _, selection = editors(ctl.settings_dialog)
        assert not selection.isEnabled()
        assert "administrator" in selection.toolTip()
        assert ctl.settings_dialog.value("hotkeys.dial_selection") == "Ctrl+Alt+K"
    finally:
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


def test_dial_selection_over_ipc(qtbot: QtBot) -> None:
    server = IpcServer()
    with qtbot.waitSignal(server.dial_selection_requested, timeout=3000):
        answer = server.handle(b'{"v":1,"cmd":"dial-selection"}')
    assert answer == {"ok": True}
    server.deleteLater()


@pytest.mark.parametrize("command", ["show", "dial-selection"])
def test_a_first_launch_with_a_flag_does_it_once_started(
    qtbot: QtBot, sandbox: SandboxServer, dd_paths: paths.Paths, command: str
) -> None:
    dd_paths.config_file.write_text("")
    QGuiApplication.clipboard().setText(SELECTED)
    hotkeys.start_command = command
    ctl = Controller(tray=True)
    ctl.start()
    try:
        qtbot.waitUntil(lambda: ctl._dialbox is not None and ctl.dialbox.isVisible())
        if command == "dial-selection":
            assert ctl.dialbox.number_edit.text() == "601 234 567"
        assert hotkeys.start_command == ""
    finally:
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


class CopyingGrabber(FakeGrabber):
    """The Windows/macOS selection path, with the keystroke played by a fake program."""

    def __init__(self, selected: str) -> None:
        super().__init__()
        self.selected = selected
        self.copies = 0

    def modifiers_held(self) -> bool:
        return False

    def send_copy(self) -> None:
        self.copies += 1
        if self.selected:
            QGuiApplication.clipboard().setText(self.selected)


def test_copying_the_selection_gives_the_agent_their_clipboard_back(
    controller: Controller, sandbox: SandboxServer
) -> None:
    if QGuiApplication.clipboard().supportsSelection():
        pytest.skip("this platform has a PRIMARY selection: no copy keystroke")
    QGuiApplication.clipboard().setText("the agent's own clipboard")
    controller.hotkeys.grabber = CopyingGrabber(SELECTED)
    controller.hotkeys.dial_selection()
    assert controller.dialbox.number_edit.text() == "601 234 567"
    assert QGuiApplication.clipboard().text() == "the agent's own clipboard"
    assert sandbox.state.requests() == []


def test_nothing_copied_falls_back_to_the_clipboard(controller: Controller) -> None:
    if QGuiApplication.clipboard().supportsSelection():
        pytest.skip("this platform has a PRIMARY selection: no copy keystroke")
    QGuiApplication.clipboard().setText("+48 22 123 45 67")
    grabber = CopyingGrabber("")
    controller.hotkeys.grabber = grabber
    controller.hotkeys.dial_selection()
    assert grabber.copies == 1
    assert controller.dialbox.number_edit.text() == "+48 22 123 45 67"
