"""Logging set-up: a rotating file in the log folder, and redaction of every secret.

Secrets read from the keyring, and those a PBX backend is made with, are registered with
:func:`register_secret`; :func:`redact` replaces them (raw, base64, their Basic-auth pair,
percent- and JSON-escaped) wherever they appear. It is the one redaction: a filter on the
root handlers applies it to the log, PBX errors and results apply it to what a PBX said
(so the CLI, --json and the UI show it masked), and the history applies it to what it
stores. Code does not log secrets in the first place; this is the second line of defence.
"""

from __future__ import annotations

import base64
import contextlib
import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path
from typing import IO

_secrets: set[str] = set()
_lock = threading.Lock()
MASK = "[redacted]"


def _forms(value: str, user: str | None) -> set[str]:
    """``value`` as a PBX might quote it back: raw, base64, in a Basic-auth pair (UTF-8,
    as dialdesk sends it, and Latin-1, as other clients do), percent- and JSON-escaped."""
    import json
    from urllib.parse import quote, quote_plus

    forms = {value, quote(value, safe=""), quote_plus(value), json.dumps(value)[1:-1]}
    pairs = [value] + ([f"{user}:{value}"] if user is not None else [])
    for pair in pairs:
        for encoding in ("utf-8", "latin-1"):
            try:
                forms.add(base64.b64encode(pair.encode(encoding)).decode())
            except UnicodeEncodeError:
                continue
    return forms


def register_secret(value: str, *, user: str | None = None) -> None:
    """Mask ``value`` (and its encoded forms; ``user``: the Basic-auth pair) from now on."""
    if len(value) < 4:  # masking "1" would mangle every log line and hide nothing
        return
    try:
        forms = _forms(value, user)
    except UnicodeEncodeError:  # lone surrogates: only the raw form can occur
        forms = {value}
    with _lock:
        _secrets.update(forms)


def redact(text: str) -> str:
    """``text`` with every registered secret masked: THE redaction, used by the log, PBX
    errors and results (so the CLI, the UI and the history), and the history itself."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    if "Basic " in text:
        import re

        text = re.sub(r"Basic [A-Za-z0-9+/=]{8,}", "Basic " + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class OneLineErrors(logging.Filter):
    """On a terminal, an error's last line (its type and message), not its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_text:
            record.exc_text = record.exc_text.strip().splitlines()[-1]
        return True


FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


_handler: logging.Handler | None = None

MAX_BYTES = 1024 * 1024
BACKUPS = 5


def writer_file(log_file: Path, instance: bool, platform: str = sys.platform) -> Path:
    """The file this process writes: one writer per file where it matters.

    Windows cannot rename a file another process holds open (WinError 32), so when the
    tray app and a CLI call both rotated ``dialdesk.log`` one of them failed. There the
    running instance keeps ``dialdesk.log`` to itself and every other process (the CLI,
    a script) writes ``dialdesk-cli.log``. Elsewhere a rename of an open file is fine, and
    all write ``dialdesk.log``.
    """
    if instance or not platform.startswith("win"):
        return log_file
    return log_file.with_name(f"{log_file.stem}-cli{log_file.suffix}")


class _RotatingFile(logging.handlers.RotatingFileHandler):
    """A rotation another process prevents (several CLI calls at once on Windows) is put
    off until the file has grown by another tenth, never a traceback on stderr per line."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()
            self.maxBytes += MAX_BYTES // 10  # try again later, not at every line
        else:
            self.maxBytes = MAX_BYTES


def setup(log_file: Path, level: str = "INFO", *, instance: bool = False) -> logging.Handler:
    """Send the root logger to ``log_file`` (5 × 1 MiB, rotated), redacted.

    ``instance``: this process is the running tray app (see :func:`writer_file`).

    When the file cannot be written (a read-only or broken home folder), the log goes to
    standard error instead, with a first line that says so: a log is never the reason
    dialdesk does not start. Calling it again replaces the previous handler rather than
    adding a second one.
    """
    global _handler
    problem = ""
    handler: logging.Handler
    log_file = writer_file(log_file, instance)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _RotatingFile(log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        problem = f"cannot write the log file {log_file} ({exc.strerror or exc})"
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    if problem:
        handler.addFilter(OneLineErrors())
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    root.setLevel(getattr(logging, level, logging.INFO))
    logging.captureWarnings(True)
    if problem:
        logging.getLogger(__name__).warning("%s; logging to standard error", problem)
    return handler


class CrashTrace:
    """A fatal error in the GUI process leaves a trace, and the next start tells of it.

    ``faulthandler`` writes the Python stacks of a crash (SIGSEGV, SIGABRT — a C
    extension's refcount error ends that way — SIGBUS, SIGFPE, SIGILL) to ``fatal.log``
    beside the log: the logging module cannot run then, and its file may be rotated
    under an open descriptor. A marker file says a session is running; a clean exit
    removes it. Found at the next start, it means the last session did not end cleanly.
    """

    def __init__(self, log_dir: Path) -> None:
        self.fatal_file = log_dir / "fatal.log"
        self.marker = log_dir / "running"
        self._stream: IO[str] | None = None

    def start(self) -> bool:
        """Arm the trace. True when the previous session stopped unexpectedly (then its
        fatal error, if one was written, is copied into the log)."""
        log = logging.getLogger(__name__)
        crashed = self.marker.exists()
        if crashed:
            trace = ""
            with contextlib.suppress(OSError):
                trace = self.fatal_file.read_text("utf-8", "replace").strip()
            log.error(
                "dialdesk stopped unexpectedly last time%s",
                f"; its last words:\n{redact(trace[-20000:])}" if trace else " (no trace)",
            )
        try:
            self.marker.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.marker.write_text(str(os.getpid()), "ascii")
            # A fresh file per session: the last crash's trace was copied above.
            self._stream = open(self.fatal_file, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            log.warning("no crash trace (%s)", exc.strerror or exc)
            return crashed
        faulthandler.enable(self._stream, all_threads=True)
        return crashed

    def stop(self) -> None:
        """A clean exit: disarm, and leave no marker."""
        if self._stream is None:
            return
        faulthandler.disable()
        self._stream.close()
        self._stream = None
        with contextlib.suppress(OSError):
            self.marker.unlink()
        with contextlib.suppress(OSError):
            if self.fatal_file.stat().st_size == 0:
                self.fatal_file.unlink()


def file_in_use() -> Path | None:
    """The file the log goes to; None when it goes to standard error (the file could not
    be written) or nowhere yet. Only then may a message say "details are in the log file"."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None
