"""The call log: every attempt, in SQLite, written before the request goes out.

An attempt is recorded as ``pending`` first and updated with its outcome, so a crash in
between leaves a row saying the call may have been placed. No secret is ever stored.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)

SCHEMA_VERSION: Final = 1
# Outcomes after which the other party's phone may have rung.
MAY_HAVE_RUNG: Final = ("pending", "placed", "done", "unknown")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    action      TEXT NOT NULL,
    source      TEXT NOT NULL,
    input       TEXT NOT NULL,
    number_key  TEXT,
    e164        TEXT,
    dial        TEXT,
    display     TEXT,
    backend     TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    message     TEXT,
    pbx_id      TEXT,
    request_id  TEXT
);
CREATE INDEX IF NOT EXISTS attempts_by_number ON attempts (number_key, started_at);
CREATE INDEX IF NOT EXISTS attempts_by_time ON attempts (started_at);
"""


@dataclass(frozen=True)
class Entry:
    id: int
    started_at: datetime
    action: str
    source: str
    input: str
    number_key: str | None
    e164: str | None
    dial: str | None
    display: str | None
    backend: str
    outcome: str
    message: str | None
    pbx_id: str | None
    request_id: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class History:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []  # all open ones
        self._free: list[sqlite3.Connection] = []  # those not lent out
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._set_aside(exc)
            self._migrate()

    def _set_aside(self, exc: Exception) -> None:
        """A damaged file is kept (renamed) for recovery, never deleted."""
        self.close()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        self.path.rename(kept)
        log.error("call history %s was unreadable (%s); kept as %s", self.path, exc, kept)

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        """A pooled connection (opening one costs more than the query), in a transaction
        that commits on success and rolls back on error.

        Connections are lent from a free list, not kept per thread: every QThreadPool job
        runs on a fresh Python thread state, so a per-thread connection was a new one (and
        two file descriptors) per call, until the app ran out of descriptors. The pool
        holds at most as many connections as ever ran at once.
        """
        with self._lock:
            conn = self._free.pop() if self._free else None
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA synchronous=NORMAL")
            with self._lock:
                self._connections.append(conn)
        try:
            with conn:
                yield conn
        finally:
            with self._lock:
                if conn in self._connections:  # not closed meanwhile
                    self._free.append(conn)

    def close(self) -> None:
        """Close every connection (at quit; tests)."""
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._connections.clear()
            self._free.clear()

    def _migrate(self) -> None:
        with self._db() as conn:
            # WAL with synchronous=NORMAL survives an app crash (only a power cut may lose
            # the newest rows) and spares every call an fsync before it is sent.
            conn.execute("PRAGMA journal_mode=WAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        if self.path.exists():
            self.path.chmod(0o600)

    def start(
        self,
        *,
        action: str,
        source: str,
        input: str,
        backend: str,
        outcome: str = "pending",
        **optional: str | None,
    ) -> int:
        """Record an attempt; ``optional``: number_key, e164, dial, display, message."""
        unknown = set(optional) - {"number_key", "e164", "dial", "display", "message"}
        if unknown:
            raise TypeError(f"not history columns: {sorted(unknown)}")
        row = {
            "started_at": _now(),
            "action": action,
            "source": source,
            "input": input[:250],
            "backend": backend,
            "outcome": outcome,
            **optional,
        }
        names = ", ".join(row)
        marks = ", ".join("?" * len(row))
        with self._db() as conn:
            cursor = conn.execute(
                f"INSERT INTO attempts ({names}) VALUES ({marks})",  # noqa: S608 - fixed names
                tuple(row.values()),
            )
            return int(cursor.lastrowid or 0)

    def finish(
        self,
        entry_id: int,
        outcome: str,
        *,
        message: str | None = None,
        pbx_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        with self._db() as conn:
            conn.execute(
                "UPDATE attempts SET finished_at=?, outcome=?, message=?, pbx_id=?, "
                "request_id=? WHERE id=?",
                (_now(), outcome, message, pbx_id, request_id, entry_id),
            )

    def recent(self, limit: int = 50, action: str | None = None) -> list[Entry]:
        query = "SELECT * FROM attempts"
        args: tuple[object, ...] = ()
        if action:
            query += " WHERE action = ?"
            args = (action,)
        query += " ORDER BY id DESC LIMIT ?"
        with self._db() as conn:
            rows = conn.execute(query, (*args, max(0, limit))).fetchall()
        return [_entry(row) for row in rows]

    def last_may_have_rung(self, action: str, key: str, within_s: float) -> Entry | None:
        """The latest attempt of ``action`` on ``key`` in the window that may have rung."""
        since = (datetime.now(UTC) - timedelta(seconds=within_s)).isoformat()
        marks = ",".join("?" * len(MAY_HAVE_RUNG))
        with self._db() as conn:
            row = conn.execute(
                f"SELECT * FROM attempts WHERE action=? AND number_key=? AND started_at>=? "  # noqa: S608
                f"AND outcome IN ({marks}) ORDER BY id DESC LIMIT 1",
                (action, key, since, *MAY_HAVE_RUNG),
            ).fetchone()
        return _entry(row) if row else None

    def count_since(self, source: str, within_s: float) -> int:
        since = (datetime.now(UTC) - timedelta(seconds=within_s)).isoformat()
        with self._db() as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM attempts WHERE source=? AND action='call' "
                "AND started_at>=? AND outcome != 'refused'",
                (source, since),
            ).fetchone()
        return int(row[0])


def _entry(row: sqlite3.Row) -> Entry:
    data = dict(row)
    del data["finished_at"]
    data["started_at"] = datetime.fromisoformat(data["started_at"])
    return Entry(**data)
