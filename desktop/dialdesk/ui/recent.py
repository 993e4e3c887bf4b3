"""The dial box's Recent list: the last calls, their outcomes in words with a sign and a
colour, the number as the agent would write it again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QWidget

from dialdesk.history import Entry
from dialdesk.ui.i18n import when_short
from dialdesk.ui.wording import Tone, outcome_words

ENTRY_ID = Qt.ItemDataRole.UserRole + 1  # the history row a list row shows
ROWS_SHOWN = 8
"""Rows visible without scrolling: an agent redials from the last few hours, not minutes."""

TONE_COLOURS = {
    Tone.OK: "#1b5e20",
    Tone.INFO: "#0d3c61",
    Tone.WARN: "#8a5300",
    Tone.ERROR: "#b71c1c",
}


def recent_calls(entries: Sequence[Entry]) -> list[Entry]:
    """What Recent shows: calls that went to the PBX. A guard's refusal (a doubled press,
    a blocked number) is not a call, so it is not call history."""
    return [e for e in entries if e.outcome != "refused"]


class RecentList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            QCoreApplication.translate("DialBox", "Double click or Enter to call again")
        )
        self.setUniformItemSizes(True)
        self._brushes = {tone: QBrush(QColor(colour)) for tone, colour in TONE_COLOURS.items()}

    def set_entries(self, entries: Sequence[Entry]) -> list[str]:
        """Show ``entries``; returns the numbers shown, newest first, for completion.

        Rows are updated in place, not cleared and made anew at every call: on PySide6
        6.11 each item Qt deletes keeps a reference to None (tests/ui/test_endurance.py)."""
        calls = recent_calls(entries)
        # The highlight belongs to a call, not to a row: rows are rewritten in place and a
        # new call shifts them down, which left the highlight (and Enter) on the next
        # customer. It follows its call, or goes when that call is no longer listed.
        current = self.currentItem()
        chosen = current.data(ENTRY_ID) if current is not None else None
        while self.count() > len(calls):
            self.takeItem(self.count() - 1)
        seen: list[str] = []
        for row, entry in enumerate(calls):
            shown = entry.display or entry.input
            words, tone = outcome_words(entry.outcome)
            item = self.item(row)
            if item is None:
                item = QListWidgetItem()
                self.addItem(item)
            item.setText(f"{tone.sign}  {shown}    {when_short(entry.started_at)} · {words}")
            item.setForeground(self._brushes[tone])
            item.setData(Qt.ItemDataRole.UserRole, shown)
            item.setData(ENTRY_ID, entry.id)
            if shown not in seen:
                seen.append(shown)
        rows_by_id = {self.item(n).data(ENTRY_ID): n for n in range(self.count())}
        self.setCurrentRow(rows_by_id.get(chosen, -1))
        if chosen not in rows_by_id:
            self.clearSelection()
        rows = min(self.count(), ROWS_SHOWN)  # as tall as its rows, up to eight; then scrolls
        row_height = self.sizeHintForRow(0) if self.count() else 0
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 4)
        self.setVisible(self.count() > 0)
        return seen
