"""Tray menu, notifications and quitting. Offscreen has no system tray, so these tests ask
for the tray explicitly: QSystemTrayIcon and its menu still work without a host."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from dialdesk.dialer import Source
from dialdesk.sandbox import Fault, SandboxServer
from dialdesk.ui.app import Controller
from dialdesk.ui.tray import Tray
from tests.ui.conftest import close_controller


@pytest.fixture
def tray_app(qtbot: QtBot, sandbox: SandboxServer, dd_paths: object) -> Iterator[Controller]:
    ctl = Controller(tray=True)
    yield ctl
    close_controller(qtbot, ctl)


def tray_of(ctl: Controller) -> Tray:
    assert ctl.tray is not None
    return ctl.tray


def test_clipboard_item_shows_the_parsed_number(tray_app: Controller) -> None:
    tray = tray_of(tray_app)
    QGuiApplication.clipboard().setText("Call me: (022) 123-45-67")
    tray.refresh_clipboard()
    assert not tray.clipboard_action.isEnabled()  # prose around it: not a number
    QGuiApplication.clipboard().setText(" (022) 123-45-67 ")
    tray.refresh_clipboard()
    assert tray.clipboard_action.isEnabled()
    assert "+48 22 123 45 67" in tray.clipboard_action.text()


def test_clipboard_dial_places_the_call(
    qtbot: QtBot, tray_app: Controller, sandbox: SandboxServer
) -> None:
    QGuiApplication.clipboard().setText("601234567")
    tray = tray_of(tray_app)
    tray.refresh_clipboard()
    tray.clipboard_action.trigger()
    qtbot.waitUntil(lambda: len(sandbox.calls()) == 1 and not tray_app.busy, timeout=8000)
    assert tray_app.dialbox.isVisible()


def test_recent_menu_and_redial(qtbot: QtBot, tray_app: Controller, sandbox: SandboxServer) -> None:
    tray = tray_of(tray_app)
    tray.refresh_recent()
    assert not tray.recent_menu.isEnabled()
    tray_app.place_call("601234567", Source.TYPED)
    qtbot.waitUntil(lambda: not tray_app.busy, timeout=8000)
    tray.refresh_recent()
    actions = tray.recent_menu.actions()
    assert len(actions) == 1
    assert "+48 601 234 567" in actions[0].text()


def test_outcome_is_a_tray_message_when_the_dial_box_is_hidden(
    qtbot: QtBot,
    tray_app: Controller,
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, bool]] = []
    tray = tray_of(tray_app)
    monkeypatch.setattr(
        tray, "notify", lambda title, text, error=False: shown.append((text, error))
    )
    assert not tray_app.dialbox.isVisible()
    tray_app.place_call("601234567", Source.TYPED)
    qtbot.waitUntil(lambda: bool(shown), timeout=8000)
    assert "accepted the call" in shown[0][0]
    sandbox.add_fault(Fault(status=500))
    tray_app.place_call("601234568", Source.TYPED)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=8000)
    assert shown[1][1] is True
    assert "internal error" in shown[1][0]


def test_icon_state_follows_the_app(
    qtbot: QtBot, tray_app: Controller, sandbox: SandboxServer
) -> None:
    tray = tray_of(tray_app)
    assert "Sandbox" in tray.icon.toolTip()
    sandbox.add_fault(Fault(status=500))
    tray_app.place_call("601234567", Source.TYPED)
    qtbot.waitUntil(lambda: "failed" in tray.icon.toolTip(), timeout=8000)
    tray_app.settings.set("account.backend", "thulium")
    tray_app.on_settings_saved()
    assert "not set up" in tray.icon.toolTip()
    assert "Server address" in tray.icon.toolTip()  # the field, not its config key


def test_quit_during_a_call_waits_and_keeps_the_history(
    qtbot: QtBot, tray_app: Controller, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(Fault(endpoint="connections/call", delay=1.0, status=200))
    tray_app.place_call("601234567", Source.TYPED)
    qtbot.wait(100)
    history = tray_app.history
    tray_app.quit()
    entry = history.recent(1)[0]
    assert entry.outcome == "placed"  # finished, recorded, not left pending
