"""The sandbox's HTTP side: routing, auth, fault injection and the control endpoints.

Control endpoints (no auth, loopback only):
``GET /sandbox/calls`` every API request received, in order; ``DELETE /sandbox/calls``;
``POST /sandbox/faults`` a fault object or list (see :class:`Fault`); ``DELETE
/sandbox/faults``. Requests are logged *before* a fault applies, so a test can prove a
request that timed out was sent exactly once.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from dialdesk.sandbox import simotel, thulium
from dialdesk.sandbox.state import Reply, State

log = logging.getLogger(__name__)

DEFAULT_USER = "sandbox"
DEFAULT_PASSWORD = "sandbox"  # noqa: S105 - the simulator's published login, not a secret
DEFAULT_API_KEY = "sandbox"
MAX_BODY = 64 * 1024


@dataclass
class Fault:
    """Make the next ``times`` requests whose path contains ``endpoint`` misbehave."""

    endpoint: str = "*"
    status: int | None = None
    body: str | None = None
    json: Any = None
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    hangup: bool = False
    times: int = 1

    def matches(self, path: str) -> bool:
        return self.endpoint == "*" or self.endpoint in path


class SandboxServer:
    """Run with ``start()`` (a daemon thread) or ``serve_forever()``; ``url`` once bound."""

    def __init__(
        self,
        port: int = 0,
        *,
        user: str = DEFAULT_USER,
        password: str = DEFAULT_PASSWORD,
        api_key: str = DEFAULT_API_KEY,
        on_request: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        self.state = State()
        self.user, self.password, self.api_key = user, password, api_key
        self.on_request = on_request
        self.faults: list[Fault] = []
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"sandbox": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    @property
    def thulium_url(self) -> str:
        return self.url + "api/"

    def start(self) -> SandboxServer:
        # A short poll interval: stop() returns within 50 ms instead of 500.
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, args=(0.05,), name="dialdesk-sandbox", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def add_fault(self, fault: Fault) -> None:
        with self._lock:
            self.faults.append(fault)

    def calls(self) -> list[dict[str, Any]]:
        return self.state.requests()

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.matches(path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def basic_ok(self, header: str | None) -> bool:
        if not header or not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return secrets.compare_digest(user, self.user) and secrets.compare_digest(
            password, self.password
        )


class _Handler(BaseHTTPRequestHandler):
    sandbox: SandboxServer
    protocol_version = "HTTP/1.1"
    server_version = "dialdesk-sandbox"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("sandbox: " + format, *args)

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/sandbox/calls":
            self._send(Reply(200, {"calls": self.sandbox.calls()}))
        elif self.path.rstrip("/") == "/sandbox/state":
            self._send(Reply(200, self.sandbox.state.snapshot()))
        else:
            self._api("GET")

    def do_DELETE(self) -> None:
        if self.path.rstrip("/") == "/sandbox/calls":
            self.sandbox.state.clear_requests()
            self._send(Reply(204))
        elif self.path.rstrip("/") == "/sandbox/faults":
            with self.sandbox._lock:
                self.sandbox.faults.clear()
            self._send(Reply(204))
        else:
            self._api("DELETE")

    def do_POST(self) -> None:
        if self.path.rstrip("/") == "/sandbox/faults":
            raw = self._read_body()
            try:
                data = json.loads(raw or b"null")
                items = data if isinstance(data, list) else [data]
                for item in items:
                    self.sandbox.add_fault(Fault(**item))
            except (ValueError, TypeError) as exc:
                self._send(Reply(400, {"error": f"bad fault: {exc}"}))
                return
            self._send(Reply(201, {"faults": [asdict(f) for f in self.sandbox.faults]}))
            return
        self._api("POST")

    def do_PUT(self) -> None:
        self._api("PUT")

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.close_connection = True
            return b""
        return self.rfile.read(length) if length > 0 else b""

    def _api(self, method: str) -> None:
        raw = self._read_body()
        path = self.path.split("?", 1)[0]
        entry = self.sandbox.state.log_request(method, path, raw)
        if self.sandbox.on_request is not None:
            self.sandbox.on_request(entry)
        fault = self.sandbox.take_fault(path)
        if fault is not None and self._apply(fault):
            return
        polish = (self.headers.get("Accept-Language") or "").lower().startswith("pl")
        if path.startswith("/api/v4/"):
            key_ok = secrets.compare_digest(
                self.headers.get("X-APIKEY") or "", self.sandbox.api_key
            )
            ok = self.sandbox.basic_ok(self.headers.get("Authorization")) and key_ok
            reply = simotel.handle(self.sandbox.state, method, path, raw, authorised=ok)
        elif path.startswith("/api/"):
            ok = self.sandbox.basic_ok(self.headers.get("Authorization"))
            reply = thulium.handle(
                self.sandbox.state,
                method,
                path[len("/api/") :],
                raw,
                authorised=ok,
                polish=polish,
            )
        else:
            reply = Reply(404, {"error": "not found"})
        self.sandbox.state.set_outcome(entry["n"], reply.status)
        self._send(reply)

    def _apply(self, fault: Fault) -> bool:
        """Returns True when the fault answered (or hung up) in place of the API."""
        if fault.delay:
            time.sleep(fault.delay)
        if fault.hangup:
            self.close_connection = True
            self.connection.close()
            return True
        if fault.status is None:
            return False
        if fault.json is not None:
            body = json.dumps(fault.json).encode()
        else:
            body = (fault.body or "").encode()
        self._send(
            Reply(fault.status, raw=body, content_type=fault.content_type, headers=fault.headers)
        )
        return True

    def _send(self, reply: Reply) -> None:
        body = (
            reply.raw
            if reply.raw is not None
            else (
                b"" if reply.data is None else json.dumps(reply.data, ensure_ascii=False).encode()
            )
        )
        try:
            self.send_response(
                reply.status,
                HTTPStatus(reply.status).phrase
                if reply.status in HTTPStatus._value2member_map_
                else "",
            )
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client went away (e.g. its read timed out): nothing to do
            self.close_connection = True
