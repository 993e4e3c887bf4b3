"""The pointer as an agent uses it: clicks where a button *was*, at double-click speed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from dialdesk.ui.steady import SETTLE_MS, SteadyButton


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A deliberate click: after the button has been still long enough to be read."""
    if isinstance(button, SteadyButton):
        qtbot.waitUntil(button.settled, timeout=SETTLE_MS * 4)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_at(window: QWidget, where: QPoint) -> QWidget | None:
    """Press and release on whatever is at ``where`` (window coordinates) right now."""
    target = window.childAt(where) or window
    local = target.mapFrom(window, where)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
    return target


def double_click(qtbot: QtBot, button: QAbstractButton, *, gap_ms: int = 120) -> None:
    """Two clicks on the spot where ``button`` is, ``gap_ms`` apart, the app running in
    between: the second lands on whatever the first one put there."""
    window = button.window()
    where = button.mapTo(window, button.rect().center())
    click(qtbot, button)
    QApplication.processEvents()
    qtbot.wait(gap_ms)
    click_at(window, where)
