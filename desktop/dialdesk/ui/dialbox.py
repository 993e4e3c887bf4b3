"""The dial box: type or paste a number, see what will be dialed, press Enter.

It only shows things and reports what the agent asked for (``call_requested``); the
controller (``ui/app.py``) places the call off the GUI thread and reports back through
``show_calling`` / ``show_placed`` / ``show_error`` / ``ask_confirmation``.

One number, one state: what the box says (messages, quick statuses) is about the number it
was said for, and goes when the agent moves to another number. The window keeps one width
and stays on its screen, anchored to the tray's corner, as its content comes and goes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QVBoxLayout, QWidget

from dialdesk.dialer import Decision
from dialdesk.history import Entry
from dialdesk.numbers import Kind, Number, NumberError
from dialdesk.ui.messages import MessageSlot
from dialdesk.ui.number_edit import DropTarget, NumberEdit
from dialdesk.ui.placement import Anchored
from dialdesk.ui.quick import QuickStatuses
from dialdesk.ui.recent import RecentList
from dialdesk.ui.steady import SteadyButton
from dialdesk.ui.wording import (
    SANDBOX_STYLE,
    Tone,
    blocked_reasons,
    describe,
    only_duplicate,
    reason_text,
    warnings,
)
from dialdesk.ui.wording import guard_reasons as guard_reasons  # ui/app.py takes it here

WIDTH = 460
"""The box's one width: growing sideways would push Call off the screen's edge."""
HINT_MS = 2500

Decide = Callable[[Number], Decision]


class DialBox(QWidget):
    call_requested = Signal(str, bool)  # text, confirmed
    redial_requested = Signal(str)  # text of a recent entry
    settings_requested = Signal()
    closed = Signal()  # closed for good (only when hide_on_close is False)
    action_requested = Signal(str)  # "schedule", "campaign", "status"
    quick_status_requested = Signal(str, str)  # status id, the number's text
    hide_on_close = True

    def __init__(
        self,
        preview: Callable[[str], Number],
        parent: QWidget | None = None,
        *,
        decide: Decide | None = None,
        find: Callable[[str], list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._preview = preview
        self._decide = decide
        self._find = find or (lambda text: [text])
        self._number: Number | None = None
        self._key = ""  # the number in the box, as the guards know it (or the raw text)
        self._message_key: str | None = None  # the number the message is about
        self._busy = False
        self._typed_before: str | None = None  # what a link's number replaced
        self._seen = False  # the agent saw the message and closed the box
        self._callable = False
        self._said: tuple[str, Tone, str, bool] = ("", Tone.INFO, "", False)
        self._said_before_calling: tuple[str, Tone, str, bool] | None = None
        self.setWindowTitle("dialdesk")
        self.setFixedWidth(WIDTH)
        DropTarget(self, self.on_dropped)  # a link or a text with a number in it

        self.sandbox_banner = QLabel(self.tr("Sandbox: calls are simulated"))
        self.sandbox_banner.setStyleSheet(SANDBOX_STYLE + "padding:4px 8px;")
        self.sandbox_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.number_edit = NumberEdit()
        self.clear_action = self.number_edit.clear_action

        self.call_button = SteadyButton(self.tr("Call"))
        self.call_button.setFixedSize(QSize(120, 36))  # its text changes; its size must not
        self.call_button.setEnabled(False)
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_MS)
        self._hint_timer.timeout.connect(lambda: self.set_busy(self._busy))

        self.preview_label = QLabel()
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        self.preview_label.setWordWrap(True)
        # Two lines whatever it says (a reason, or the number and what is dialed): typing
        # must not resize the box, which above a bottom tray would move Call under the
        # pointer, and Call would then ignore the click as it should a moved button.
        lines = self.preview_label.fontMetrics().lineSpacing() * 2
        self.preview_label.setMinimumHeight(lines + 2)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()

        self.messages = m = MessageSlot()
        self.confirm_frame, self.confirm_label = m.confirm_frame, m.confirm_label
        self.confirm_button, self.cancel_button = m.confirm_button, m.cancel_button
        self.status_label, self.copy_button = m.status_label, m.copy_button
        self.settings_button = m.settings_button

        # After a call: the agent's quick statuses, one click (or Alt+n) each.
        self.quick = self.quick_frame = QuickStatuses()
        self.quick.chosen.connect(self.quick_status_requested)

        # Campaign and queue actions on the number in the box (Thulium and the sandbox).
        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[str, SteadyButton] = {}
        for kind, label in (
            ("schedule", self.tr("Schedule callback…")),
            ("campaign", self.tr("Add to campaign…")),
            ("status", self.tr("Set status…")),
        ):
            button = SteadyButton(label)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=kind: self.action_requested.emit(k))
            self.action_buttons[kind] = button
            self.actions_row.addWidget(button)
        self.actions_row.addStretch()
        self._actions_available = True

        self.recent_title = QLabel(self.tr("Recent"))
        self.recent_title.setStyleSheet("color:#5f6368; font-weight:bold;")
        self.recent_list = RecentList()

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.number_edit, 1)
        entry_row.addWidget(self.call_button)
        layout = self.main_layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.sandbox_banner)
        layout.addLayout(entry_row)
        for widget in (self.preview_label, self.warning_label, self.messages, self.quick):
            layout.addWidget(widget)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent_list)
        layout.addStretch()
        self.anchored = Anchored(self, layout)

        self.number_edit.textChanged.connect(self.on_text_changed)
        self.number_edit.returnPressed.connect(self.on_call_clicked)
        self.call_button.clicked.connect(self.on_call_clicked)
        self.messages.confirmed.connect(self.on_confirmed)
        self.messages.cancelled.connect(self.on_confirmation_cancelled)
        self.messages.settings_requested.connect(self.settings_requested)
        self.messages.number_chosen.connect(self.set_number)
        self.recent_list.itemActivated.connect(self.on_recent_activated)
        self.on_text_changed("")

    # --- the agent's input --------------------------------------------------------

    def set_number(self, text: str) -> None:
        """A number from elsewhere (a link, the clipboard) replaces what is in the box;
        what the agent had typed comes back if they cancel."""
        current = self.number_edit.text()
        if current.strip() and current != text and self._typed_before is None:
            self._typed_before = current
        self.number_edit.setText(text)
        self.number_edit.setFocus()
        self.number_edit.selectAll()

    def offer_numbers(self, found: Sequence[str]) -> None:
        """Several numbers in one text: the first in the box, the others one click away."""
        self.set_number(found[0])
        self._message_key = self._key
        self.messages.offer_choice(
            self.tr("%1 numbers found: choose one, then press Enter.").replace(
                "%1", str(len(found))
            ),
            found,
        )

    def on_dropped(self, text: str) -> None:
        """Text or a link dropped on the box: its number goes in, ready for Enter."""
        found = self._find(text)
        if len(found) > 1:
            self.offer_numbers(found)
        else:  # none: the text itself, and the preview says why it is not a number
            self.set_number(found[0] if found else text)

    def on_text_changed(self, text: str) -> None:
        self._number = None
        number: Number | None = None
        why = ""
        try:
            number = self._preview(text) if text.strip() else None
        except NumberError as exc:
            why = reason_text(exc)
            self.preview_label.setText(f"<span style='color:#b71c1c'>{why}</span>")
        self._key = number.key if number is not None else text.strip()
        if self._key != self._message_key and not self._busy:
            self.forget_number()  # what was said was about another number
        if not text.strip():
            hint = self.tr("Type or paste a number, then press Enter.")
            self.preview_label.setText(f"<span style='color:#5f6368'>{hint}</span>")
            why = self.tr("Type a number first.")
        if number is None:
            self.warning_label.hide()
            self._set_callable(False, why)
            return
        self._number = number
        self.preview_label.setText(describe(number))
        blocked = self._blocked(number)
        notes = blocked or warnings(number)
        self.warning_label.setText("\n".join(notes))
        tone = Tone.ERROR if blocked else Tone.WARN  # blocked is not a mere warning
        self.warning_label.setStyleSheet(tone.style + "padding:4px 6px;")
        self.warning_label.setVisible(bool(notes))
        if blocked:
            self._set_callable(False, "\n".join(blocked))
        else:
            self._set_callable(True, self.tr("Call %1").replace("%1", number.display))

    def _blocked(self, number: Number) -> list[str]:
        """Reasons a number policy (not a moment's guard) forbids this number."""
        if self._decide is None or number.kind not in (Kind.EMERGENCY, Kind.PUBLIC):
            return []
        try:
            return [f"{Tone.ERROR.sign} {r}" for r in blocked_reasons(self._decide(number))]
        except Exception:  # noqa: BLE001 - the preview must never break typing; the
            return []  # dialer decides again when the call is placed

    def _set_callable(self, enabled: bool, why: str) -> None:
        self._callable = enabled
        self.call_button.setEnabled(enabled and not self._busy)
        self.call_button.setToolTip(why)
        public = self._number is not None and self._number.kind is Kind.PUBLIC
        for button in self.action_buttons.values():
            button.setEnabled(public)
            button.setToolTip("" if public else self.tr("Type a phone number first."))

    def forget_number(self) -> None:
        """Messages, the question and quick statuses belong to the number they were for."""
        self.messages.clear()
        self._message_key = None
        self.clear_quick_statuses()

    def set_actions_available(self, available: bool) -> None:
        """Only for backends that offer them (Simotel does not)."""
        self._actions_available = available
        for button in self.action_buttons.values():
            button.setVisible(available)
        if not available:
            self.clear_quick_statuses()

    def offer_quick_statuses(
        self, number: Number, text: str, statuses: Sequence[tuple[str, str]]
    ) -> None:
        """One-click buttons (id, name) setting the campaign status of the number called,
        while the box still shows that number."""
        self.clear_quick_statuses()
        if statuses and self._actions_available and number.key == self._key:
            self.quick.offer(number.display, text, statuses, after=self.call_button)

    def quick_statuses_done(self) -> None:
        self.quick.done()

    def clear_quick_statuses(self) -> None:
        self.quick.clear()

    def on_call_clicked(self) -> None:
        if self._number is None or self._busy or not self.call_button.isEnabled():
            return
        self.call_requested.emit(self.number_edit.text(), False)

    def on_confirmed(self) -> None:
        if self._busy:
            return
        self._typed_before = None
        self.messages.end_question()
        self._focus_number()  # not whichever button follows the question that went
        self.call_requested.emit(self.number_edit.text(), True)

    def _focus_number(self) -> None:
        """Back to the number, selected: the next number typed replaces it."""
        self.number_edit.setFocus()
        self.number_edit.selectAll()

    def on_confirmation_cancelled(self) -> None:
        self.messages.end_question()
        self._focus_number()
        self.warning_label.setVisible(bool(self.warning_label.text()))
        if self._typed_before is not None:
            typed, self._typed_before = self._typed_before, None
            self.number_edit.setText(typed)
        self.number_edit.setFocus()

    def on_recent_activated(self, item: QListWidgetItem) -> None:
        text = item.data(Qt.ItemDataRole.UserRole)
        if text:
            with contextlib.suppress(NumberError):  # a domestic number as written at home
                number = self._preview(text)
                if not number.foreign and number.national:
                    text = number.national
            self.number_edit.setText(text)
            self.redial_requested.emit(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_on_close:
            event.ignore()
            self.hide()
        else:
            event.accept()
            self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.messages.asking:
                self.on_confirmation_cancelled()
            elif self.hide_on_close:
                self.hide()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._seen and not self._busy and not self.messages.asking:
            self.forget_number()  # read and closed: stale now
        self._seen = False
        self.number_edit.setFocus()
        self.number_edit.selectAll()  # typing replaces the last number, never appends
        self.anchored.fit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._seen = self.messages.showing

    # --- what the controller tells us --------------------------------------------

    def set_sandbox(self, on: bool) -> None:
        self.sandbox_banner.setVisible(on)

    def set_busy(self, busy: bool) -> None:
        """While a call is being placed Call stays busy, whatever is typed meanwhile."""
        self._busy = busy
        self._hint_timer.stop()
        if busy and self.call_button.hasFocus():
            # Clicked: disabling it would hand the keyboard to the next button (Schedule
            # callback…), where the agent's next Enter would open a form.
            self.number_edit.setFocus()
        self.call_button.setText(self.tr("Calling…") if busy else self.tr("Call"))
        self.call_button.setEnabled(not busy and self._callable)

    def _say(self, text: str, tone: Tone, details: str = "", offer_settings: bool = False) -> None:
        self._message_key = self._key
        if tone is not Tone.INFO:  # an outcome: what a link replaced is not coming back
            self._typed_before = None
        self._said = (text, tone, details, offer_settings)
        self.messages.show_message(text, tone, details, offer_settings)

    def show_calling(self, number: Number) -> None:
        self._said_before_calling = self._said if self.messages.showing else None
        self._say(
            self.tr("Calling %1: your phone rings first.").replace("%1", number.display), Tone.INFO
        )

    def show_placed(self, text: str, tone: Tone = Tone.OK) -> None:
        self._say(text, tone)

    def show_error(
        self,
        text: str,
        details: str = "",
        offer_settings: bool = False,
        about: Number | None = None,
    ) -> None:
        if about is not None and about.display not in text:
            text = f"{about.display}: {text}"
        self._say(text, Tone.ERROR, details, offer_settings)

    def show_refused(self, text: str) -> None:
        self._say(text, Tone.WARN)

    def show_refusal(self, decision: Decision, number: Number) -> bool:
        """A guard said no. A doubled press of Call is not news: the message about the call
        stays, Call says "Already called" for a moment. Returns whether it was told."""
        if only_duplicate(decision):
            if self._said_before_calling is not None:
                self._say(*self._said_before_calling)
            else:
                self.messages.clear()
            self.call_button.setText(self.tr("Already called"))
            self._hint_timer.start()
            return False
        self.show_refused(" ".join(guard_reasons(decision)))
        return True

    def ask_confirmation(self, reasons: Sequence[str], number: Number) -> None:
        self._message_key = self._key
        self.warning_label.hide()  # the question repeats it
        self.messages.ask(reasons, self.tr("Call %1?").replace("%1", number.display))

    def on_settings_changed(self) -> None:
        """Saved settings may change what the number means: say everything afresh."""
        self.forget_number()
        self.on_text_changed(self.number_edit.text())

    def set_recent(self, entries: Sequence[Entry]) -> None:
        seen = self.recent_list.set_entries(entries)
        self.number_edit.completions.setStringList(seen)
        self.recent_title.setVisible(bool(seen))

    # --- where the window is ------------------------------------------------------

    def place_near(self, anchor: QRect) -> None:
        """Open beside the tray icon (``anchor``); later resizes keep that corner."""
        self.anchored.place_near(anchor)
