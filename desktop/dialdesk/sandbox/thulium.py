"""The Thulium side of the sandbox: the four endpoints with the vendor's validation rules."""

from __future__ import annotations

import json
import re
import secrets
from datetime import datetime
from typing import Any

from dialdesk.sandbox.state import DICTIONARY_STATUSES, QUEUES, RECORD_STATUSES, Reply, State

PHONE = re.compile(r"^\+?\d{3,20}$")

_PL = {
    "Unauthorized.": "Brak autoryzacji.",
    "Method not found.": "Nie znaleziono metody.",
    "Request body must be a JSON object.": "Treść żądania musi być obiektem JSON.",
    "Field {} is required.": "Pole {} jest wymagane.",
    "Wrong format of phone number.": "Nieprawidłowy format numeru telefonu.",
    "Queue not found.": "Nie znaleziono kolejki.",
    "Campaign not found.": "Nie znaleziono kampanii.",
    "Campaign id must have five characters.": "Identyfikator kampanii musi mieć pięć znaków.",
    "Phone number already exists in the campaign.": "Numer telefonu już istnieje w kampanii.",
    "Unknown status.": "Nieznany status.",
    "Wrong format of date {}.": "Nieprawidłowy format daty {}.",
    "Field {} is required for status {}.": "Pole {} jest wymagane dla statusu {}.",
    "Unknown campaign field: {}.": "Nieznane pole kampanii: {}.",
    "Campaign fields can be set only in non-CRM campaigns.": (
        "Pola kampanii można ustawiać tylko w kampaniach nie CRM."
    ),
    "Identifier already exists in the campaign.": "Identyfikator już istnieje w kampanii.",
    "Field order must be a number.": "Pole order musi być liczbą.",
}


class _Errors:
    def __init__(self, polish: bool) -> None:
        self.polish = polish
        self.items: list[dict[str, Any]] = []

    def add(self, template: str, *args: str, code: int = 400) -> None:
        text = _PL.get(template, template) if self.polish else template
        self.items.append({"message": text.format(*args), "code": code})

    def reply(self, status: int = 400) -> Reply:
        return Reply(status, {"request_id": secrets.token_hex(7)[:13], "errors": self.items})


def _date_ok(value: Any, fmt: str) -> bool:
    try:
        datetime.strptime(str(value), fmt)
    except ValueError:
        return False
    return True


def handle(
    state: State, method: str, path: str, raw: bytes, *, authorised: bool, polish: bool
) -> Reply:
    errors = _Errors(polish)
    if not authorised:
        errors.add("Unauthorized.", code=401)
        return errors.reply(401)
    path = path.strip("/")
    route = _route(method, path)
    if route is None:
        errors.add("Method not found.", code=404)
        return errors.reply(404)
    try:
        body = json.loads(raw) if raw else {}
    except ValueError:
        body = None
    if not isinstance(body, dict):
        errors.add("Request body must be a JSON object.")
        return errors.reply()
    handler, arg = route
    reply: Reply = handler(state, arg, body, errors)
    return reply


def _route(method: str, path: str) -> tuple[Any, str] | None:
    if method != "POST":
        return None
    if path == "connections/call":
        return _call, ""
    if path == "outbound_status_by_phone_number":
        return _status_by_phone, ""
    match = re.fullmatch(r"queues/([^/]+)/schedule_call", path)
    if match:
        return _schedule, match.group(1)
    match = re.fullmatch(r"outbounds/([^/]+)/records", path)
    if match:
        return _add_record, match.group(1)
    return None


def _require(body: dict[str, Any], errors: _Errors, *names: str) -> None:
    for name in names:
        if body.get(name) in (None, ""):
            errors.add("Field {} is required.", name)


def _phone(body: dict[str, Any], errors: _Errors) -> None:
    value = body.get("phone_number")
    if value not in (None, "") and not PHONE.match(str(value)):
        errors.add("Wrong format of phone number.", code=111111)


def _call(state: State, _: str, body: dict[str, Any], errors: _Errors) -> Reply:
    _require(body, errors, "sip", "phone_number")
    _phone(body, errors)
    return errors.reply() if errors.items else Reply(200)


def _schedule(state: State, queue_id: str, body: dict[str, Any], errors: _Errors) -> Reply:
    if queue_id not in QUEUES:
        errors.add("Queue not found.", code=404)
        return errors.reply(404)
    _require(body, errors, "phone_number")
    _phone(body, errors)
    if "call_at" in body and not _date_ok(body["call_at"], "%Y-%m-%d %H:%M:%S"):
        errors.add("Wrong format of date {}.", "call_at")
    return errors.reply() if errors.items else Reply(200)


def _status_by_phone(state: State, _: str, body: dict[str, Any], errors: _Errors) -> Reply:
    _require(body, errors, "phone_number", "status_id")
    if (
        body.get("status_id") not in (None, "")
        and str(body["status_id"]) not in DICTIONARY_STATUSES
    ):
        errors.add("Unknown status.")
    if errors.items:
        return errors.reply()
    updated = []
    with state.lock:
        for campaign_id, campaign in state.campaigns.items():
            hits = [r for r in campaign.records if r["phone_number"] == str(body["phone_number"])]
            for record in hits:
                record["dictionary_status_id"] = str(body["status_id"])
            if hits:
                updated.append(campaign_id)
    return Reply(200, {"outbound_id": updated})


def _add_record(state: State, campaign_id: str, body: dict[str, Any], errors: _Errors) -> Reply:
    if len(campaign_id) != 5:
        errors.add("Campaign id must have five characters.")
        return errors.reply()
    campaign = state.campaigns.get(campaign_id)
    if campaign is None:
        errors.add("Campaign not found.", code=404)
        return errors.reply(404)
    _require(body, errors, "phone_number")
    _phone(body, errors)
    status = RECORD_STATUSES.get(str(body.get("status_id", "")))
    if body.get("status_id") not in (None, "") and status is None:
        errors.add("Unknown status.")
    dictionary = body.get("dictionary_status_id")
    if dictionary not in (None, "") and str(dictionary) not in DICTIONARY_STATUSES:
        errors.add("Unknown status.")
    if status == "MY_RECORD" and not body.get("agent_login"):
        errors.add("Field {} is required for status {}.", "agent_login", status)
    if status in ("MY_RECORD", "CALL_NO_SOONER_THAN") and not body.get("next_call_date"):
        errors.add("Field {} is required for status {}.", "next_call_date", status)
    if body.get("next_call_date") and not _date_ok(body["next_call_date"], "%Y-%m-%d %H:%M"):
        errors.add("Wrong format of date {}.", "next_call_date")
    if "order" in body and (
        isinstance(body["order"], bool) or not isinstance(body["order"], int | float)
    ):
        errors.add("Field order must be a number.")
    fields = body.get("record_fields")
    if fields:
        if not isinstance(fields, dict):
            errors.add("Unknown campaign field: {}.", "record_fields")
        elif campaign.crm:
            errors.add("Campaign fields can be set only in non-CRM campaigns.")
        else:
            for name in fields:
                if name not in campaign.fields:
                    errors.add("Unknown campaign field: {}.", str(name))
    with state.lock:
        phone = str(body.get("phone_number", ""))
        if any(r["phone_number"] == phone for r in campaign.records):
            errors.add("Phone number already exists in the campaign.", code=222222)
        ident = body.get("identifier")
        if ident and any(r.get("identifier") == ident for r in campaign.records):
            errors.add("Identifier already exists in the campaign.")
        if errors.items:
            return errors.reply()
        record_id = state.new_record_id()
        campaign.records.append({**body, "phone_number": phone, "record_id": record_id})
    return Reply(200, {"record_id": record_id})
