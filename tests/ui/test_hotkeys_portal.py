"""Wayland's route: the GlobalShortcuts portal, played by tests/helpers/fakeportal.py on the
private D-Bus session bus tests/run.sh starts (never the developer's own bus)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from dialdesk.platform.hotkeys import Grab
from dialdesk.sandbox import SandboxServer
from dialdesk.ui.app import Controller
from tests.ui.conftest import close_controller

FAKE = Path(__file__).parents[1] / "helpers" / "fakeportal.py"
SELECTED = "Klient: Jan Kowalski, tel. 601 234 567"


@pytest.fixture(autouse=True)
def private_bus() -> None:
    if sys.platform != "linux":
        pytest.skip("the GlobalShortcuts portal is Linux's (Wayland)")
    if os.environ.get("DIALDESK_TEST_DBUS") and os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return
    text = "needs the private session bus of tests/run.sh (dbus-run-session)"
    if os.environ.get("CI"):
        pytest.fail(text)
    pytest.skip(text)


@pytest.fixture
def fake_portal() -> Iterator[Callable[..., subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []

    def start(*args: str) -> subprocess.Popen[str]:
        portal = subprocess.Popen(
            [sys.executable, str(FAKE), *args], stdout=subprocess.PIPE, text=True
        )
        assert portal.stdout is not None
        assert portal.stdout.readline().strip() == "ready"
        started.append(portal)
        return portal

    yield start
    for portal in started:
        portal.terminate()
        portal.wait(5)
        if portal.stdout is not None:
            portal.stdout.close()


def portal_call(member: str, *args: str) -> object:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    address = DBusAddress(
        "/org/freedesktop/portal/desktop",
        bus_name="org.freedesktop.portal.Desktop",
        interface="org.dialdesk.FakePortal",
    )
    with open_dbus_connection(bus="SESSION") as conn:
        signature = "s" if args else None
        reply = conn.send_and_get_reply(new_method_call(address, member, signature, args))
    return reply.body


@pytest.fixture
def wayland_app(
    qtbot: QtBot, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Controller]:
    monkeypatch.setenv("DIALDESK_HOTKEYS", "portal")  # offscreen Qt, the Wayland route
    ctl = Controller(tray=False)
    ctl.start()
    if ctl.settings_dialog is not None:
        ctl.settings_dialog.close()
    ctl.dialbox.hide()
    yield ctl
    close_controller(qtbot, ctl)


def test_the_portal_binds_and_its_activation_opens_the_box(
    qtbot: QtBot,
    fake_portal: Callable[..., object],
    monkeypatch: pytest.MonkeyPatch,
    sandbox: SandboxServer,
) -> None:
    fake_portal()
    monkeypatch.setenv("DIALDESK_HOTKEYS", "portal")
    ctl = Controller(tray=False)
    ctl.start()
    try:
        ctl.dialbox.hide()
        qtbot.waitUntil(
            lambda: ctl.hotkeys.grabbed == {"dial": Grab.OK, "dial_selection": Grab.OK},
            timeout=10000,
        )
        assert ctl.hotkeys.notice == ""
        assert portal_call("Bound") == (["dial=CTRL+ALT+p", "dial_selection=CTRL+ALT+SHIFT+p"],)
        portal_call("Activate", "dial")
        qtbot.waitUntil(ctl.dialbox.isVisible, timeout=5000)
        QGuiApplication.clipboard().setText(SELECTED)  # no PRIMARY offscreen: the clipboard
        portal_call("Activate", "dial_selection")
        qtbot.waitUntil(lambda: ctl.dialbox.number_edit.text() == "601 234 567", timeout=5000)
        qtbot.wait(300)
        assert sandbox.state.requests() == []  # filled, never dialed
    finally:
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


def test_a_refused_bind_is_reported(
    qtbot: QtBot, fake_portal: Callable[..., object], wayland_app: Controller
) -> None:
    fake_portal("--refuse")
    wayland_app.hotkeys.apply(wayland_app.settings)  # the portal is there now: ask it
    qtbot.waitUntil(lambda: "did not allow" in wayland_app.hotkeys.notice, timeout=10000)
    assert "cancelled" in wayland_app.hotkeys.notice
    assert "dialdesk --dial-selection" in wayland_app.hotkeys.notice
    assert wayland_app.hotkeys.grabbed == {"dial": Grab.REFUSED, "dial_selection": Grab.REFUSED}


def test_no_portal_is_said_with_the_workaround(qtbot: QtBot, wayland_app: Controller) -> None:
    qtbot.waitUntil(lambda: "not available here" in wayland_app.hotkeys.notice, timeout=10000)
    assert "ServiceUnknown" in wayland_app.hotkeys.notice
    assert "dialdesk --show" in wayland_app.hotkeys.notice
