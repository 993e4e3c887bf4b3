"""The instance's Windows pipe glue (ipc.WindowsPipe): lines read on the pipe's thread are
answered by IpcServer.handle on the GUI thread, with the Win32 calls faked at the boundary
(tests/helpers/fakepipes.py). The real pipe runs in the Windows workflow."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from dialdesk.ipc import IpcError, IpcServer, WindowsPipe
from dialdesk.platform import winpipe
from tests.helpers.fakepipes import Machine

ALICE = "S-1-5-21-1-2-3-1001"
PATH = r"\\.\pipe\dialdesk-1-test"


def exchange_in_thread(kernel: object, payload: bytes) -> dict[str, object]:
    box: dict[str, object] = {}

    def run() -> None:
        box["result"] = winpipe.exchange(kernel, PATH, payload, 3)  # type: ignore[arg-type]

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    box["thread"] = thread
    return box


def test_a_link_over_the_pipe_reaches_the_app_on_the_gui_thread(qtbot: QtBot) -> None:
    machine = Machine()
    app, launcher = machine.process(ALICE), machine.process(ALICE)
    server = IpcServer()
    pipe = WindowsPipe(server, app, PATH)
    pipe.listen()
    got: list[tuple[str, bool]] = []
    server.url_received.connect(
        lambda url: got.append((url, threading.current_thread() is threading.main_thread()))
    )
    try:
        box = exchange_in_thread(launcher, b'{"v":1,"cmd":"open-url","url":"tel:+48221234567"}\n')
        qtbot.waitUntil(lambda: got != [], timeout=3000)
        box["thread"].join(3)  # type: ignore[attr-defined]
        assert box["result"] == ("answered", b'{"v":1,"ok":true}\n', app.pid)
        assert got == [("tel:+48221234567", True)]
        bad = exchange_in_thread(launcher, b'{"v":9}\n')
        qtbot.waitUntil(lambda: "result" in bad, timeout=3000)
        assert bad["result"][1] == b'{"v":1,"ok":false,"error":"unsupported version"}\n'  # type: ignore[index]
    finally:
        pipe.close()
        server.close()


def test_a_taken_name_is_an_ipc_error(qtbot: QtBot) -> None:
    machine = Machine()
    machine.process("S-1-5-21-1-2-3-1002").squat(PATH)
    server = IpcServer()
    with pytest.raises(IpcError, match="cannot create"):
        WindowsPipe(server, machine.process(ALICE), PATH).listen()
    server.close()


def test_an_over_long_message_is_refused_saying_so(qtbot: QtBot) -> None:
    machine = Machine()
    app, launcher = machine.process(ALICE), machine.process(ALICE)
    server = IpcServer()
    pipe = WindowsPipe(server, app, PATH)
    pipe.listen()
    try:
        box = exchange_in_thread(launcher, b"x" * 5000)
        qtbot.waitUntil(lambda: "result" in box, timeout=5000)
        assert box["result"][1] == b'{"v":1,"ok":false,"error":"too long"}\n'  # type: ignore[index]
    finally:
        pipe.close()
        server.close()
