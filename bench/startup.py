"""Start to tray ready, and idle memory, of dialdesk next to a minimal PySide6 app that only
shows a tray icon, measured in the same run. Goals: ≤ 1.5× the start time, ≤ 1.2× the RSS.

"Ready" is the first turn of the event loop after the tray icon is shown (dialdesk prints
it when DIALDESK_REPORT_READY is set). RSS is read from /proc after a second of idling.
The cases run interleaved, round by round (bench/_ab.py); each ratio is the median of the
per-round ratios. The machine is shared, so compare the ratios.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _ab import Samples, interleave, report
from display import desktop, with_bytecode_cache

RUNS = 10

MINIMAL = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(32, 32)
pixmap.fill(QColor("green"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
QTimer.singleShot(0, lambda: print("ready", flush=True))
app.exec()
"""


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def start(command: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        ready = time.perf_counter() - started
        if line.strip() != "ready":
            raise SystemExit(f"{command} did not report ready")
        time.sleep(1.0)
        return ready, rss_kib(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="dialdesk-bench-"))
    os.environ.update(
        {
            "DIALDESK_HOME": str(home),
            "DIALDESK_DEFAULTS": str(home / "none"),
            "DIALDESK_REPORT_READY": "1",
        }
    )
    (home / "config.toml").write_text("version = 1\n")  # not a first run: no welcome
    with_bytecode_cache(home / "pycache")
    script = Path(sys.executable).with_name("dialdesk")
    dialdesk = [str(script)] if script.exists() else [sys.executable, "-m", "dialdesk"]
    bundle = Path(__file__).resolve().parent.parent / "dist" / "dialdesk" / "dialdesk"
    commands = {"minimal PySide6 tray app": [sys.executable, "-c", MINIMAL], "dialdesk": dialdesk}
    if bundle.exists():
        commands["dialdesk bundle (dist/)"] = [str(bundle)]
    rss: dict[str, list[float]] = {name: [] for name in commands}

    def case(name: str) -> Callable[[], float]:
        def sample() -> float:
            ready, kib = start(commands[name])
            rss[name].append(kib / 1024)
            return ready

        return sample

    try:
        with desktop() as where:
            print(f"display: {where}")
            samples = interleave({name: case(name) for name in commands}, RUNS)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    for name in commands:  # drop the warm-up round's RSS, as interleave drops its time
        rss[name] = rss[name][-RUNS:]
    base = "minimal PySide6 tray app"
    print("start to tray ready:")
    report(samples, base, goals={"dialdesk": "≤ 1.5×"})
    print("idle RSS:")
    memory = Samples(rss)
    report(memory, base, scale=1, unit="MiB", goals={"dialdesk": "≤ 1.2×"})


if __name__ == "__main__":
    main()
