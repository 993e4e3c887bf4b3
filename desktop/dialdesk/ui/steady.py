"""Buttons that are safe to double click near.

A double click on *Call anyway* used to place the call, collapse the confirmation and slide
the quick-status row under the pointer, so the second click of the same double click set a
campaign status nobody chose. A :class:`SteadyButton` ignores a click (or Enter/Space) that
comes within ``SETTLE_MS`` of it appearing or moving on screen: the pointer or the key was
aimed at whatever was there before.

It notices on its own: when shown, when moved inside its parent, and, for moves it is not
told about (its parent frame slid up, the window was moved to stay on screen), by comparing
its place on the screen at each paint and at each press with the place it last saw.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QPushButton, QWidget

SETTLE_MS = 450  # longer than a double click's two clicks, shorter than reading a button

_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class SteadyButton(QPushButton):
    """A push button that ignores clicks that arrive just after it appeared or moved, that
    Enter presses like Space (outside dialogs too), and that always shows its focus."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._where: QPoint | None = None
        self._since = 0.0
        self._swallowing = False  # a press was refused: refuse its release too
        self._pointer_then = QPoint()  # where the pointer was when the button last moved
        self.setAutoDefault(False)

    # --- where it is, and since when ------------------------------------------------------

    def _look(self) -> None:
        """Note the moment the button's place on the screen changed."""
        where = self.mapToGlobal(QPoint(0, 0))
        if where != self._where:
            self.settle_now()

    def settle_now(self) -> None:
        """Start the quiet moment now (the layout around it changed)."""
        self._where = self.mapToGlobal(QPoint(0, 0))
        self._since = time.monotonic()
        self._pointer_then = QCursor.pos()

    def aimed_at(self) -> bool:
        """The pointer travelled since the button last appeared or moved: the agent moved
        it onto the button as it is now (typing a number can resize the box and move
        Call; a click on it after that is meant). A double click's second click does not
        travel: Qt's own double-click distance is the jitter allowed."""
        moved = QCursor.pos() - self._pointer_then
        return moved.manhattanLength() > QGuiApplication.styleHints().mouseDoubleClickDistance()

    def settled(self) -> bool:
        self._look()
        return (time.monotonic() - self._since) * 1000 >= SETTLE_MS

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.settle_now()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._look()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._look()
        super().paintEvent(event)
        if self.hasFocus():
            # A ring of the highlight colour whatever the style or style sheet around it:
            # some styles draw none at all, or one too faint to see.
            painter = QPainter(self)
            colour = self.palette().color(QPalette.ColorRole.Highlight)
            if colour.lightness() > 200:
                colour = QColor("#1a73e8")
            painter.setPen(QPen(colour, 2))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawRoundedRect(QRect(1, 1, self.width() - 2, self.height() - 2), 4, 4)
            painter.end()

    # --- input -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not (self.settled() or self.aimed_at()):
            self._swallowing = True
            event.accept()
            return
        self._swallowing = False
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._swallowing:
            self._swallowing = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            event.accept()
            if event.isAutoRepeat() or not self.settled() or not self.isEnabled():
                return  # a held or doubled key was meant for what was there before
            self.click()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE:
            event.accept()  # Space's own release would click a second time
            return
        super().keyReleaseEvent(event)
