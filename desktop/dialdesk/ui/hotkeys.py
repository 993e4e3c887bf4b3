"""Qt glue for the global shortcuts: picks the platform's grabber, feeds it Qt's native
events, reads the selection, and tells the agent (tray tooltip, Settings) when a shortcut
could not be had.

``hotkeys.dial`` toggles the dial box; ``hotkeys.dial_selection`` puts the number(s) found
in the selected text into it, never dialing: the text is untrusted, the agent presses
Enter.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from dialdesk import config
from dialdesk.platform.hotkeys import Grab, HotkeyError, Hotkeys, parse, same_shortcut

if TYPE_CHECKING:
    from dialdesk.ui.controller import Controller

log = logging.getLogger(__name__)

SHORTCUTS = (("dial", "hotkeys.dial"), ("dial_selection", "hotkeys.dial_selection"))
QUOTE_CHARS = 60

start_command = ""  # ``dialdesk --show``/``--dial-selection`` that started this app
_notice = ""  # what Settings shows: the last word on the shortcuts, "" when all is well


def current_notice() -> str:
    return _notice


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class _NativeFilter(QAbstractNativeEventFilter):
    """Sees every native event (xcb events, Windows messages) before Qt does; only the
    grabber's own kind costs more than a comparison. The event goes on to Qt (which keeps
    its user time from a key press)."""

    def __init__(self, grabber: Any, pressed: Any) -> None:
        super().__init__()
        self.grabber, self.pressed = grabber, pressed

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        if bytes(event_type) == self.grabber.event_type:
            name = self.grabber.match(int(message))
            if name is not None:
                # Not inside Qt's event dispatch: the window is shown from the loop.
                QTimer.singleShot(0, lambda: self.pressed(name))
        return False, 0


def _platform_grabber(pressed: Any) -> tuple[Hotkeys | None, str]:
    """The grabber for this session, or None and why there is none ("" for no reason to
    tell: offscreen tests). A library that will not load is said, never a crash."""
    platform = QGuiApplication.platformName()
    try:
        if platform == "xcb":
            from PySide6.QtGui import QNativeInterface

            app = QGuiApplication.instance()
            native = app.nativeInterface() if isinstance(app, QGuiApplication) else None
            if isinstance(native, QNativeInterface.QX11Application):
                from dialdesk.platform.hotkeys_x11 import X11Hotkeys

                return X11Hotkeys(int(native.connection()), int(native.display())), ""
        elif platform == "windows":
            from dialdesk.platform.hotkeys_windows import WindowsHotkeys

            return WindowsHotkeys(), ""
        elif platform == "cocoa":
            from dialdesk.platform.hotkeys_mac import MacHotkeys

            return MacHotkeys(lambda name: QTimer.singleShot(0, lambda: pressed(name))), ""
    except (OSError, AttributeError, TypeError) as exc:
        log.warning("hotkeys: %s: %s", type(exc).__name__, exc)
    if platform in ("offscreen", "minimal"):
        return None, ""
    return None, platform


class _PortalBridge(QObject):
    """Carries the portal thread's reports to the GUI thread (a queued signal)."""

    reported = Signal(int, str, str)  # generation, kind, detail


def _wants_portal() -> bool:
    """Wayland, or DIALDESK_HOTKEYS=portal (an X11 desktop that has the portal; tests)."""
    chosen = os.environ.get("DIALDESK_HOTKEYS", "")
    return chosen == "portal" or (QGuiApplication.platformName() == "wayland" and chosen != "off")


class GlobalShortcuts(QObject):
    """The shortcuts of one running dialdesk; :meth:`apply` after every settings change."""

    notice_changed = Signal(str)

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.grabber, self._missing_on = _platform_grabber(self.on_pressed)
        self.notice = ""
        self.grabbed: dict[str, Grab] = {}
        self._filter: _NativeFilter | None = None
        self.portal: Any = None  # a PortalShortcuts session, on Wayland
        self._generation = 0
        self._bridge = _PortalBridge(self)
        self._bridge.reported.connect(self.on_portal_report)
        if _wants_portal():
            self.grabber, self._missing_on = None, ""
        app = QCoreApplication.instance()
        filtered: bytes = getattr(self.grabber, "event_type", b"")  # Carbon calls back itself
        if self.grabber is not None and app is not None and filtered:
            self._filter = _NativeFilter(self.grabber, self.on_pressed)
            app.installNativeEventFilter(self._filter)

    def apply(self, settings: config.Settings) -> None:
        """Grab what the settings name; say once what could not be grabbed, and why."""
        if self.grabber is not None:
            self.grabber.unregister_all()
        self.grabbed.clear()
        problems: list[str] = []
        wanted = [(name, settings.text(key)) for name, key in SHORTCUTS]
        wanted = [(name, text) for name, text in wanted if text.strip()]
        if _wants_portal():
            self._bind_with_portal(wanted)
        elif wanted and self.grabber is None:
            if self._missing_on:
                problems.append(self.unsupported_text())
        elif self.grabber is not None:
            for n, (name, text) in enumerate(wanted):
                if any(same_shortcut(text, other) for _, other in wanted[:n]):
                    status = Grab.INVALID
                else:
                    try:
                        status = self.grabber.register(name, parse(text))
                    except HotkeyError:
                        status = Grab.INVALID
                self.grabbed[name] = status
                if status is Grab.TAKEN:
                    problems.append(
                        self.tr(
                            "The shortcut %1 is taken by another program: choose another in "
                            "Settings → General."
                        ).replace("%1", text)
                    )
                elif status is not Grab.OK:
                    problems.append(
                        self.tr("The shortcut %1 cannot be used here.").replace("%1", text)
                    )
        self._set_notice("\n".join(problems))
        self._run_start_command()

    def _run_start_command(self) -> None:
        """The command a first launch was started with, once, when the app is up."""
        global start_command
        command, start_command = start_command, ""
        if command == "show":
            QTimer.singleShot(0, self.controller.show_dialbox)
        elif command == "dial-selection":
            QTimer.singleShot(0, self.dial_selection)

    def _bind_with_portal(self, wanted: list[tuple[str, str]]) -> None:
        """Ask the desktop (a new portal session each time); its answer comes later."""
        from dialdesk.platform.hotkeys_portal import PortalShortcuts

        if self.portal is not None:
            self.portal.close(wait_s=0.5)
            self.portal = None
        self._generation += 1
        shortcuts = []
        for name, text in wanted:
            try:
                shortcuts.append((name, self._description(name), parse(text)))
            except HotkeyError:
                self.grabbed[name] = Grab.INVALID
        if not shortcuts:
            return
        generation, bridge = self._generation, self._bridge
        self.portal = PortalShortcuts(
            shortcuts, lambda kind, detail: bridge.reported.emit(generation, kind, detail)
        )
        self.portal.start()

    def _description(self, name: str) -> str:
        if name == "dial":
            return self.tr("Open the dialdesk dial box")
        return self.tr("Dial the selected number with dialdesk")

    def on_portal_report(self, generation: int, kind: str, detail: str) -> None:
        if generation != self._generation:
            return  # an earlier session's last word
        if kind == "activated":
            self.on_pressed(detail)
        elif kind == "bound":
            self.grabbed = {name: Grab.OK for name, _, _ in self.portal.shortcuts}
            self._set_notice("")
        elif kind == "refused":
            self.grabbed = {name: Grab.REFUSED for name, _, _ in self.portal.shortcuts}
            self._set_notice(
                self.tr(
                    "The desktop did not allow dialdesk's shortcuts (%1). Allow them in the "
                    "desktop's shortcut settings, or make its own shortcut run “dialdesk "
                    "--show” or “dialdesk --dial-selection”."
                ).replace("%1", detail)
            )
        elif kind == "unsupported":
            self._missing_on = self.tr("no global shortcuts portal: %1").replace("%1", detail)
            self._set_notice(self.unsupported_text())

    def unsupported_text(self) -> str:
        return self.tr(
            "Global shortcuts are not available here (%1). The dial box stays one tray click "
            "away; or make the desktop's own keyboard shortcut run “dialdesk --show” or "
            "“dialdesk --dial-selection”."
        ).replace("%1", self._missing_on)

    def _set_notice(self, text: str) -> None:
        global _notice
        if text and text != self.notice:
            log.warning("hotkeys: %s", text)
        changed = text != self.notice
        self.notice = _notice = text
        if changed:
            self.notice_changed.emit(text)

    def dispose(self) -> None:
        global _notice
        if self.grabber is not None:
            self.grabber.unregister_all()
        if self.portal is not None:
            self.portal.close(wait_s=0.5)
            self.portal = None
        self._generation += 1
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
            self._filter = None
        _notice = ""

    # --- the presses ----------------------------------------------------------------

    def on_pressed(self, name: str) -> None:
        if name == "dial":
            self.toggle()
        elif name == "dial_selection":
            self.dial_selection()

    def dial_selection(self) -> None:
        self.dial_text(self.selected_text())

    def toggle(self) -> None:
        """Show the box on top, focused and selected; pressed again while active, hide."""
        box = self.controller.dialbox
        if box.isVisible() and box.isActiveWindow():
            box.hide()
            return
        self.controller.show_dialbox()
        box.number_edit.selectAll()

    def selected_text(self) -> str:
        """What is highlighted: X11's PRIMARY, or (Windows, macOS) what a copy keystroke to
        the program in front yields, the agent's clipboard given back; else the clipboard."""
        clipboard = QGuiApplication.clipboard()
        text = ""
        if clipboard.supportsSelection():
            text = clipboard.text(QClipboard.Mode.Selection)
        elif hasattr(self.grabber, "send_copy") and self._may_send_keys():
            text = self._copy_selection()
        return text if text.strip() else clipboard.text(QClipboard.Mode.Clipboard)

    def _may_send_keys(self) -> bool:
        """macOS lets an app send keystrokes only once the user trusts it: say how."""
        if QGuiApplication.platformName() != "cocoa":
            return True
        from dialdesk.platform.hotkeys_mac import accessibility_trusted

        if accessibility_trusted():
            return True
        self.controller.dialbox.show_refused(
            self.tr(
                "To read the selected text, allow dialdesk in System Settings → Privacy & "
                "Security → Accessibility. Until then it reads what you copied."
            )
        )
        return False

    def _copy_selection(self) -> str:
        import time

        from PySide6.QtCore import QMimeData

        from dialdesk.platform.hotkeys_copy import CopySelection

        clipboard = QGuiApplication.clipboard()
        grabber: Any = self.grabber

        def save() -> QMimeData:
            saved, current = QMimeData(), clipboard.mimeData()
            for kind in current.formats() if current is not None else []:
                saved.setData(kind, current.data(kind))
            return saved

        def pump(seconds: float) -> None:
            # The program in front empties the clipboard we may own: Windows then asks
            # us (a message) before it goes on, so the GUI thread must keep answering.
            QCoreApplication.processEvents()
            time.sleep(seconds)

        serial = getattr(grabber, "clipboard_serial", None) or (lambda: hash(clipboard.text()))
        copy = CopySelection(
            modifiers_held=grabber.modifiers_held,
            clipboard_serial=serial,
            save_clipboard=save,
            send_copy=grabber.send_copy,
            read_text=clipboard.text,
            restore_clipboard=clipboard.setMimeData,
            sleep=pump,
        )
        try:
            return copy()
        except OSError as exc:
            log.warning("hotkeys: copying the selection failed: %s", exc)
            return ""

    def dial_text(self, text: str) -> None:
        """The number(s) in ``text`` into the box, ready for Enter: never dialed from here."""
        controller = self.controller
        found = controller.numbers_in(text) if text.strip() else []
        controller.show_dialbox()
        box = controller.dialbox
        if len(found) > 1:
            box.offer_numbers(found)
        elif found:
            box.set_number(found[0])
        elif text.strip():
            box.show_refused(
                self.tr("No phone number in the selected text: “%1”").replace("%1", shorten(text))
            )
        else:
            box.show_refused(
                self.tr(
                    "Nothing is selected: select a number in any window, then press the "
                    "shortcut again."
                )
            )
