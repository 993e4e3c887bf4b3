"""Logging set-up: a rotating file in the log folder, and redaction of every secret.

Secrets read from the keyring are registered with :func:`register_secret`; a filter on the
root handlers replaces them (and their Basic-auth form) wherever they appear. Code does not
log secrets in the first place; this is the second line of defence.
"""

from __future__ import annotations

import base64
import logging
import logging.handlers
import threading
from pathlib import Path

_secrets: set[str] = set()
_lock = threading.Lock()
MASK = "[redacted]"


def register_secret(value: str) -> None:
    if len(value) < 4:  # masking "1" would mangle every log line and hide nothing
        return
    with _lock:
        _secrets.add(value)
        _secrets.add(base64.b64encode(value.encode()).decode())


def redact(text: str) -> str:
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


FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


_handler: logging.Handler | None = None


def setup(log_file: Path, level: str = "INFO") -> logging.Handler:
    """Send the root logger to ``log_file`` (5 × 1 MiB, rotated), redacted.

    Calling it again replaces the previous file handler rather than adding a second one.
    """
    global _handler
    log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    root.setLevel(getattr(logging, level, logging.INFO))
    logging.captureWarnings(True)
    return handler
