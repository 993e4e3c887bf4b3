"""The Windows instance pipe (platform/winpipe.py) with the Win32 calls faked at the
boundary (tests/helpers/fakepipes.py): naming, the owner-only DACL, first instance only,
the client's check of who answers, bounded waits (busy is not absent), and the launcher's
foreground hand-off before it sends. The real calls run in the Windows workflow."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from dialdesk import handoff
from dialdesk.platform import winpipe
from tests.helpers.fakepipes import FakeKernel, Machine

ALICE = "S-1-5-21-1-2-3-1001"
BOB = "S-1-5-21-1-2-3-1002"
FOLDER = r"C:\Users\alice\AppData\Local\Temp\dialdesk"


@pytest.fixture
def machine() -> Machine:
    return Machine()


@contextmanager
def serve(
    kernel: FakeKernel, path: str, reply: bytes = b'{"v":1,"ok":true}\n'
) -> Iterator[tuple[winpipe.PipeServer, list[bytes]]]:
    lines: list[bytes] = []

    def answer(line: bytes) -> bytes:
        lines.append(line)
        return reply

    server = winpipe.PipeServer(kernel, path, answer, idle_s=0.5)
    server.start()
    try:
        yield server, lines
    finally:
        server.stop()


def test_the_name_is_per_session_and_per_user(machine: Machine) -> None:
    alice_1 = winpipe.pipe_path(machine.process(ALICE, 1), FOLDER)
    assert alice_1.startswith(r"\\.\pipe\dialdesk-1-")
    assert winpipe.pipe_path(machine.process(ALICE, 1), FOLDER) == alice_1
    assert winpipe.pipe_path(machine.process(ALICE, 2), FOLDER) != alice_1
    assert winpipe.pipe_path(machine.process(BOB, 1), FOLDER) != alice_1


@pytest.mark.parametrize("bad", ["Everyone", "S-1-5-21-1)(A;;GA;;;WD", ""])
def test_the_dacl_names_one_sid_and_nothing_else(bad: str) -> None:
    assert winpipe.owner_only_sddl(ALICE) == f"D:P(A;;GA;;;{ALICE})"
    with pytest.raises(ValueError, match="not a SID"):
        winpipe.owner_only_sddl(bad)


def test_a_message_goes_to_our_instance_and_its_answer_comes_back(machine: Machine) -> None:
    app, launcher = machine.process(ALICE), machine.process(ALICE)
    path = winpipe.pipe_path(app, FOLDER)
    with serve(app, path) as (_server, lines):
        outcome, reply, pid = winpipe.exchange(launcher, path, b'{"v":1,"cmd":"show"}\n', 2)
        assert (outcome, reply, pid) == ("answered", b'{"v":1,"ok":true}\n', app.pid)
        assert lines == [b'{"v":1,"cmd":"show"}']
        # the pipe carries on: a second launch is served too
        assert winpipe.exchange(launcher, path, b"x\n", 2)[0] == "answered"
    assert "create" in [c for _, c, _ in machine.calls]
    (sddl,) = [arg for pid, call, arg in machine.calls if call == "create"]
    assert sddl == f"D:P(A;;GA;;;{ALICE})"


def test_the_launcher_lets_the_instance_take_the_foreground_before_it_sends(
    machine: Machine,
) -> None:
    app, launcher = machine.process(ALICE), machine.process(ALICE)
    path = winpipe.pipe_path(app, FOLDER)
    with serve(app, path):
        winpipe.exchange(launcher, path, b"tel\n", 2)
    mine = [(call, arg) for pid, call, arg in machine.calls if pid == launcher.pid]
    calls = [call for call, _ in mine]
    assert calls.index("allow-foreground") < calls.index("write")
    assert ("allow-foreground", app.pid) in mine


def test_no_foreground_right_to_give_still_delivers(machine: Machine) -> None:
    app, launcher = machine.process(ALICE), machine.process(ALICE)
    launcher.refuse_foreground = True  # started from a console or a script
    path = winpipe.pipe_path(app, FOLDER)
    with serve(app, path) as (_, lines):
        assert winpipe.exchange(launcher, path, b"tel\n", 2)[0] == "answered"
        assert lines == [b"tel"]


def test_the_first_instance_only(machine: Machine) -> None:
    first, second = machine.process(ALICE), machine.process(ALICE)
    path = winpipe.pipe_path(first, FOLDER)
    with serve(first, path), pytest.raises(winpipe.PipeError):
        winpipe.PipeServer(second, path, lambda line: b"").start()


def test_another_users_squatter_gets_nothing(machine: Machine) -> None:
    alice = machine.process(ALICE)
    path = winpipe.pipe_path(alice, FOLDER)
    bob = machine.process(BOB)
    bob.squat(path)  # Bob created Alice's predictable name first, open to all
    outcome, reply, pid = winpipe.exchange(alice, path, b'{"v":1,"cmd":"open-url"}\n', 1)
    assert (outcome, reply, pid) == ("not-ours", b"", bob.pid)
    written = [call for p, call, _ in machine.calls if p == alice.pid]
    assert "write" not in written and "allow-foreground" not in written


def test_the_same_user_in_another_session_is_not_our_instance(machine: Machine) -> None:
    other_session = machine.process(ALICE, session=2)
    launcher = machine.process(ALICE, session=1)
    path = winpipe.pipe_path(launcher, FOLDER)
    other_session.squat(path)
    assert winpipe.exchange(launcher, path, b"tel\n", 1)[0] == "not-ours"


def test_a_pipe_shut_to_us_is_not_ours(machine: Machine) -> None:
    bob, alice = machine.process(BOB), machine.process(ALICE)
    path = winpipe.pipe_path(alice, FOLDER)
    with serve(bob, path):  # Bob's real instance would have Bob's DACL
        assert winpipe.exchange(alice, path, b"tel\n", 1)[0] == "not-ours"


def test_another_failure_to_connect_sends_nothing_and_starts_nothing(
    machine: Machine, monkeypatch: pytest.MonkeyPatch
) -> None:
    launcher = machine.process(ALICE)

    def refused(path: str) -> int:
        raise winpipe.PipeError(1450)  # ERROR_NO_SYSTEM_RESOURCES, say

    monkeypatch.setattr(launcher, "open_pipe", refused)
    path = winpipe.pipe_path(launcher, FOLDER)
    assert winpipe.exchange(launcher, path, b"tel\n", 1) == ("busy", b"", 0)


def test_no_pipe_is_absent(machine: Machine) -> None:
    launcher = machine.process(ALICE)
    started = time.monotonic()
    assert winpipe.exchange(launcher, winpipe.pipe_path(launcher, FOLDER), b"x\n", 2)[0] == (
        "absent"
    )
    assert time.monotonic() - started < 0.5


def test_busy_is_waited_out_and_then_reported_as_busy_not_absent(machine: Machine) -> None:
    app, slow, launcher = machine.process(ALICE), machine.process(ALICE), machine.process(ALICE)
    path = winpipe.pipe_path(app, FOLDER)
    with serve(app, path):
        handle = slow.open_pipe(path)  # connected, says nothing: the one instance is taken
        started = time.monotonic()
        outcome, _, _ = winpipe.exchange(launcher, path, b"tel\n", 0.3)
        took = time.monotonic() - started
        slow.close(handle)
        assert outcome == "busy"
        assert 0.25 < took < 1.0  # bounded by the deadline
        assert any(c == "wait" for p, c, _ in machine.calls if p == launcher.pid)


def test_a_busy_instance_that_frees_up_in_time_takes_the_message(machine: Machine) -> None:
    app, slow, launcher = machine.process(ALICE), machine.process(ALICE), machine.process(ALICE)
    path = winpipe.pipe_path(app, FOLDER)
    with serve(app, path) as (_, lines):
        slow.write(handle := slow.open_pipe(path), b"first\n")
        threading.Timer(0.2, slow.close, (handle,)).start()
        assert winpipe.exchange(launcher, path, b"second\n", 2)[0] == "answered"
        assert lines == [b"first", b"second"]


def test_a_silent_client_is_dropped_and_the_server_carries_on(machine: Machine) -> None:
    app, silent, launcher = machine.process(ALICE), machine.process(ALICE), machine.process(ALICE)
    path = winpipe.pipe_path(app, FOLDER)
    with serve(app, path) as (_, lines):
        silent.open_pipe(path)  # never writes, never closes
        assert winpipe.exchange(launcher, path, b"tel\n", 3)[0] == "answered"  # after idle_s
        assert lines == [b"tel"]


def test_a_hung_instance_costs_the_launcher_its_deadline_only(machine: Machine) -> None:
    app, launcher = machine.process(ALICE), machine.process(ALICE)
    path = winpipe.pipe_path(app, FOLDER)
    hang = threading.Event()

    def never(line: bytes) -> bytes:
        hang.wait(5)
        return b""

    server = winpipe.PipeServer(app, path, never, idle_s=0.5)
    server.start()
    try:
        started = time.monotonic()
        outcome, reply, _ = winpipe.exchange(launcher, path, b"tel\n", 0.4)
        assert (outcome, reply) == ("answered", b"")  # it may have taken it: NO_ANSWER
        assert time.monotonic() - started < 1.0
    finally:
        hang.set()
        server.stop()


def test_stop_ends_the_server_thread_and_frees_the_name(machine: Machine) -> None:
    app = machine.process(ALICE)
    path = winpipe.pipe_path(app, FOLDER)
    with serve(app, path) as (server, _):
        thread = server._thread
    assert thread is not None and not thread.is_alive()
    assert path not in machine.pipes


@pytest.mark.parametrize(
    ("delivery", "code", "says"),
    [
        (handoff.Delivery.BUSY, 5, "busy"),
        (handoff.Delivery.NOT_OURS, 6, "another user"),
    ],
)
def test_the_launcher_neither_starts_a_second_app_nor_hides_why(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    delivery: str,
    code: int,
    says: str,
) -> None:
    monkeypatch.setattr(handoff, "send", lambda message, timeout=2.0: delivery)
    assert handoff.hand_over("tel:+48221234567") == code
    assert says in capsys.readouterr().err


@pytest.mark.skipif(sys.platform != "win32", reason="the real Win32 calls: Windows only")
def test_the_real_pipe_on_windows(tmp_path: object) -> None:
    """On the Windows runner: the same exchange through the real kernel32/advapi32 calls."""
    real = winpipe.kernel()
    path = winpipe.pipe_path(real, str(tmp_path))
    assert real.current_sid().startswith("S-1-5-")
    with serve(real, path) as (_, lines):
        outcome, reply, pid = winpipe.exchange(winpipe.kernel(), path, b"tel\n", 3)
        assert (outcome, reply, pid) == ("answered", b'{"v":1,"ok":true}\n', os.getpid())
        assert lines == [b"tel"]
        with pytest.raises(winpipe.PipeError):  # FILE_FLAG_FIRST_PIPE_INSTANCE
            winpipe.PipeServer(real, path, lambda line: b"").start()
    assert winpipe.exchange(real, path, b"tel\n", 1)[0] == "absent"


def test_a_client_that_came_and_went_does_not_wedge_the_server(machine: Machine) -> None:
    """ConnectNamedPipe says ERROR_NO_DATA when a client connected and left before it was
    called: the instance must be disconnected before it can be connected again."""
    app, launcher = machine.process(ALICE), machine.process(ALICE)
    path = winpipe.pipe_path(app, FOLDER)
    seen: list[str] = []
    real_connect, real_disconnect = app.connect, app.disconnect

    stale = [False]  # as Windows: until DisconnectNamedPipe, ConnectNamedPipe keeps failing

    def connect(handle: int) -> None:
        if "no-data" not in seen or stale[0]:
            seen.append("no-data")
            stale[0] = True
            raise winpipe.PipeError(winpipe.ERROR_NO_DATA)
        real_connect(handle)

    def disconnect(handle: int) -> None:
        seen.append("disconnect")
        stale[0] = False
        real_disconnect(handle)

    app.connect, app.disconnect = connect, disconnect  # type: ignore[method-assign]
    with serve(app, path) as (_, lines):
        assert winpipe.exchange(launcher, path, b"tel\n", 2)[0] == "answered"
        assert lines == [b"tel"]
    assert seen[:2] == ["no-data", "disconnect"]
