"""A fake of the Win32 named-pipe calls (platform/winpipe.py's Kernel) for tests on any OS.

One :class:`Machine` holds the pipe namespace, shared by every process on it (as named
pipes are on Windows: machine-wide, not per session); each :class:`FakeKernel` is one
process with its own pid, user SID and session. The rules modelled are the ones winpipe
relies on: a name exists while its server holds it; FILE_FLAG_FIRST_PIPE_INSTANCE fails
on a taken name; one instance serves one client at a time (others get ERROR_PIPE_BUSY and
may WaitNamedPipe); a DACL of one SID denies everyone else; bytes flow both ways; a closed
end makes PeekNamedPipe fail with ERROR_BROKEN_PIPE.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from dataclasses import dataclass, field

from dialdesk.platform.winpipe import (
    ERROR_ACCESS_DENIED,
    ERROR_BROKEN_PIPE,
    ERROR_FILE_NOT_FOUND,
    ERROR_PIPE_BUSY,
    ERROR_SEM_TIMEOUT,
    PipeError,
)


@dataclass
class Pipe:
    path: str
    server_pid: int
    allowed_sid: str | None
    to_server: bytearray = field(default_factory=bytearray)
    to_client: bytearray = field(default_factory=bytearray)
    client: int | None = None  # the client's handle while connected
    client_closed: bool = False
    listening: bool = False


class Machine:
    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.pipes: dict[str, Pipe] = {}
        self.handles: dict[int, tuple[Pipe, str]] = {}  # handle → (pipe, "server"/"client")
        self.processes: dict[int, tuple[str, int]] = {}  # pid → (sid, session)
        self.calls: list[tuple[int, str, object]] = []  # (pid, call, argument)
        self._ids = itertools.count(100)

    def process(self, sid: str = "S-1-5-21-1-2-3-1001", session: int = 1) -> FakeKernel:
        pid = next(self._ids)
        self.processes[pid] = (sid, session)
        return FakeKernel(self, pid)


class FakeKernel:
    def __init__(self, machine: Machine, pid: int) -> None:
        self.m, self.pid = machine, pid
        self.refuse_foreground = False

    def _note(self, call: str, argument: object = None) -> None:
        self.m.calls.append((self.pid, call, argument))

    def _handle(self, pipe: Pipe, side: str) -> int:
        handle = next(self.m._ids)
        self.m.handles[handle] = (pipe, side)
        return handle

    def current_sid(self) -> str:
        return self.m.processes[self.pid][0]

    def session_id(self, pid: int | None = None) -> int:
        return self.m.processes[self.pid if pid is None else pid][1]

    def process_sid(self, pid: int) -> str:
        if pid not in self.m.processes:
            raise PipeError(ERROR_ACCESS_DENIED)
        return self.m.processes[pid][0]

    def open_pipe(self, path: str) -> int:
        self._note("open", path)
        with self.m.lock:
            pipe = self.m.pipes.get(path)
            if pipe is None:
                raise PipeError(ERROR_FILE_NOT_FOUND)
            if pipe.allowed_sid not in (None, self.current_sid()):
                raise PipeError(ERROR_ACCESS_DENIED)
            if not pipe.listening or pipe.client is not None:
                raise PipeError(ERROR_PIPE_BUSY)
            handle = self._handle(pipe, "client")
            pipe.client, pipe.client_closed = handle, False
            pipe.to_server.clear()
            pipe.to_client.clear()
            self.m.lock.notify_all()
            return handle

    def wait_pipe(self, path: str, timeout_ms: int) -> None:
        self._note("wait", timeout_ms)
        deadline = time.monotonic() + timeout_ms / 1000
        with self.m.lock:
            while True:
                pipe = self.m.pipes.get(path)
                if pipe is None:
                    raise PipeError(ERROR_FILE_NOT_FOUND)
                if pipe.listening and pipe.client is None:
                    return
                if not self.m.lock.wait(max(0.0, deadline - time.monotonic())):
                    raise PipeError(ERROR_SEM_TIMEOUT)

    def server_pid(self, handle: int) -> int:
        return self.m.handles[handle][0].server_pid

    def allow_set_foreground(self, pid: int) -> None:
        self._note("allow-foreground", pid)
        if self.refuse_foreground:
            raise PipeError(ERROR_ACCESS_DENIED)

    def write(self, handle: int, data: bytes) -> None:
        self._note("write", data)
        with self.m.lock:
            pipe, side = self.m.handles[handle]
            if side == "client":
                pipe.to_server += data
            else:
                if pipe.client is None or pipe.client_closed:
                    raise PipeError(ERROR_BROKEN_PIPE)
                pipe.to_client += data
            self.m.lock.notify_all()

    def available(self, handle: int) -> int:
        with self.m.lock:
            pipe, side = self.m.handles[handle]
            if side == "client":
                if pipe.client != handle:
                    raise PipeError(ERROR_BROKEN_PIPE)  # the server disconnected us
                return len(pipe.to_client)
            if pipe.client is None or pipe.client_closed:
                raise PipeError(ERROR_BROKEN_PIPE)
            return len(pipe.to_server)

    def read(self, handle: int, size: int) -> bytes:
        with self.m.lock:
            pipe, side = self.m.handles[handle]
            buffer = pipe.to_client if side == "client" else pipe.to_server
            data = bytes(buffer[:size])
            del buffer[:size]
            return data

    def close(self, handle: int) -> None:
        with self.m.lock:
            entry = self.m.handles.pop(handle, None)
            if entry is None:
                return
            pipe, side = entry
            if side == "client" and pipe.client == handle:
                pipe.client_closed = True
            elif side == "server":
                self.m.pipes.pop(pipe.path, None)
            self.m.lock.notify_all()

    def create_pipe(self, path: str, sddl: str) -> int:
        self._note("create", sddl)
        match = re.fullmatch(r"D:P\(A;;GA;;;(S-[\d-]+)\)", sddl)
        assert match, sddl
        with self.m.lock:
            if path in self.m.pipes:  # FILE_FLAG_FIRST_PIPE_INSTANCE
                raise PipeError(ERROR_ACCESS_DENIED)
            pipe = Pipe(path, self.pid, match.group(1))
            self.m.pipes[path] = pipe
            return self._handle(pipe, "server")

    def squat(self, path: str) -> int:
        """Another process takes the name with the default DACL (anyone may connect)."""
        with self.m.lock:
            pipe = Pipe(path, self.pid, None, listening=True)
            self.m.pipes[path] = pipe
            return self._handle(pipe, "server")

    def connect(self, handle: int) -> None:
        with self.m.lock:
            pipe = self.m.handles[handle][0]
            pipe.listening = True
            self.m.lock.notify_all()
            while pipe.client is None:
                self.m.lock.wait()
            pipe.listening = False

    def disconnect(self, handle: int) -> None:
        with self.m.lock:
            pipe = self.m.handles[handle][0]
            pipe.client, pipe.client_closed = None, False
            pipe.to_server.clear()
            pipe.to_client.clear()
            self.m.lock.notify_all()
