"""The CLI's calls and actions: call, schedule, campaign, normalize, history. Each takes
the parsed arguments and an Output, and returns an exit code."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from dialdesk import config, logs, paths
from dialdesk.cli_output import Output, UsageError, number_warnings, outcome_data

if TYPE_CHECKING:
    from dialdesk.dialer import Dialer


def make_dialer(settings: config.Settings) -> Dialer:
    from dialdesk.credentials import Credentials, account_id
    from dialdesk.dialer import Dialer
    from dialdesk.history import History
    from dialdesk.pbx import make_backend

    creds = Credentials(account_id(settings.text("account.url"), settings.text("account.username")))
    return Dialer(
        settings, lambda: make_backend(settings, creds.get), History(paths.current().history_file)
    )


def _settings() -> config.Settings:
    settings = config.load(strict=True)
    logs.setup(paths.current().log_file, settings.text("general.log_level"))
    return settings


@contextlib.contextmanager
def _dialing(
    out: Output, text: str, settings: config.Settings | None = None
) -> Iterator[tuple[config.Settings, Dialer]]:
    """The dialer for one action on the number ``text``; the number's warnings (an unknown
    range) go to stderr first, and a number that is not one stops here, before any file
    is touched."""
    from dialdesk.numbers import normalize as parse

    settings = settings or _settings()
    for warning in parse(text, settings.dial_options()).warnings:
        out.warn(warning.message)
    dialer = make_dialer(settings)
    try:
        yield settings, dialer
    finally:
        dialer.close()


def _sim(simulated: bool) -> str:
    return " [sandbox: simulated, no real call]" if simulated else ""


def call(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.dialer import Source

    with _dialing(out, args.number) as (_, dialer):
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
    from dialdesk import rules
    from dialdesk.dialer import Source

    at = _when(args.at, "2026-12-01 14:30", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M")
    if at is not None and at < datetime.now():
        raise UsageError(f"{at:%Y-%m-%d %H:%M} is in the past.")
    settings = _settings()
    queue = rules.queue_id(
        args.queue or settings.text("thulium.queue_id"), settings.named("thulium.queues")
    )
    with _dialing(out, args.number, settings) as (_, dialer):
        outcome = dialer.schedule(args.number, queue, at, Source.CLI)
    when = f"at {at:%Y-%m-%d %H:%M}" if at else "now"
    text = f"Queue {queue} will call {outcome.number.display} {when}." + _sim(
        outcome.result.simulated
    )
    return out.done(
        text,
        {**outcome_data(outcome), "queue": queue, "call_at": at.isoformat(sep=" ") if at else None},
    )


def _fields(pairs: list[str]) -> tuple[tuple[str, str], ...]:
    fields = []
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise UsageError(f"--field takes NAME=VALUE, not “{pair}”.")
        fields.append((name.strip(), value))
    return tuple(fields)


def campaign(args: argparse.Namespace, out: Output) -> int:
    """``campaign add`` and ``campaign status``: the form's rules (``rules.py``) first."""
    from dialdesk import rules
    from dialdesk.dialer import Source

    settings = _settings()
    if args.campaign_command == "add":
        campaign_id = (args.campaign or settings.text("thulium.campaign_id")).strip()
        login = args.agent_login
        entry = rules.CampaignEntry(
            campaign_id=campaign_id,
            status=args.status_id,
            dictionary_status=args.dictionary_status_id,
            identifier=args.identifier,
            agent_login=settings.text("thulium.agent_login") if login is None else login,
            next_call=args.next_call,
            fields=_fields(args.field),
            order=args.order,
        )
        checked = rules.check_campaign_entry(
            entry, settings.named("thulium.record_statuses"), settings.named("thulium.statuses")
        )
        if checked.record is None:
            raise rules.RequestInvalid(checked.problems)
        with _dialing(out, args.number, settings) as (_, dialer):
            outcome = dialer.add_to_campaign(args.number, campaign_id, checked.record, Source.CLI)
        text = (
            f"Added {outcome.number.display} to campaign {campaign_id} as record "
            f"{outcome.result.pbx_id}." + _sim(outcome.result.simulated)
        )
        return out.done(
            text,
            {**outcome_data(outcome), "campaign": campaign_id, "record_id": outcome.result.pbx_id},
        )
    status = rules.dictionary_status_id(args.status_id, settings.named("thulium.statuses"))
    with _dialing(out, args.number, settings) as (_, dialer):
        outcome = dialer.set_campaign_status(args.number, status, Source.CLI)
    found = outcome.result.campaigns
    text = (
        f"Status {status} set for {outcome.number.display} in campaigns " + ", ".join(found)
        if found
        else f"No campaign has {outcome.number.display} as its main number: nothing changed."
    )
    return out.done(text + _sim(outcome.result.simulated), outcome_data(outcome))


def normalize(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.numbers import normalize as parse

    settings = config.load(strict=True)
    n = parse(args.number, settings.dial_options())
    for warning in n.warnings:
        out.warn(warning.message)
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
        "warnings": number_warnings(n),
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
