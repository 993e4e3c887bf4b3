"""Tray and window icons, painted so every state has a crisp icon at any size.

Each icon is painted once per process and reused: a state change costs a dictionary
look-up, not seven pixmaps. Besides being faster, it keeps the number of calls into Qt's
painting bindings constant over a working day; PySide6 6.12.0 dropped a reference to
``None`` on each such call, which aborted the app after about 130 calls on Python 3.11
(tests/ui/test_refcount.py).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


class State(enum.StrEnum):
    READY = "ready"
    CALLING = "calling"
    ERROR = "error"
    NOT_CONFIGURED = "not-configured"
    SANDBOX = "sandbox"


COLOURS = {
    State.READY: "#2e7d32",
    State.CALLING: "#1565c0",
    State.ERROR: "#c62828",
    State.NOT_CONFIGURED: "#757575",
    State.SANDBOX: "#b26a00",
}


def _handset(size: int) -> QPainterPath:
    """The arc of a telephone handset (∩), ear and mouth pieces hanging from its ends."""
    s = float(size)
    box = QRectF(s * 0.2, s * 0.24, s * 0.6, s * 0.6)
    path = QPainterPath()
    path.arcMoveTo(box, 15)
    path.arcTo(box, 15, 150)
    return path


def pixmap(state: State, size: int = 64) -> QPixmap:
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COLOURS[state]))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    white = QColor("white")
    arc = _handset(size)
    painter.setPen(QPen(white, size * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(arc)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(white)
    for at in (0.0, 1.0):  # the pieces: rounded blocks below both ends of the arc
        end = arc.pointAtPercent(at)
        piece = QRectF(end.x() - size * 0.13, end.y() - size * 0.02, size * 0.26, size * 0.2)
        painter.drawRoundedRect(piece, size * 0.06, size * 0.06)
    mark = {State.ERROR: "!", State.NOT_CONFIGURED: "?", State.SANDBOX: "S"}.get(state)
    if mark and size >= 20:
        badge = QRectF(size * 0.58, size * 0.58, size * 0.42, size * 0.42)
        painter.setBrush(white)
        painter.drawEllipse(badge)
        font = painter.font()
        font.setPixelSize(max(8, int(size * 0.32)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(COLOURS[state]))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, mark)
    elif state is State.CALLING and size >= 20:
        # Calling differs from ready by shape, not only colour: a badge of three dots.
        badge = QRectF(size * 0.58, size * 0.58, size * 0.42, size * 0.42)
        painter.setBrush(white)
        painter.drawEllipse(badge)
        painter.setBrush(QColor(COLOURS[state]))
        dot = size * 0.05
        for step in (-1, 0, 1):
            centre = badge.center() + QPointF(step * size * 0.12, 0)
            painter.drawEllipse(centre, dot, dot)
    painter.end()
    return image


SIZES = (16, 22, 24, 32, 48, 64, 128)
_icons: dict[State | str, QIcon] = {}


def icon(state: State) -> QIcon:
    """The icon of ``state``, painted the first time it is asked for."""
    cached = _icons.get(state)
    if cached is None:
        cached = QIcon()
        for size in SIZES:
            cached.addPixmap(pixmap(state, size))
        _icons[state] = cached
    return cached


def clear_icon() -> QIcon:
    """The line edit's clear button, painted once: Qt's own comes from the icon theme,
    and looking that up loads every image-format plugin (about 30 ms and several MiB)."""
    cached = _icons.get("clear")
    if cached is None:
        cached = _icons["clear"] = QIcon(_clear_pixmap(32))
    return cached


def _clear_pixmap(size: int) -> QPixmap:
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#9aa0a6"))
    painter.drawEllipse(QRectF(size * 0.1, size * 0.1, size * 0.8, size * 0.8))
    painter.setPen(
        QPen(QColor("white"), size * 0.1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    )
    low, high = size * 0.35, size * 0.65
    painter.drawLine(QPointF(low, low), QPointF(high, high))
    painter.drawLine(QPointF(low, high), QPointF(high, low))
    painter.end()
    return image
