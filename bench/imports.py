"""Import cost of the modules on the hot paths, next to a bare interpreter start, same run.

Each figure is the median of N fresh interpreters (`python -X importtime` is too noisy on a
shared machine to read one run at a time).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from display import with_bytecode_cache

RUNS = 15
CASES = {
    "python -c pass (baseline)": "pass",
    "import dialdesk.numbers": "import dialdesk.numbers",
    "the first number (loads phonenumbers)": (
        "from dialdesk.numbers import normalize; normalize('601 234 567')"
    ),
    "import dialdesk.cli": "import dialdesk.cli",
    "CLI call path (dialer, pbx, requests)": (
        "import dialdesk.cli, dialdesk.cli_commands, dialdesk.dialer, dialdesk.pbx.thulium"
    ),
}


def median_ms(code: str) -> float:
    times = []
    subprocess.run([sys.executable, "-c", code], check=True)  # warm the caches
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    cache = Path(tempfile.mkdtemp(prefix="dialdesk-bench-"))
    with_bytecode_cache(cache)
    base = None
    try:
        for label, code in CASES.items():
            ms = median_ms(code)
            base = base or ms
            print(f"{label:<42} {ms:7.1f} ms   {ms / base:5.2f}× baseline   (+{ms - base:.1f} ms)")
    finally:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
