"""Where a tray window goes: beside the tray icon, inside the screen's free area, and, as it
grows or shrinks, still there, with the edge next to the tray kept in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QWidget

MARGIN = 8
GAP = 4
TYPICAL_FRAME = QSize(12, 36)  # before the window manager has framed the window


class Anchored(QObject):
    """Keeps ``window`` beside ``anchor`` (the tray icon's rectangle) and on its screen,
    as tall as ``layout`` wants each time the layout changes."""

    def __init__(self, window: QWidget, layout: QLayout) -> None:
        super().__init__(window)
        self.window, self.layout = window, layout
        self.anchor: QRect | None = None
        self.above = False  # opened above the tray icon: grows upwards
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.fit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LayoutRequest:
            self._later.start()  # once the layout has settled
        return False

    def place_near(self, anchor: QRect) -> None:
        if anchor.isNull():
            return
        self.anchor = QRect(anchor)
        screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        size = self.outer_size()
        self.above = anchor.bottom() + GAP + size.height() > free.bottom()
        x = anchor.center().x() - size.width() // 2
        y = anchor.top() - size.height() - GAP if self.above else anchor.bottom() + GAP
        self.move_inside(x, y, free)

    def fit(self) -> None:
        """As tall as the layout wants at the window's (fixed) width, then on screen."""
        layout, width = self.layout, self.window.width()
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        height = max(height, layout.totalMinimumSize().height())
        if height != self.window.height():
            self.window.resize(width, height)
        self.keep_on_screen()

    def keep_on_screen(self) -> None:
        """After a resize: the whole window on the screen it is on, the tray's edge kept."""
        window = self.window
        if not window.isVisible():
            return
        free = window.screen().availableGeometry().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        frame = window.frameGeometry()
        y = frame.y()
        if self.above and self.anchor is not None:
            y = self.anchor.top() - self.outer_size().height() - GAP
        self.move_inside(frame.x(), y, free)

    def outer_size(self) -> QSize:
        window = self.window
        inner = QSize(window.width(), max(window.height(), window.sizeHint().height()))
        frame = window.frameGeometry().size() - window.geometry().size()
        if frame.isEmpty() and not window.isVisible():
            frame = TYPICAL_FRAME
        return inner + frame

    def move_inside(self, x: int, y: int, free: QRect) -> None:
        size = self.outer_size()
        x = max(free.left(), min(x, free.right() - size.width()))
        y = max(free.top(), min(y, free.bottom() - size.height()))
        frame = self.window.frameGeometry()
        if (x, y) != (frame.x(), frame.y()):
            self.window.move(x, y)
