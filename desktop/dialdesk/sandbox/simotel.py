"""The Simotel side of the sandbox: originate call, answering the way Simotel does."""

from __future__ import annotations

import json
from typing import Any

from dialdesk.sandbox.state import Reply, State

REQUIRED = ("caller", "callee", "context", "caller_id")


def _fail(message: str, status: int = 200) -> Reply:
    return Reply(status, {"success": 0, "message": message, "data": None})


def handle(state: State, method: str, path: str, raw: bytes, *, authorised: bool) -> Reply:
    if not authorised:
        return _fail("Authentication failed.", 401)
    if path.rstrip("/") != "/api/v4/call/originate/act":
        return _fail("Not found.", 404)
    if method != "PUT":
        return _fail("Method not allowed.", 405)
    try:
        body: Any = json.loads(raw) if raw else {}
    except ValueError:
        return _fail("Invalid JSON.", 400)
    if not isinstance(body, dict):
        return _fail("Invalid JSON.", 400)
    missing = [name for name in REQUIRED if not str(body.get(name) or "").strip()]
    if missing:
        return _fail(f"The {missing[0]} field is required.")
    for name in ("timeout", "call_limit"):
        if name in body and not str(body[name]).isdigit():
            return _fail(f"The {name} field must be a number.")
    return Reply(
        200,
        {"success": 1, "message": None, "data": {"originated_call_id": state.new_call_id()}},
    )
