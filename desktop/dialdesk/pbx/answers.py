"""Reading a PBX's answer: what a request does (for the messages about it), the body read
up to a cap, and the map from status and body to an :class:`Answer` or a PbxError.

A success status with an answer that cannot be used (a web page, broken or huge JSON) is
*outcome unknown*: the PBX took the request and may have acted on it. So is any 5xx.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import requests

from dialdesk.pbx.errors import (
    AuthFailed,
    BadAnswer,
    NotFound,
    PbxError,
    RateLimited,
    Rejected,
    ServerFailed,
    UnusableAnswer,
)

MAX_ANSWER_BYTES = 1024 * 1024
"""The PBX APIs answer in a few hundred bytes; a megabyte is not their answer."""
"""The PBX APIs answer in a few hundred bytes; a megabyte is not their answer."""


@dataclass(frozen=True)
class Action:
    """What a request does, in words for the messages about it."""

    what: str  # "the call", "the callback" …
    check_where: str  # where the agent can see whether it happened
    not_found: str = "Check the server address in Settings."
    key: str = "call"  # for the UI's translated messages

    def maybe_done(self) -> str:
        """The sentence that ends every "outcome unknown" message."""
        if self.key == "check":
            return "Nothing was changed by the check."
        return f"{self.what} may have gone through: check {self.check_where} before you try again."


CALL = Action("The call", "your phone")


@dataclass(frozen=True)
class Answer:
    status: int
    data: Any
    request_id: str | None


def read_capped(response: requests.Response) -> bytes | None:
    """The body, or None when it is larger than any PBX answer (the rest is not read)."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
        return None
    chunks, size = [], 0
    for chunk in response.iter_content(chunk_size=16384):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_json(content: bytes) -> tuple[bool, Any]:
    if not content.strip():
        return True, None
    try:
        return True, json.loads(content)
    except ValueError:  # also UnicodeDecodeError
        return False, None


def _looks_like_html(headers: Any, content: bytes) -> bool:
    kind = headers.get("Content-Type", "")
    return "html" in kind or content.lstrip()[:1] == b"<"


def _messages(data: Any) -> tuple[list[str], str | None]:
    """Thulium ``{"request_id", "errors": [{"message"}]}`` or Simotel ``{"message"}``."""
    if not isinstance(data, dict):
        return [], None
    request_id = data.get("request_id")
    messages: list[str] = []
    errors = data.get("errors")
    if isinstance(errors, list):
        for item in errors:
            if isinstance(item, dict) and isinstance(item.get("message"), str):
                messages.append(item["message"])
            elif isinstance(item, str):
                messages.append(item)
    if not messages and isinstance(data.get("message"), str) and data["message"]:
        messages.append(data["message"])
    return messages, str(request_id) if request_id else None


def unusable(
    action: Action,
    why: str,
    *,
    status: int,
    request_id: str | None = None,
    code: str = "unusable",
) -> PbxError:
    """A success status whose answer cannot be used: the PBX took the request."""
    return UnusableAnswer(
        f"The PBX's answer could not be read ({why}). {action.maybe_done()}",
        hint="If this repeats, check the server address in Settings.",
        status=status,
        request_id=request_id,
        code=code,
        params={"action": action.key, "status": str(status)},
    )


def read_answer(status: int, headers: Any, content: bytes | None, action: Action) -> Answer:
    if content is None:
        if 200 <= status < 300:
            raise unusable(action, "larger than any PBX API answer", status=status, code="not-json")
        content = b""
    ok_json, data = _parse_json(content)
    messages, request_id = _messages(data)
    common: dict[str, Any] = {
        "messages": messages,
        "request_id": request_id,
        "status": status,
        "params": {"status": str(status), "action": action.key},
    }
    html = not ok_json and _looks_like_html(headers, content)
    if 200 <= status < 300:
        if not ok_json:
            why = "a web page, not the PBX API" if html else "not JSON"
            raise unusable(action, why, status=status, code="web-page" if html else "not-json")
        return Answer(status, data, request_id)
    if html:
        common["hint"] = "The server answered with a web page, not the PBX API."
    if status in (401, 403):
        text = (
            "The PBX refused the API user or password."
            if status == 401
            else "The API user is not allowed to do this (permissions)."
        )
        raise AuthFailed(text, code="unauthorized" if status == 401 else "forbidden", **common)
    if status == 404:
        raise NotFound(f"Not found. {action.not_found}", code="not-found", **common)
    if status == 429:
        retry = headers.get("Retry-After", "")
        seconds = int(retry) if retry.isdigit() else None
        wait = f" Try again in {seconds} s." if seconds is not None else " Try again shortly."
        common["params"]["seconds"] = str(seconds) if seconds is not None else ""
        raise RateLimited(
            "The PBX is receiving too many requests." + wait,
            retry_after=seconds,
            code="rate-limited",
            **common,
        )
    if status in (502, 504):
        raise ServerFailed(
            f"A gateway in front of the PBX gave up waiting (HTTP {status}). "
            + action.maybe_done(),
            code="gateway",
            **common,
        )
    if status >= 500:
        # The PBX got the request and failed somewhere while handling it: it may have
        # placed the call before failing, so this is not a "not placed".
        raise ServerFailed(
            f"The PBX had an internal error (HTTP {status}). " + action.maybe_done(),
            code="server",
            **common,
        )
    if 300 <= status < 400:
        raise BadAnswer(
            f"The server redirected the request (HTTP {status}).",
            hint="Check the server address in Settings (https://, and the /api/ path).",
            code="redirect",
            **common,
        )
    raise Rejected("The PBX refused the request.", code="rejected", **common)
