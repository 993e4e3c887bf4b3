"""The first call after start against the warm ones, with and without the background
warm-up (A/B pairs interleaved, each round a fresh app process).

A Thulium account on the sandbox PBX, its password in a real Secret Service
(gnome-keyring in a private D-Bus session, as tests/run.sh makes), so the first call pays
what an agent's does: the keyring read over D-Bus, the backend and HTTP session, the
number metadata. Run: .venv/bin/python bench/first_call.py [ROUNDS]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "S3cret-bench"  # noqa: S105 - a throwaway keyring's test password

ROUND = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
from dialdesk.dialer import Source
import dialdesk.ui.controller as app_module
from dialdesk.ui.app import Application, Controller

warm = sys.argv[1] == "warm"
if not warm:
    app_module.WARM_UP_DELAY_MS = 10**8  # never, within the round
app = Application([])
ctl = Controller(tray=True)
ctl.start()

def pump(seconds):
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        QCoreApplication.processEvents()
        time.sleep(0.001)

pump(1.0)  # the agent looks for the number: a second after the tray appeared
times = []
for n in range(6):
    began = time.perf_counter()
    ctl.place_call(f"6012340{n:02d}", Source.TYPED)
    while ctl.busy:
        QCoreApplication.processEvents()
        time.sleep(0.0002)
    times.append((time.perf_counter() - began) * 1000)
outcome = ctl.history.recent(1)[0].outcome
print(json.dumps({"times": times, "outcome": outcome}))
ctl.shutdown()
"""


def inner(rounds: int) -> int:
    sys.path.insert(0, str(ROOT / "desktop"))
    from dialdesk.credentials import Credentials, account_id
    from dialdesk.sandbox import SandboxServer

    sandbox = SandboxServer(user="agent", password=PASSWORD).start()
    home = Path(tempfile.mkdtemp(prefix="dialdesk-first-call-"))
    url = sandbox.thulium_url
    (home / "config.toml").write_text(
        f'version = 1\n[account]\nbackend = "thulium"\nurl = "{url}"\nusername = "agent"\n'
        'agent = "391"\n',
        "utf-8",
    )
    env = {**os.environ, "DIALDESK_HOME": str(home), "DIALDESK_DEFAULTS": str(home / "x")}
    os.environ.update(env)
    Credentials(account_id(url, "agent")).set("password", PASSWORD)

    results: dict[str, list[list[float]]] = {"cold": [], "warm": []}
    for _ in range(rounds):
        for kind in ("cold", "warm"):  # interleaved pairs: the machine's mood hits both
            shutil.rmtree(home / "data", ignore_errors=True)
            done = subprocess.run(
                [sys.executable, "-c", ROUND, kind],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=False,
            )
            lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
            if done.returncode or not lines:
                print(done.stderr[-2000:])
                return 1
            data = json.loads(lines[-1])
            assert data["outcome"] == "placed", data
            results[kind].append(data["times"])
    sandbox.stop()

    print(f"first call after start vs the warm ones ({rounds} rounds, each a fresh app)")
    ratios = {}
    for kind, label in (("cold", "no warm-up"), ("warm", "warm-up after start")):
        first = statistics.median(r[0] for r in results[kind])
        rest = statistics.median(t for r in results[kind] for t in r[2:])
        ratios[kind] = [r[0] / statistics.median(r[2:]) for r in results[kind]]
        print(
            f"  {label:20s} first {first:6.1f} ms, warm calls {rest:5.1f} ms, "
            f"first/warm {statistics.median(ratios[kind]):5.2f}×"
        )
    pairs = [c[0] / w[0] for c, w in zip(results["cold"], results["warm"], strict=True)]
    print(f"  first call, no warm-up / warm-up (median of pairs): {statistics.median(pairs):.2f}×")
    return 0


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if os.environ.get("DIALDESK_BENCH_INNER"):
        return inner(rounds)
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        print("needs dbus-run-session and gnome-keyring-daemon (apt install dbus gnome-keyring)")
        return 1
    scratch = tempfile.mkdtemp()
    script = (
        f"export XDG_DATA_HOME={scratch}/data XDG_RUNTIME_DIR={scratch}/run; "
        f"mkdir -p {scratch}/data {scratch}/run && chmod 700 {scratch}/run; "
        f'eval "$(printf bench | gnome-keyring-daemon --unlock --components=secrets '
        f'2>/dev/null)"; keyring=$(pgrep -n gnome-keyring-d); '
        f'"{sys.executable}" "{Path(__file__).resolve()}" {rounds}; code=$?; '
        "kill $keyring 2>/dev/null; exit $code"
    )
    env = {**os.environ, "DIALDESK_BENCH_INNER": "1"}
    return subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
