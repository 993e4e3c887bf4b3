"""The CLI's commands. Each takes the parsed arguments and an Output, and returns an exit code."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from dialdesk import config, logs, paths
from dialdesk.cli import CONFIG, OK, Output, UsageError, make_dialer, outcome_data

if TYPE_CHECKING:
    from dialdesk.dialer import Dialer


def _settings() -> config.Settings:
    settings = config.load(strict=True)
    logs.setup(paths.current().log_file, settings.text("general.log_level"))
    return settings


@contextlib.contextmanager
def _dialing() -> Iterator[tuple[config.Settings, Dialer]]:
    settings = _settings()
    dialer = make_dialer(settings)
    try:
        yield settings, dialer
    finally:
        dialer.close()


def _sim(simulated: bool) -> str:
    return " [sandbox: simulated, no real call]" if simulated else ""


def no_command(out: Output) -> int:
    """Plain ``dialdesk``: the tray app."""
    if out.as_json:
        raise UsageError("--json needs a command; plain dialdesk starts the tray app.")
    from dialdesk.ui.app import main

    return main()


def call(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.dialer import Source

    with _dialing() as (_, dialer):
        outcome = dialer.call(args.number, Source.CLI, confirmed=args.yes)
    n = outcome.number
    described = ", ".join(x for x in (n.type, n.region) if x)
    lines = [
        f"Calling {n.display} ({described}), dialing {n.dial}: your phone rings first."
        + _sim(outcome.result.simulated)
    ]
    lines += list(outcome.notes)
    if outcome.result.pbx_id:
        lines.append(f"PBX call id: {outcome.result.pbx_id}")
    return out.done("\n".join(lines), outcome_data(outcome))


def _when(text: str | None, fmt_hint: str, *formats: str) -> datetime | None:
    if not text:
        return None
    for fmt in formats:
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    raise UsageError(f"“{text}” is not a date and time like {fmt_hint}.")


def schedule(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.dialer import Source

    at = _when(args.at, "2026-12-01 14:30", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M")
    if at is not None and at < datetime.now():
        raise UsageError(f"{at:%Y-%m-%d %H:%M} is in the past.")
    with _dialing() as (settings, dialer):
        queue = args.queue or settings.text("thulium.queue_id")
        outcome = dialer.schedule(args.number, queue, at, Source.CLI)
    when = f"at {at:%Y-%m-%d %H:%M}" if at else "now"
    text = f"Queue {queue} will call {outcome.number.display} {when}." + _sim(
        outcome.result.simulated
    )
    return out.done(
        text,
        {**outcome_data(outcome), "queue": queue, "call_at": at.isoformat(sep=" ") if at else None},
    )


def _fields(pairs: list[str]) -> dict[str, str]:
    fields = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--field takes NAME=VALUE, not “{pair}”.")
        fields[name.strip()] = value
    return fields


def campaign(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.dialer import Source
    from dialdesk.pbx import CampaignRecord

    if args.campaign_command == "add":
        if args.next_call:
            _when(args.next_call, "2026-12-01 14:30", "%Y-%m-%d %H:%M")
        record = CampaignRecord(
            phone_number="",
            status_id=args.status_id,
            dictionary_status_id=args.dictionary_status_id,
            identifier=args.identifier,
            agent_login=args.agent_login,
            next_call_date=args.next_call.strip(),
            record_fields=_fields(args.field),
            order=args.order,
        )
        with _dialing() as (settings, dialer):
            campaign_id = args.campaign or settings.text("thulium.campaign_id")
            outcome = dialer.add_to_campaign(args.number, campaign_id, record, Source.CLI)
        text = (
            f"Added {outcome.number.display} to campaign {campaign_id} as record "
            f"{outcome.result.pbx_id}." + _sim(outcome.result.simulated)
        )
        return out.done(
            text,
            {**outcome_data(outcome), "campaign": campaign_id, "record_id": outcome.result.pbx_id},
        )
    with _dialing() as (_, dialer):
        outcome = dialer.set_campaign_status(args.number, args.status_id, Source.CLI)
    found = outcome.result.campaigns
    text = (
        f"Status {args.status_id} set for {outcome.number.display} in campaigns " + ", ".join(found)
        if found
        else f"No campaign has {outcome.number.display} as its main number: nothing changed."
    )
    return out.done(text + _sim(outcome.result.simulated), outcome_data(outcome))


def normalize(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.numbers import normalize as parse

    settings = config.load(strict=True)
    n = parse(args.number, settings.dial_options())
    data: dict[str, Any] = {
        "input": args.number,
        "kind": n.kind,
        "e164": n.e164,
        "display": n.display,
        "national": n.national,
        "region": n.region,
        "type": n.type,
        "dial": n.dial,
        "extension": n.extension,
        "foreign": n.foreign,
    }
    rows = [
        ("Number", n.display),
        ("Country", n.region),
        ("Type", n.type),
        ("Kind", str(n.kind)),
        ("Dial", n.dial),
        ("Extension", n.extension),
    ]
    text = "\n".join(f"{k + ':':<11}{v}" for k, v in rows if v)
    return out.done(text, data)


def history(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.history import History

    entries = History(paths.current().history_file).recent(args.limit)
    data = [
        {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in e.__dict__.items()}
        for e in entries
    ]
    lines = []
    for e in entries:
        when = e.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        lines.append(
            f"{when}  {e.action:<15} {e.display or e.input:<20} {e.outcome:<9} "
            f"{e.message or ''}".rstrip()
        )
    return out.done("\n".join(lines) or "No calls yet.", {"entries": data})


def _shown(value: Any) -> str:
    return json.dumps(value) if not isinstance(value, str) else value


def config_cmd(args: argparse.Namespace, out: Output) -> int:
    where = paths.current()
    command = args.config_command
    if command == "path":
        data = {
            "config": str(where.config_file),
            "defaults": str(where.defaults_file),
            "data": str(where.data_dir),
            "history": str(where.history_file),
            "logs": str(where.log_dir),
            "runtime": str(where.runtime_dir),
        }
        return out.done("\n".join(f"{k + ':':<10}{v}" for k, v in data.items()), data)
    settings = config.load(where, strict=True)
    if command == "show":
        shown: dict[str, dict[str, Any]] = {
            o.key: {"value": settings[o.key], "origin": settings.origin(o.key)}
            for o in config.OPTIONS
        }
        text = "\n".join(
            f"{k} = {_shown(v['value'])}"
            + ("" if v["origin"] == "default" else f"   ({v['origin']})")
            for k, v in shown.items()
        )
        return out.done(text, {"settings": shown})
    key = args.key
    try:
        if command == "get":
            return out.done(
                _shown(settings[key]),
                {"key": key, "value": settings[key], "origin": settings.origin(key)},
            )
        if command == "set":
            settings.set(key, config.parse_text(key, args.value))
        else:
            settings.unset(key)
    except config.ConfigError as exc:
        raise UsageError(str(exc)) from None
    settings.save()
    return out.done(f"{key} = {_shown(settings[key])}", {"key": key, "value": settings[key]})


def _read_secret(name: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"{name}: ")
    data = sys.stdin.read() if sys.stdin is not None else ""
    return data.rstrip("\r\n")


def secret(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.credentials import (
        Credentials,
        CredentialsError,
        account_id,
        describe,
        secret_problem,
    )

    settings = _settings()
    url, user = settings.text("account.url"), settings.text("account.username")
    if not url:
        raise CredentialsError(
            "Set the account first: dialdesk config set account.url URL (and account.username)."
        )
    command = args.secret_command
    if command == "set":
        value = _read_secret(args.name)
        problem = secret_problem(args.name, value)
        if problem is not None:  # the same check as Settings: refused now, not at call time
            raise UsageError(f"{problem.message} Nothing was stored.")
    creds = Credentials(account_id(url, user))
    where = describe(creds.backend)
    if command == "set":
        creds.set(args.name, value)
        return out.done(
            f"Stored the {args.name} for {creds.account} in {where}.",
            {"name": args.name, "account": creds.account, "keyring": where},
        )
    if command == "delete":
        removed = creds.delete(args.name)
        text = f"Deleted the {args.name}." if removed else f"No {args.name} was stored."
        return out.done(text, {"name": args.name, "deleted": removed})
    status = creds.status()
    lines = [f"Keyring: {where}", f"Account: {creds.account}"]
    lines += [f"{n}: {'stored' if ok else 'not set'}" for n, ok in status.items()]
    return out.done(
        "\n".join(lines), {"keyring": where, "account": creds.account, "stored": status}
    )


def sandbox(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.pbx.sandbox import address_file
    from dialdesk.sandbox import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer

    def show(entry: dict[str, Any]) -> None:
        body = entry.get("body")
        if out.as_json:
            print(json.dumps({"request": entry}, ensure_ascii=False), flush=True)
        elif isinstance(body, dict) and entry["path"].endswith("connections/call"):
            print(
                f"{entry['time']}  CALL  ring SIP {body.get('sip')}, then "
                f"{body.get('phone_number')}",
                flush=True,
            )
        else:
            print(
                f"{entry['time']}  {entry['method']} {entry['path']}  {json.dumps(body)}",
                flush=True,
            )

    try:
        server = SandboxServer(args.port, on_request=show)
    except OSError as exc:
        raise UsageError(
            f"Port {args.port} is not free ({exc.strerror}); try --port 0 for any free port."
        ) from None
    marker = address_file()
    paths.ensure_private_dir(marker.parent)
    paths.atomic_write(marker, json.dumps({"url": server.url, "pid": os.getpid()}).encode())
    banner = (
        f"Sandbox PBX at {server.url} (Thulium API under /api/, Simotel under "
        f"/api/v4/; login {DEFAULT_USER}/{DEFAULT_PASSWORD}).\n"
        'With account.backend = "sandbox" (the default), dialdesk uses it. In another '
        "terminal:\n"
        "    dialdesk call 22 123 45 67\n"
        "    dialdesk schedule 601234567 --queue 2\n"
        "Requests it receives are listed here and at "
        f"{server.url}sandbox/calls. Ctrl+C stops it."
    )
    if out.as_json:
        print(json.dumps({"ok": True, "url": server.url}), flush=True)
    else:
        print(banner, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        marker.unlink(missing_ok=True)
    return OK


def handler(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.platform import handler as links

    try:
        action = {
            "register": links.register,
            "unregister": links.unregister,
            "status": links.status,
        }[args.action]
        status = action()
    except (links.HandlerError, OSError) as exc:
        return out.fail(CONFIG, "handler", str(exc))
    return out.done(
        status.detail,
        {"registered": status.registered, "detail": status.detail, "handlers": status.handlers},
    )


def autostart(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.platform import autostart as login

    try:
        on = login.enabled() if args.action == "status" else login.set_enabled(args.action == "on")
    except OSError as exc:
        return out.fail(CONFIG, "autostart", f"Cannot change the login items: {exc}")
    text = "dialdesk starts when you log in." if on else "dialdesk does not start when you log in."
    return out.done(text, {"autostart": on})
