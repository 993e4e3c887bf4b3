"""Link click → request at the PBX, with a dialdesk already running, next to a bare
``python -c pass`` start, interleaved in the same run (bench/_ab.py). Goal: ≤ 2× the bare
start, for the source install and for the bundle an installed user runs.

Each sample launches what the OS runs for a click (``dialdesk --untrusted-url tel:…``; in
the bundle ``dialdesk-link --untrusted-url tel:…``) and stops the clock when the sandbox
PBX has received the call. When dist/dialdesk exists (``make bundle``), the running
instance is the bundled app, and the bundle's GUI executable is measured too: what a click
cost before the bundle had a link executable.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _ab import interleave, report, run_seconds
from display import desktop, with_bytecode_cache

ROUNDS = 15  # × 3 clicking cases (+ a warm-up round) stays under 60 links a minute
BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "dialdesk"


def venv_launcher() -> list[str]:
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
    bundled = (BUNDLE / "dialdesk-link").exists()
    instance = [str(BUNDLE / "dialdesk")] if bundled else venv_launcher()
    app = subprocess.Popen(instance, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    numbers = iter(range(10**6))

    def click(command: list[str]) -> Callable[[], float]:
        def sample() -> float:
            seen = len(sandbox.calls())
            started = time.perf_counter()
            proc = subprocess.Popen([*command, "--untrusted-url", f"tel:+4860{next(numbers):07d}"])
            while len(sandbox.calls()) == seen:
                if proc.poll() not in (None, 0):
                    raise SystemExit(f"{command[0]} failed with exit code {proc.returncode}")
                time.sleep(0.0005)
            clicked = time.perf_counter() - started
            proc.wait(10)
            return clicked

        return sample

    cases: dict[str, Callable[[], float]] = {
        "python -c pass": lambda: run_seconds([sys.executable, "-c", "pass"]),
        "venv: dialdesk tel:… → PBX": click(venv_launcher()),
    }
    if bundled:
        cases["bundle: dialdesk-link tel:… → PBX"] = click([str(BUNDLE / "dialdesk-link")])
        cases["bundle: dialdesk (GUI exe) → PBX"] = click([str(BUNDLE / "dialdesk")])
    try:
        deadline = time.monotonic() + 30
        while handoff.send({"cmd": "ping"}) != handoff.Delivery.DELIVERED:
            if time.monotonic() > deadline or app.poll() is not None:
                raise SystemExit(f"{instance[0]} did not start")
            time.sleep(0.05)
        # one call at a time: let the instance finish each
        samples = interleave(cases, ROUNDS, between=lambda: time.sleep(0.3))

        # The instance's share: a link sent from this already-running Python.
        inside = []
        for _ in range(10):
            seen = len(sandbox.calls())
            started = time.perf_counter()
            handoff.send_url(f"tel:+4860{next(numbers):07d}")
            while len(sandbox.calls()) == seen:
                time.sleep(0.0005)
            inside.append(time.perf_counter() - started)
            time.sleep(0.3)
    finally:
        app.terminate()
        app.wait(10)
        sandbox.stop()
        shutil.rmtree(home, ignore_errors=True)

    print(f"running instance: {instance[0]}")
    report(samples, "python -c pass", goals={name: "≤ 2×" for name in cases if "GUI" not in name})
    print(
        f"of which the running instance: {statistics.median(inside) * 1000:.1f} ms "
        "(link received → request at the PBX, median of 10)"
    )
    if not bundled:
        print("no bundle in dist/dialdesk: run `make bundle` to measure it too")


if __name__ == "__main__":
    main()
