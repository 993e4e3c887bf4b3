"""A whole working day in one app session: 2,000 calls (links, typed, redials, quick
statuses, tray state changes) against the sandbox PBX, offscreen.

Prints RSS, threads, open descriptors and None's reference count every 250 calls, and
the time per call at the end of the day against its start (the baseline, same run): a
leak shows as growth, a slowdown as a ratio above 1. Run: .venv/bin/python bench/endurance.py
[CALLS]. tests/ui/test_endurance.py runs a short day in CI.
"""

from __future__ import annotations

import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WARM_UP = 100
EVERY = 250


def main() -> int:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    home = tempfile.mkdtemp(prefix="dialdesk-endurance-")
    os.environ["DIALDESK_HOME"] = home
    os.environ["DIALDESK_DEFAULTS"] = str(Path(home) / "no-defaults.toml")

    from dialdesk.sandbox import SandboxServer

    sandbox = SandboxServer().start()
    os.environ["DIALDESK_SANDBOX_URL"] = sandbox.url

    import PySide6

    from dialdesk.ui.app import Application, Controller
    from tests.helpers.workday import Workday

    warnings: list[logging.LogRecord] = []
    catcher = logging.Handler(logging.WARNING)
    catcher.emit = warnings.append  # type: ignore[method-assign]
    logging.getLogger().addHandler(catcher)
    app = Application([])
    controller = Controller(tray=True)
    day = Workday(controller, sandbox)
    print(
        f"dialdesk endurance: {calls} calls in one session, PySide6 {PySide6.__version__}, "
        f"Python {sys.version.split()[0]}"
    )
    day.run(WARM_UP)
    samples = [day.sample()]
    print(samples[0].line(), " (after warm-up)")
    per_call: list[float] = []
    while day.calls < WARM_UP + calls:
        began = time.perf_counter()
        day.one_call()
        per_call.append((time.perf_counter() - began) * 1000)
        if (day.calls - WARM_UP) % EVERY == 0:
            samples.append(day.sample())
            print(samples[-1].line())
    if (day.calls - WARM_UP) % EVERY:
        samples.append(day.sample())
        print(samples[-1].line())
    start, end = samples[0], samples[-1]
    window = min(EVERY, len(per_call) // 2)
    first = statistics.median(per_call[:window])
    last = statistics.median(per_call[-window:])
    print(
        f"\nstart → end: RSS {end.rss_mib - start.rss_mib:+.1f} MiB, threads "
        f"{end.threads - start.threads:+d}, descriptors {end.fds - start.fds:+d}, "
        f"None refs {end.none_refs - start.none_refs:+d}"
    )
    print(
        f"time per call (median): first {window} {first:.1f} ms, last {window} {last:.1f} ms, "
        f"ratio {last / first:.2f}"
    )
    print(f"requests that did not match the action: {len(day.failures)}")
    for failure in day.failures[:5]:
        print(f"  {failure}")
    print(f"warnings logged: {len(warnings)}")
    for record in warnings[:5]:
        print(f"  {record.levelname} {record.name}: {record.getMessage()}")
    # In a long day the first window may still open the pool's second connection or
    # thread; after it, any growth is a leak. A short day is measured from its warm-up.
    settled = samples[:2] if len(samples) > 3 else samples[:1]
    flat = (
        end.rss_mib - max(s.rss_mib for s in settled) <= 5
        and end.fds <= max(s.fds for s in settled)
        and end.threads <= max(s.threads for s in settled)
        and (sys.version_info >= (3, 12) or abs(end.none_refs - start.none_refs) <= 50)
        and not day.failures
        and not warnings
    )
    print("flat" if flat else "NOT FLAT")
    controller.tasks.wait(5000)
    controller.shutdown()
    sandbox.stop()
    del app
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
