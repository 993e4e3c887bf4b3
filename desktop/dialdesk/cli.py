"""Command line: parse argv, run one command, print for people or as one JSON object.

Exit codes: 0 ok; 1 unexpected (one line); 2 usage or invalid input; 3 PBX refused the
credentials or permission; 4 PBX rejected the request; 5 network failure, timeout or PBX
server error; 6 not configured, credentials unavailable, a broken config file, or
dialdesk's own files cannot be read or written; 7 refused by a guard; 8 the call
history is held by another program. No failure ends in
a traceback.

The commands live in ``cli_commands.py`` (calls and actions) and ``cli_admin.py`` (settings,
secrets, the sandbox, OS integration); what they share with this module is in
``cli_output.py``. Heavy modules are imported inside the commands that need them, so
``dialdesk normalize`` does not pay for requests or Qt.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from dialdesk import __version__
from dialdesk.cli_output import (
    CONFIG,
    GUARD,
    OK,
    USAGE,
    Output,
    UsageError,
    safe_streams,
    silence,
)

NUMBER_HELP = "a number as you would write it (quotes optional), or a tel:/callto:/sip: link"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see: {self.prog} --help)")


def _json_flag(default: Any) -> _Parser:
    parent = _Parser(add_help=False)
    parent.add_argument(
        "--json", action="store_true", default=default, help="print one JSON object"
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    # --json may come before the command or after it. The commands' copy of the flag has
    # no default, so it never resets what was given before the command.
    common = _json_flag(argparse.SUPPRESS)
    parser = _Parser(
        prog="dialdesk",
        description="Click-to-call for call-center agents.",
        parents=[_json_flag(False)],
    )
    parser.add_argument("--version", action="store_true", help="show the version and exit")
    # Handled before this parser runs (__main__.run_command); listed here for --help.
    parser.add_argument("--show", action="store_true", help="show the running dialdesk's dial box")
    parser.add_argument(
        "--dial-selection",
        action="store_true",
        help="put the number in the selected text into the dial box (for a desktop shortcut)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("call", parents=[common], help="ring your phone, then NUMBER")
    p.add_argument("number", nargs="+", help=NUMBER_HELP)
    p.add_argument(
        "--yes",
        action="store_true",
        help="confirm a call a guard asks about (premium-rate, allowed emergency)",
    )

    p = sub.add_parser("schedule", parents=[common], help="schedule a callback in a queue")
    p.add_argument("number", nargs="+", help=NUMBER_HELP)
    p.add_argument("--queue", metavar="ID", help="queue id (default: thulium.queue_id)")
    p.add_argument("--at", metavar="'YYYY-MM-DD HH:MM[:SS]'", help="when (default: now)")

    campaign = sub.add_parser("campaign", parents=[common], help="campaign records").add_subparsers(
        dest="campaign_command", metavar="add|status", required=True, parser_class=_Parser
    )
    p = campaign.add_parser("add", parents=[common], help="add NUMBER to a campaign")
    p.add_argument("number", nargs="+", help=NUMBER_HELP)
    p.add_argument(
        "--campaign", metavar="ID", help="five-character id (default: thulium.campaign_id)"
    )
    p.add_argument("--status-id", metavar="N", default="")
    p.add_argument("--dictionary-status-id", metavar="N", default="")
    p.add_argument("--identifier", metavar="X", default="")
    p.add_argument("--agent-login", metavar="L", help="(default: thulium.agent_login)")
    p.add_argument("--next-call", metavar="'YYYY-MM-DD HH:MM'", default="")
    p.add_argument(
        "--field",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        help="campaign field (repeat; an empty VALUE clears the field)",
    )
    p.add_argument("--order", metavar="N", type=int)
    p = campaign.add_parser("status", parents=[common], help="set the campaign status of NUMBER")
    p.add_argument("number", nargs="+", help=NUMBER_HELP)
    p.add_argument("--status-id", metavar="N", required=True)

    p = sub.add_parser("normalize", parents=[common], help="show how NUMBER would be dialed")
    p.add_argument("number", nargs="+", help=NUMBER_HELP)

    p = sub.add_parser("history", parents=[common], help="recent calls and actions")
    p.add_argument("--limit", type=int, default=20, metavar="N")

    cfg = sub.add_parser("config", parents=[common], help="settings").add_subparsers(
        dest="config_command",
        metavar="show|get|set|unset|path",
        required=True,
        parser_class=_Parser,
    )
    cfg.add_parser("show", parents=[common], help="every setting and where it comes from")
    cfg.add_parser("get", parents=[common]).add_argument("key")
    p = cfg.add_parser("set", parents=[common])
    p.add_argument("key")
    p.add_argument("value")
    cfg.add_parser("unset", parents=[common], help="back to the default").add_argument("key")
    cfg.add_parser("path", parents=[common], help="where dialdesk keeps its files")

    sec = sub.add_parser(
        "secret", parents=[common], help="secrets in the OS keyring"
    ).add_subparsers(
        dest="secret_command", metavar="set|delete|status", required=True, parser_class=_Parser
    )
    sec.add_parser(
        "set", parents=[common], help="store NAME (password or api-key), read from stdin"
    ).add_argument("name", choices=("password", "api-key"))
    sec.add_parser("delete", parents=[common]).add_argument("name", choices=("password", "api-key"))
    sec.add_parser("status", parents=[common], help="which secrets are stored (never values)")

    p = sub.add_parser("handler", parents=[common], help="tel:/callto:/sip: link handler")
    p.add_argument("action", choices=("register", "unregister", "status"))

    p = sub.add_parser("autostart", parents=[common], help="start dialdesk when you log in")
    p.add_argument("action", choices=("on", "off", "status"))

    p = sub.add_parser("sandbox", parents=[common], help="run the sandbox PBX in this terminal")
    p.add_argument("--port", type=int, default=8765)
    return parser


def _refuse_undecodable(argv: Sequence[str]) -> None:
    """Bytes that are not text in the system's encoding reach Python as lone surrogates;
    they can be neither dialed, stored nor printed."""
    for arg in argv:
        if any("\ud800" <= c <= "\udfff" for c in arg):
            shown = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in arg)
            raise UsageError(
                f"“{shown}” holds bytes that are not text in your system's encoding: "
                "type it again, or copy it from another place."
            )


def run(argv: Sequence[str]) -> int:
    safe_streams()
    out = Output("--json" in argv)
    try:
        _refuse_undecodable(argv)
        args = build_parser().parse_args(list(argv))
        out.as_json = bool(args.json)
        if args.version:
            return out.done(f"dialdesk {__version__}", {"version": __version__})
        if isinstance(getattr(args, "number", None), list):
            args.number = " ".join(args.number)  # dialdesk call 22 123 45 67
        return _dispatch(args, out)
    except BaseException as exc:  # noqa: BLE001 - every failure becomes an exit code
        return _report(exc, out)


def _dispatch(args: argparse.Namespace, out: Output) -> int:
    from dialdesk import cli_admin as a
    from dialdesk import cli_commands as c

    if args.command is None:
        return a.no_command(out)
    table: dict[str, Callable[[argparse.Namespace, Output], int]] = {
        "call": c.call,
        "schedule": c.schedule,
        "campaign": c.campaign,
        "normalize": c.normalize,
        "history": c.history,
        "config": a.config_cmd,
        "secret": a.secret,
        "sandbox": a.sandbox,
        "handler": a.handler,
        "autostart": a.autostart,
    }
    return table[args.command](args, out)


def _report(exc: BaseException, out: Output) -> int:
    if isinstance(exc, SystemExit):  # --help
        return int(exc.code or 0)
    if isinstance(exc, KeyboardInterrupt):
        return 130
    if isinstance(exc, BrokenPipeError):  # the help text into a closed pipe
        silence(sys.stdout)
        return OK
    if isinstance(exc, UsageError):
        return out.fail(USAGE, "usage", str(exc))
    import sqlite3

    from dialdesk import logs
    from dialdesk.config import ConfigError
    from dialdesk.credentials import CredentialsError
    from dialdesk.dialer import GuardStopped
    from dialdesk.numbers import NumberError
    from dialdesk.pbx.errors import PbxError
    from dialdesk.rules import RequestInvalid

    if isinstance(exc, NumberError):
        return out.fail(USAGE, "invalid-number", exc.message, extra={"reason": exc.reason})
    if isinstance(exc, RequestInvalid):
        return out.fail(
            USAGE,
            "invalid-request",
            str(exc),
            extra={"problems": [{"code": p.code, "message": p.message} for p in exc.problems]},
        )
    if isinstance(exc, ConfigError):
        return out.fail(CONFIG, "config", str(exc))
    if isinstance(exc, CredentialsError):
        return out.fail(CONFIG, "credentials", str(exc))
    from dialdesk.history import HistoryError

    if isinstance(exc, HistoryError):  # busy: held by another program (exit 8)
        return out.fail(exc.exit_code, "history", str(exc))
    if isinstance(exc, GuardStopped):
        hint = "Run again with --yes to confirm." if exc.needs_confirmation else None
        kind = "needs-confirmation" if exc.needs_confirmation else "refused"
        return out.fail(GUARD, kind, str(exc), hint=hint, extra={"number": exc.number.display})
    if isinstance(exc, PbxError):
        return out.fail(
            exc.exit_code,
            type(exc).__name__,
            exc.message,
            messages=exc.messages,
            hint=exc.hint,
            request_id=exc.request_id,
        )
    if isinstance(exc, OSError):  # dialdesk's own folders: read-only, full, gone
        what = f"{exc.filename}: " if exc.filename else ""
        return out.fail(
            CONFIG,
            "files",
            logs.redact(
                f"Cannot use dialdesk's files ({what}{exc.strerror or exc}); "
                "see where they are with: dialdesk config path"
            ),
        )
    if isinstance(exc, sqlite3.Error):
        return out.fail(CONFIG, "history", logs.redact(f"Cannot use the call history: {exc}."))
    log_file = _log_file()
    if log_file is None:
        text = f"Unexpected error ({type(exc).__name__}: {exc})."
    else:
        logging.getLogger("dialdesk").error("unexpected error", exc_info=exc)
        text = f"Unexpected error ({type(exc).__name__}). Details are in the log file {log_file}."
    return out.fail(1, "internal", logs.redact(text))


def _log_file() -> Path | None:
    """The log file that takes the traceback: the one in use, or one set up now. None when
    none can be written (then nothing claims the details are in it)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    try:
        from dialdesk import logs, paths

        target = paths.current().log_file
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not os.access(target.parent, os.W_OK) or (
            target.exists() and not os.access(target, os.W_OK)
        ):
            return None
        handler = logs.setup(target)
    except Exception:  # noqa: BLE001 - reporting a failure must not fail
        return None
    # logs.setup may pick another file than asked (Windows: dialdesk-cli.log)
    return Path(handler.baseFilename) if isinstance(handler, logging.FileHandler) else None
