"""Hand a link to the running dialdesk, fast: a click on a ``tel:`` link should cost little
more than starting Python. So this module imports only ``os``, ``sys``, ``socket`` and
``time`` on the common path: no Qt, requests or phonenumbers, and not even typing,
pathlib, enum or json, which cost milliseconds each here (tests/test_handoff.py holds it
to that).

Wire format: one JSON object per line, ``{"v":1,"cmd":"open-url","url":…}`` or
``{"v":1,"cmd":"show"}``; the instance answers one line, ``{"v":1,"ok":true}`` when it
took the message. The instance listens on a Unix socket in the user's private (0700)
runtime folder, or a named pipe on Windows, and holds an exclusive lock for its lifetime:
whoever holds the lock is *the* instance, so two launches racing can never both become it.
"""

from __future__ import annotations

import os
import sys
import time

from dialdesk import runtime

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO, Any, Final

VERSION: Final = 1
MAX_LINE: Final = 4096
MAX_URL: Final = 2048
LINK_SCHEMES: Final = ("tel", "callto", "sip", "sips")
CONNECT_TIMEOUT_S: Final = 2.0
# AF_UNIX paths are limited to 104-108 bytes; leave room.
_MAX_SOCKET_PATH: Final = 100
# What the instance answers when it took a message (see encode()).
_OK_REPLY: Final = b'{"v":1,"ok":true}'


class UsageError(Exception):
    pass


class Delivery:
    DELIVERED = "delivered"
    NO_INSTANCE = "no-instance"  # nothing listens: start the app
    NO_ANSWER = "no-answer"  # something took the message and did not answer
    # Windows (platform/winpipe.py): the instance stayed busy with another launch until the
    # deadline; or a process of another user or session answers on our pipe's name.
    BUSY = "busy"
    NOT_OURS = "not-ours"


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


def unusable_link(url: str) -> str | None:
    """Why dialdesk could never dial ``url`` (not a tel:/callto:/sip: link), else None.

    Checked before anything is started: a ``javascript:`` or ``https:`` URL handed over by
    a page must not cost a whole app start only to be dropped.
    """
    if _is_link(url):
        return None
    scheme, colon, _ = url.partition(":")
    what = f"“{scheme}:” links" if colon and scheme else "this"
    return f"{what} cannot be dialed; dialdesk takes tel:, callto: and sip: links."


_SHORT_ESCAPES: Final = {"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _json_string(text: str) -> str:
    """As json.dumps(ensure_ascii=False) writes a string."""
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ord(ch) < 0x20 or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _json_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _json_string(value)
    import json  # anything else is rare: pay for json only then

    return json.dumps(value, separators=(",", ":"))


def encode(message: dict[str, Any]) -> bytes:
    """One line of JSON, compact: ``{"v":1,…}``. Equal to json.dumps with separators."""
    items = [("v", VERSION), *message.items()]
    body = ",".join(f"{_json_string(k)}:{_json_value(v)}" for k, v in items)
    return ("{" + body + "}\n").encode("utf-8", "surrogatepass")


def _is_ok(reply: bytes) -> bool | None:
    """True/False for a version-1 answer, None when it is no answer of ours."""
    line = reply.strip()
    if line == _OK_REPLY:
        return True
    import json

    try:
        answer = json.loads(line)
    except ValueError:
        return None
    if isinstance(answer, dict) and answer.get("v") == VERSION:
        return answer.get("ok") is True
    return None


# --- where ------------------------------------------------------------------------------


def server_name() -> str:
    """Where the instance listens: a socket path on Unix, a named pipe's full path on
    Windows (per session and user: platform/winpipe.py)."""
    folder = runtime.runtime_dir()
    if sys.platform == "win32":
        from dialdesk.platform import winpipe

        return winpipe.pipe_path(winpipe.kernel(), folder)
    candidate = os.path.join(folder, "dialdesk.sock")
    if len(os.fsencode(candidate)) <= _MAX_SOCKET_PATH:
        return candidate
    # A deep DIALDESK_HOME: a short name in a private folder of ours under the temp dir.
    import hashlib
    import tempfile

    digest = hashlib.sha256(folder.encode()).hexdigest()[:16]
    short = os.path.join(tempfile.gettempdir(), f"dialdesk-{os.getuid()}")
    return os.path.join(runtime.private_dir(short), f"{digest}.sock")


def lock_path() -> str:
    if sys.platform == "win32":
        # The runtime folder is per user, not per session: a second session of the same
        # user (a terminal server) runs its own instance, so its own lock.
        from dialdesk.platform import winpipe

        session = winpipe.kernel().session_id()
        return os.path.join(runtime.runtime_dir(), f"instance-{session}.lock")
    return os.path.join(runtime.runtime_dir(), "instance.lock")


# --- the instance lock --------------------------------------------------------------------


class InstanceLock:
    """Held by the running instance for its whole life; released by the OS when it dies."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or lock_path()
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        runtime.private_dir(os.path.dirname(self.path))
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
    # _socket, the C module, not socket: the socket module's IntEnums cost an enum import.
    import _socket

    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
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
    finally:
        sock.close()


def _exchange_pipe(name: str, payload: bytes, timeout: float) -> bytes | str | None:
    """Windows: the reply, None when no instance listens, or a Delivery that ended it."""
    from dialdesk.platform import winpipe

    try:
        outcome, reply, _pid = winpipe.exchange(winpipe.kernel(), name, payload, timeout)
    except OSError:
        return b""  # the pipe broke under us: it may have taken the message
    if outcome == winpipe.Outcome.ABSENT:
        return None
    if outcome == winpipe.Outcome.BUSY:
        return Delivery.BUSY
    if outcome == winpipe.Outcome.NOT_OURS:
        return Delivery.NOT_OURS
    return reply


def send(message: dict[str, Any], timeout: float = CONNECT_TIMEOUT_S) -> str:
    """Send one message; a :class:`Delivery` value says what became of it."""
    name = server_name()
    payload = encode(message)
    if sys.platform == "win32":
        reply = _exchange_pipe(name, payload, timeout)
        if isinstance(reply, str):
            return reply
    else:
        reply = _exchange_unix(name, payload, timeout)
    if reply is None:
        return Delivery.NO_INSTANCE
    return Delivery.NO_ANSWER if _is_ok(reply) is None else Delivery.DELIVERED


def send_url(url: str) -> str:
    return send({"cmd": "open-url", "url": url})


def hand_over(url: str | None) -> int | None:
    """Give a link (None: just show the window) to the running instance.

    Returns the launcher's exit code when that settled it, or None when no instance
    answered and this launch has to start the app.
    """
    result = send({"cmd": "open-url", "url": url} if url is not None else {"cmd": "show"})
    if result == Delivery.DELIVERED:
        return 0
    if result == Delivery.NO_ANSWER:
        # It may have taken the link: starting a second app could dial it twice.
        print(
            "dialdesk: the running dialdesk took the link but did not answer; "
            "check its window before clicking again.",
            file=sys.stderr,
        )
        return 5
    if result == Delivery.BUSY:
        print(
            "dialdesk: the running dialdesk is busy or unreachable and did not take the link; "
            "click it again.",
            file=sys.stderr,
        )
        return 5
    if result == Delivery.NOT_OURS:
        # Someone else holds our pipe's name: never hand them a number, never start a
        # second app that could not listen either.
        print(
            "dialdesk: a program of another user or session answers on dialdesk's pipe; "
            "the link was not sent. Tell your administrator.",
            file=sys.stderr,
        )
        return 6
    reason = unusable_link(url) if url is not None else None
    if reason is not None:
        print(f"dialdesk: {reason}", file=sys.stderr)
        return 2
    return None


# --- ``dialdesk --show`` / ``--dial-selection``: for a desktop's own keyboard shortcut ------

COMMAND_FLAGS: Final = {"--show": "show", "--dial-selection": "dial-selection"}


def command_argument(args: list[str]) -> str | None:
    """The instance command a launch asks for (``--show``, ``--dial-selection``), or None."""
    return COMMAND_FLAGS.get(args[0]) if len(args) == 1 else None


def hand_over_command(command: str) -> int | None:
    """Ask the running instance to do ``command``: the exit code, or None when none runs."""
    result = send({"cmd": command})
    if result == Delivery.DELIVERED:
        return 0
    if result == Delivery.NO_ANSWER:
        print("dialdesk: the running dialdesk does not answer.", file=sys.stderr)
        return 5
    return None


# --- the bundle's link executable ---------------------------------------------------------

LINK_EXECUTABLE: Final = "dialdesk-link"


def app_command() -> list[str]:
    """The command that starts the app itself: the bundle's GUI executable beside this
    one, or (from source) this Python with ``-m dialdesk``."""
    if getattr(sys, "frozen", False):
        name = "dialdesk.exe" if sys.platform == "win32" else "dialdesk"
        return [os.path.join(os.path.dirname(sys.executable), name)]
    return [sys.executable, "-m", "dialdesk"]


def link_main(args: list[str]) -> int:
    """``dialdesk-link``: what the OS runs for a click in the bundle (and the menu entry).

    A separate small executable because PyInstaller's PySide6 runtime hook imports QtCore
    (and its 30 MB ICU) at every start of the GUI executable; this one is built without
    Qt, speaks only the hand-off, and starts the app only when no instance answers.
    """
    if args == ["--untrusted-url"]:
        args = []  # the menu entry: no URL, show the running app or start it
    try:
        url = link_argument(args)
    except UsageError as exc:
        print(f"dialdesk: {exc}", file=sys.stderr)
        return 2
    if url is None and args:
        print(
            f"dialdesk: {LINK_EXECUTABLE} only hands over links "
            "(--untrusted-url URL); run dialdesk for anything else.",
            file=sys.stderr,
        )
        return 2
    settled = hand_over(url)
    if settled is not None:
        return settled
    command = [*app_command(), *(["--untrusted-url", url] if url is not None else [])]
    if sys.platform == "win32":
        import subprocess

        subprocess.Popen(command, close_fds=True)  # the app detaches; this launcher is done
        return 0
    os.execv(command[0], command)  # noqa: S606 - the same process becomes the app
    return 1  # pragma: no cover - execv does not return


def deliver_while_starting(message: dict[str, Any], within_s: float = 8.0) -> str:
    """Another launch holds the lock and is starting up: retry until it listens."""
    deadline = time.monotonic() + within_s
    result = Delivery.NO_INSTANCE
    while time.monotonic() < deadline:
        result = send(message)
        if result != Delivery.NO_INSTANCE:
            return result
        time.sleep(0.05)
    return result


def remove_stale_socket() -> None:
    """Only the lock holder calls this: a socket file left by a crashed instance."""
    if sys.platform != "win32":
        try:  # noqa: SIM105 - contextlib would cost each link click
            os.unlink(server_name())
        except FileNotFoundError:
            pass
