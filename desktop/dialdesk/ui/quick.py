"""Quick statuses: after a call, one button per status the agent set up, each one click
(or Alt+1…9) away, for the number just called."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from dialdesk.ui.steady import SteadyButton

COLUMNS = 3


class QuickStatuses(QFrame):
    chosen = Signal(str, str)  # status id, the number's text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[SteadyButton] = []
        self.hide()

    def offer(
        self, shown: str, text: str, statuses: Sequence[tuple[str, str]], after: QWidget
    ) -> None:
        """Buttons (id, name) for the number ``shown``; in tab order right after ``after``."""
        self.clear()
        label = QLabel(self.tr("Mark %1:").replace("%1", shown))
        label.setStyleSheet("color:#5f6368;")
        self.grid.addWidget(label, 0, 0, 1, COLUMNS)
        previous = after
        for n, (status_id, name) in enumerate(statuses, start=1):
            button = SteadyButton(name + (f"  (Alt+{n})" if n <= 9 else ""))
            button.setObjectName(f"quick-{status_id}")
            if n <= 9:
                button.setShortcut(QKeySequence(f"Alt+{n}"))
            button.clicked.connect(lambda _=False, s=status_id: self.on_clicked(s, text))
            self.grid.addWidget(button, 1 + (n - 1) // COLUMNS, (n - 1) % COLUMNS)
            QWidget.setTabOrder(previous, button)
            previous = button
            self.buttons.append(button)
        self.show()

    def on_clicked(self, status_id: str, text: str) -> None:
        for button in self.buttons:
            button.setEnabled(False)  # one click, one request
        self.chosen.emit(status_id, text)

    def done(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)

    def clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons = []
        self.hide()
