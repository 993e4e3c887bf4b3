"""A short working day in one app session (bench/endurance.py runs the long one): every
call sends exactly one request, and memory, threads, descriptors and None's reference
count stay flat. It caught PySide6 6.12.0's lost None references, which aborted the app
after ~130 calls, and would catch a leaked thread, socket or widget per call."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from dialdesk.sandbox import SandboxServer
from dialdesk.ui.app import Controller
from tests.helpers.workday import Workday

WARM_UP = 60
CALLS = 300


@pytest.fixture
def with_tray(qtbot: QtBot, sandbox: SandboxServer) -> Iterator[Controller]:
    ctl = Controller(tray=True)  # a tray object even offscreen: its icon changes state
    yield ctl
    ctl.tasks.wait(5000)
    ctl.shutdown()
    ctl.deleteLater()
    qtbot.wait(10)


@pytest.mark.timeout(300)
@pytest.mark.no_qt_log  # pytest-qt would keep each Qt message ("… does not support raise()")
def test_a_short_day_in_one_session_stays_flat(
    qtbot: QtBot, with_tray: Controller, sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    # pytest keeps every captured log record (each holds references to None); the app's
    # file log keeps none. Only warnings are captured here, and there should be none.
    caplog.set_level(logging.WARNING)
    day = Workday(with_tray, sandbox)
    day.run(WARM_UP)
    start = day.sample()
    day.run(CALLS)
    end = day.sample()
    print(f"\n{start.line()}\n{end.line()}")

    assert day.failures == []
    assert [r.getMessage() for r in caplog.records] == []
    calls = with_tray.history.recent(10 * CALLS, action="call")
    assert len(calls) == WARM_UP + CALLS
    assert {entry.outcome for entry in calls} == {"placed"}
    assert (
        len(with_tray.history.recent(10 * CALLS, action="campaign-status"))
        == (WARM_UP + CALLS) // 4
    )
    assert end.rss_mib - start.rss_mib <= 5
    # Worker threads come and go (QThreadPool, up to 4; the sandbox's request threads).
    assert end.threads <= start.threads + with_tray.tasks.pool.maxThreadCount()
    assert end.fds <= start.fds
    if sys.version_info < (3, 12):  # immortal (and fixed) from 3.12 on
        assert abs(end.none_refs - start.none_refs) <= 50
