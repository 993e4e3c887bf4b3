"""The duplicate guard across processes: ten ``dialdesk call`` processes for one number,
released at the same instant, place exactly one call. Real processes, the real CLI entry,
the real sandbox over loopback, one shared SQLite history."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialdesk.sandbox import Fault, SandboxServer

PROCESSES = 10

# Each process pays its imports first, then waits for the common start instant, so that
# all ten reach the guard within a millisecond or two of each other.
RACER = """
import sys, time
from dialdesk import cli, dialer, history, pbx, numbers  # noqa: F401 - warm up
from dialdesk.pbx import http, thulium  # noqa: F401
start = float(sys.argv[1])
time.sleep(max(0.0, start - time.time()))
sys.exit(cli.run(sys.argv[2:]))
"""


def _race(number: str) -> list[tuple[int, dict[str, object]]]:
    start = time.time() + 3.0  # time for ten interpreters to start on a busy machine
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(start), "call", "--json", number],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert "Traceback" not in err, err
        results.append((proc.returncode, json.loads(out)))
    return results


@pytest.mark.parametrize("fresh_history", [True, False])
def test_ten_processes_one_number_one_call(
    sandbox: SandboxServer, dialdesk_home: Path, fresh_history: bool
) -> None:
    if not fresh_history:
        assert (
            subprocess.run(
                [sys.executable, "-m", "dialdesk", "call", "601000000"], capture_output=True
            ).returncode
            == 0
        )
    sandbox.add_fault(Fault(endpoint="connections/call", delay=0.3, status=200, times=PROCESSES))
    results = _race("+48 601 234 567")
    placed = [data for code, data in results if code == 0]
    refused = [data for code, data in results if code == 7]
    assert len(placed) == 1, results
    assert len(refused) == PROCESSES - 1, results
    assert all("moments ago" in str(r["error"]) for r in refused)
    calls = [c for c in sandbox.calls() if c["body"].get("phone_number") == "601234567"]
    assert len(calls) == 1


def test_a_slow_guard_in_one_connection_makes_the_other_wait(
    sandbox: SandboxServer, dialdesk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic: two dialers with their own SQLite connections (as two processes
    have), the first held for 0.5 s between its check and its insert. The second must not
    decide before the first's row is there."""
    import threading

    from dialdesk import config, paths
    from dialdesk.dialer import Dialer, GuardStopped, Source
    from dialdesk.history import History
    from dialdesk.pbx.http import HttpClient
    from dialdesk.pbx.thulium import ThuliumBackend

    original = Dialer.decide
    first = threading.Event()

    def slow_decide(self: Dialer, *args: object, **kw: object) -> object:
        decision = original(self, *args, **kw)  # type: ignore[arg-type]
        if not first.is_set():
            first.set()
            time.sleep(0.5)
        return decision

    monkeypatch.setattr(Dialer, "decide", slow_decide)
    settings = config.load(paths.current())
    outcomes: list[str] = []

    def dial() -> None:
        http = HttpClient(sandbox.thulium_url, auth=("sandbox", "sandbox"))
        dialer = Dialer(
            settings, lambda: ThuliumBackend(http, "391"), History(paths.current().history_file)
        )
        try:
            dialer.call("601 234 567", Source.TYPED)
            outcomes.append("placed")
        except GuardStopped:
            outcomes.append("refused")
        finally:
            dialer.close()

    threads = [threading.Thread(target=dial) for _ in range(2)]
    threads[0].start()
    assert first.wait(5)
    threads[1].start()
    for thread in threads:
        thread.join(10)
    assert sorted(outcomes) == ["placed", "refused"]
    assert len(sandbox.calls()) == 1
