"""The running instance's side of ``handoff``: a QLocalServer taking one JSON line per
connection. Malformed, oversized or wrong-version messages are logged and dropped; a
connection that says nothing is closed after a short idle time.

Only the holder of ``handoff.InstanceLock`` listens, so a socket file found at start-up is
a crashed instance's leftover and is removed.

On Windows the instance listens on a named pipe of its own (:class:`WindowsPipe`,
platform/winpipe.py) instead: QLocalServer cannot create the pipe first-instance-only,
local-only or with a DACL for the user alone.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import sys
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from dialdesk import handoff, paths

log = logging.getLogger(__name__)

IDLE_TIMEOUT_MS = 2000


MAX_NESTING = 4  # a message is one flat object; a little room for a future version


class IpcError(Exception):
    pass


def nesting_depth(line: bytes) -> int:
    """The deepest ``[``/``{`` nesting of a JSON text, brackets inside strings not counted."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in line:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif byte in b"]}":
            depth -= 1
    return deepest


class _Conversation:
    """One client connection: read a line (bounded), answer it, hang up.

    A plain object the server keeps in a set, not a QObject child: when the server goes
    away it aborts its conversations itself, so no queued event outlives its target.
    """

    def __init__(self, server: IpcServer, socket: QLocalSocket) -> None:
        self.server, self.socket = server, socket
        self.buffer = b""
        self.timer = QTimer(socket)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.on_idle)
        self.timer.start(IDLE_TIMEOUT_MS)
        socket.readyRead.connect(self.on_ready_read)
        socket.disconnected.connect(self.on_disconnected)

    def on_ready_read(self) -> None:
        self.buffer += bytes(self.socket.readAll().data())
        if b"\n" in self.buffer:
            line = self.buffer.split(b"\n", 1)[0]
            self.finish(self.server.handle(line))
        elif len(self.buffer) > handoff.MAX_LINE:
            log.warning("ipc: dropped a message over %d bytes", handoff.MAX_LINE)
            self.finish({"ok": False, "error": "too long"})

    def on_idle(self) -> None:
        log.warning("ipc: a client connected and said nothing; closed")
        self.abort()

    def finish(self, answer: dict[str, Any]) -> None:
        self.timer.stop()
        self.buffer = b""
        if self.socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self.socket.write(handoff.encode(answer))
            self.socket.flush()
            self.socket.disconnectFromServer()

    def abort(self) -> None:
        self.timer.stop()
        self.socket.abort()  # emits disconnected when it was connected
        self.on_disconnected()

    def on_disconnected(self) -> None:
        if self not in self.server.conversations:
            return
        self.server.conversations.discard(self)
        self.timer.stop()
        self.socket.deleteLater()


class IpcServer(QObject):
    url_received = Signal(str)
    show_requested = Signal()
    dial_selection_requested = Signal()  # dialdesk --dial-selection

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self.on_new_connection)
        self.name = handoff.server_name()
        self.conversations: set[_Conversation] = set()
        self.pipe: WindowsPipe | None = None

    def listen(self) -> None:
        """Listen; the caller must hold the instance lock."""
        if sys.platform == "win32":
            self.pipe = WindowsPipe(self)
            self.pipe.listen()
            return
        paths.ensure_private_dir(paths.current().runtime_dir)
        handoff.remove_stale_socket()
        if not self.server.listen(self.name):
            raise IpcError(f"cannot listen on {self.name}: {self.server.errorString()}")
        os.chmod(self.name, 0o700)  # user only, whatever the platform's default
        log.info("ipc: listening on %s", self.name)

    def close(self) -> None:
        if self.pipe is not None:
            self.pipe.close()
        for conversation in list(self.conversations):
            conversation.abort()
        self.server.close()

    def on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is not None:
                self.conversations.add(_Conversation(self, socket))

    def handle(self, line: bytes) -> dict[str, Any]:
        if nesting_depth(line) > MAX_NESTING:
            # json.loads recurses per level: 1,500 "[" raised RecursionError in a slot.
            log.warning("ipc: dropped a message nested too deeply (%d bytes)", len(line))
            return {"ok": False, "error": "too deeply nested"}
        try:
            message = json.loads(line)
        except (ValueError, RecursionError):
            log.warning("ipc: dropped a malformed message (%d bytes)", len(line))
            return {"ok": False, "error": "malformed"}
        if not isinstance(message, dict) or message.get("v") != handoff.VERSION:
            version = message.get("v") if isinstance(message, dict) else None
            log.warning("ipc: dropped a message of version %r", version)
            return {"ok": False, "error": "unsupported version"}
        command = message.get("cmd")
        if command == "open-url":
            url = message.get("url")
            if not isinstance(url, str) or not url or len(url) > handoff.MAX_URL:
                log.warning("ipc: dropped an open-url without a usable url")
                return {"ok": False, "error": "bad url"}
            # Answer the launcher first (it can exit), then handle the link.
            QTimer.singleShot(0, lambda: self.url_received.emit(url))
            return {"ok": True}
        if command == "show":
            QTimer.singleShot(0, self.show_requested.emit)
            return {"ok": True}
        if command == "dial-selection":
            QTimer.singleShot(0, self.dial_selection_requested.emit)
            return {"ok": True}
        if command == "ping":
            return {"ok": True}
        log.warning("ipc: dropped unknown command %r", command)
        return {"ok": False, "error": "unknown command"}


class WindowsPipe(QObject):
    """Windows: the instance's named pipe, served on a thread of its own
    (winpipe.PipeServer); each line is answered by :meth:`IpcServer.handle` on the GUI
    thread, and the pipe thread waits (bounded) for that answer."""

    line_received = Signal(bytes, object)

    def __init__(self, server: IpcServer, os_calls: Any = None, path: str | None = None) -> None:
        super().__init__(server)
        from dialdesk.platform import winpipe

        self.server = server
        os_calls = os_calls if os_calls is not None else winpipe.kernel()
        self.pipe = winpipe.PipeServer(
            os_calls, path or server.name, self.answer, idle_s=IDLE_TIMEOUT_MS / 1000
        )
        self.line_received.connect(self.on_line_received, Qt.ConnectionType.QueuedConnection)

    def listen(self) -> None:
        from dialdesk.platform import winpipe

        try:
            self.pipe.start()
        except winpipe.PipeError as exc:
            # FILE_FLAG_FIRST_PIPE_INSTANCE: someone (not us: we hold the lock) has the name.
            raise IpcError(f"cannot create {self.pipe.path}: {exc.strerror}") from exc
        log.info("ipc: listening on %s", self.pipe.path)

    def close(self) -> None:
        self.pipe.stop()

    def answer(self, line: bytes) -> bytes:
        """On the pipe thread: the GUI thread's answer, or none if it does not come."""
        if len(line) > handoff.MAX_LINE:
            log.warning("ipc: dropped a message over %d bytes", handoff.MAX_LINE)
            return handoff.encode({"ok": False, "error": "too long"})
        box: queue.Queue[bytes] = queue.Queue(maxsize=1)
        self.line_received.emit(line, box)
        try:
            return box.get(timeout=IDLE_TIMEOUT_MS / 1000)
        except queue.Empty:
            log.warning("ipc: no answer from the GUI thread in time")
            return b""

    def on_line_received(self, line: bytes, box: queue.Queue[bytes]) -> None:
        box.put(handoff.encode(self.server.handle(line)))
