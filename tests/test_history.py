"""History is never lost: a database another process holds is waited for, then that one
action fails clearly; only a file SQLite calls corrupt is set aside. Real second processes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from dialdesk import config, paths
from dialdesk.dialer import Dialer, Source
from dialdesk.history import History, HistoryBusy
from dialdesk.pbx.http import HttpClient
from dialdesk.pbx.thulium import ThuliumBackend
from dialdesk.sandbox import SandboxServer

# A second program holding the database: BEGIN EXCLUSIVE, or exclusive locking mode (which
# keeps the lock after its first read, as some database browsers and backup tools do).
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive-mode":
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("SELECT COUNT(*) FROM attempts").fetchone()
    conn.execute("COMMIT")
else:
    conn.execute("BEGIN EXCLUSIVE")
print("holding", flush=True)
sys.stdin.read()
"""


@contextmanager
def held(db: Path, how: str) -> Iterator[None]:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        try:
            assert proc.stdout.readline().strip() == "holding"
            yield
        finally:
            proc.stdin.close()
            proc.wait(timeout=10)


def _history_with_one_call(dd_paths: paths.Paths) -> Path:
    history = History(dd_paths.history_file)
    history.start(action="call", source="cli", input="601234567", backend="sandbox")
    history.close()
    return dd_paths.history_file


def _rows(db: Path) -> int:
    return int(sqlite3.connect(db).execute("SELECT COUNT(*) FROM attempts").fetchone()[0])


@pytest.mark.parametrize("how", ["begin-exclusive", "exclusive-mode"])
def test_a_held_history_is_waited_for_then_refused_never_set_aside(
    dd_paths: paths.Paths, how: str
) -> None:
    db = _history_with_one_call(dd_paths)
    with held(db, how):
        history = History(db, busy_timeout=0.5)  # opening never fails: only using it can
        started = time.monotonic()
        with pytest.raises(HistoryBusy) as info:
            history.recent()
        waited = time.monotonic() - started
        history.close()
    assert 0.4 < waited < 3
    assert "in use by another program" in info.value.message
    assert info.value.exit_code == 8
    assert list(db.parent.glob("*.damaged-*")) == []
    assert _rows(db) == 1
    assert len(History(db).recent()) == 1  # released: everything is still there


def test_a_call_while_the_history_is_held_is_not_placed(
    dd_paths: paths.Paths, sandbox: SandboxServer
) -> None:
    db = _history_with_one_call(dd_paths)
    http = HttpClient(sandbox.thulium_url, auth=("sandbox", "sandbox"))
    dialer = Dialer(
        config.load(dd_paths), lambda: ThuliumBackend(http, "391"), History(db, busy_timeout=0.3)
    )
    with held(db, "begin-exclusive"), pytest.raises(HistoryBusy, match="Nothing was sent"):
        dialer.call("601 234 568", Source.TYPED)
    dialer.close()
    assert sandbox.calls() == []
    assert _rows(db) == 1


def test_cli_with_a_held_history_exits_8_with_one_clear_line(
    dd_paths: paths.Paths, sandbox: SandboxServer
) -> None:
    db = _history_with_one_call(dd_paths)
    with held(db, "exclusive-mode"):
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "dialdesk", "call", "--json", "601234569"],
            capture_output=True,
            text=True,
            timeout=60,
            env=dict(os.environ),
        )
        took = time.monotonic() - started
        text = subprocess.run(
            [sys.executable, "-m", "dialdesk", "history"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 8, result.stdout + result.stderr
    error = json.loads(result.stdout)["error"]
    assert error["kind"] == "history"
    assert "in use by another program" in error["message"]
    assert "Nothing was sent" in error["message"]
    assert took < 15
    assert sandbox.calls() == []
    assert text.returncode == 8
    assert text.stderr.count("\n") == 1 and "Traceback" not in text.stderr
    assert list(db.parent.glob("*.damaged-*")) == []
    assert _rows(db) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda db: db.write_bytes(b"this is not a database" * 100),
        lambda db: db.write_bytes(db.read_bytes()[:100] + b"\xff" * 4000),
    ],
    ids=["not-a-database", "corrupt-pages"],
)
def test_only_a_damaged_file_is_set_aside(dd_paths: paths.Paths, damage: object) -> None:
    db = _history_with_one_call(dd_paths)
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)
    before = db.read_bytes()
    damage(db)  # type: ignore[operator]
    damaged = db.read_bytes()
    history = History(db)
    assert history.recent() == []
    history.start(action="call", source="cli", input="1", backend="sandbox")
    (kept,) = db.parent.glob("history.sqlite3.damaged-*")
    assert kept.read_bytes() == damaged != before
