"""Quick statuses: after a call, one button per status the agent set up, each one click
(or Alt+1…9) away, for the number just called.

The row's widgets are made once and reused, not made and deleted at every call: on
PySide6 6.11 each widget deleted by Qt keeps a reference to None, which over a working day
adds up (tests/ui/test_endurance.py)."""

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
        self.label = QLabel()
        self.label.setStyleSheet("color:#5f6368;")
        self.grid.addWidget(self.label, 0, 0, 1, COLUMNS)
        self._made: list[SteadyButton] = []  # every button made so far, shown or not
        self.buttons: list[SteadyButton] = []  # those offered now
        self._text = ""
        self.hide()

    def offer(
        self, shown: str, text: str, statuses: Sequence[tuple[str, str]], after: QWidget
    ) -> None:
        """Buttons (id, name) for the number ``shown``; in tab order right after ``after``."""
        self._text = text
        self.label.setText(self.tr("Mark %1:").replace("%1", shown))
        while len(self._made) < len(statuses):
            n = len(self._made)
            button = SteadyButton()
            button.clicked.connect(self.on_clicked)
            self.grid.addWidget(button, 1 + n // COLUMNS, n % COLUMNS)
            self._made.append(button)
        self.buttons = self._made[: len(statuses)]
        previous = after
        for n, (button, (status_id, name)) in enumerate(
            zip(self.buttons, statuses, strict=True), start=1
        ):
            button.setText(name + (f"  (Alt+{n})" if n <= 9 else ""))
            button.setObjectName(f"quick-{status_id}")
            button.setProperty("status_id", status_id)
            button.setShortcut(QKeySequence(f"Alt+{n}") if n <= 9 else QKeySequence())
            button.setEnabled(True)
            button.show()
            QWidget.setTabOrder(previous, button)
            previous = button
        for button in self._made[len(statuses) :]:
            button.hide()
            button.setShortcut(QKeySequence())
        self.show()

    def on_clicked(self) -> None:
        button = self.sender()
        if not isinstance(button, SteadyButton):
            return
        for each in self.buttons:
            each.setEnabled(False)  # one click, one request
        self.chosen.emit(str(button.property("status_id")), self._text)

    def done(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)

    def clear(self) -> None:
        for button in self._made:
            button.hide()
            button.setShortcut(QKeySequence())  # a hidden button's Alt+n must not fire
        self.buttons = []
        self.hide()
