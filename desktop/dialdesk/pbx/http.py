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
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from urllib3.exceptions import NameResolutionError, NewConnectionError

from dialdesk import __version__
from dialdesk.pbx.answers import (
    CALL,
    MAX_ANSWER_BYTES,
    Action,
    Answer,
    read_answer,
    read_capped,
    unusable,
)
from dialdesk.pbx.errors import (
    ConnectFailed,
    NotConfigured,
    OutcomeUnknown,
    PbxError,
    TlsFailed,
)
from dialdesk.pbx.transport import Attempt, TrackingAdapter, Utf8BasicAuth

__all__ = ["CALL", "MAX_ANSWER_BYTES", "Action", "Answer", "HttpClient", "unusable"]

log = logging.getLogger(__name__)

USER_AGENT = f"dialdesk/{__version__}"
CONNECT_RETRY_PAUSE_S = 0.5
DEFAULT_DEADLINE_S = 20.0


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
        self._session = requests.Session()
        self._session.trust_env = False  # a stray proxy variable must not see our auth
        adapter = TrackingAdapter()
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)
        if auth is not None:
            self._session.auth = Utf8BasicAuth(*auth)
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
                        content = read_capped(response)
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
            if attempt.expired:
                # The deadline struck in the instant after the check: the answer is whole,
                # but the kept-alive socket it came on was cut.
                self._session.close()
        elapsed_ms = (time.monotonic() - started) * 1000
        answer = read_answer(response.status_code, response.headers, content, action)
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
