"""Import cost of the modules on the hot paths, next to a bare interpreter start, same run.

Each figure is the median of RUNS fresh interpreters (`python -X importtime` is too noisy on
a shared machine to read one run at a time), the cases interleaved round by round and each
compared with the bare start by the median of per-round ratios (bench/_ab.py).
"""

from __future__ import annotations

import functools
import shutil
import sys
import tempfile
from pathlib import Path

from _ab import interleave, report, run_seconds
from display import with_bytecode_cache

RUNS = 15
BASELINE = "python -c pass"
CASES = {
    BASELINE: "pass",
    "import dialdesk.numbers": "import dialdesk.numbers",
    "the first number (loads phonenumbers)": (
        "from dialdesk.numbers import normalize; normalize('601 234 567')"
    ),
    "import dialdesk.cli": "import dialdesk.cli",
    "CLI call path (dialer, pbx, requests)": (
        "import dialdesk.cli, dialdesk.cli_commands, dialdesk.dialer, dialdesk.pbx.thulium"
    ),
}


def main() -> None:
    cache = Path(tempfile.mkdtemp(prefix="dialdesk-bench-"))
    with_bytecode_cache(cache)
    try:
        samples = interleave(
            {
                label: functools.partial(run_seconds, [sys.executable, "-c", code])
                for label, code in CASES.items()
            },
            RUNS,
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    report(samples, BASELINE)


if __name__ == "__main__":
    main()
