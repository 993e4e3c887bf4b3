"""The tray app's process: become the single instance (or hand over to it), set up the
log, the crash trace, Qt's messages and signals, then run the controller's event loop.
The controller is ``controller.py`` (re-exported here: tests and tools take it from here).
"""

from __future__ import annotations

import contextlib
import linecache
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dialdesk import __version__, config, handoff, logs, paths
from dialdesk.ipc import IpcError, IpcServer
from dialdesk.ui import i18n
from dialdesk.ui.controller import Controller, credentials_for

if TYPE_CHECKING:
    # Imported where first used: each window's module costs start-up time (its Qt classes'
    # enums are built on import) for a window most starts never open.
    pass

log = logging.getLogger(__name__)

__all__ = ["Application", "Controller", "credentials_for", "install_crash_hook", "main"]


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
    logs.setup(where.log_file, settings.text("general.log_level"), instance=True)
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
    from dialdesk.ui import mac_events  # macOS: links as clicked (QTBUG-134316)

    mac_events.install(app.link_opened.emit)
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
