"""What the sandbox PBX remembers: requests received, queues, statuses and campaigns."""

from __future__ import annotations

import copy
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

QUEUES = {"1": "Sales", "2": "Support", "3": "Retention"}
DICTIONARY_STATUSES = {
    "1": "Interested",
    "2": "Not interested",
    "3": "Call back later",
    "4": "Wrong number",
    "8": "Sale",
}
# Record statuses of a campaign, with the system status each one stands for.
RECORD_STATUSES = {"1": "NEW", "2": "MY_RECORD", "3": "CALL_NO_SOONER_THAN", "4": "CLOSED"}


def named_lists() -> dict[str, list[Any]]:
    """What the sandbox knows, in the shape of the thulium.* named-list settings."""
    return {
        "queues": [{"id": k, "name": v} for k, v in QUEUES.items()],
        "statuses": [{"id": k, "name": v} for k, v in DICTIONARY_STATUSES.items()],
        "record_statuses": [
            {"id": k, "name": v.replace("_", " ").capitalize(), "system": v}
            for k, v in RECORD_STATUSES.items()
        ],
        "campaigns": [{"id": k, "name": c.name} for k, c in _campaigns().items()],
        "quick_statuses": ["1", "3", "8"],
    }


@dataclass
class Campaign:
    name: str
    crm: bool = False
    fields: tuple[str, ...] = ()
    records: list[dict[str, Any]] = field(default_factory=list)


def _campaigns() -> dict[str, Campaign]:
    return {
        "00001": Campaign("Spring offer", fields=("first_name", "last_name", "note")),
        "00002": Campaign("CRM leads", crm=True),
        "00003": Campaign("Win-back", fields=("note",)),
    }


@dataclass
class Reply:
    status: int
    data: Any = None
    raw: bytes | None = None
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class State:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.campaigns = _campaigns()
        self._requests: list[dict[str, Any]] = []
        self._logged = 0  # request numbers keep counting across clear_requests()
        self._next_record = 231
        self._next_call = 1

    def log_request(self, method: str, path: str, raw: bytes) -> dict[str, Any]:
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        with self.lock:
            self._logged += 1
            entry = {
                "n": self._logged,
                "time": time.strftime("%Y-%m-%d %H:%M:%S"),
                "method": method,
                "path": path,
                "body": body,
                "status": None,
            }
            self._requests.append(entry)
            return dict(entry)

    def set_outcome(self, n: int, status: int) -> None:
        with self.lock:
            # The log may have been cleared while this request was pending (a delay
            # fault): then there is nothing to update, and no index to trust.
            for entry in reversed(self._requests):
                if entry["n"] == n:
                    entry["status"] = status
                    return

    def requests(self) -> list[dict[str, Any]]:
        with self.lock:
            return copy.deepcopy(self._requests)

    def clear_requests(self) -> None:
        with self.lock:
            self._requests.clear()

    def new_record_id(self) -> str:
        with self.lock:
            self._next_record += 1
            return str(self._next_record - 1)

    def new_call_id(self) -> str:
        with self.lock:
            self._next_call += 1
            return f"orig.call.{int(time.time())}.{self._next_call - 1}"

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {
                "queues": QUEUES,
                "dictionary_statuses": DICTIONARY_STATUSES,
                "record_statuses": RECORD_STATUSES,
                "campaigns": {
                    cid: {
                        "name": c.name,
                        "crm": c.crm,
                        "fields": list(c.fields),
                        "records": copy.deepcopy(c.records),
                    }
                    for cid, c in self.campaigns.items()
                },
            }
