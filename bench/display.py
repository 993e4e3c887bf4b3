"""What the benchmarks run in: a desktop (Xvfb with trayer as the tray host when both are
installed, as agents run dialdesk, else Qt's offscreen platform and no tray), and Python
with bytecode caches, as a pip install or the bundle has them."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path


def with_bytecode_cache(folder: Path) -> None:
    """Child processes read and write compiled bytecode under ``folder``.

    A developer shell may set PYTHONDONTWRITEBYTECODE, and an editable install has no
    ``.pyc`` of dialdesk's own: every start would then compile its sources (about 30 ms),
    which no installed user pays. Callers run each command once to warm the cache.
    """
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder)


@contextlib.contextmanager
def desktop() -> Iterator[str]:
    """Sets DISPLAY/QT_QPA_PLATFORM for child processes; yields a description."""
    if not (shutil.which("Xvfb") and shutil.which("trayer")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        yield "offscreen (no tray: install xvfb and trayer for a real tray host)"
        return
    display = ":77"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    tray = subprocess.Popen(
        [
            "trayer",
            "--edge",
            "top",
            "--align",
            "right",
            "--widthtype",
            "request",
            "--height",
            "32",
            "--SetDockType",
            "true",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    try:
        yield f"Xvfb {display} with trayer as the tray host"
    finally:
        for proc in (tray, xvfb):
            proc.terminate()
            proc.wait(5)
