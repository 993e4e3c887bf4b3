"""The one HTTP session the PBX clients share, and the map from HTTP faults to PbxError.

Rules: TLS verification on (custom CA bundle allowed); a request that may have reached
the server is never sent again; only a failure to connect (nothing sent) is retried, once.
No header or body goes to the log: only method, URL without user info, status, time and
the PBX's request id.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import NameResolutionError, NewConnectionError

from dialdesk import __version__
from dialdesk.pbx.errors import (
    AuthFailed,
    BadAnswer,
    ConnectFailed,
    NotFound,
    OutcomeUnknown,
    PbxError,
    RateLimited,
    Rejected,
    ServerFailed,
    TlsFailed,
)

log = logging.getLogger(__name__)

USER_AGENT = f"dialdesk/{__version__}"
CONNECT_RETRY_PAUSE_S = 0.5


@dataclass(frozen=True)
class Action:
    """What a request does, in words for the messages about it."""

    what: str  # "the call", "the callback" …
    check_where: str  # where the agent can see whether it happened
    not_found: str = "Check the server address in Settings."
    key: str = "call"  # for the UI's translated messages


CALL = Action("The call", "your phone")


@dataclass(frozen=True)
class Answer:
    status: int
    data: Any
    request_id: str | None


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        parts = parts._replace(netloc=host)
    return urlunsplit(parts)


class HttpClient:
    def __init__(
        self,
        base_url: str,
        *,
        auth: tuple[str, str] | None = None,
        headers: dict[str, str] | None = None,
        verify: bool | str = True,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        language: str = "en",
    ) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.timeout = (connect_timeout, read_timeout)
        self._session = requests.Session()
        self._session.trust_env = False  # a stray proxy variable must not see our auth
        adapter = HTTPAdapter(max_retries=0, pool_connections=1, pool_maxsize=4)
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)
        self._session.auth = auth
        self._session.verify = verify
        self._session.headers.update(
            {
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                "Accept-Language": language,
                **(headers or {}),
            }
        )
        self._lock = threading.Lock()

    def close(self) -> None:
        self._session.close()

    def send(self, method: str, path: str, body: Any, action: Action) -> Answer:
        url = urljoin(self.base_url, path)
        for attempt in (1, 2):
            try:
                return self._send_once(method, url, body, action)
            except TlsFailed:
                raise
            except ConnectFailed as exc:
                if attempt == 2:
                    raise
                log.info("%s %s: %s; trying once more", method, redact_url(url), exc.message)
                time.sleep(CONNECT_RETRY_PAUSE_S)
        raise AssertionError("unreachable")

    def _send_once(self, method: str, url: str, body: Any, action: Action) -> Answer:
        started = time.monotonic()
        shown = redact_url(url)
        try:
            with self._lock:
                response = self._session.request(
                    method,
                    url,
                    data=json.dumps(body).encode("utf-8"),
                    headers={"Content-Type": "application/json; charset=utf-8"},
                    timeout=self.timeout,
                    allow_redirects=False,
                )
        except requests.RequestException as exc:
            error = _map_exception(exc, shown, action, self.timeout[1])
            log.warning("%s %s: %s (%s)", method, shown, error.message, type(exc).__name__)
            raise error from None
        elapsed_ms = (time.monotonic() - started) * 1000
        answer = _read_answer(response, action)
        log.info(
            "%s %s -> %s in %.0f ms%s",
            method,
            shown,
            response.status_code,
            elapsed_ms,
            f" request_id={answer.request_id}" if answer.request_id else "",
        )
        return answer


def _map_exception(
    exc: requests.RequestException, url: str, action: Action, read_timeout: float
) -> PbxError:
    host = urlsplit(url).hostname or url
    if isinstance(exc, requests.exceptions.SSLError):
        return TlsFailed(
            f"The secure connection to {host} failed: its certificate was not accepted.",
            hint="If your PBX uses a private certificate, set account.ca_bundle to its CA file.",
            code="tls",
            params={"host": host},
        )
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return ConnectFailed(
            f"{host} did not answer the connection attempt.",
            code="connect-timeout",
            params={"host": host},
        )
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason = exc.args[0] if exc.args else None
        reason = getattr(reason, "reason", reason)
        if isinstance(reason, NameResolutionError):
            return ConnectFailed(
                f"Cannot find the server {host}.",
                hint="Check the server address in Settings.",
                code="dns",
                params={"host": host},
            )
        if isinstance(reason, NewConnectionError):
            return ConnectFailed(
                f"{host} refused the connection.",
                hint="Check the server address, and that the PBX is running and lets you in.",
                code="refused",
                params={"host": host},
            )
    # A read timeout or a connection dropped mid-way: the request may have been received.
    return OutcomeUnknown(
        f"No answer from the PBX ({host}). {action.what} may have gone through: "
        f"check {action.check_where} before you try again.",
        hint=f"Read timeout: {read_timeout:g} s."
        if isinstance(exc, requests.exceptions.ReadTimeout)
        else None,
        code="no-answer",
        params={"host": host, "action": action.key},
    )


def _parse_json(response: requests.Response) -> tuple[bool, Any]:
    if not response.content.strip():
        return True, None
    try:
        return True, response.json()
    except ValueError:
        return False, None


def _looks_like_html(response: requests.Response) -> bool:
    kind = response.headers.get("Content-Type", "")
    return "html" in kind or response.content.lstrip()[:1] == b"<"


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


def _read_answer(response: requests.Response, action: Action) -> Answer:
    status = response.status_code
    ok_json, data = _parse_json(response)
    messages, request_id = _messages(data)
    common: dict[str, Any] = {
        "messages": messages,
        "request_id": request_id,
        "status": status,
        "params": {"status": str(status), "action": action.key},
    }
    if 200 <= status < 300:
        if not ok_json:
            what = "a web page" if _looks_like_html(response) else "something that is not JSON"
            raise BadAnswer(
                f"The server answered with {what}, not the PBX API.",
                hint="Check the server address in Settings.",
                status=status,
                code="web-page" if _looks_like_html(response) else "not-json",
            )
        return Answer(status, data, request_id)
    if not ok_json and _looks_like_html(response):
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
        retry = response.headers.get("Retry-After", "")
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
        raise OutcomeUnknown(
            f"A gateway in front of the PBX gave up waiting (HTTP {status}). {action.what} "
            f"may have gone through: check {action.check_where} before you try again.",
            code="gateway",
            **common,
        )
    if status >= 500:
        raise ServerFailed(
            f"The PBX had an internal error (HTTP {status}).", code="server", **common
        )
    if 300 <= status < 400:
        raise BadAnswer(
            f"The server redirected the request (HTTP {status}).",
            hint="Check the server address in Settings (https://, and the /api/ path).",
            code="redirect",
            **common,
        )
    raise Rejected("The PBX refused the request.", code="rejected", **common)
