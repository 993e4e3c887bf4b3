"""Command line: parse argv, run one command, print for people or as one JSON object.

Exit codes: 0 ok; 2 usage or invalid input; 3 PBX refused the credentials or permission;
4 PBX rejected the request; 5 network failure, timeout or PBX server error; 6 not
configured, credentials unavailable, or broken config; 7 refused by a guard; 8 the call
history is held by another program or cannot be written.

Heavy modules are imported inside the commands that need them, so ``dialdesk normalize``
does not pay for requests or Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from dialdesk import __version__

if TYPE_CHECKING:
    from dialdesk.config import Settings
    from dialdesk.dialer import Dialer, Outcome

OK, USAGE, AUTH, REJECTED, NETWORK, CONFIG, GUARD = 0, 2, 3, 4, 5, 6, 7
NUMBER_HELP = "a number as you would write it (quotes optional), or a tel:/callto:/sip: link"


class UsageError(Exception):
    exit_code = USAGE


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see: {self.prog} --help)")


class Output:
    """Human text on stdout/stderr, or exactly one JSON object on stdout."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def done(self, text: str, data: dict[str, Any]) -> int:
        if self.as_json:
            print(json.dumps({"ok": True, **data}, ensure_ascii=False, default=str))
        elif text:
            print(text)
        return OK

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
            print(json.dumps({"ok": False, "error": error}, ensure_ascii=False, default=str))
            return code
        lines = [f"dialdesk: {message}"]
        lines += [f"  PBX: {m}" for m in messages]
        if hint:
            lines.append(f"  {hint}")
        if request_id:
            lines.append(f"  Request id (for support): {request_id}")
        print("\n".join(lines), file=sys.stderr)
        return code


def _json_flag() -> _Parser:
    parent = _Parser(add_help=False)
    parent.add_argument("--json", action="store_true", help="print one JSON object")
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _json_flag()
    parser = _Parser(
        prog="dialdesk", description="Click-to-call for call-center agents.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"dialdesk {__version__}")
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
    p.add_argument("--agent-login", metavar="L", default="")
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


def run(argv: Sequence[str]) -> int:
    out = Output("--json" in argv)
    try:
        args = build_parser().parse_args(list(argv))
        out.as_json = bool(args.json)
        if isinstance(getattr(args, "number", None), list):
            args.number = " ".join(args.number)  # dialdesk call 22 123 45 67
        if args.command is None:
            from dialdesk.cli_commands import no_command

            return no_command(out)
        return _dispatch(args, out)
    except BaseException as exc:  # noqa: BLE001 - every failure becomes an exit code
        return _report(exc, out)


def _dispatch(args: argparse.Namespace, out: Output) -> int:
    from dialdesk import cli_commands as c

    table: dict[str, Callable[[argparse.Namespace, Output], int]] = {
        "call": c.call,
        "schedule": c.schedule,
        "campaign": c.campaign,
        "normalize": c.normalize,
        "history": c.history,
        "config": c.config_cmd,
        "secret": c.secret,
        "sandbox": c.sandbox,
        "handler": c.handler,
        "autostart": c.autostart,
    }
    return table[args.command](args, out)


def _report(exc: BaseException, out: Output) -> int:
    if isinstance(exc, SystemExit):  # --help, --version
        return int(exc.code or 0)
    if isinstance(exc, KeyboardInterrupt):
        return 130
    if isinstance(exc, UsageError):
        return out.fail(USAGE, "usage", str(exc))
    from dialdesk.config import ConfigError
    from dialdesk.credentials import CredentialsError
    from dialdesk.dialer import GuardStopped
    from dialdesk.numbers import NumberError
    from dialdesk.pbx.errors import PbxError

    if isinstance(exc, NumberError):
        return out.fail(USAGE, "invalid-number", exc.message, extra={"reason": exc.reason})
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
    import logging

    from dialdesk import logs

    logging.getLogger("dialdesk").exception("unexpected error")
    return out.fail(
        1,
        "internal",
        logs.redact(f"Unexpected error ({type(exc).__name__}). Details are in the log file."),
    )


def outcome_data(outcome: Outcome) -> dict[str, Any]:
    number = outcome.number
    return {
        "number": number.display,
        "e164": number.e164,
        "dial": number.dial,
        "type": number.type,
        "region": number.region,
        "extension": number.extension,
        "pbx_id": outcome.result.pbx_id,
        "request_id": outcome.result.request_id,
        "campaigns": list(outcome.result.campaigns),
        "simulated": outcome.result.simulated,
        "history_id": outcome.entry_id,
        "notes": list(outcome.notes),
    }


def make_dialer(settings: Settings) -> Dialer:
    from dialdesk import paths
    from dialdesk.credentials import Credentials, account_id
    from dialdesk.dialer import Dialer
    from dialdesk.history import History
    from dialdesk.pbx import make_backend

    creds = Credentials(account_id(settings.text("account.url"), settings.text("account.username")))
    return Dialer(
        settings, lambda: make_backend(settings, creds.get), History(paths.current().history_file)
    )
