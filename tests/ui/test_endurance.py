"""A short working day in one app session (bench/endurance.py runs the long one): every
call sends exactly one request, and memory, threads, descriptors and None's reference
count stay flat. It caught PySide6 6.12.0's lost None references, which aborted the app
after ~130 calls, a SQLite connection (two descriptors) leaked per call, and widgets
rebuilt at every call.

The session runs in a fresh process, as the app does: the controllers, windows and
threads other tests leave behind in this one would be measured too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CALLS = 300


@pytest.mark.timeout(300)
def test_a_short_day_in_one_session_stays_flat(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "endurance.py"), str(CALLS)],
        capture_output=True,
        text=True,
        timeout=280,
        env=env,
        cwd=ROOT,
    )
    print(done.stdout)
    assert "Fatal Python error" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[-1] == "flat"
    assert "requests that did not match the action: 0" in lines
    assert "Traceback" not in done.stderr
