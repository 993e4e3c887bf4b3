"""Link click → request at the PBX, with a dialdesk already running; next to a bare
``python -c pass`` launch measured in the same run. Goal: ≤ 2× the bare launch.

Each sample launches the real ``dialdesk tel:…`` (what a browser runs) and stops the clock
when the sandbox PBX has received the call. Medians of RUNS samples.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from display import desktop, with_bytecode_cache

RUNS = 20


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def launcher() -> list[str]:
    script = Path(sys.executable).with_name("dialdesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "dialdesk"]


def main() -> None:
    with desktop() as where:
        print(f"display: {where}")
        run()


def run() -> None:
    home = Path(tempfile.mkdtemp(prefix="dialdesk-bench-"))
    os.environ.update({"DIALDESK_HOME": str(home), "DIALDESK_DEFAULTS": str(home / "none")})
    with_bytecode_cache(home / "pycache")
    from dialdesk import config, handoff
    from dialdesk.sandbox import SandboxServer

    settings = config.load()
    settings.set("dialing.confirm_links", False)
    settings.set("dialing.duplicate_window_s", 0)
    settings.set("dialing.link_calls_per_minute", 60)
    settings.save()
    sandbox = SandboxServer().start()
    os.environ["DIALDESK_SANDBOX_URL"] = sandbox.url
    app = subprocess.Popen([*launcher()], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while handoff.send({"cmd": "ping"}) != handoff.Delivery.DELIVERED:
            if time.monotonic() > deadline:
                raise SystemExit("dialdesk did not start")
            time.sleep(0.05)

        bare = []
        subprocess.run([sys.executable, "-c", "pass"], check=True)  # warm the caches
        for _ in range(RUNS):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bare.append(time.perf_counter() - started)

        # The instance's share: a link sent from this already-running Python.
        inside = []
        for i in range(RUNS):
            seen = len(sandbox.calls())
            started = time.perf_counter()
            handoff.send_url(f"tel:+486012346{i:02d}")
            while len(sandbox.calls()) == seen:
                time.sleep(0.0005)
            inside.append(time.perf_counter() - started)
            time.sleep(0.3)

        clicks, exits = [], []
        for i in range(-1, RUNS):  # the first click warms the caches and is not counted
            seen = len(sandbox.calls())
            started = time.perf_counter()
            proc = subprocess.Popen([*launcher(), f"tel:+486012345{i % 100:02d}"])
            while len(sandbox.calls()) == seen:
                time.sleep(0.001)
            click = time.perf_counter() - started
            proc.wait(10)
            if i >= 0:
                clicks.append(click)
                exits.append(time.perf_counter() - started)
            time.sleep(0.3)  # one call at a time: let the instance finish this one
    finally:
        app.terminate()
        app.wait(10)
        sandbox.stop()
        shutil.rmtree(home, ignore_errors=True)

    base = median_ms(bare)
    click = median_ms(clicks)
    print(f"python -c pass (baseline)          {base:7.1f} ms  (median of {RUNS})")
    print(
        f"dialdesk tel:… → call at the PBX   {click:7.1f} ms  {click / base:5.2f}× baseline"
        "  (goal ≤ 2×)"
    )
    print(f"dialdesk tel:… launcher exit       {median_ms(exits):7.1f} ms")
    print(
        f"  of which the running instance    {median_ms(inside):7.1f} ms  (link received → "
        "request at the PBX)"
    )


if __name__ == "__main__":
    main()
