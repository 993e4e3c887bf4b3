"""Windows: the instance's named pipe, owned and checked on both ends.

Named pipes are machine-wide, not per session (Microsoft, "Kernel Object Namespaces"), and
Qt's QLocalServer creates one without ``FILE_FLAG_FIRST_PIPE_INSTANCE``, without
``PIPE_REJECT_REMOTE_CLIENTS`` and with the default DACL (Everyone may read), while the
old client opened whatever answered to the name. On a terminal server another user could
take the name first and read every clicked number. So, following Microsoft's "Named Pipe
Security and Access Rights", "CreateNamedPipe" and "Impersonation Levels":

- the name carries the session id and a digest of the user's SID (and runtime folder), so
  each session of each user has its own pipe;
- the instance creates it with ``FILE_FLAG_FIRST_PIPE_INSTANCE`` (fails if anyone holds
  the name), one instance at most, ``PIPE_REJECT_REMOTE_CLIENTS``, and a protected DACL
  granting the user's SID alone;
- the client opens it at identification level only (the server cannot act as us), asks
  ``GetNamedPipeServerProcessId`` who answered and sends nothing unless that process runs
  as our SID in our session; then it lets that process take the foreground
  (``AllowSetForegroundWindow``: the launcher owns the foreground right after the click,
  the instance does not) and sends;
- every wait is bounded: ``ERROR_PIPE_BUSY`` (the instance is talking to another launch)
  is waited out with ``WaitNamedPipe`` up to the deadline and reported as *busy*, never
  as "no instance" (which would start a second app).

The OS calls are the methods of a :class:`Kernel` (platform/winpipe_os.py, a few ctypes
lines each); everything here is plain Python, tested on any OS with a fake kernel
(tests/test_winpipe.py). Imported on Windows only, and only by the hand-off and the
instance: no Qt.
"""

from __future__ import annotations

import sys
import threading
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final, Protocol

    class Kernel(Protocol):
        """The Win32 calls this module needs; each raises :class:`PipeError` on failure."""

        def current_sid(self) -> str: ...
        def session_id(self, pid: int | None = None) -> int: ...
        def process_sid(self, pid: int) -> str: ...
        def open_pipe(self, path: str) -> int: ...
        def wait_pipe(self, path: str, timeout_ms: int) -> None: ...
        def server_pid(self, handle: int) -> int: ...
        def allow_set_foreground(self, pid: int) -> None: ...
        def write(self, handle: int, data: bytes) -> None: ...
        def available(self, handle: int) -> int: ...
        def read(self, handle: int, size: int) -> bytes: ...
        def close(self, handle: int) -> None: ...
        def create_pipe(self, path: str, sddl: str) -> int: ...
        def connect(self, handle: int) -> None: ...
        def disconnect(self, handle: int) -> None: ...


ERROR_FILE_NOT_FOUND: Final = 2
ERROR_ACCESS_DENIED: Final = 5
ERROR_BROKEN_PIPE: Final = 109
ERROR_SEM_TIMEOUT: Final = 121
ERROR_PIPE_BUSY: Final = 231
ERROR_NO_DATA: Final = 232
ERROR_PIPE_NOT_CONNECTED: Final = 233
ERROR_PIPE_CONNECTED: Final = 535

POLL_S: Final = 0.005
MAX_LINE: Final = 4096  # = handoff.MAX_LINE (not imported: handoff imports this module)


class PipeError(OSError):
    def __init__(self, winerror: int, what: str = "") -> None:
        super().__init__(winerror, what or f"Windows error {winerror}")
        self.code = winerror


class Outcome:
    """What became of a client's attempt (strings: the hand-off avoids enum's import)."""

    ABSENT = "absent"  # no such pipe: no instance
    BUSY = "busy"  # the pipe exists but stayed busy until the deadline
    NOT_OURS = "not-ours"  # someone else answers on our name: nothing was sent
    ANSWERED = "answered"


def kernel() -> Kernel:
    if sys.platform != "win32":
        raise PipeError(ERROR_FILE_NOT_FOUND, "named pipes are Windows only")
    from dialdesk.platform import winpipe_os

    return winpipe_os.Win32Kernel()


def pipe_path(os_calls: Kernel, folder: str) -> str:
    r"""``\\.\pipe\dialdesk-<session>-<digest of SID and runtime folder>``."""
    import hashlib

    sid = os_calls.current_sid()
    digest = hashlib.sha256(f"{sid}|{folder}".encode()).hexdigest()[:16]
    return rf"\\.\pipe\dialdesk-{os_calls.session_id()}-{digest}"


def owner_only_sddl(sid: str) -> str:
    """A protected DACL (no inherited entries) granting the user's SID full access, and
    nobody else anything: not Everyone's default read, not other users of the server."""
    if not sid.startswith("S-") or any(ch in sid for ch in "();:"):
        raise ValueError(f"not a SID: {sid!r}")
    return f"D:P(A;;GA;;;{sid})"


# --- the client (the launcher) -------------------------------------------------------------


def _open(os_calls: Kernel, path: str, deadline: float) -> int | str:
    """A handle, or the :class:`Outcome` that ended the attempt."""
    while True:
        try:
            return os_calls.open_pipe(path)
        except PipeError as exc:
            if exc.code == ERROR_FILE_NOT_FOUND:
                return Outcome.ABSENT
            if exc.code == ERROR_ACCESS_DENIED:
                return Outcome.NOT_OURS  # a DACL that shuts us out: not our instance's
            if exc.code != ERROR_PIPE_BUSY:
                raise
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        if remaining_ms <= 0:
            return Outcome.BUSY
        try:
            os_calls.wait_pipe(path, remaining_ms)
        except PipeError as exc:
            if exc.code == ERROR_FILE_NOT_FOUND:
                return Outcome.ABSENT  # the instance went away meanwhile
            if exc.code != ERROR_SEM_TIMEOUT:
                raise
            return Outcome.BUSY


def _is_ours(os_calls: Kernel, pid: int) -> bool:
    try:
        return os_calls.process_sid(pid) == os_calls.current_sid() and os_calls.session_id(
            pid
        ) == os_calls.session_id(None)
    except PipeError:
        return False  # a process we may not even query is not ours


def read_line(os_calls: Kernel, handle: int, deadline: float) -> bytes:
    """Bytes up to a newline (or MAX_LINE, or the other end closing, or the deadline),
    without ever blocking in ReadFile: PeekNamedPipe says how much is there."""
    data = b""
    while b"\n" not in data and len(data) <= MAX_LINE:
        try:
            waiting = os_calls.available(handle)
        except PipeError:
            break  # the other end closed
        if waiting:
            data += os_calls.read(handle, min(waiting, MAX_LINE + 1 - len(data)))
        elif time.monotonic() >= deadline:
            break
        else:
            time.sleep(POLL_S)
    return data


def exchange(os_calls: Kernel, path: str, payload: bytes, timeout: float) -> tuple[str, bytes, int]:
    """Send ``payload`` to our instance and read its one-line answer, all within
    ``timeout`` seconds: (outcome, answer, server pid)."""
    deadline = time.monotonic() + timeout
    try:
        opened = _open(os_calls, path, deadline)
    except PipeError:
        # Some other failure to connect: nothing was sent, but something holds the name,
        # so starting a second app would not help either. Told like busy.
        return Outcome.BUSY, b"", 0
    if isinstance(opened, str):
        return opened, b"", 0
    handle = opened
    try:
        pid = os_calls.server_pid(handle)
        if not _is_ours(os_calls, pid):
            return Outcome.NOT_OURS, b"", pid
        # Before the instance reads the message (it raises its window for it): Windows
        # lets only the foreground process hand the foreground on (AllowSetForegroundWindow).
        try:  # noqa: SIM105 - contextlib costs the launcher an import
            os_calls.allow_set_foreground(pid)
        except PipeError:
            pass  # no foreground to give (started from a console, a script): still deliver
        try:
            os_calls.write(handle, payload)
        except PipeError:
            return Outcome.ANSWERED, b"", pid
        return Outcome.ANSWERED, read_line(os_calls, handle, deadline), pid
    finally:
        os_calls.close(handle)


# --- the server (the instance) ---------------------------------------------------------------


class PipeServer:
    """The instance's end: one pipe instance, served by one thread, one line per client.

    ``answer(line)`` is called on the server's thread with the client's line and returns
    the reply (b"" for none). A client that says nothing is dropped after ``idle_s``.
    """

    def __init__(
        self,
        os_calls: Kernel,
        path: str,
        answer: Callable[[bytes], bytes],
        idle_s: float = 2.0,
    ) -> None:
        self.os, self.path, self.answer, self.idle_s = os_calls, path, answer, idle_s
        self._handle: int | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Create the pipe (first instance only, or PipeError) and serve it."""
        self._handle = self.os.create_pipe(self.path, owner_only_sddl(self.os.current_sid()))
        self._thread = threading.Thread(target=self._serve, name="dialdesk-pipe", daemon=True)
        self._thread.start()

    def stop(self, wait_s: float = 3.0) -> None:
        import contextlib  # the server's side: the launcher never pays for it

        self._stopping.set()
        ends = time.monotonic() + wait_s
        while self._thread is not None and self._thread.is_alive():
            # Wake ConnectNamedPipe by being its client. Again until the thread ends: a
            # knock that comes while the server is between two waits finds no pipe to
            # open, and the server would then wait for a client forever.
            with contextlib.suppress(PipeError):
                self.os.close(self.os.open_pipe(self.path))
            self._thread.join(0.1)
            if time.monotonic() > ends:
                break
        if self._handle is not None:
            self.os.close(self._handle)
            self._handle = None

    def _serve(self) -> None:
        import contextlib

        handle = self._handle
        assert handle is not None
        while not self._stopping.is_set():
            try:
                self.os.connect(handle)
            except PipeError as exc:
                if exc.code != ERROR_PIPE_CONNECTED:  # connected before we asked: fine
                    # A client that came and went (ERROR_NO_DATA): the instance must be
                    # disconnected before it can be connected again; and do not spin.
                    with contextlib.suppress(PipeError):
                        self.os.disconnect(handle)
                    if self._stopping.is_set():
                        return
                    time.sleep(0.05)
                    continue
            try:
                if not self._stopping.is_set():
                    self._converse(handle)
            except Exception:  # one bad client must not end the server
                import logging

                logging.getLogger(__name__).exception("pipe: a conversation failed")
            finally:
                try:  # noqa: SIM105
                    self.os.disconnect(handle)
                except PipeError:
                    pass

    def _converse(self, handle: int) -> None:
        deadline = time.monotonic() + self.idle_s
        line = read_line(self.os, handle, deadline)
        if b"\n" in line:
            reply = self.answer(line.split(b"\n", 1)[0])
        elif len(line) > MAX_LINE:
            reply = self.answer(line)  # over-long: answer() refuses it, and says so
        else:
            import logging

            logging.getLogger(__name__).warning("ipc: a client connected and said nothing; closed")
            return
        if not reply:
            return
        self.os.write(handle, reply)
        # Let the client read it before the disconnect discards it (what FlushFileBuffers
        # does, but bounded: a client that never reads cannot hold the server).
        wait_until = time.monotonic() + self.idle_s
        while time.monotonic() < wait_until:
            try:
                self.os.available(handle)
            except PipeError:
                return  # the client read and closed its end
            time.sleep(POLL_S)
