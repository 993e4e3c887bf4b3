"""The one HTTP session the PBX clients share, and the map from HTTP faults to PbxError.

Rules: TLS verification on (custom CA bundle allowed); a request that may have reached
the server is never sent again; only a failure before the request could go out (no
connection, no TLS session) is retried, once. Every request has a total deadline; an
answer is read up to :data:`MAX_ANSWER_BYTES`. Basic auth goes out as UTF-8.
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
from urllib3.exceptions import NameResolutionError, NewConnectionError

from dialdesk import __version__, logs
from dialdesk.pbx.errors import (
    AuthFailed,
    BadAnswer,
    ConnectFailed,
    NotConfigured,
    NotFound,
    OutcomeUnknown,
    PbxError,
    RateLimited,
    Rejected,
    ServerFailed,
    TlsFailed,
    UnusableAnswer,
)
from dialdesk.pbx.transport import Attempt, TrackingAdapter, Utf8BasicAuth

log = logging.getLogger(__name__)

USER_AGENT = f"dialdesk/{__version__}"
CONNECT_RETRY_PAUSE_S = 0.5
DEFAULT_DEADLINE_S = 20.0
MAX_ANSWER_BYTES = 1024 * 1024
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


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        parts = parts._replace(netloc=host)
    return urlunsplit(parts)


def _header_problem(value: str) -> str | None:
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        return "holds characters an HTTP header cannot carry"
    if any(c in value for c in "\r\n\0") or value != value.strip():
        return "holds a line break or spaces at either end"
    return None


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
        deadline: float = DEFAULT_DEADLINE_S,
        language: str = "en",
    ) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.timeout = (connect_timeout, read_timeout)
        self.deadline = deadline
        for name, value in (headers or {}).items():
            problem = _header_problem(value)
            if problem:
                raise NotConfigured(f"The {name} {problem}; it cannot be sent.", code="bad-header")
            logs.register_secret(value)  # an X-APIKEY the PBX might quote back
        self._session = requests.Session()
        self._session.trust_env = False  # a stray proxy variable must not see our auth
        adapter = TrackingAdapter()
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)
        if auth is not None:
            user, password = auth
            logs.register_secret(password, user=user)
            self._session.auth = Utf8BasicAuth(user, password)
        self._session.verify = verify
        self._session.headers.update(
            {
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                "Accept-Encoding": "identity",  # a small answer needs no compression
                "Accept-Language": language,
                **(headers or {}),
            }
        )
        self._lock = threading.Lock()

    def close(self) -> None:
        self._session.close()

    def send(self, method: str, path: str, body: Any, action: Action) -> Answer:
        url = urljoin(self.base_url, path)
        ends = time.monotonic() + self.deadline
        for attempt in (1, 2):
            try:
                return self._send_once(method, url, body, action, ends)
            except TlsFailed:
                raise
            except ConnectFailed as exc:
                if attempt == 2 or ends - time.monotonic() < self.timeout[0] / 2:
                    raise
                log.info("%s %s: %s; trying once more", method, redact_url(url), exc.message)
                time.sleep(CONNECT_RETRY_PAUSE_S)
        raise AssertionError("unreachable")

    def _send_once(self, method: str, url: str, body: Any, action: Action, ends: float) -> Answer:
        shown = redact_url(url)
        with self._lock:
            started = time.monotonic()
            left = max(ends - started, 0.1)
            timeout = (min(self.timeout[0], left), min(self.timeout[1], left))
            with Attempt(left) as attempt:
                try:
                    response = self._session.request(
                        method,
                        url,
                        data=json.dumps(body).encode("utf-8"),
                        headers={"Content-Type": "application/json; charset=utf-8"},
                        timeout=timeout,
                        allow_redirects=False,
                        stream=True,
                    )
                    try:
                        content = _read_capped(response)
                    finally:
                        response.close()
                except requests.RequestException as exc:
                    error = _map_exception(exc, shown, action, attempt, self.timeout, self.deadline)
                    log.warning("%s %s: %s (%s)", method, shown, error.message, type(exc).__name__)
                    if attempt.expired:
                        self._session.close()  # its socket was cut: never reuse it
                    raise error from None
                if attempt.expired:
                    # Cut mid-answer, yet parsed without an error (http.client takes a
                    # header cut short as the end of the head): not an answer to trust.
                    self._session.close()
                    error = _deadline_passed(shown, action, self.deadline)
                    log.warning("%s %s: %s", method, shown, error.message)
                    raise error
        elapsed_ms = (time.monotonic() - started) * 1000
        answer = _read_answer(response.status_code, response.headers, content, action)
        log.info(
            "%s %s -> %s in %.0f ms%s",
            method,
            shown,
            response.status_code,
            elapsed_ms,
            f" request_id={answer.request_id}" if answer.request_id else "",
        )
        return answer


def _read_capped(response: requests.Response) -> bytes | None:
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


def _map_exception(
    exc: requests.RequestException,
    url: str,
    action: Action,
    attempt: Attempt,
    timeout: tuple[float, float],
    deadline: float,
) -> PbxError:
    host = urlsplit(url).hostname or url
    params = {"host": host, "action": action.key}
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)
    if isinstance(exc, requests.exceptions.InvalidHeader | requests.exceptions.InvalidURL):
        return NotConfigured(
            "The PBX address or a credential cannot be used in a request; nothing was sent.",
            hint="Check the server address, and store the password or API key again.",
            code="bad-request-setup",
        )
    if attempt.nothing_sent:
        # The connection (TCP, then TLS) never became ready: the PBX saw no request.
        if isinstance(reason, NameResolutionError):
            return ConnectFailed(
                f"Cannot find the server {host}.",
                hint="Check the server address in Settings.",
                code="dns",
                params=params,
            )
        if isinstance(reason, NewConnectionError) and not isinstance(
            exc, requests.exceptions.ConnectTimeout
        ):
            return ConnectFailed(
                f"{host} refused the connection.",
                hint="Check the server address, and that the PBX is running and lets you in.",
                code="refused",
                params=params,
            )
        if isinstance(exc, requests.exceptions.SSLError) and not attempt.expired:
            return TlsFailed(
                f"The secure connection to {host} failed: its certificate was not accepted.",
                hint="If your PBX uses a private certificate, set account.ca_bundle to its "
                "CA file.",
                code="tls",
                params=params,
            )
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            return ConnectFailed(
                f"{host} did not answer the connection attempt. Nothing was sent.",
                code="connect-timeout",
                params=params,
            )
        secure = url.startswith("https:")
        failed = "never completed the handshake" if secure else "then failed"
        return TlsFailed(
            f"The {'secure ' if secure else ''}connection to {host} was not set up: the "
            f"server took the connection but {failed}. Nothing was sent, so "
            f"{action.what.lower()} was not made.",
            hint="Check the server address and port (https:// on a plain-HTTP port?).",
            code="no-handshake",
            params=params,
        )
    # The request may have been received: its outcome is unknown, and it is never resent.
    if attempt.expired:
        return _deadline_passed(url, action, deadline)
    return OutcomeUnknown(
        f"No answer from the PBX ({host}). {action.maybe_done()}",
        hint=f"Read timeout: {timeout[1]:g} s."
        if isinstance(exc, requests.exceptions.ReadTimeout)
        else None,
        code="no-answer",
        params=params,
    )


def _deadline_passed(url: str, action: Action, deadline: float) -> PbxError:
    host = urlsplit(url).hostname or url
    return OutcomeUnknown(
        f"The PBX ({host}) did not finish answering within {deadline:g} s. " + action.maybe_done(),
        hint="The limit is the setting account.deadline_s.",
        code="deadline",
        params={"host": host, "action": action.key, "seconds": f"{deadline:g}"},
    )


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


def unusable(action: Action, why: str, *, status: int, request_id: str | None = None) -> PbxError:
    """A success status whose answer cannot be used: the PBX took the request."""
    return UnusableAnswer(
        f"The PBX's answer could not be read ({why}). {action.maybe_done()}",
        hint="If this repeats, check the server address in Settings.",
        status=status,
        request_id=request_id,
        code="unusable",
        params={"action": action.key, "status": str(status)},
    )


def _read_answer(status: int, headers: Any, content: bytes | None, action: Action) -> Answer:
    if content is None:
        if 200 <= status < 300:
            raise unusable(action, "larger than any PBX API answer", status=status)
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
            raise unusable(action, why, status=status)
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
