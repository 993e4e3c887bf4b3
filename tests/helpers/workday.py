"""An agent's working day in one app session: calls typed, redialled and from links, quick
statuses after calls, the dial box shown and hidden, the tray icon changing state — all
against the sandbox PBX, through the real Controller, worker threads and history.

Used by tests/ui/test_endurance.py (a short day, in CI) and bench/endurance.py (a long one,
with figures). The process's resources are sampled as it goes: a leak shows as growth.
"""

from __future__ import annotations

import gc
import os
import resource
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent

from dialdesk import dialer as dialer_module
from dialdesk.dialer import Source
from dialdesk.sandbox import SandboxServer
from dialdesk.ui.app import Controller
from dialdesk.ui.icons import State


@dataclass(frozen=True)
class Sample:
    calls: int
    rss_mib: float
    threads: int
    fds: int
    none_refs: int
    seconds: float

    def line(self) -> str:
        return (
            f"{self.calls:6d} calls  RSS {self.rss_mib:7.1f} MiB  threads {self.threads:3d}  "
            f"fds {self.fds:4d}  None refs {self.none_refs:7d}  {self.seconds:7.1f} s"
        )


def _rss_mib() -> float:
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1048576
    except OSError:  # not Linux: the peak is the best we have
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _threads() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _fds() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return -1


class Workday:
    """Drive ``controller`` (its settings already pointing at ``sandbox``)."""

    def __init__(self, controller: Controller, sandbox: SandboxServer) -> None:
        self.ctl = controller
        self.sandbox = sandbox
        self.calls = 0
        self.failures: list[str] = []
        self._started = time.perf_counter()
        ctl = controller
        ctl.settings.set("dialing.confirm_links", False)
        ctl.settings.set("dialing.link_calls_per_minute", 60)
        # A day's links are spread over hours; compressed into minutes they would trip the
        # link rate limit, which is not what is measured here: its window becomes 1 s.
        dialer_module.LINK_RATE_WINDOW_S = 1
        ctl.settings.set("thulium.quick_statuses", ["3"])
        ctl.on_settings_saved()

    def sample(self) -> Sample:
        gc.collect()
        return Sample(
            self.calls,
            _rss_mib(),
            _threads(),
            _fds(),
            sys.getrefcount(None),
            time.perf_counter() - self._started,
        )

    @staticmethod
    def process_events(ms: int) -> None:
        """What the app's event loop does, deferred deletions included, for ``ms``.

        Not pytest-qt's ``wait``: its own timers and loops would be measured too."""
        until = time.monotonic() + ms / 1000
        while True:
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            if time.monotonic() >= until:
                return
            time.sleep(0.0005)

    def _settle(self) -> None:
        """Until the call (and whatever it started) is answered, at most 10 s."""
        deadline = time.monotonic() + 10
        while self.ctl.busy or self.ctl.tasks.in_flight:
            if time.monotonic() > deadline:
                raise TimeoutError(f"call {self.calls} did not finish within 10 s")
            self.process_events(5)
        self.process_events(0)

    def _number(self) -> str:
        # A new Polish mobile number per call: the duplicate guard must not refuse it.
        return f"60{self.calls % 10_000_000:07d}"

    def one_call(self) -> None:
        ctl, number, kind = self.ctl, self._number(), self.calls % 4
        self.sandbox.state.clear_requests()  # the simulator's own log is not measured
        if kind == 0:
            ctl.on_link(f"tel:+48{number}")
        elif kind == 1:
            ctl.show_dialbox()
            ctl.dialbox.number_edit.setText(number)
            ctl.place_call(number, Source.TYPED)
        elif kind == 2:
            ctl.on_dial_text(number)  # the tray's Recent and clipboard path
        else:
            ctl.place_call(number, Source.TYPED)
            self._settle()
            ctl.on_quick_status("3", number)
        self._settle()
        if kind % 2:
            ctl.dialbox.hide()
        ctl.set_state(State.ERROR, "a state change")  # the icon changes at every call
        ctl.set_state(None)
        self.calls += 1
        sent = len(self.sandbox.calls())
        expected = 2 if kind == 3 else 1
        if sent != expected:
            self.failures.append(f"call {self.calls} ({kind=}): {sent} request(s) sent")

    def run(
        self, calls: int, every: int = 0, report: Callable[[Sample], None] | None = None
    ) -> None:
        for _ in range(calls):
            self.one_call()
            if report is not None and every and self.calls % every == 0:
                report(self.sample())
