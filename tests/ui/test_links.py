"""Links end to end: the OS hands a tel: URL to xdg-open, xdg-open runs the registered
handler, the handler forwards it to the running instance, the sandbox receives one call."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialdesk.ipc import IpcServer
from dialdesk.platform import handler
from dialdesk.sandbox import SandboxServer
from dialdesk.ui.app import Application, Controller
from tests.ui.pointer import click

LINK = "tel:+48%2022%20123%2045%2067"


@pytest.fixture
def instance(controller: Controller) -> Iterator[Controller]:
    """The controller of tests/ui/conftest.py, listening like the real app does."""
    ipc = IpcServer()
    ipc.listen()
    ipc.url_received.connect(controller.on_link)
    if controller.settings_dialog is not None:
        controller.settings_dialog.close()
    yield controller
    ipc.close()


def confirm_links(ctl: Controller, on: bool) -> None:
    ctl.settings.set("dialing.confirm_links", on)
    ctl.on_settings_saved()


@pytest.fixture
def desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh user for xdg-utils: own HOME and XDG folders, no desktop environment."""
    for tool in ("xdg-open", "xdg-mime"):
        if shutil.which(tool) is None:
            if os.environ.get("CI"):
                pytest.fail(f"{tool} is missing: .ci/run must install xdg-utils")
            pytest.skip(f"{tool} is not installed")
    home = tmp_path / "home"
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    for var in (
        "XDG_CURRENT_DESKTOP",
        "DESKTOP_SESSION",
        "KDE_FULL_SESSION",
        "GNOME_DESKTOP_SESSION_ID",
        "XDG_SESSION_DESKTOP",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("DISPLAY", os.environ.get("DISPLAY") or ":99")  # xdg-open wants one
    status = handler.register_linux([sys.executable, "-m", "dialdesk"])
    assert status.registered, status.detail
    return home


def finished(qtbot: QtBot, proc: subprocess.Popen[bytes]) -> int:
    """Wait for a process while the event loop runs (the instance must answer it)."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    return int(proc.returncode)


def xdg_open(url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(["xdg-open", url], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_registration_is_valid_and_undone(desktop: Path) -> None:
    entry = handler.desktop_file()
    assert "--untrusted-url %u" in entry.read_text()
    validate = shutil.which("desktop-file-validate")
    if validate:
        done = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.strip() == ""
    status = handler.unregister_linux()
    assert not status.registered
    assert not entry.exists()
    mimeapps = desktop / ".config" / "mimeapps.list"
    assert "dialdesk.desktop" not in mimeapps.read_text()


def test_xdg_open_dials_once_when_confirmation_is_off(
    qtbot: QtBot, desktop: Path, instance: Controller, sandbox: SandboxServer
) -> None:
    confirm_links(instance, False)
    opener = xdg_open(LINK)
    qtbot.waitUntil(lambda: len(sandbox.calls()) == 1 and not instance.busy, timeout=30000)
    assert finished(qtbot, opener) == 0
    assert sandbox.calls()[0]["body"]["phone_number"] == "221234567"
    entry = instance.history.recent(1)[0]
    assert (entry.source, entry.outcome) == ("link", "placed")


def test_the_same_link_fired_twice_is_one_call(
    qtbot: QtBot, desktop: Path, instance: Controller, sandbox: SandboxServer
) -> None:
    confirm_links(instance, False)
    first, second = xdg_open(LINK), xdg_open(LINK)
    assert finished(qtbot, first) == 0
    assert finished(qtbot, second) == 0
    qtbot.waitUntil(
        lambda: len(instance.history.recent(5)) >= 1 and not instance.busy, timeout=30000
    )
    qtbot.wait(1500)  # let a second call, if any, arrive
    assert len(sandbox.calls()) == 1


def test_xdg_open_waits_for_the_agent_when_confirmation_is_on(
    qtbot: QtBot, desktop: Path, instance: Controller, sandbox: SandboxServer
) -> None:
    confirm_links(instance, True)
    opener = xdg_open(LINK)
    box = instance.dialbox
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=30000)
    assert finished(qtbot, opener) == 0
    assert box.number_edit.text() == "+48 22 123 45 67"
    assert "came from a link" in box.confirm_label.text()
    qtbot.wait(500)
    assert sandbox.calls() == []  # nothing until the agent says so
    click(qtbot, box.confirm_button)
    qtbot.waitUntil(lambda: len(sandbox.calls()) == 1 and not instance.busy, timeout=10000)
    assert instance.history.recent(1)[0].source == "link"


def test_cancel_dials_nothing(qtbot: QtBot, instance: Controller, sandbox: SandboxServer) -> None:
    instance.on_link(LINK)
    box = instance.dialbox
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=5000)
    click(qtbot, box.cancel_button)
    qtbot.wait(300)
    assert sandbox.calls() == []
    assert not box.confirm_frame.isVisible()


def test_paused_link_handling_refuses_with_a_notice(
    qtbot: QtBot, instance: Controller, sandbox: SandboxServer
) -> None:
    confirm_links(instance, False)
    instance.on_pause_toggled(True)
    instance.on_link(LINK)
    qtbot.wait(300)
    assert sandbox.calls() == []
    assert "paused" in instance.dialbox.status_label.text()


def test_a_link_while_calling_waits_in_the_box(
    qtbot: QtBot, instance: Controller, sandbox: SandboxServer
) -> None:
    from dialdesk.sandbox import Fault

    confirm_links(instance, False)
    sandbox.add_fault(Fault(endpoint="connections/call", delay=1.0, status=200))
    instance.on_link("tel:601234567")
    instance.on_link("tel:601234568")
    assert instance.dialbox.number_edit.text() == "+48 601 234 568"
    assert "press Call" in instance.dialbox.status_label.text()
    qtbot.waitUntil(lambda: not instance.busy, timeout=10000)
    assert [c["body"]["phone_number"] for c in sandbox.calls()] == ["601234567"]
    # The first call's outcome is not shown under the waiting number as if it were its own.
    assert "press Call" in instance.dialbox.status_label.text()
    assert "accepted" not in instance.dialbox.status_label.text()
    assert instance.dialbox.number_edit.text() == "+48 601 234 568"


def test_a_link_that_is_not_a_number(
    qtbot: QtBot, instance: Controller, sandbox: SandboxServer
) -> None:
    instance.on_link("tel:hello")
    qtbot.wait(200)
    assert "not part of a phone number" in instance.dialbox.status_label.text()
    assert sandbox.calls() == []


def test_a_link_handed_to_the_application_object_is_dialed_once(
    qtbot: QtBot, qapp: QApplication, sandbox: SandboxServer
) -> None:
    """macOS delivers a clicked link as a FileOpen event to the application object."""
    assert isinstance(qapp, Application)
    ctl = Controller(tray=True)
    ctl.settings.set("dialing.confirm_links", False)
    qapp.link_opened.connect(ctl.on_link)
    try:
        handled = QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl("tel:+48-22-123-45-67")))
        assert handled
        qtbot.waitUntil(lambda: len(sandbox.calls()) == 1 and not ctl.busy, timeout=8000)
        assert sandbox.calls()[0]["body"]["phone_number"] == "221234567"
        assert QCoreApplication.sendEvent(qapp, QFileOpenEvent("")) is True  # nothing to dial
        qtbot.wait(200)
        assert len(sandbox.calls()) == 1
    finally:
        qapp.link_opened.disconnect(ctl.on_link)
        ctl.tasks.wait(5000)
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


def test_an_unusable_link_is_told_when_nobody_looks_at_the_box(
    qtbot: QtBot, sandbox: SandboxServer
) -> None:
    """Confirmation off, dial box hidden: a tray message and a history row say what
    became of the link; nothing is dialed."""
    ctl = Controller(tray=True)
    confirm_links(ctl, False)
    told: list[tuple[str, str, bool]] = []
    real_notify = ctl.tray.notify  # type: ignore[union-attr]

    def spy(title: str, text: str, error: bool = False) -> None:
        told.append((title, text, error))
        real_notify(title, text, error)

    ctl.tray.notify = spy  # type: ignore[union-attr, method-assign]
    try:
        ctl.on_link("tel:hello")
        qtbot.wait(100)
        assert not ctl.dialbox.isVisible()
        assert len(told) == 1 and told[0][2] is True
        assert "not part of a phone number" in told[0][1]
        (entry,) = ctl.history.recent(5)
        assert (entry.source, entry.input, entry.outcome) == ("link", "tel:hello", "refused")
        assert sandbox.calls() == []
    finally:
        ctl.shutdown()
        ctl.deleteLater()


def test_a_cold_start_from_a_link_opens_the_box_at_the_tray_corner(
    qtbot: QtBot, sandbox: SandboxServer
) -> None:
    """Before the tray host has placed the icon, its geometry is unknown: the box opens
    in the panel's corner (bottom-right here), not at the top-left of the screen."""
    ctl = Controller(tray=True)
    try:
        assert ctl.tray is not None and ctl.tray.icon.geometry().isNull()
        ctl.on_link("tel:601234567")
        box = ctl.dialbox
        assert box.isVisible()
        free = QApplication.primaryScreen().availableGeometry()
        assert free.right() - 60 <= box.x() + box.width() <= free.right() + 1
        assert box.y() > free.top() + 100  # placed above the bottom panel, not at the top
    finally:
        ctl.shutdown()
        ctl.deleteLater()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "sip:evil@example.com", "tel:hello"])
def test_a_link_that_is_no_number_leaves_what_the_agent_typed(
    qtbot: QtBot, instance: Controller, sandbox: SandboxServer, url: str
) -> None:
    """Seen under Xvfb: such a link replaced the number being typed, with no way back."""
    instance.show_dialbox()
    box = instance.dialbox
    box.number_edit.setText("600 700 800")
    instance.on_link(url)
    qtbot.wait(100)
    assert box.number_edit.text() == "600 700 800"
    assert "was not dialed" in box.status_label.text()
    assert url in box.status_label.text()
    (entry,) = instance.history.recent(5)
    assert (entry.source, entry.input, entry.outcome) == ("link", url, "refused")
    assert sandbox.calls() == []
