"""The call log: every attempt, in SQLite, written before the request goes out.

An attempt is recorded as ``pending`` first and updated with its outcome, so a crash in
between leaves a row saying the call may have been placed. No secret is ever stored: every
text passes :func:`dialdesk.logs.redact` on its way in.

The duplicate guard's check and the insert of the attempt it allows are one ``BEGIN
IMMEDIATE`` transaction (:meth:`History.transaction`), so the guard holds across processes.
A database another program holds locked is waited for (:data:`BUSY_TIMEOUT_S`), then that
one action fails with :class:`HistoryBusy`; only a file SQLite reports as corrupt, or as not
a database at all, is set aside as ``.damaged-<time>`` (never deleted) and started afresh.
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

from dialdesk.logs import redact

log = logging.getLogger(__name__)

SCHEMA_VERSION: Final = 1
BUSY_TIMEOUT_S: Final = 5.0
IN_FLIGHT_S: Final = 150.0
"""Longer than any PBX request can last (connect retry + the largest account.deadline_s)."""
# Outcomes after which the other party's phone may have rung.
MAY_HAVE_RUNG: Final = ("pending", "placed", "done", "unknown")
_BUSY: Final = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_DAMAGED: Final = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class HistoryError(Exception):
    """The call history cannot be read or written: that one action fails, nothing is lost."""

    exit_code = 6  # as for any of dialdesk's own files that cannot be read or written

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class HistoryBusy(HistoryError):
    """Another program holds the history locked for longer than dialdesk waits."""

    exit_code = 8


def _code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


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


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def _now() -> str:
    return _iso(datetime.now(UTC))


class History:
    def __init__(self, path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._local = threading.local()  # the connection this thread holds, while it does
        self._lock = threading.RLock()
        self._connections: list[sqlite3.Connection] = []  # all open ones
        self._free: list[sqlite3.Connection] = []  # those not lent out
        self._ready = False
        # An unusable data folder is a reason not to start (OSError, as before); the file
        # itself is opened on first use: a history another program holds must not stop the
        # app from starting, only the action that needs it.
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)

    def _error(self, exc: sqlite3.Error) -> HistoryError:
        if _code(exc) in _BUSY:
            return HistoryBusy(
                f"The call history ({self.path}) is in use by another program: it stayed "
                f"locked for {self.busy_timeout:g} s. Nothing was changed; try again in a "
                "moment, or close the program that holds it."
            )
        return HistoryError(f"The call history ({self.path}) cannot be used: {exc}.")

    def _ensure_ready(self) -> None:
        if self._ready:
            return
        with self._lock:
            if self._ready:
                return
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise HistoryError(
                    f"Cannot create the folder of the call history {self.path.parent}: "
                    f"{exc.strerror or exc}."
                ) from None
            try:
                self._migrate()
            except sqlite3.DatabaseError as exc:
                if _code(exc) not in _DAMAGED:
                    raise self._error(exc) from None
                self._set_aside(exc)
                try:
                    self._migrate()
                except sqlite3.Error as again:
                    raise self._error(again) from None
            self._ready = True

    def _set_aside(self, exc: Exception) -> None:
        """A damaged file is kept (renamed, with its write-ahead log) for recovery, never
        deleted."""
        self._close_all()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        self.path.rename(kept)
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists():
            wal.rename(kept.with_name(kept.name + "-wal"))
        self.path.with_name(self.path.name + "-shm").unlink(missing_ok=True)
        log.error("call history %s was damaged (%s); kept as %s", self.path, exc, kept)

    def _lend(self) -> sqlite3.Connection:
        """A connection from the pool (opening one costs more than the query).

        Lent for one transaction, not kept per thread: every QThreadPool job runs on a
        fresh Python thread state, so a per-thread connection was a new one (and two file
        descriptors) per call, until the app ran out of descriptors
        (tests/ui/test_endurance.py). The pool holds as many as ever ran at once.
        """
        with self._lock:
            if self._free:
                return self._free.pop()
        # Autocommit mode: transactions are begun explicitly (see _tx), so that the
        # guard's can be BEGIN IMMEDIATE. The timeout is SQLite's wait for a lock.
        conn = sqlite3.connect(
            self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        if self._ready:  # the migration's own sets it after checking the file
            conn.execute("PRAGMA synchronous=NORMAL")  # per connection: see _migrate_on
        with self._lock:
            self._connections.append(conn)
        return conn

    def _give_back(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            if conn in self._connections:  # not closed meanwhile
                self._free.append(conn)

    @contextlib.contextmanager
    def _tx(self, begin: str = "BEGIN") -> Iterator[sqlite3.Connection]:
        """A transaction on a lent connection: commits on success, rolls back on an
        error. Inside an outer transaction of the same thread it joins that one."""
        self._ensure_ready()
        held: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if held is not None:
            yield held
            return
        try:
            conn = self._lend()
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        try:
            try:
                conn.execute(begin)
            except sqlite3.Error as exc:
                raise self._error(exc) from None
            self._local.conn = conn
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._error(exc) from None
                raise
            finally:
                self._local.conn = None
        finally:
            self._give_back(conn)

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One write transaction, taken at once (``BEGIN IMMEDIATE``): what is read inside
        cannot change before it commits, in this process or any other."""
        return self._tx("BEGIN IMMEDIATE")

    def _close_all(self) -> None:
        for conn in self._connections:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._connections.clear()
        self._free.clear()

    def close(self) -> None:
        """Close every thread's connection (at quit; tests)."""
        with self._lock:
            self._close_all()

    def _migrate(self) -> None:
        conn = self._lend()
        try:
            self._migrate_on(conn)
        finally:
            self._give_back(conn)

    def _migrate_on(self, conn: sqlite3.Connection) -> None:
        # WAL with synchronous=NORMAL survives an app crash (only a power cut may lose
        # the newest rows) and spares every call an fsync before it is sent.
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        with contextlib.suppress(OSError):
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
            "input": redact(input[:250]),
            "backend": backend,
            "outcome": outcome,
            **{k: redact(v) if v else v for k, v in optional.items()},
        }
        names = ", ".join(row)
        marks = ", ".join("?" * len(row))
        with self._tx() as conn:
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
        texts = (message, pbx_id, request_id)
        with self._tx() as conn:
            conn.execute(
                "UPDATE attempts SET finished_at=?, outcome=?, message=?, pbx_id=?, "
                "request_id=? WHERE id=?",
                (_now(), outcome, *(redact(v) if v else v for v in texts), entry_id),
            )

    def recent(self, limit: int = 50, action: str | None = None) -> list[Entry]:
        query = "SELECT * FROM attempts"
        args: tuple[object, ...] = ()
        if action:
            query += " WHERE action = ?"
            args = (action,)
        query += " ORDER BY id DESC LIMIT ?"
        with self._tx() as conn:
            rows = conn.execute(query, (*args, max(0, limit))).fetchall()
        return [_entry(row) for row in rows]

    def last_may_have_rung(self, action: str, key: str, within_s: float) -> Entry | None:
        """The latest attempt of ``action`` on ``key`` that may have rung within the window.

        The window runs from when the attempt *ended*: a call whose outcome became unknown
        after a 20 s deadline still holds the number for the window after that. An attempt
        still under way (``pending``) holds it for as long as a request can last, too.
        """
        now = datetime.now(UTC)
        since = _iso(now - timedelta(seconds=within_s))
        in_flight = _iso(now - timedelta(seconds=within_s + IN_FLIGHT_S))
        marks = ",".join("?" * len(MAY_HAVE_RUNG))
        with self._tx() as conn:
            row = conn.execute(
                "SELECT * FROM attempts WHERE action=? AND number_key=? AND started_at>=? "  # noqa: S608
                f"AND outcome IN ({marks}) AND (COALESCE(finished_at, started_at)>=? "
                "OR outcome='pending') ORDER BY id DESC LIMIT 1",
                (action, key, in_flight, *MAY_HAVE_RUNG, since),
            ).fetchone()
        return _entry(row) if row else None

    def count_since(self, source: str, within_s: float) -> int:
        since = (datetime.now(UTC) - timedelta(seconds=within_s)).isoformat()
        with self._tx() as conn:
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
