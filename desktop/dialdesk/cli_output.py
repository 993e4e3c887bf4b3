"""What the command line's parts share: exit codes, the usage error, and Output, which
prints for people or as exactly one JSON object.

Output never fails on the terminal: JSON is ASCII (``ensure_ascii``), text replaces what
the terminal's encoding cannot show (``safe_streams``), and a reader that goes away
(``dialdesk config show | head -1``) silences the rest instead of raising.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from dialdesk.dialer import Outcome
    from dialdesk.numbers import Number

OK, USAGE, AUTH, REJECTED, NETWORK, CONFIG, GUARD = 0, 2, 3, 4, 5, 6, 7


class UsageError(Exception):
    exit_code = USAGE


def safe_streams() -> None:
    """Text the terminal cannot show becomes ``?`` rather than an error (a cp1250 or
    latin-1 console and a PBX message with ``ł`` or ``☎``)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # one that cannot: leave it be
                reconfigure(errors="replace")


def silence(stream: TextIO) -> None:
    """The reader is gone: send what is left (and the interpreter's last flush) nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it)
        pass


def write(text: str, stream: TextIO | None = None) -> None:
    """One line or more to ``stream`` (stdout), flushed; a closed pipe ends output quietly."""
    stream = stream or sys.stdout
    if stream is None:  # pythonw: no console at all
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except BrokenPipeError:
        silence(stream)


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=True, default=str)


class Output:
    """Human text on stdout/stderr, or exactly one JSON object on stdout."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def done(self, text: str, data: dict[str, Any]) -> int:
        if self.as_json:
            write(dumps({"ok": True, **data}))
        elif text:
            write(text)
        return OK

    def warn(self, text: str) -> None:
        """A warning on stderr, in both modes: stdout keeps its one answer."""
        write(f"dialdesk: warning: {text}", sys.stderr)

    def fail(
        self,
        code: int,
        kind: str,
        message: str,
        *,
        messages: Sequence[str] = (),
        hint: str | None = None,
        request_id: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> int:
        if self.as_json:
            error = {
                "kind": kind,
                "message": message,
                "messages": list(messages),
                "hint": hint,
                "request_id": request_id,
                "exit_code": code,
                **(extra or {}),
            }
            write(dumps({"ok": False, "error": error}))
            return code
        lines = [f"dialdesk: {message}"]
        lines += [f"  PBX: {m}" for m in messages]
        if hint:
            lines.append(f"  {hint}")
        if request_id:
            lines.append(f"  Request id (for support): {request_id}")
        write("\n".join(lines), sys.stderr)
        return code


def number_warnings(number: Number) -> list[dict[str, Any]]:
    return [{"code": w.code, "message": w.message, "args": list(w.args)} for w in number.warnings]


def outcome_data(outcome: Outcome) -> dict[str, Any]:
    number = outcome.number
    return {
        "number": number.display,
        "e164": number.e164,
        "dial": number.dial,
        "type": number.type,
        "region": number.region,
        "extension": number.extension,
        "warnings": number_warnings(number),
        "pbx_id": outcome.result.pbx_id,
        "request_id": outcome.result.request_id,
        "campaigns": list(outcome.result.campaigns),
        "simulated": outcome.result.simulated,
        "history_id": outcome.entry_id,
        "notes": list(outcome.notes),
    }
