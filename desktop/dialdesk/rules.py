"""The rules of Thulium's agent actions, checked before anything is sent.

The command line and the forms (``ui/actions.py``) both ask here, so they refuse the same
things: ids are digits (or the name of an entry of a provisioned list), a campaign id has
five characters, ``MY_RECORD`` needs an agent login and a next call date,
``CALL_NO_SOONER_THAN`` a next call date (the records page of the Thulium API).

Each problem has a stable ``code`` (the UI translates it, with ``args``) and an English
``message`` for the command line and the log.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from dialdesk.config import SYSTEM_STATUSES, Named
from dialdesk.pbx.base import CampaignRecord

NEXT_CALL_FORMAT: Final = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    args: tuple[str, ...] = ()


class RequestInvalid(ValueError):
    """A request breaks a rule; ``problems`` says which, ``str()`` all of them in English."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(" ".join(p.message for p in problems))
        self.problems = tuple(problems)


def is_id(value: str) -> bool:
    """Thulium's ids are ASCII digits (``"²".isdigit()`` is true, and not an id)."""
    return re.fullmatch(r"[0-9]+", value) is not None


def pick(value: str, items: Sequence[Named], *, systems: bool = False) -> Named | None:
    """The entry ``value`` means: an id (digits, listed or not), a provisioned name
    (case does not matter) or, for record statuses, a system status (``MY_RECORD``)."""
    value = value.strip()
    if not value:
        return None
    by_id = next((i for i in items if i.id == value), None)
    if by_id is not None:
        return by_id
    if is_id(value):
        return Named(value, value)
    wanted = value.casefold()
    by_name = [i for i in items if i.name.strip().casefold() == wanted]
    if len(by_name) == 1:
        return by_name[0]
    if systems:
        by_system = [i for i in items if i.system and i.system == value.upper()]
        if len(by_system) == 1:
            return by_system[0]
    return None


def _not_listed(code: str, what: str, value: str, key: str) -> Problem:
    message = f"The {what} “{value}” is neither an id (digits) nor a name listed in {key}."
    return Problem(code, message, (value,))


def queue_id(value: str, queues: Sequence[Named]) -> str:
    """The queue's id, from its id or its name; RequestInvalid when it is neither."""
    chosen = pick(value, queues)
    if chosen is None:
        if not value.strip():
            raise RequestInvalid([Problem("queue", "Choose a queue.")])
        raise RequestInvalid([_not_listed("queue", "queue", value, "thulium.queues")])
    return chosen.id


def dictionary_status_id(value: str, statuses: Sequence[Named]) -> str:
    """A dictionary status's id, from its id or its name; RequestInvalid when neither."""
    chosen = pick(value, statuses)
    if chosen is None:
        if not value.strip():
            raise RequestInvalid([Problem("status", "Choose a status.")])
        raise RequestInvalid(
            [_not_listed("dictionary-status", "dictionary status", value, "thulium.statuses")]
        )
    return chosen.id


def campaign_problem(campaign_id: str) -> Problem | None:
    if re.fullmatch(r"[0-9A-Za-z]{5}", campaign_id.strip()):
        return None
    return Problem("campaign", "Choose a campaign (a five-character id such as 00001).")


@dataclass(frozen=True)
class CampaignEntry:
    """What the agent asked for, as typed: statuses by id or by name."""

    campaign_id: str
    status: str = ""
    dictionary_status: str = ""
    identifier: str = ""
    agent_login: str = ""
    next_call: str = ""
    """``YYYY-MM-DD HH:MM``"""
    fields: tuple[tuple[str, str], ...] = ()
    order: int | None = None


@dataclass(frozen=True)
class Checked:
    record: CampaignRecord | None
    """What to send (the dialer fills in the number); None when there are problems."""
    problems: tuple[Problem, ...] = ()
    system: str = field(default="")
    """The record status's system status (MY_RECORD, CALL_NO_SOONER_THAN) when known."""


def check_campaign_entry(
    entry: CampaignEntry, record_statuses: Sequence[Named], statuses: Sequence[Named]
) -> Checked:
    problems: list[Problem] = []
    campaign = campaign_problem(entry.campaign_id)
    if campaign is not None:
        problems.append(campaign)
    status = pick(entry.status, record_statuses, systems=True)
    if entry.status.strip() and status is None:
        problems.append(
            _not_listed(
                "record-status", "record status", entry.status.strip(), "thulium.record_statuses"
            )
        )
    dictionary = pick(entry.dictionary_status, statuses)
    if entry.dictionary_status.strip() and dictionary is None:
        problems.append(
            _not_listed(
                "dictionary-status",
                "dictionary status",
                entry.dictionary_status.strip(),
                "thulium.statuses",
            )
        )
    system = status.system if status is not None and status.system in SYSTEM_STATUSES else ""
    agent_login, next_call = entry.agent_login.strip(), entry.next_call.strip()
    if system == "MY_RECORD" and not agent_login:
        problems.append(
            Problem(
                "agent-login",
                "The status MY_RECORD needs an agent login (--agent-login, or set "
                "thulium.agent_login).",
            )
        )
    if system and not next_call:
        problems.append(
            Problem("next-call", f"The status {system} needs the next call date.", (system,))
        )
    if next_call:
        try:
            datetime.strptime(next_call, NEXT_CALL_FORMAT)
        except ValueError:
            problems.append(
                Problem(
                    "next-call-format",
                    f"“{next_call}” is not a date and time like 2026-12-01 14:30.",
                    (next_call,),
                )
            )
    names = [name.strip() for name, _ in entry.fields]
    if any(not name for name in names):
        problems.append(Problem("field-name", "Every campaign field needs a name."))
    if len(set(names)) != len(names):
        problems.append(Problem("field-twice", "A campaign field is listed twice."))
    if entry.order is not None and entry.order < 0:
        problems.append(Problem("order", "The order must be a whole number, 0 or more."))
    if problems:
        return Checked(None, tuple(problems), system)
    record = CampaignRecord(
        phone_number="",  # the dialer puts the dial string here
        status_id=status.id if status is not None else "",
        dictionary_status_id=dictionary.id if dictionary is not None else "",
        identifier=entry.identifier.strip(),
        agent_login=agent_login,
        next_call_date=next_call,
        record_fields={name.strip(): value for name, value in entry.fields},
        order=entry.order,
    )
    return Checked(record, (), system)
