"""What every PBX backend offers, and the results its operations return."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from dialdesk.logs import redact


class Capability(enum.StrEnum):
    CALL = "call"
    SCHEDULE = "schedule"
    CAMPAIGN_ADD = "campaign-add"
    CAMPAIGN_STATUS = "campaign-status"


@dataclass(frozen=True)
class Result:
    """A PBX operation that succeeded. ``pbx_id``: call id, record id… when the PBX gives one."""

    pbx_id: str | None = None
    request_id: str | None = None
    campaigns: tuple[str, ...] = ()
    simulated: bool = False

    def __post_init__(self) -> None:
        # What the PBX said goes to the screen, --json and the history: never a secret.
        for name in ("pbx_id", "request_id"):
            value = getattr(self, name)
            if value:
                object.__setattr__(self, name, redact(value))
        object.__setattr__(self, "campaigns", tuple(redact(c) for c in self.campaigns))


@dataclass(frozen=True)
class CampaignRecord:
    """A record for ``POST outbounds/:id/records``; empty fields are not sent."""

    phone_number: str
    status_id: str = ""
    dictionary_status_id: str = ""
    identifier: str = ""
    agent_login: str = ""
    next_call_date: str = ""  # YYYY-MM-DD hh:mm
    record_fields: dict[str, str] = field(default_factory=dict)
    order: int | None = None


class Backend(Protocol):
    name: str
    capabilities: frozenset[Capability]
    simulated: bool

    def call(self, dial: str) -> Result:
        """Ring the agent's phone, then ``dial``. The call's fate is not known on return."""
        ...

    def schedule_call(self, queue_id: str, dial: str, call_at: datetime | None) -> Result: ...

    def add_campaign_record(self, campaign_id: str, record: CampaignRecord) -> Result: ...

    def set_campaign_status(self, dial: str, status_id: str) -> Result: ...

    def check(self) -> str:
        """Prove the address and credentials work without placing a call or changing data."""
        ...

    def close(self) -> None: ...
