"""The dial box: type or paste a number, see what will be dialed, press Enter.

It only shows things and reports what the agent asked for (``call_requested``); the
controller (``ui/app.py``) places the call off the GUI thread and reports back through
``show_calling`` / ``show_placed`` / ``show_error`` / ``ask_confirmation``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dialdesk.dialer import Decision
from dialdesk.history import Entry
from dialdesk.numbers import Kind, Number, NumberError, Reason
from dialdesk.ui.errors import number_warnings
from dialdesk.ui.i18n import when_short
from dialdesk.ui.icons import clear_icon

WARN_STYLE = "background:#fff3cd; color:#5c3c00; border:1px solid #e0b84c; border-radius:4px;"
ERROR_STYLE = "background:#fdecea; color:#7f1d1d; border:1px solid #e57373; border-radius:4px;"
OK_STYLE = "background:#e8f5e9; color:#1b4d20; border:1px solid #81c784; border-radius:4px;"
INFO_STYLE = "background:#e3f2fd; color:#0d3c61; border:1px solid #64b5f6; border-radius:4px;"
SANDBOX_STYLE = "background:#b26a00; color:white; border-radius:4px; font-weight:bold;"


def country_name(region: str | None) -> str:
    """The country's name in the UI's language (Qt's CLDR data): Niemcy, Germany."""
    if not region:
        return ""
    territory = QLocale.codeToTerritory(region)
    name = QLocale(QLocale().language(), territory).nativeTerritoryName()
    if not name or QLocale(QLocale().language(), territory).territory() != territory:
        name = QLocale.territoryToString(territory)  # no such locale: the English name
    return name if name and name != "Default" else region


def guard_reasons(decision: Decision) -> list[str]:
    """A guard's reasons in the UI's language (the dialer states them in English)."""
    texts = {
        "emergency-blocked": QCoreApplication.translate(
            "Guard",
            "Emergency numbers are blocked in dialdesk: dial them from your phone directly.",
        ),
        "emergency": QCoreApplication.translate("Guard", "This is an emergency number."),
        "premium-blocked": QCoreApplication.translate(
            "Guard", "Premium-rate numbers are blocked by your settings."
        ),
        "premium": QCoreApplication.translate(
            "Guard", "This is a premium-rate number: the call may be expensive."
        ),
        "duplicate": QCoreApplication.translate(
            "Guard", "You called %1 moments ago; wait %2 s before doing it again."
        ),
        "duplicate-action": QCoreApplication.translate(
            "Guard", "You sent this for %1 moments ago; wait %2 s before doing it again."
        ),
        "link-rate": QCoreApplication.translate(
            "Guard", "More than %1 calls from links in a minute: links are paused for a moment."
        ),
        "link": QCoreApplication.translate("Guard", "This number came from a link."),
    }
    out = []
    for (code, args), english in zip(decision.why, decision.reasons, strict=False):
        text = texts.get(code, english)
        for n, arg in enumerate(args, start=1):
            text = text.replace(f"%{n}", arg)
        out.append(text)
    return out or list(decision.reasons)


def type_name(number_type: str) -> str:
    names = {
        "fixed-line": QCoreApplication.translate("Guard", "fixed line"),
        "mobile": QCoreApplication.translate("Guard", "mobile"),
        "fixed-line-or-mobile": QCoreApplication.translate("Guard", "fixed line or mobile"),
        "toll-free": QCoreApplication.translate("Guard", "toll-free"),
        "premium-rate": QCoreApplication.translate("Guard", "premium rate"),
        "shared-cost": QCoreApplication.translate("Guard", "shared cost"),
        "voip": QCoreApplication.translate("Guard", "VoIP"),
        "personal": QCoreApplication.translate("Guard", "personal number"),
        "pager": QCoreApplication.translate("Guard", "pager"),
        "uan": QCoreApplication.translate("Guard", "company number"),
        "voicemail": QCoreApplication.translate("Guard", "voicemail"),
    }
    return names.get(number_type, number_type.replace("-", " "))


class DialBox(QWidget):
    call_requested = Signal(str, bool)  # text, confirmed
    redial_requested = Signal(str)  # text of a recent entry
    settings_requested = Signal()
    closed = Signal()  # closed for good (only when hide_on_close is False)
    action_requested = Signal(str)  # "schedule", "campaign", "status"
    quick_status_requested = Signal(str, str)  # status id, the number's text
    hide_on_close = True

    def __init__(self, preview: Callable[[str], Number], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._number: Number | None = None
        self._details = ""
        self.setWindowTitle("dialdesk")
        self.setMinimumWidth(400)

        self.sandbox_banner = QLabel(self.tr("Sandbox: calls are simulated"))
        self.sandbox_banner.setStyleSheet(SANDBOX_STYLE + "padding:4px 8px;")
        self.sandbox_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("Number, e.g. 22 123 45 67"))
        self.clear_action = self.number_edit.addAction(
            clear_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.clear_action.setToolTip(self.tr("Clear"))
        self.clear_action.triggered.connect(self.number_edit.clear)
        font = self.number_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.number_edit.setFont(font)
        self.number_edit.setMinimumHeight(36)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.number_edit.setCompleter(completer)

        self.call_button = QPushButton(self.tr("Call"))
        self.call_button.setDefault(True)
        self.call_button.setMinimumHeight(36)
        self.call_button.setMinimumWidth(90)
        self.call_button.setEnabled(False)

        self.preview_label = QLabel()
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        self.preview_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARN_STYLE + "padding:4px 6px;")
        self.warning_label.hide()

        self.confirm_frame = QFrame()
        self.confirm_frame.setStyleSheet("QFrame{" + WARN_STYLE + "}")
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setStyleSheet("border:none;")
        self.confirm_button = QPushButton(self.tr("Call anyway"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        confirm_row = QHBoxLayout()
        confirm_row.addStretch()
        confirm_row.addWidget(self.cancel_button)
        confirm_row.addWidget(self.confirm_button)
        confirm_box = QVBoxLayout(self.confirm_frame)
        confirm_box.addWidget(self.confirm_label)
        confirm_box.addLayout(confirm_row)
        self.confirm_frame.hide()

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(
            self.tr("Copy the error, the PBX's messages and the request id, for support")
        )
        self.copy_button.hide()
        self.settings_button = QPushButton(self.tr("Open Settings"))
        self.settings_button.hide()

        self.recent_title = QLabel(self.tr("Recent"))
        self.recent_title.setStyleSheet("color:#5f6368; font-weight:bold;")
        self.recent_list = QListWidget()
        self.recent_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.recent_list.setMinimumHeight(120)
        self.recent_list.setToolTip(self.tr("Double click or Enter to call again"))

        # Campaign and queue actions on the number in the box (Thulium and the sandbox).
        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for kind, label in (
            ("schedule", self.tr("Schedule callback…")),
            ("campaign", self.tr("Add to campaign…")),
            ("status", self.tr("Set status…")),
        ):
            button = QPushButton(label)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=kind: self.action_requested.emit(k))
            self.action_buttons[kind] = button
            self.actions_row.addWidget(button)
        self.actions_row.addStretch()
        self._actions_available = True
        # After a call: the agent's quick statuses, one click each, for that number.
        self.quick_frame = QFrame()
        self.quick_row = QHBoxLayout(self.quick_frame)
        self.quick_row.setContentsMargins(0, 0, 0, 0)
        self.quick_label = QLabel()
        self.quick_label.setStyleSheet("color:#5f6368;")
        self.quick_row.addWidget(self.quick_label)
        self.quick_row.addStretch()
        self.quick_buttons: list[QPushButton] = []
        self._quick_text = ""
        self.quick_frame.hide()

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.number_edit, 1)
        entry_row.addWidget(self.call_button)
        status_row = QHBoxLayout()
        status_row.addStretch()
        status_row.addWidget(self.settings_button)
        status_row.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.sandbox_banner)
        layout.addLayout(entry_row)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.confirm_frame)
        layout.addWidget(self.status_label)
        layout.addLayout(status_row)
        layout.addWidget(self.quick_frame)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent_list)
        layout.addStretch()

        self.number_edit.textChanged.connect(self.on_text_changed)
        self.number_edit.returnPressed.connect(self.on_call_clicked)
        self.call_button.clicked.connect(self.on_call_clicked)
        self.confirm_button.clicked.connect(self.on_confirmed)
        self.cancel_button.clicked.connect(self.on_confirmation_cancelled)
        self.copy_button.clicked.connect(self.on_copy_details)
        self.settings_button.clicked.connect(self.settings_requested)
        self.recent_list.itemActivated.connect(self.on_recent_activated)
        self.on_text_changed("")

    # --- the agent's input --------------------------------------------------------

    def set_number(self, text: str) -> None:
        self.number_edit.setText(text)
        self.number_edit.setFocus()
        self.number_edit.selectAll()

    def on_text_changed(self, text: str) -> None:
        self.clear_action.setVisible(bool(text))
        self.confirm_frame.hide()
        self._number = None
        if not text.strip():
            self.preview_label.setText(
                f"<span style='color:#5f6368'>"
                f"{self.tr('Type or paste a number, then press Enter.')}</span>"
            )
            self.warning_label.hide()
            self._set_callable(False, self.tr("Type a number first."))
            return
        try:
            number = self._preview(text)
        except NumberError as exc:
            self.preview_label.setText(
                f"<span style='color:#b71c1c'>{self._reason_text(exc)}</span>"
            )
            self.warning_label.hide()
            self._set_callable(False, self._reason_text(exc))
            return
        self._number = number
        self.preview_label.setText(self._describe(number))
        warnings = self._warnings(number)
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        self._set_callable(True, self.tr("Call %1").replace("%1", number.display))

    def _reason_text(self, exc: NumberError) -> str:
        texts = {
            Reason.EMPTY: self.tr("Type a phone number."),
            Reason.INPUT_TOO_LONG: self.tr("That is too long to be a phone number."),
            Reason.NOT_A_NUMBER: self.tr("This is not a phone number."),
            Reason.TOO_SHORT: self.tr("Too short: a digit or more is missing."),
            Reason.TOO_LONG: self.tr("Too long: there are digits too many."),
            Reason.UNKNOWN_COUNTRY_CODE: self.tr("The country code does not exist."),
            Reason.UNSUPPORTED_URI: self.tr("This link is not a phone number."),
            Reason.LETTERS: self.tr("Letters are not part of a phone number."),
            Reason.INVALID: self.tr("Not a known number range: check the digits."),
        }
        return texts.get(exc.reason, exc.message)

    def _describe(self, number: Number) -> str:
        kind_names = {
            Kind.EXTENSION: self.tr("internal extension"),
            Kind.EMERGENCY: self.tr("emergency number"),
            Kind.SHORT_CODE: self.tr("short code"),
        }
        parts = [f"<b>{number.display}</b>"]
        if number.kind is Kind.PUBLIC:
            parts.append(country_name(number.region))
            parts.append(type_name(number.type))
        else:
            parts.append(kind_names.get(number.kind, number.type))
        line = " · ".join(p for p in parts if p)
        dials = self.tr("Dials %1").replace("%1", f"<code>{number.dial}</code>")
        if number.extension:
            dials += " · " + self.tr("then extension %1").replace("%1", number.extension)
        return f"{line}<br><span style='color:#5f6368'>{dials}</span>"

    def _warnings(self, number: Number) -> list[str]:
        out = []
        if number.kind is Kind.EMERGENCY:
            out.append(
                self.tr("⚠ Emergency number: dialdesk blocks it unless your settings allow it.")
            )
        if number.premium:
            out.append(self.tr("⚠ Premium-rate number: the call may be expensive."))
        if number.foreign:
            out.append(self.tr("⚠ Foreign number: %1").replace("%1", country_name(number.region)))
        return out + number_warnings(number, country_name)

    def _set_callable(self, enabled: bool, why: str) -> None:
        self.call_button.setEnabled(enabled)
        self.call_button.setToolTip(why)
        public = self._number is not None and self._number.kind is Kind.PUBLIC
        for button in self.action_buttons.values():
            button.setEnabled(public)
            button.setToolTip("" if public else self.tr("Type a phone number first."))

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
        """One-click buttons (id, name) setting the campaign status of the number called.

        The row's widgets are made once and reused, not made and deleted at every call:
        on PySide6 6.11 each widget deleted by Qt keeps a reference to None, which over a
        working day adds up (tests/ui/test_endurance.py)."""
        self.clear_quick_statuses()
        if not statuses or not self._actions_available:
            return
        self._quick_text = text
        self.quick_label.setText(self.tr("Mark %1:").replace("%1", number.display))
        while len(self.quick_buttons) < len(statuses):
            button = QPushButton()
            button.clicked.connect(self.on_quick_button)
            self.quick_row.insertWidget(len(self.quick_buttons) + 1, button)
            self.quick_buttons.append(button)
        for button, (status_id, name) in zip(self.quick_buttons, statuses, strict=False):
            button.setText(name)
            button.setObjectName(f"quick-{status_id}")
            button.setProperty("status_id", status_id)
            button.setEnabled(True)
            button.show()
        self.quick_frame.show()

    def on_quick_button(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.on_quick_status(str(button.property("status_id")), self._quick_text)

    def on_quick_status(self, status_id: str, text: str) -> None:
        for button in self.quick_buttons:
            button.setEnabled(False)
        self.quick_status_requested.emit(status_id, text)

    def quick_statuses_done(self) -> None:
        for button in self.quick_buttons:
            button.setEnabled(True)

    def clear_quick_statuses(self) -> None:
        for button in self.quick_buttons:
            button.hide()
        self.quick_frame.hide()

    def on_call_clicked(self) -> None:
        if self._number is None or not self.call_button.isEnabled():
            return
        self.call_requested.emit(self.number_edit.text(), False)

    def on_confirmed(self) -> None:
        self.confirm_frame.hide()
        self.call_requested.emit(self.number_edit.text(), True)

    def on_confirmation_cancelled(self) -> None:
        self.confirm_frame.hide()
        self.warning_label.setVisible(bool(self.warning_label.text()))
        self.number_edit.setFocus()

    def on_recent_activated(self, item: QListWidgetItem) -> None:
        text = item.data(Qt.ItemDataRole.UserRole)
        if text:
            self.number_edit.setText(text)
            self.redial_requested.emit(text)

    def on_copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_on_close:
            event.ignore()
            self.hide()
        else:
            event.accept()
            self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.confirm_frame.isVisible():
                self.on_confirmation_cancelled()
            elif self.hide_on_close:
                self.hide()
            return
        super().keyPressEvent(event)

    # --- what the controller tells us --------------------------------------------

    def set_sandbox(self, on: bool) -> None:
        self.sandbox_banner.setVisible(on)

    def set_busy(self, busy: bool) -> None:
        """While a call is being placed, the button cannot send a second one."""
        if busy:
            self.call_button.setEnabled(False)
            self.call_button.setText(self.tr("Calling…"))
        else:
            self.call_button.setText(self.tr("Call"))
            self.call_button.setEnabled(self._number is not None)

    def _status(
        self, text: str, style: str, details: str = "", offer_settings: bool = False
    ) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style + "padding:6px;")
        self.status_label.show()
        self._details = details
        self.copy_button.setVisible(bool(details))
        self.settings_button.setVisible(offer_settings)

    def show_calling(self, number: Number) -> None:
        self.confirm_frame.hide()
        self._status(
            self.tr("Calling %1: your phone rings first.").replace("%1", number.display), INFO_STYLE
        )

    def show_placed(self, text: str) -> None:
        self._status(text, OK_STYLE)

    def show_error(self, text: str, details: str = "", offer_settings: bool = False) -> None:
        self._status(text, ERROR_STYLE, details, offer_settings)

    def show_refused(self, text: str) -> None:
        self._status(text, WARN_STYLE)

    def ask_confirmation(self, reasons: Sequence[str], number: Number) -> None:
        self.status_label.hide()
        self.copy_button.hide()
        question = self.tr("Call %1?").replace("%1", number.display)
        self.confirm_label.setText("\n".join([*reasons, question]))
        self.warning_label.hide()  # the question repeats it
        self.confirm_frame.show()
        self.confirm_button.setFocus()

    def set_recent(self, entries: Sequence[Entry]) -> None:
        # Rows are updated in place, not cleared and made anew at every call: on PySide6
        # 6.11 each item Qt deletes keeps a reference to None (tests/ui/test_endurance.py).
        while self.recent_list.count() > len(entries):
            self.recent_list.takeItem(self.recent_list.count() - 1)
        seen: list[str] = []
        for row, entry in enumerate(entries):
            when = when_short(entry.started_at)
            label = f"{entry.display or entry.input}    {when} · {entry.outcome}"
            item = self.recent_list.item(row)
            if item is None:
                item = QListWidgetItem()
                self.recent_list.addItem(item)
            item.setText(label)
            item.setData(Qt.ItemDataRole.UserRole, entry.e164 or entry.dial or entry.input)
            # Not setToolTip(): on PySide6 6.11 it keeps a reference to None per call.
            item.setData(Qt.ItemDataRole.ToolTipRole, entry.message or "")
            shown = entry.display or entry.input
            if shown not in seen:
                seen.append(shown)
        self._completions.setStringList(seen)
        self.recent_title.setVisible(bool(entries))
        self.recent_list.setVisible(bool(entries))
        rows = min(len(entries), 6)  # as tall as its rows, up to six; then it scrolls
        row_height = self.recent_list.sizeHintForRow(0) if entries else 0
        self.recent_list.setFixedHeight(rows * row_height + 2 * self.recent_list.frameWidth() + 4)
        self.adjustSize()

    def place_near(self, anchor: QRect) -> None:
        """Open beside the tray icon (``anchor``), inside the screen's free area."""
        screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
        if screen is None or anchor.isNull():
            return
        free = screen.availableGeometry().adjusted(8, 8, -8, -8)
        # The window manager's frame is not in sizeHint(); allow for a typical one.
        size = self.sizeHint().expandedTo(self.minimumSize()) + QSize(12, 36)
        x = min(
            max(anchor.center().x() - size.width() // 2, free.left()), free.right() - size.width()
        )
        below = anchor.bottom() + 4
        y = below if below + size.height() <= free.bottom() else anchor.top() - size.height() - 4
        self.move(x, max(free.top(), y))
