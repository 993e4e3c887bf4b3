"""Single instance over a real QLocalServer: forwarding, bad messages, permissions, and
real launches of the real program racing each other."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from dialdesk import handoff, paths
from dialdesk.ipc import IpcServer
from dialdesk.sandbox import SandboxServer


@pytest.fixture
def server(qtbot: QtBot) -> Iterator[IpcServer]:
    ipc = IpcServer()
    ipc.listen()
    yield ipc
    ipc.close()


def in_thread(func: object) -> dict[str, object]:
    box: dict[str, object] = {}

    def run() -> None:
        box["result"] = func()  # type: ignore[operator]

    threading.Thread(target=run, daemon=True).start()
    return box


UNIX_SOCKET = pytest.mark.skipif(
    sys.platform == "win32", reason="a Unix socket (the pipe's own: tests/test_winpipe.py)"
)


def raw_exchange(payload: bytes) -> bytes:
    if sys.platform == "win32":  # the instance's named pipe (platform/winpipe.py)
        from dialdesk.platform import winpipe

        return winpipe.exchange(winpipe.kernel(), handoff.server_name(), payload, 5)[1]
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(3)
        sock.connect(handoff.server_name())
        sock.sendall(payload)
        data = b""
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                return data
            data += chunk


def test_a_link_is_forwarded(qtbot: QtBot, server: IpcServer) -> None:
    with qtbot.waitSignal(server.url_received, timeout=5000) as got:
        box = in_thread(lambda: handoff.send_url("tel:+48221234567"))
    assert got.args == ["tel:+48221234567"]
    qtbot.waitUntil(lambda: "result" in box, timeout=5000)
    assert box["result"] == handoff.Delivery.DELIVERED


def test_show_command(qtbot: QtBot, server: IpcServer) -> None:
    with qtbot.waitSignal(server.show_requested, timeout=5000):
        in_thread(lambda: handoff.send({"cmd": "show"}))


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        (b"this is not json\n", "malformed"),
        (b'{"v": 2, "cmd": "open-url", "url": "tel:1"}\n', "unsupported version"),
        (b'["v", 1]\n', "unsupported version"),
        (b'{"v": 1, "cmd": "open-url", "url": 5}\n', "bad url"),
        (b'{"v": 1, "cmd": "format-disk"}\n', "unknown command"),
        (b"x" * 5000, "too long"),
        (b"[" * 1500 + b"\n", "too deeply nested"),  # RecursionError in json.loads
        (b'{"v": 1, "cmd": "open-url", "url": "tel:1", "x": ' + b"{" * 900 + b"\n", "nested"),
    ],
)
def test_bad_messages_are_dropped_and_the_server_keeps_working(
    qtbot: QtBot,
    server: IpcServer,
    payload: bytes,
    error: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    received: list[str] = []
    server.url_received.connect(received.append)
    box = in_thread(lambda: raw_exchange(payload))
    qtbot.waitUntil(lambda: "result" in box, timeout=5000)
    assert error.encode() in box["result"]  # type: ignore[operator]
    assert received == []
    assert "ipc: dropped" in caplog.text
    assert "unexpected error" not in caplog.text  # nothing reached the crash hook
    with qtbot.waitSignal(server.url_received, timeout=5000):
        in_thread(lambda: handoff.send_url("tel:1"))


@pytest.mark.skipif(
    sys.platform == "win32", reason="a Unix socket; the pipe's own: tests/test_winpipe.py"
)
def test_a_silent_client_is_closed(qtbot: QtBot, server: IpcServer) -> None:
    def silent() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(6)
            sock.connect(handoff.server_name())
            return sock.recv(10)  # b"" when the server hangs up

    box = in_thread(silent)
    qtbot.waitUntil(lambda: "result" in box, timeout=6000)
    assert box["result"] == b""


@pytest.mark.skipif(
    sys.platform == "win32", reason="a Unix socket; the pipe's own: tests/test_winpipe.py"
)
def test_socket_and_folder_are_private(server: IpcServer) -> None:
    runtime = paths.current().runtime_dir
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700
    assert stat.S_IMODE(os.stat(handoff.server_name()).st_mode) == 0o700


@pytest.mark.skipif(
    sys.platform == "win32", reason="a Unix socket; the pipe's own: tests/test_winpipe.py"
)
def test_a_stale_socket_from_a_crash_is_replaced(qtbot: QtBot) -> None:
    name = handoff.server_name()
    paths.ensure_private_dir(paths.current().runtime_dir)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(name)  # a socket file nobody listens on, as a crash leaves it
    stale.close()
    ipc = IpcServer()
    ipc.listen()
    try:
        with qtbot.waitSignal(ipc.url_received, timeout=5000):
            in_thread(lambda: handoff.send_url("tel:1"))
    finally:
        ipc.close()


# --- real launches ------------------------------------------------------------------------


_launches = 0


def launch(sandbox: SandboxServer, *args: str) -> subprocess.Popen[bytes]:
    """The real program, as a link click would start it; its output goes to a file."""
    global _launches
    _launches += 1
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIALDESK_SANDBOX_URL": sandbox.url}
    out = paths.current().log_dir / f"launch-{_launches}.out"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "dialdesk", *args],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )


def output_of_launches() -> str:
    logs = sorted(paths.current().log_dir.glob("launch-*.out"))
    return "\n".join(p.read_text(errors="replace") for p in logs)


def quiet_settings() -> None:
    from dialdesk import config

    settings = config.load()
    settings.set("dialing.confirm_links", False)
    settings.save()


def wait_for(predicate: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def stop(*procs: subprocess.Popen[bytes]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_no_instance_starts_one_which_handles_the_link(sandbox: SandboxServer) -> None:
    quiet_settings()
    app = launch(sandbox, "tel:+48221234567")
    try:
        assert wait_for(lambda: len(sandbox.calls()) == 1, 30), output_of_launches()
        assert sandbox.calls()[0]["body"]["phone_number"] == "221234567"
        assert app.poll() is None  # it stays, as the running instance
        second = launch(sandbox, "tel:+48601234567")
        assert second.wait(20) == 0  # handed over and gone
        assert wait_for(lambda: len(sandbox.calls()) == 2, 10)
    finally:
        stop(app)


def test_two_launches_racing_leave_exactly_one_instance(sandbox: SandboxServer) -> None:
    quiet_settings()
    first = launch(sandbox, "tel:+48601234567")
    second = launch(sandbox, "tel:+48601234568")
    try:
        assert wait_for(lambda: (first.poll() is None) != (second.poll() is None), 30), (
            output_of_launches()
        )
        survivor, gone = (first, second) if first.poll() is None else (second, first)
        assert gone.returncode == 0
        log_file = paths.current().log_file
        assert wait_for(lambda: log_file.read_text().count("link received") == 2, 10)
        assert wait_for(lambda: len(sandbox.calls()) >= 1, 10)
        # One call at a time: the other link waits in the dial box, or was dialed after.
        assert len(sandbox.calls()) in (1, 2)
        assert handoff.send({"cmd": "ping"}) == handoff.Delivery.DELIVERED
        assert survivor.poll() is None
    finally:
        stop(first, second)


def test_brackets_inside_strings_are_not_nesting() -> None:
    from dialdesk.ipc import nesting_depth

    assert nesting_depth(b'{"v":1,"cmd":"open-url","url":"sip:[::1]' + b"[" * 50 + b'"}') == 1
    assert nesting_depth(b'{"a":"\\"}') == 1
    assert nesting_depth(b'{"a":"\\"[[["}') == 1
    assert nesting_depth(b"[[[]]]") == 3
