"""A request the PBX received but whose answer is unusable is *outcome unknown*; one that
never got out is *not placed*. Real loopback servers that misbehave in each way."""

from __future__ import annotations

import json
import socket
import time

import pytest

from dialdesk.pbx import ConnectFailed, OutcomeUnknown, Rejected
from dialdesk.pbx.http import MAX_ANSWER_BYTES, HttpClient
from dialdesk.pbx.simotel import SimotelBackend
from dialdesk.pbx.thulium import ThuliumBackend
from tests.helpers.rawserver import RawServer, reply, serving


def _thulium(server: RawServer, **kw: float) -> ThuliumBackend:
    return ThuliumBackend(HttpClient(server.url() + "api/", auth=("agent", "pw-1234"), **kw), "391")


def _simotel(server: RawServer, **kw: float) -> SimotelBackend:
    http = HttpClient(server.url(), auth=("agent", "pw-1234"), **kw)
    return SimotelBackend(http, caller="557", context="main_routing")


BIG = b"x" * (MAX_ANSWER_BYTES + 1)


@pytest.mark.parametrize(
    ("status", "body", "kind", "words"),
    [
        (200, b'{"record_id": ', "application/json", "not JSON"),
        (200, b"<!doctype html><h1>Welcome</h1>", "text/html", "web page"),
        (200, BIG, "text/plain", "larger than any PBX API answer"),
        (500, b'{"errors": [{"message": "DB down"}]}', "application/json", "HTTP 500"),
        (502, b"<html>bad gateway</html>", "text/html", "HTTP 502"),
        (503, b"", "text/plain", "HTTP 503"),
    ],
)
def test_thulium_answers_that_cannot_be_used_are_outcome_unknown(
    status: int, body: bytes, kind: str, words: str
) -> None:
    with serving(reply(status, body, kind)) as server:
        backend = _thulium(server)
        with pytest.raises(OutcomeUnknown) as info:
            backend.call("666777888")
        backend.close()
    assert words in info.value.message
    assert "check your phone before you try again" in info.value.message
    assert info.value.exit_code == 5
    assert len(server.requests) == 1  # and never sent again


def test_a_huge_answer_is_not_read_to_the_end() -> None:
    sent: list[int] = []

    def endless(conn: socket.socket, server: RawServer) -> None:
        server.read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")  # no length
        chunk = b"y" * 65536
        for _ in range(50 * 16):  # 50 MiB if the client read it all
            conn.sendall(chunk)
            sent.append(len(chunk))

    with serving(endless) as server:
        backend = _thulium(server)
        started = time.monotonic()
        with pytest.raises(OutcomeUnknown, match="larger than"):
            backend.call("666777888")
        backend.close()
    assert time.monotonic() - started < 5
    assert sum(sent) < 20 * MAX_ANSWER_BYTES


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (200, b"<html><body>Simotel</body></html>", "text/html"),
        (200, json.dumps({"message": None, "data": {}}).encode(), "application/json"),
        (200, b"[1]", "application/json"),
        (500, b"", "text/plain"),
    ],
)
def test_simotel_answers_without_a_verdict_are_outcome_unknown(
    status: int, body: bytes, kind: str
) -> None:
    with serving(reply(status, body, kind)) as server:
        backend = _simotel(server)
        with pytest.raises(OutcomeUnknown, match="check your phone"):
            backend.call("552")
        backend.close()
    assert len(server.requests) == 1


@pytest.mark.parametrize("success", [0, "0", 2, False])
def test_simotel_success_other_than_1_is_a_refusal(success: object) -> None:
    body = json.dumps({"success": success, "message": "Caller busy"}).encode()
    with serving(reply(200, body)) as server:
        backend = _simotel(server)
        with pytest.raises(Rejected) as info:
            backend.call("552")
        backend.close()
    assert info.value.messages == ["Caller busy"]


def test_simotel_success_as_a_string_is_success() -> None:
    body = json.dumps({"success": "1", "data": {"originated_call_id": "o.1"}}).encode()
    with serving(reply(200, body)) as server:
        backend = _simotel(server)
        assert backend.call("552").pbx_id == "o.1"
        backend.close()


def _trickle(conn: socket.socket, server: RawServer) -> None:
    """The status line, then one header byte every 0.4 s: no read ever times out."""
    server.read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    while not server.stopped():
        conn.sendall(b"X")
        time.sleep(0.4)


def test_a_trickling_server_ends_at_the_deadline_as_outcome_unknown() -> None:
    with serving(_trickle) as server:
        backend = _thulium(server, read_timeout=1.0, deadline=2.0)
        started = time.monotonic()
        with pytest.raises(OutcomeUnknown) as info:
            backend.call("666777888")
        took = time.monotonic() - started
        backend.close()
    assert 1.9 < took < 4
    assert "within 2 s" in info.value.message
    assert "check your phone before you try again" in info.value.message
    assert info.value.code == "deadline"
    assert len(server.requests) == 1


def test_a_body_trickled_after_the_headers_also_ends_at_the_deadline() -> None:
    def slow_body(conn: socket.socket, server: RawServer) -> None:
        server.read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
        while not server.stopped():
            conn.sendall(b" ")
            time.sleep(0.4)

    with serving(slow_body) as server:
        backend = _thulium(server, read_timeout=1.0, deadline=2.0)
        started = time.monotonic()
        with pytest.raises(OutcomeUnknown, match="within 2 s"):
            backend.call("666777888")
        assert time.monotonic() - started < 4
        backend.close()


def _silent_tls(conn: socket.socket, server: RawServer) -> None:
    """Accepts the TCP connection, reads the ClientHello, never answers it."""
    conn.settimeout(10)
    while not server.stopped():
        try:
            if not conn.recv(4096):
                return
        except TimeoutError:
            continue


@pytest.mark.parametrize("deadline", [20.0, 1.5])
def test_a_tls_handshake_that_never_completes_is_not_placed(deadline: float) -> None:
    """Nothing was sent: "not placed", never "may have gone through"."""
    with serving(_silent_tls) as server:
        http = HttpClient(
            server.url("https") + "api/",
            auth=("agent", "pw-1234"),
            connect_timeout=1.0,
            deadline=deadline,
        )
        started = time.monotonic()
        with pytest.raises(ConnectFailed) as info:
            ThuliumBackend(http, "391").call("666777888")
        took = time.monotonic() - started
        http.close()
    assert not isinstance(info.value, OutcomeUnknown)
    assert "Nothing was sent" in info.value.message
    assert "was not made" in info.value.message
    assert "may have gone through" not in str(info.value)
    assert took < min(deadline, 1.0) + 1.5
    assert server.connections == 1  # a handshake failure is not retried
