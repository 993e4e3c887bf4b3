"""The Qt bindings must not lose references to ``None``.

PySide6-Essentials 6.12.0 dropped one reference to ``None`` on each call of several
painting methods (QPainter.drawEllipse, drawPath, drawRoundedRect, setPen, QIcon.addPixmap).
On Python 3.11, where ``None`` is an ordinary object, its count reached zero after about
130 calls' worth of tray-icon repaints and the app aborted ("none_dealloc"). These tests
render every icon state and every window many times and fail on such a release; on
Python ≥ 3.12 ``None`` is immortal and they cannot tell, so they skip there.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dialdesk.ui import icons
from dialdesk.ui.app import Controller

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: its count is fixed"
)


def none_refs_lost(action: Callable[[], object], rounds: int) -> int:
    """How many references to None ``rounds`` runs of ``action`` lost (after a warm-up)."""
    for _ in range(3):
        action()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(rounds):
        action()
    gc.collect()
    return before - sys.getrefcount(None)


def test_painting_every_icon_state_keeps_none_alive(qapp: object) -> None:
    def paint_all() -> None:
        for state in icons.State:
            for size in icons.SIZES:
                icons.pixmap(state, size)
        icons._clear_pixmap(32)

    assert none_refs_lost(paint_all, rounds=40) <= 0


def test_a_state_change_paints_nothing_new(qapp: object) -> None:
    """Icons are painted once per state and reused (tray.set_state runs at every call)."""
    first = {state: icons.icon(state).cacheKey() for state in icons.State}
    assert {state: icons.icon(state).cacheKey() for state in icons.State} == first


def test_rendering_every_window_keeps_none_alive(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dialdesk.ui.actions import CampaignDialog, ScheduleDialog, StatusDialog

    box = controller.dialbox
    box.number_edit.setText("601 234 567")
    controller.show_dialbox()
    controller.open_settings()
    windows: list[QWidget] = [box]
    assert controller.settings_dialog is not None
    windows.append(controller.settings_dialog)
    for form in (ScheduleDialog, CampaignDialog, StatusDialog):
        number = controller.dialer.preview("601 234 567")
        dialog = form(
            number, "601 234 567", controller.settings, controller.dialer, controller.tasks, box
        )
        dialog.show()
        windows.append(dialog)

    def render_all() -> None:
        for state in icons.State:
            controller.set_state(state)
        for window in windows:
            window.grab()

    try:
        assert none_refs_lost(render_all, rounds=30) <= 0
    finally:
        for window in windows[2:]:
            window.close()
