"""Thulium REST API: call, schedule a callback, add a campaign record, set campaign status.

Contract: ``shared/api/README.md``. Bodies are exactly the documented fields; optional
fields are left out rather than sent empty (an empty ``record_fields`` value clears it).
"""

from __future__ import annotations

import ipaddress
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

from dialdesk.pbx.base import CampaignRecord, Capability, Result
from dialdesk.pbx.errors import NotConfigured, Rejected
from dialdesk.pbx.http import CALL, Action, HttpClient, unusable

SCHEDULE = Action("The callback", "the queue in Thulium", "Check the queue id.", "schedule")
CAMPAIGN_ADD = Action(
    "The record", "the campaign in Thulium", "Check the campaign id.", "campaign-add"
)
CAMPAIGN_STATUS = Action("The status change", "the campaign in Thulium", key="campaign-status")
CHECK = Action("The check", "Thulium", key="check")


def is_loopback(host: str | None) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def base_url(value: str) -> str:
    """``acme``, ``acme.thulium.com`` or a full URL → ``https://acme.thulium.com/api/``."""
    value = value.strip()
    if not value:
        raise NotConfigured("No Thulium address is set.", hint="Set account.url.")
    if "://" not in value:
        value = "https://" + (value if "." in value else f"{value}.thulium.com")
    parts = urlsplit(value)
    if parts.scheme != "https" and not is_loopback(parts.hostname):
        raise NotConfigured(
            f"Thulium is reached over https:// only; the address starts with {parts.scheme}://.",
            hint="Set account.url to https://ACCOUNT.thulium.com/api/.",
        )
    path = parts.path.rstrip("/")
    if not path.endswith("/api"):
        path += "/api"
    return f"{parts.scheme}://{parts.netloc}{path}/"


class ThuliumBackend:
    name = "thulium"
    capabilities = frozenset(Capability)
    simulated = False

    def __init__(self, http: HttpClient, sip: str) -> None:
        self.http = http
        self.sip = sip

    def call(self, dial: str) -> Result:
        answer = self.http.send(
            "POST", "connections/call", {"sip": self.sip, "phone_number": dial}, CALL
        )
        return Result(request_id=answer.request_id, simulated=self.simulated)

    def schedule_call(self, queue_id: str, dial: str, call_at: datetime | None) -> Result:
        body: dict[str, Any] = {"phone_number": dial}
        if call_at is not None:
            body["call_at"] = call_at.strftime("%Y-%m-%d %H:%M:%S")
        path = f"queues/{quote(queue_id, safe='')}/schedule_call"
        answer = self.http.send("POST", path, body, SCHEDULE)
        return Result(request_id=answer.request_id, simulated=self.simulated)

    def add_campaign_record(self, campaign_id: str, record: CampaignRecord) -> Result:
        body: dict[str, Any] = {"phone_number": record.phone_number}
        for name in (
            "status_id",
            "dictionary_status_id",
            "identifier",
            "agent_login",
            "next_call_date",
        ):
            value = getattr(record, name)
            if value:
                body[name] = value
        if record.record_fields:
            body["record_fields"] = dict(record.record_fields)
        if record.order is not None:
            body["order"] = record.order
        path = f"outbounds/{quote(campaign_id, safe='')}/records"
        answer = self.http.send("POST", path, body, CAMPAIGN_ADD)
        data = answer.data if isinstance(answer.data, dict) else {}
        record_id = data.get("record_id")
        if record_id is None:
            raise unusable(
                CAMPAIGN_ADD,
                "Thulium did not say which record it created",
                status=answer.status,
                request_id=answer.request_id,
            )
        return Result(pbx_id=str(record_id), request_id=answer.request_id, simulated=self.simulated)

    def set_campaign_status(self, dial: str, status_id: str) -> Result:
        body = {"phone_number": dial, "status_id": status_id}
        answer = self.http.send("POST", "outbound_status_by_phone_number", body, CAMPAIGN_STATUS)
        data = answer.data if isinstance(answer.data, dict) else {}
        ids = data.get("outbound_id", [])
        if not isinstance(ids, list):
            raise unusable(
                CAMPAIGN_STATUS,
                "it did not list the campaigns it updated",
                status=answer.status,
                request_id=answer.request_id,
            )
        return Result(
            campaigns=tuple(str(i) for i in ids),
            request_id=answer.request_id,
            simulated=self.simulated,
        )

    def check(self) -> str:
        # Without sip and phone_number Thulium must refuse on validation (400), which only
        # happens after authentication: 400 = good credentials, 401/403 = bad ones.
        try:
            self.http.send("POST", "connections/call", {}, CHECK)
        except Rejected as exc:
            if exc.status == 400 or exc.status == 422:
                return "Connected: Thulium accepted the API user."
            raise
        return "Connected."

    def close(self) -> None:
        self.http.close()
