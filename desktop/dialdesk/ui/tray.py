"""The tray icon and its menu. Where there is no tray, the app shows the dial box instead."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from dialdesk.history import Entry
from dialdesk.numbers import Number, NumberError
from dialdesk.ui import icons
from dialdesk.ui.i18n import when_short
from dialdesk.ui.icons import State

RECENT_IN_MENU = 10


class Tray(QObject):
    dial_requested = Signal()
    dial_text_requested = Signal(str)  # from the clipboard or Recent
    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()
    toggle_requested = Signal()
    pause_toggled = Signal(bool)

    def __init__(
        self,
        preview: Callable[[str], Number],
        recent: Callable[[], Sequence[Entry]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preview = preview
        self._recent = recent
        self.icon = QSystemTrayIcon(parent)
        self.menu = QMenu()
        self.dial_action = QAction(self.tr("Dial…"), self.menu)
        self.clipboard_action = QAction(self.tr("Dial from clipboard"), self.menu)
        self.recent_menu = QMenu(self.tr("Recent"), self.menu)
        self.settings_action = QAction(self.tr("Settings…"), self.menu)
        self.pause_action = QAction(self.tr("Pause link handling"), self.menu)
        self.pause_action.setCheckable(True)
        self.about_action = QAction(self.tr("About dialdesk"), self.menu)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.menu.addAction(self.dial_action)
        self.menu.addAction(self.clipboard_action)
        self.menu.addMenu(self.recent_menu)
        self.menu.addSeparator()
        self.menu.addAction(self.settings_action)
        self.menu.addAction(self.pause_action)
        self.menu.addAction(self.about_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)

        self.dial_action.triggered.connect(self.dial_requested)
        self.clipboard_action.triggered.connect(self.on_clipboard_dial)
        self.settings_action.triggered.connect(self.settings_requested)
        self.pause_action.toggled.connect(self.pause_toggled)
        self.about_action.triggered.connect(self.about_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.aboutToShow.connect(self.on_menu_about_to_show)
        self.icon.activated.connect(self.on_activated)
        self._clipboard_number = ""
        self._state: State | None = None

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def dispose(self) -> None:
        """Delete the icon and menu now, in a known order (not at interpreter exit, where
        PySide6 may free them after their C++ parents)."""
        self.icon.hide()
        self.icon.setContextMenu(None)  # type: ignore[arg-type]
        self.menu.deleteLater()
        self.icon.deleteLater()

    def set_state(self, state: State, tooltip: str) -> None:
        """Show ``state``; what did not change is not sent to the desktop again (each
        icon change is a D-Bus round-trip for a StatusNotifierItem host)."""
        if state is not self._state:
            self._state = state
            self.icon.setIcon(icons.icon(state))
        if tooltip != self.icon.toolTip():
            self.icon.setToolTip(tooltip)

    def notify(self, title: str, text: str, error: bool = False) -> None:
        kind = (
            QSystemTrayIcon.MessageIcon.Warning
            if error
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.icon.showMessage(title, text, kind, 8000)

    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_requested.emit()

    def on_menu_about_to_show(self) -> None:
        self.refresh_clipboard()
        self.refresh_recent()

    def refresh_clipboard(self) -> None:
        text = (QGuiApplication.clipboard().text() or "").strip()
        self._clipboard_number = ""
        try:
            number = self._preview(text) if text and len(text) <= 250 else None
        except NumberError:
            number = None
        if number is None:
            self.clipboard_action.setText(self.tr("Dial from clipboard (no number)"))
            self.clipboard_action.setEnabled(False)
            return
        self._clipboard_number = text
        self.clipboard_action.setText(
            self.tr("Dial %1 from clipboard").replace("%1", number.display)
        )
        self.clipboard_action.setEnabled(True)

    def on_clipboard_dial(self) -> None:
        if self._clipboard_number:
            self.dial_text_requested.emit(self._clipboard_number)

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        entries = [e for e in self._recent() if e.action == "call"][:RECENT_IN_MENU]
        for entry in entries:
            text = entry.e164 or entry.dial or entry.input
            action = self.recent_menu.addAction(
                f"{entry.display or entry.input}  ({when_short(entry.started_at)})"
            )
            action.triggered.connect(lambda _=False, t=text: self.dial_text_requested.emit(t))
        self.recent_menu.setEnabled(bool(entries))
