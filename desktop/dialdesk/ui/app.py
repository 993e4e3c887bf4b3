"""The tray app: wires settings, dialer, worker tasks, dial box, tray and notifications.

Every network and keyring operation goes through ``Tasks``; widgets are touched only in the
callbacks, on the GUI thread.
"""

from __future__ import annotations

import contextlib
import linecache
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, QTimer, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from dialdesk import __version__, config, handoff, logs, paths
from dialdesk.credentials import Credentials, CredentialsError, account_id
from dialdesk.dialer import Dialer, GuardStopped, Outcome, Source
from dialdesk.history import Entry, History, HistoryError
from dialdesk.ipc import IpcError, IpcServer
from dialdesk.numbers import Number, NumberError
from dialdesk.pbx import (
    Capability,
    NotConfigured,
    PbxError,
    capabilities_of,
    make_backend,
    missing_settings,
)
from dialdesk.ui import i18n
from dialdesk.ui.errors import error_text, history_error_text, number_warnings
from dialdesk.ui.icons import State, icon
from dialdesk.ui.option_words import missing_text
from dialdesk.ui.tasks import Tasks
from dialdesk.ui.tray import Tray

if TYPE_CHECKING:
    # Imported where first used: each window's module costs start-up time (its Qt classes'
    # enums are built on import) for a window most starts never open.
    from dialdesk.ui.actions import ActionDialog
    from dialdesk.ui.dialbox import DialBox
    from dialdesk.ui.settings import SettingsDialog
    from dialdesk.ui.wording import Tone

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 3000
WARM_UP_DELAY_MS = 300


def route_qt_messages() -> None:
    """Qt's own warnings go to our log, not to a terminal nobody reads."""
    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def install_crash_hook(log_file: str) -> None:
    """The last tier of errors: anything that escapes a slot is logged (redacted) and the
    agent is told once where to find it, instead of a traceback on a terminal nobody
    reads. The app keeps running: Qt would otherwise carry on silently."""
    told = False

    def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        nonlocal told
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.critical("unexpected error", exc_info=(kind, error, trace))
        if told or QApplication.instance() is None:
            return
        told = True
        if logs.file_in_use() is None:  # logging to stderr: no file holds the details
            text = QApplication.translate("Controller", "Something went wrong (%1).")
        else:
            text = QApplication.translate(
                "Controller", "Something went wrong (%1). Details are in the log file."
            )
            text += f"\n\n{log_file}"
        QMessageBox.warning(None, "dialdesk", text.replace("%1", kind.__name__))

    sys.excepthook = hook


_signal_sockets: list[Any] = []


def quit_on_termination_signals(app: QApplication) -> None:
    """SIGTERM/SIGINT (a logout, ``kill``, Ctrl+C) quit the app cleanly, so the next start
    does not report a crash. Python runs signal handlers only between bytecodes, and the
    event loop runs none while idle: the signal wakes a socket the loop watches."""
    if sys.platform == "win32":
        return
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(woken)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: QApplication.quit())
    _signal_sockets[:] = [reader, writer]  # alive as long as the process


def credentials_for(settings: config.Settings) -> Credentials:
    return Credentials(account_id(settings.text("account.url"), settings.text("account.username")))


class Controller(QObject):
    def __init__(self, *, tasks: Tasks | None = None, tray: bool | None = None) -> None:
        super().__init__()
        self.paths = paths.current()
        self.settings = config.load(self.paths, strict=False)
        self.history = History(self.paths.history_file)
        self.tasks = tasks or Tasks(self)
        self.dialer = self._make_dialer()
        self.busy = False
        self.links_paused = False
        self.settings_dialog: SettingsDialog | None = None
        self._shut_down = False
        self._pending_link: tuple[str, str] | None = None  # (shown text, the link itself)

        self._dialbox: DialBox | None = None  # built when first needed: see dialbox
        self._state = State.READY
        self.action_dialog: ActionDialog | None = None
        has_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: Tray | None = None
        if has_tray:
            self.tray = Tray(
                lambda text: self.dialer.preview((self.numbers_in(text) or [text])[0]),
                lambda: self._recent(30),
                self,
            )
            self.tray.toggle_requested.connect(self.toggle_dialbox)
            self.tray.dial_requested.connect(self.show_dialbox)
            self.tray.dial_text_requested.connect(self.on_dial_text)
            self.tray.settings_requested.connect(self.open_settings)
            self.tray.about_requested.connect(self.show_about)
            self.tray.quit_requested.connect(self.quit)
            self.tray.pause_toggled.connect(self.on_pause_toggled)
        from dialdesk.ui.hotkeys import GlobalShortcuts  # global shortcuts: ui/hotkeys.py

        self.hotkeys = GlobalShortcuts(self)
        self.hotkeys.notice_changed.connect(lambda _text: self.refresh())
        self.refresh()

    # --- set-up -------------------------------------------------------------------------

    @property
    def dialbox(self) -> DialBox:
        """The dial box, built the first time it is needed (about 11 ms with its module):
        most starts only sit in the tray and need not pay for it."""
        if self._dialbox is None:
            from dialdesk.ui.dialbox import DialBox

            box = DialBox(
                lambda text: self.dialer.preview(text),
                decide=lambda number: self.dialer.decide(number, Source.TYPED),
                find=self.numbers_in,
            )
            box.call_requested.connect(self.on_call_requested)
            box.redial_requested.connect(lambda text: self.place_call(text, Source.RECENT))
            box.settings_requested.connect(self.open_settings)
            box.action_requested.connect(self.open_action)
            box.quick_status_requested.connect(self.on_quick_status)
            # With a tray, closing the dial box hides it; without one, it is the app's window.
            box.hide_on_close = self.tray is not None
            box.closed.connect(self.quit)
            box.setWindowIcon(icon(self._state))
            self._dialbox = box
            self._refresh_dialbox(box)
        return self._dialbox

    def _make_dialer(self) -> Dialer:
        creds = credentials_for(self.settings)
        settings = self.settings
        return Dialer(settings, lambda: make_backend(settings, creds.get), self.history)

    def warm_up(self) -> None:
        """Do off the GUI thread what the first call would otherwise pay for: read the
        secrets from the keyring (a D-Bus round-trip, or a prompt), build the backend and
        its HTTP session, load the number metadata. The first click is then as fast as
        the rest. A failure here is not the agent's concern yet: the call will say it."""
        dialer = self.dialer

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                log.info("warm-up: %s (the first call will tell)", type(error).__name__)
            if not self._shut_down:
                _ = self.dialbox  # built now, in idle time, not at the first click
                for state in State:  # each icon is painted once; a call shows two
                    icon(state)

        self.tasks.run(dialer.warm_up, done)

    def start(self, *, crashed_last_time: bool = False) -> None:
        """Show what a newcomer or a broken config needs; otherwise sit in the tray."""
        if self.tray is not None:
            self.tray.show()
        else:
            self.show_dialbox()  # no tray here: never be invisible
        self.hotkeys.apply(self.settings)
        if crashed_last_time:
            self.tell_crashed()
        # After the event loop has shown the tray: start-up is not made slower by it.
        QTimer.singleShot(WARM_UP_DELAY_MS, self.warm_up)
        if self.settings.problems:
            self.open_settings(problems=[str(p) for p in self.settings.problems])
        elif not self.paths.config_file.exists():
            self.open_settings(welcome=True)

    def tell_crashed(self) -> None:
        """Once, without a modal box: the last session ended without quitting."""
        text = self.tr(
            "dialdesk stopped unexpectedly last time. What is known is in the log: %1"
        ).replace("%1", str(self.paths.log_file))
        if self.tray is not None:
            self.tray.notify("dialdesk", text, error=True)
        else:
            self.dialbox.show_refused(text)

    @property
    def sandbox(self) -> bool:
        return self.settings.text("account.backend") == "sandbox"

    def refresh(self) -> None:
        """Icon, tooltip, sandbox label and recent list after any change."""
        if self._dialbox is not None:
            self._refresh_dialbox(self._dialbox)
        self.set_state(State.CALLING if self.busy else None)

    def _refresh_dialbox(self, box: DialBox) -> None:
        box.set_sandbox(self.sandbox)
        box.set_actions_available(Capability.SCHEDULE in capabilities_of(self.settings))
        box.set_recent(self._recent(10))

    def set_state(self, state: State | None, detail: str = "") -> None:
        missing = missing_settings(self.settings)
        if state is None:
            if missing:
                state = State.NOT_CONFIGURED
            elif self.sandbox:
                state = State.SANDBOX
            else:
                state = State.READY
        tips = {
            State.READY: self.tr("dialdesk: ready"),
            State.CALLING: self.tr("dialdesk: calling…"),
            State.ERROR: self.tr("dialdesk: the last call failed"),
            State.NOT_CONFIGURED: self.tr("dialdesk: not set up (%1 missing)").replace(
                "%1", missing_text(missing)
            ),
            State.SANDBOX: self.tr("dialdesk: Sandbox, calls are simulated"),
        }
        tip = tips[state] + (f"\n{detail}" if detail else "")
        if self.links_paused:
            tip += "\n" + self.tr("Link handling is paused")
        tip += f"\n{self.hotkeys.notice}" if self.hotkeys.notice else ""
        if self._dialbox is not None and state is not self._state:
            self._dialbox.setWindowIcon(icon(state))
        self._state = state
        if self.tray is not None:
            self.tray.set_state(state, tip)

    # --- the dial box -------------------------------------------------------------------

    def tray_anchor(self) -> QRect:
        """Where the tray icon is; before the tray host has told (a cold start from a
        link), the corner of the screen where the panel is, not the top-left corner."""
        if self.tray is not None:
            known = self.tray.icon.geometry()
            if not known.isNull():
                return known
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QRect()
        full, free = screen.geometry(), screen.availableGeometry()
        right = free.right() - 1
        if free.top() > full.top() and free.bottom() >= full.bottom():
            return QRect(right, full.top(), 1, free.top() - full.top())  # a top panel
        return QRect(right, free.bottom(), 1, 1)  # a bottom panel, or none: bottom-right

    def show_dialbox(self) -> None:
        if self.tray is not None and not self.dialbox.isVisible():
            self.dialbox.place_near(self.tray_anchor())
        self.dialbox.show()
        self.dialbox.raise_()
        self.dialbox.activateWindow()
        self.dialbox.number_edit.setFocus()

    def toggle_dialbox(self) -> None:
        if self.dialbox.isVisible():
            self.dialbox.hide()
        else:
            self.show_dialbox()

    def numbers_in(self, text: str) -> list[str]:
        """The numbers in a text (the clipboard, a drop): the text itself if it is one."""
        from dialdesk.findnumbers import numbers_in

        region = self.settings.text("dialing.region")
        return numbers_in(text, region, parse=self.dialer.preview)

    def on_dial_text(self, text: str) -> None:
        found = self.numbers_in(text)
        self.show_dialbox()
        if len(found) > 1:  # the agent chooses; nothing is dialed on a guess
            self.dialbox.offer_numbers(found)
            return
        text = found[0] if found else text
        self.dialbox.set_number(text)
        self.place_call(text, Source.RECENT)

    def on_call_requested(self, text: str, confirmed: bool) -> None:
        source = Source.TYPED
        if confirmed and self._pending_link is not None and text == self._pending_link[0]:
            # "Call anyway" on a link's confirmation: still a link call (rate limit, history)
            text, source = self._pending_link[1], Source.LINK
        self._pending_link = None
        self.place_call(text, source, confirmed=confirmed)

    def on_link(self, url: str) -> None:
        """A tel:/callto:/sip: link, from the OS or another launch."""
        log.info("link received")
        title = self.tr("dialdesk link")
        if self.links_paused:
            text = self.tr("Link handling is paused: %1 was not dialed.").replace("%1", url)
            self.dialbox.show_refused(text)
            self._notify(title, text, error=True)
            return
        try:
            shown = self.dialer.preview(url).display
        except NumberError:
            shown = url
        if self.busy:
            # Never dial it behind the agent's back, never drop it: it waits in the box.
            self.show_dialbox()
            self.dialbox.set_number(shown)
            self._pending_link = (shown, url)
            self.dialbox.show_refused(
                self.tr(
                    "Another call was being placed: %1 is ready, press Call when you are."
                ).replace("%1", shown)
            )
            return
        if self.settings.flag("dialing.confirm_links") or self.tray is None:
            self.show_dialbox()
            self.dialbox.set_number(shown)
            self._pending_link = (shown, url)
        self.place_call(url, Source.LINK)

    def place_call(self, text: str, source: Source, *, confirmed: bool = False) -> None:
        if self.busy:  # one call at a time: a second click while sending does nothing
            return
        try:
            number = self.dialer.preview(text)
        except NumberError as exc:
            from dialdesk.ui.wording import reason_text

            said = reason_text(exc)
            self.dialbox.show_error(said)
            if source is Source.LINK:  # nobody may be looking: say what became of it
                self._notify(self.tr("dialdesk link"), said, error=True)
                self.history.start(
                    action="call",
                    source=str(source),
                    input=text,
                    backend=self.settings.text("account.backend"),
                    outcome="refused",
                    message=exc.message,
                )
            return
        self.busy = True
        self.dialbox.set_busy(True)
        self.dialbox.show_calling(number)
        self.set_state(State.CALLING)
        dialer = self.dialer
        self.tasks.run(
            lambda: dialer.call(text, source, confirmed=confirmed),
            lambda result, error: self.on_call_finished(number, result, error),
        )

    def on_call_finished(
        self, number: Number, outcome: Outcome | None, error: BaseException | None
    ) -> None:
        self.busy = False
        self.dialbox.set_busy(False)
        if error is None:
            assert outcome is not None
            text = self.tr("%1: the PBX accepted the call. Your phone rings first.").replace(
                "%1", number.display
            )
            if outcome.result.simulated:
                text += " " + self.tr("(Sandbox: simulated.)")
            if number.extension:
                from dialdesk.ui.wording import extension_note

                text += "\n" + extension_note(number)
            self.dialbox.show_placed(text)
            self.set_state(None)
            self._notify(number.display, text)
            self.offer_quick_statuses(outcome)
        elif isinstance(error, GuardStopped):
            self.set_state(None)
            from dialdesk.ui.wording import country_name, guard_reasons

            reasons = guard_reasons(error.decision)
            if error.needs_confirmation:
                self.show_dialbox()
                # The question hides the preview's warnings: say an unknown range again.
                warnings = number_warnings(number, country_name)
                self.dialbox.ask_confirmation(reasons + warnings, number)
            elif self.dialbox.show_refusal(error.decision, number):  # not a doubled press
                self._notify(number.display, " ".join(reasons), error=True)
        else:
            text, details, settings = self._explain(error)
            self.dialbox.show_error(text, details, offer_settings=settings, about=number)
            self.set_state(State.ERROR, text)
            self._notify(number.display, f"{number.display}: {text}", error=True)
        self.dialbox.set_recent(self._recent(10))

    def _recent(self, limit: int) -> list[Entry]:
        """Recent calls; none while another program holds the history (said when dialing)."""
        try:
            return self.history.recent(limit, action="call")
        except HistoryError as exc:
            log.warning("recent calls not shown: %s", exc)
            return []

    def _explain(self, error: BaseException) -> tuple[str, str, bool]:
        """What to show: the message, the details to copy, and whether Settings can fix it."""
        if isinstance(error, PbxError):
            return error_text(error), error.details(), isinstance(error, NotConfigured)
        if isinstance(error, CredentialsError):
            from dialdesk.ui.errors import credentials_text

            return credentials_text(error), str(error), True
        if isinstance(error, NumberError):
            return error.message, "", False
        if isinstance(error, HistoryError):
            return history_error_text(error), error.message, False
        log.error(
            "call failed unexpectedly: %s",
            type(error).__name__,
            exc_info=(type(error), error, error.__traceback__),
        )
        if logs.file_in_use() is None:  # logging to stderr: no file holds the details
            text = self.tr("Something went wrong (%1).").replace("%1", type(error).__name__)
            return text, text, False
        text = self.tr("Something went wrong (%1). Details are in the log file.").replace(
            "%1", type(error).__name__
        )
        return text, f"{text}\n{self.paths.log_file}", False

    def _notify(self, title: str, text: str, error: bool = False) -> None:
        """A tray message when the dial box is not on screen to show the outcome."""
        if self.tray is not None and (self._dialbox is None or not self._dialbox.isVisible()):
            self.tray.notify(title, text, error)

    # --- campaign and queue actions -------------------------------------------------------

    def open_action(self, kind: str) -> None:
        text = self.dialbox.number_edit.text()
        try:
            number = self.dialer.preview(text)
        except NumberError as exc:
            self.dialbox.show_error(exc.message)
            return
        if self.action_dialog is not None and self.action_dialog.isVisible():
            self.action_dialog.raise_()
            return
        from dialdesk.ui.actions import CampaignDialog, ScheduleDialog, StatusDialog

        forms: dict[str, type[ScheduleDialog | CampaignDialog | StatusDialog]] = {
            "schedule": ScheduleDialog,
            "campaign": CampaignDialog,
            "status": StatusDialog,
        }
        dialog = forms[kind](number, text, self.settings, self.dialer, self.tasks, self.dialbox)
        dialog.succeeded.connect(self.on_action_succeeded)
        self.action_dialog = dialog
        dialog.open()

    def on_action_succeeded(self, text: str, tone: Tone) -> None:
        self.dialbox.show_placed(text, tone)
        self._notify("dialdesk", text)

    def offer_quick_statuses(self, outcome: Outcome) -> None:
        if Capability.CAMPAIGN_STATUS not in capabilities_of(self.settings):
            return
        names = {s.id: s.name for s in self.settings.named("thulium.statuses")}
        quick = [(i, names.get(i, i)) for i in self.settings.strings("thulium.quick_statuses")]
        self.dialbox.offer_quick_statuses(outcome.number, outcome.number.key, quick)

    def on_quick_status(self, status_id: str, text: str) -> None:
        name = {s.id: s.name for s in self.settings.named("thulium.statuses")}.get(
            status_id, status_id
        )
        dialer = self.dialer
        from dialdesk.ui.actions import explain, status_confirmation

        def done(outcome: Outcome | None, error: BaseException | None) -> None:
            self.dialbox.quick_statuses_done()
            if error is not None:
                self.dialbox.show_error(explain(error))
                return
            assert outcome is not None
            self.dialbox.show_placed(*status_confirmation(outcome, name))

        self.tasks.run(lambda: dialer.set_campaign_status(text, status_id, Source.TYPED), done)

    # --- menu actions -------------------------------------------------------------------

    def on_pause_toggled(self, paused: bool) -> None:
        self.links_paused = paused
        self.set_state(None)

    def open_settings(self, *, welcome: bool = False, problems: Sequence[str] = ()) -> None:
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        from dialdesk.ui.settings import SettingsDialog

        dialog = SettingsDialog(
            self.settings, credentials_for, self.tasks, welcome=welcome, problems=list(problems)
        )
        dialog.saved.connect(self.on_settings_saved)
        self.settings_dialog = dialog
        dialog.show()

    def on_settings_saved(self) -> None:
        old = self.dialer
        self.dialer = self._make_dialer()
        old.close()
        self.warm_up()
        if self._dialbox is not None:
            self._dialbox.on_settings_changed()
        self.hotkeys.apply(self.settings)
        self.refresh()

    def show_about(self) -> None:
        where = self.paths
        QMessageBox.about(
            self.dialbox,
            self.tr("About dialdesk"),
            self.tr("dialdesk %1\nClick-to-call for Thulium and Simotel.\n\nSettings: %2\nLogs: %3")
            .replace("%1", __version__)
            .replace("%2", str(where.config_file))
            .replace("%3", str(where.log_dir)),
        )

    def quit(self) -> None:
        """Give a call in flight a bounded time to finish, so its outcome is recorded."""
        if self.tasks.in_flight:
            log.info(
                "quitting: waiting up to %d ms for %d task(s)", QUIT_WAIT_MS, self.tasks.in_flight
            )
            self.tasks.wait(QUIT_WAIT_MS)
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """Close the dialer and delete the windows and tray icon deterministically."""
        if self._shut_down:
            return
        self._shut_down = True
        self.hotkeys.dispose()
        self.dialer.close()
        self.history.close()
        if self.action_dialog is not None:
            self.action_dialog.close()
            self.action_dialog = None
        if self.settings_dialog is not None:
            self.settings_dialog.close()
            self.settings_dialog.deleteLater()
            self.settings_dialog = None
        if self.tray is not None:
            self.tray.dispose()
            self.tray = None
        if self._dialbox is not None:
            self._dialbox.hide_on_close = True
            self._dialbox.hide()
            self._dialbox.deleteLater()


class Application(QApplication):
    """dialdesk's application object. macOS hands clicked links to it as FileOpen events.

    They are caught in ``event()``, which sees only the events sent to the application
    itself; an application-wide event filter would run Python for every event of every
    widget, all day.
    """

    link_opened = Signal(str)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent):
            url = event.url().toString() or event.file()
            if url:
                self.link_opened.emit(url)
            return True
        return super().event(event)


def main(argv: Sequence[str] | None = None, initial_url: str | None = None) -> int:
    """Become the running instance, or hand over to the one that already is.

    Whatever stops the start (an unusable home folder, say) is told in one line, and in a
    dialog on a desktop, where an app started at login has no terminal: not a traceback.
    """
    try:
        return _become_the_instance(argv, initial_url)
    except Exception as exc:  # the last word on a failed start
        log.critical("dialdesk could not start", exc_info=exc)
        reason = str(exc)
        if isinstance(exc, OSError) and exc.strerror and exc.filename:
            reason = f"{exc.strerror}: {exc.filename}"  # not "[Errno 20] … '…'"
        text = logs.redact(
            QApplication.translate("Controller", "dialdesk could not start: %1").replace(
                "%1", reason
            )
        )
        print(text, file=sys.stderr)
        if QApplication.instance() is not None and QApplication.platformName() != "offscreen":
            QMessageBox.critical(None, "dialdesk", text)
        return 1


def _become_the_instance(argv: Sequence[str] | None, initial_url: str | None) -> int:
    lock = handoff.InstanceLock()
    try:
        held = lock.acquire()
    except OSError as exc:
        # No usable runtime folder: run anyway, without the single-instance guarantee.
        print(f"dialdesk: {exc}; running without single-instance support.", file=sys.stderr)
        return _run(argv, initial_url)
    if not held:
        message: dict[str, Any] = (
            {"cmd": "open-url", "url": initial_url} if initial_url else {"cmd": "show"}
        )
        if handoff.deliver_while_starting(message) == handoff.Delivery.DELIVERED:
            return 0
        print("dialdesk: another dialdesk is running but does not answer.", file=sys.stderr)
        return 1
    try:
        return _run(argv, initial_url)
    finally:
        lock.release()


def _run(argv: Sequence[str] | None, initial_url: str | None) -> int:
    app = Application(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("dialdesk")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    where = paths.current()
    settings = config.load(where, strict=False)
    logs.setup(where.log_file, settings.text("general.log_level"))
    route_qt_messages()
    install_crash_hook(str(where.log_file))
    log.info("dialdesk %s starting", __version__)
    i18n.install(app, settings.language())
    crash_trace = logs.CrashTrace(where.log_dir)
    crashed_last_time = crash_trace.start()
    quit_on_termination_signals(app)
    controller = Controller()
    ipc = IpcServer(controller)
    try:
        ipc.listen()
    except (IpcError, OSError) as exc:
        log.error("%s: links will start a second dialdesk", exc)
    ipc.url_received.connect(controller.on_link)
    ipc.show_requested.connect(controller.show_dialbox)
    ipc.dial_selection_requested.connect(controller.hotkeys.dial_selection)
    app.link_opened.connect(controller.on_link)
    controller.start(crashed_last_time=crashed_last_time)
    # PySide6 reads the source of every module imported after it (to look for its
    # ``__feature__`` switches) and linecache keeps it: 3.5 MiB of text an idle tray app
    # does not need. A traceback reads the files again.
    linecache.clearcache()
    if initial_url:
        QTimer.singleShot(0, lambda: controller.on_link(initial_url))
    if os.environ.get("DIALDESK_REPORT_READY"):  # for bench/startup.py
        QTimer.singleShot(0, lambda: print("ready", flush=True))
    code = int(app.exec())
    ipc.close()
    controller.shutdown()
    crash_trace.stop()
    return code
