"""Hand a link to the running dialdesk, fast: standard library only (no Qt, requests or
phonenumbers), so a click on a ``tel:`` link costs little more than starting Python.

Wire format: one JSON object per line, ``{"v": 1, "cmd": "open-url", "url": …}`` or
``{"v": 1, "cmd": "show"}``; the instance answers one line ``{"v": 1, "ok": true}``.
The instance listens on a Unix socket in the user's private (0700) runtime folder, or a
named pipe on Windows, and holds an exclusive lock for its lifetime: whoever holds the lock
is *the* instance, so two launches racing can never both become one.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import json
import os
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any, Final

from dialdesk import paths

VERSION: Final = 1
MAX_LINE: Final = 4096
MAX_URL: Final = 2048
LINK_SCHEMES: Final = ("tel", "callto", "sip", "sips")
CONNECT_TIMEOUT_S: Final = 2.0
# AF_UNIX paths are limited to 104-108 bytes; leave room.
_MAX_SOCKET_PATH: Final = 100


class UsageError(Exception):
    pass


class Delivery(enum.Enum):
    DELIVERED = "delivered"
    NO_INSTANCE = "no-instance"  # nothing listens: start the app
    NO_ANSWER = "no-answer"  # something took the message and did not answer


def link_argument(args: list[str]) -> str | None:
    """The link in argv, if this launch is a link hand-off; None for anything else.

    ``--untrusted-url URL`` is what the OS registrations run: exactly one argument follows,
    and it may never be an option (a web page must not be able to pass ``--something``).
    """
    if args and args[0] == "--untrusted-url":
        if len(args) != 2:
            raise UsageError("--untrusted-url takes exactly one URL")
        url = args[1]
        if url.startswith("-"):
            raise UsageError("refusing a URL that starts with '-'")
    elif len(args) == 1 and _is_link(args[0]):
        url = args[0]
    else:
        return None
    if len(url) > MAX_URL:
        raise UsageError(f"the URL is longer than {MAX_URL} characters")
    return url


def _is_link(arg: str) -> bool:
    scheme, colon, _ = arg.partition(":")
    return bool(colon) and scheme.lower() in LINK_SCHEMES


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps({"v": VERSION, **message}, separators=(",", ":")).encode() + b"\n"


# --- where ------------------------------------------------------------------------------


def _user() -> str:
    for var in ("USER", "USERNAME", "LOGNAME"):
        if os.environ.get(var):
            return os.environ[var]
    return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name() -> str:
    """The QLocalServer name: a socket path on Unix, a pipe name on Windows."""
    runtime = paths.current().runtime_dir
    if sys.platform == "win32":
        digest = hashlib.sha256(f"{_user()}|{runtime}".encode()).hexdigest()[:16]
        return f"dialdesk-{digest}"
    candidate = runtime / "dialdesk.sock"
    if len(os.fsencode(candidate)) <= _MAX_SOCKET_PATH:
        return str(candidate)
    # A deep DIALDESK_HOME: a short name in a private folder of ours under the temp dir.
    digest = hashlib.sha256(str(runtime).encode()).hexdigest()[:16]
    short = Path(tempfile.gettempdir()) / f"dialdesk-{os.getuid()}"
    return str(_private_dir(short) / f"{digest}.sock")


def _private_dir(path: Path) -> Path:
    """Create ``path`` 0700, and refuse one that someone else owns or opened up."""
    paths.ensure_private_dir(path)
    info = path.lstat()
    if path.is_symlink() or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise OSError(f"{path} is not a private folder of this user")
    return path


def lock_path() -> Path:
    return paths.current().runtime_dir / "instance.lock"


# --- the instance lock --------------------------------------------------------------------


class InstanceLock:
    """Held by the running instance for its whole life; released by the OS when it dies."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or lock_path()
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        paths.ensure_private_dir(self.path.parent)
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while we hold the lock
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


# --- the client -------------------------------------------------------------------------


def _exchange_unix(name: str, payload: bytes, timeout: float) -> bytes | None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(name)
        except OSError:
            return None  # no socket, or nobody listening on it: no instance
        try:
            sock.sendall(payload)
            reply = b""
            while not reply.endswith(b"\n") and len(reply) < MAX_LINE:
                chunk = sock.recv(MAX_LINE)
                if not chunk:
                    break
                reply += chunk
        except OSError:
            return b""
        return reply


def _exchange_pipe(name: str, payload: bytes) -> bytes | None:
    try:
        pipe = open(rf"\\.\pipe\{name}", "r+b", buffering=0)  # noqa: SIM115
    except OSError:
        return None
    with pipe:
        try:
            pipe.write(payload)
            return pipe.readline(MAX_LINE)
        except OSError:
            return b""


def send(message: dict[str, Any], timeout: float = CONNECT_TIMEOUT_S) -> Delivery:
    name = server_name()
    payload = encode(message)
    if sys.platform == "win32":
        reply = _exchange_pipe(name, payload)
    else:
        reply = _exchange_unix(name, payload, timeout)
    if reply is None:
        return Delivery.NO_INSTANCE
    try:
        answer = json.loads(reply)
    except ValueError:
        return Delivery.NO_ANSWER
    if isinstance(answer, dict) and answer.get("v") == VERSION:
        return Delivery.DELIVERED
    return Delivery.NO_ANSWER


def send_url(url: str) -> Delivery:
    return send({"cmd": "open-url", "url": url})


def deliver_while_starting(message: dict[str, Any], within_s: float = 8.0) -> Delivery:
    """Another launch holds the lock and is starting up: retry until it listens."""
    deadline = time.monotonic() + within_s
    result = Delivery.NO_INSTANCE
    while time.monotonic() < deadline:
        result = send(message)
        if result is not Delivery.NO_INSTANCE:
            return result
        time.sleep(0.05)
    return result


def remove_stale_socket() -> None:
    """Only the lock holder calls this: a socket file left by a crashed instance."""
    if sys.platform != "win32":
        with contextlib.suppress(FileNotFoundError):
            os.unlink(server_name())
