"""Below ``requests``: how far one PBX request got, its total deadline, and UTF-8 Basic auth.

Whether a failed request may have reached the PBX decides between "not placed, safe to try
again" and "outcome unknown, check your phone". ``requests`` cannot say it (a TLS handshake
that stalls surfaces as a *read* timeout), so the connection classes here report to the
current :class:`Attempt` when a connection starts and finishes connecting: a failure
before that finish sent nothing.

A read timeout bounds each wait for a byte, not the whole answer: a server trickling a byte
every few seconds would hold the agent forever. The attempt's deadline shuts the socket
down, which ends any read at once.
"""

from __future__ import annotations

import base64
import contextlib
import socket
import threading
from typing import Any

from requests.adapters import HTTPAdapter
from requests.auth import AuthBase
from requests.models import PreparedRequest
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_current = threading.local()


class Attempt:
    """One try at one request. Use as a context manager around ``Session.request`` and the
    reading of the answer; the deadline timer runs from ``__enter__``."""

    def __init__(self, deadline_s: float) -> None:
        self.deadline_s = deadline_s
        self.connected = False
        """A connection was ready for this request: bytes of it may have gone out."""
        self.expired = False
        """The deadline cut the request short."""
        self._done = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(max(deadline_s, 0.0), self._expire)
        self._timer.daemon = True
        self._timer.name = "dialdesk-deadline"

    def __enter__(self) -> Attempt:
        _current.attempt = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._done = True
        self._timer.cancel()
        _current.attempt = None

    @property
    def nothing_sent(self) -> bool:
        return not self.connected

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _cut(sock)

    def _expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _cut(sock)


def _cut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def current() -> Attempt | None:
    return getattr(_current, "attempt", None)


class _Tracked:
    """Mixed into urllib3's connections: report connecting and connected to the attempt."""

    sock: socket.socket | None

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        attempt = current()
        if attempt is not None:
            attempt.watch(sock)  # from here the deadline can end a stalled TLS handshake
        return sock

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        attempt = current()
        if attempt is not None:
            attempt.connected = True

    def request(self, *args: Any, **kwargs: Any) -> None:
        attempt = current()
        if attempt is not None and self.sock is not None:  # a kept-alive connection
            attempt.watch(self.sock)
            attempt.connected = True
        super().request(*args, **kwargs)  # type: ignore[misc]


class _HTTPConnection(_Tracked, HTTPConnection):
    pass


class _HTTPSConnection(_Tracked, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


class TrackingAdapter(HTTPAdapter):
    """An adapter whose connections report to the current :class:`Attempt`. Never retries."""

    def __init__(self) -> None:
        super().__init__(max_retries=0, pool_connections=1, pool_maxsize=4)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}


class Utf8BasicAuth(AuthBase):
    """HTTP Basic auth with the user and password as UTF-8 (RFC 7617's ``charset="UTF-8"``,
    what Thulium's and Simotel's servers decode). ``requests`` would send Latin-1, and fail
    outright on any letter Latin-1 lacks (ą, ę, ł…)."""

    def __init__(self, user: str, password: str) -> None:
        pair = f"{user}:{password}".encode()
        self._header = "Basic " + base64.b64encode(pair).decode("ascii")

    def __call__(self, request: PreparedRequest) -> PreparedRequest:
        request.headers["Authorization"] = self._header
        return request

    def __repr__(self) -> str:
        return "Utf8BasicAuth([redacted])"
