"""Start to tray ready, and idle memory, of dialdesk next to a minimal PySide6 app that only
shows a tray icon, measured in the same run. Goals: ≤ 1.5× the start time, ≤ 1.2× the RSS.

"Ready" is the first turn of the event loop after the tray icon is shown (dialdesk prints
it when DIALDESK_REPORT_READY is set). RSS is read from /proc after a second of idling.
Medians of RUNS starts; the machine is shared, so compare the ratios.
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


def measure(command: list[str]) -> tuple[float, float]:
    start(command)  # warm the bytecode cache and the OS's file cache
    samples = [start(command) for _ in range(RUNS)]
    return (
        statistics.median(s[0] for s in samples) * 1000,
        statistics.median(s[1] for s in samples) / 1024,
    )


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
    try:
        with desktop() as where:
            print(f"display: {where}")
            base_ms, base_mib = measure([sys.executable, "-c", MINIMAL])
            ours_ms, ours_mib = measure(dialdesk)
            bundle = Path(__file__).resolve().parent.parent / "dist" / "dialdesk" / "dialdesk"
            bundled = measure([str(bundle)]) if bundle.exists() else None
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"minimal PySide6 tray app   start {base_ms:7.1f} ms   idle RSS {base_mib:6.1f} MiB")
    print(f"dialdesk                   start {ours_ms:7.1f} ms   idle RSS {ours_mib:6.1f} MiB")
    print(
        f"ratio                      start {ours_ms / base_ms:7.2f}×   (goal ≤ 1.5×)   "
        f"RSS {ours_mib / base_mib:5.2f}× (goal ≤ 1.2×)"
    )
    if bundled is not None:
        print(
            f"dialdesk bundle (dist/)    start {bundled[0]:7.1f} ms   idle RSS "
            f"{bundled[1]:6.1f} MiB   ({bundled[0] / ours_ms:.2f}× the source install)"
        )


if __name__ == "__main__":
    main()
