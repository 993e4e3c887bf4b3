"""Every entry of the PBX fault map, produced for real on loopback, and the no-double-dial rule."""

from __future__ import annotations

import base64
import logging
import socket
import time

import pytest

from dialdesk.pbx import (
    AuthFailed,
    BadAnswer,
    ConnectFailed,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    ServerFailed,
    TlsFailed,
    UnusableAnswer,
)
from dialdesk.pbx.http import HttpClient
from dialdesk.pbx.thulium import ThuliumBackend
from dialdesk.sandbox import Fault, SandboxServer
from tests.helpers.secrets import PASSWORD
from tests.pbx.conftest import thulium_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    http = HttpClient(f"http://127.0.0.1:{_free_port()}/api/", auth=("agent", PASSWORD))
    with pytest.raises(ConnectFailed) as info:
        ThuliumBackend(http, "391").call("666777888")
    assert "refused the connection" in info.value.message
    assert info.value.exit_code == 5
    assert "trying once more" in caplog.text  # nothing was sent, so one retry is allowed


def test_unknown_host() -> None:
    http = HttpClient("https://no-such-pbx.invalid/api/", auth=("agent", PASSWORD))
    with pytest.raises(ConnectFailed, match="Cannot find the server no-such-pbx.invalid"):
        ThuliumBackend(http, "391").call("666777888")


def test_tls_failure_hints_at_the_ca_bundle(sandbox: SandboxServer) -> None:
    https_url = sandbox.thulium_url.replace("http://", "https://")
    http = HttpClient(https_url, auth=("agent", PASSWORD))
    with pytest.raises(TlsFailed) as info:
        ThuliumBackend(http, "391").call("666777888")
    assert "ca_bundle" in (info.value.hint or "")


def test_wrong_password(sandbox: SandboxServer) -> None:
    with pytest.raises(AuthFailed, match="API user or password") as info:
        thulium_client(sandbox, password="wrong").call("666777888")
    assert info.value.status == 401
    assert info.value.messages == ["Unauthorized."]


@pytest.mark.parametrize(
    ("fault", "error", "words"),
    [
        (
            Fault(status=403, json={"errors": [{"message": "No permission"}]}),
            AuthFailed,
            "permissions",
        ),
        (
            Fault(
                status=422,
                json={"request_id": "abc", "errors": [{"message": "A"}, {"message": "B"}]},
            ),
            Rejected,
            "refused",
        ),
        (Fault(status=429, headers={"Retry-After": "30"}), RateLimited, "30 s"),
        (Fault(status=500, json={"errors": [{"message": "DB down"}]}), ServerFailed, "500"),
        (
            Fault(status=503, body="<html>down</html>", content_type="text/html"),
            ServerFailed,
            "503",
        ),
        (Fault(status=504), OutcomeUnknown, "check your phone"),
        (
            Fault(status=200, body="<!doctype html><p>Welcome</p>", content_type="text/html"),
            UnusableAnswer,
            "web page",
        ),
        (Fault(status=301, headers={"Location": "https://elsewhere/"}), BadAnswer, "redirect"),
    ],
)
def test_http_answers_map_to_clear_errors(
    thulium: ThuliumBackend, sandbox: SandboxServer, fault: Fault, error: type, words: str
) -> None:
    sandbox.add_fault(fault)
    with pytest.raises(error) as info:
        thulium.call("666777888")
    assert words in str(info.value) + (info.value.hint or "")
    assert len(sandbox.calls()) == 1


def test_pbx_messages_and_request_id_are_kept(
    thulium: ThuliumBackend, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(
        Fault(
            status=400,
            json={
                "request_id": "53678450401cf",
                "errors": [
                    {"message": "Wrong format of phone number.", "code": 111111},
                    {"message": "Duplicated customer name.", "code": 222222},
                ],
            },
        )
    )
    with pytest.raises(Rejected) as info:
        thulium.call("666777888")
    assert info.value.messages == ["Wrong format of phone number.", "Duplicated customer name."]
    assert info.value.request_id == "53678450401cf"
    assert "Request id: 53678450401cf" in info.value.details()


def test_malformed_json_where_json_is_expected(
    thulium: ThuliumBackend, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(Fault(endpoint="records", status=200, body='{"record_id": '))
    from dialdesk.pbx import CampaignRecord

    with pytest.raises(UnusableAnswer, match="not JSON.*record may have gone through"):
        thulium.add_campaign_record("00001", CampaignRecord("111222333"))


def test_success_without_a_record_id(thulium: ThuliumBackend, sandbox: SandboxServer) -> None:
    sandbox.add_fault(Fault(endpoint="records", status=200, json={"unexpected": True}))
    from dialdesk.pbx import CampaignRecord

    with pytest.raises(UnusableAnswer, match="which record"):
        thulium.add_campaign_record("00001", CampaignRecord("111222333"))


def _wait_until_idle(sandbox: SandboxServer, seconds: float) -> None:
    time.sleep(seconds)  # let the slow handler finish, so a late retry would be seen


def test_timed_out_call_is_sent_exactly_once(sandbox: SandboxServer) -> None:
    sandbox.add_fault(Fault(endpoint="connections/call", delay=1.5, status=200))
    backend = thulium_client(sandbox, read_timeout=0.4)
    with pytest.raises(OutcomeUnknown) as info:
        backend.call("666777888")
    assert "check your phone before you try again" in info.value.message
    _wait_until_idle(sandbox, 1.5)
    assert len(sandbox.calls()) == 1


def test_connection_dropped_after_sending_is_outcome_unknown_and_not_retried(
    thulium: ThuliumBackend, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(Fault(endpoint="connections/call", hangup=True))
    with pytest.raises(OutcomeUnknown):
        thulium.call("666777888")
    _wait_until_idle(sandbox, 0.3)
    assert len(sandbox.calls()) == 1


def test_scheduling_timeout_names_the_callback(sandbox: SandboxServer) -> None:
    sandbox.add_fault(Fault(endpoint="schedule_call", delay=1.0, status=200))
    with pytest.raises(OutcomeUnknown, match="callback may have gone through"):
        thulium_client(sandbox, read_timeout=0.3).schedule_call("2", "500333222", None)


def test_no_secret_in_logs_or_error_text(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    backend = thulium_client(sandbox)
    backend.call("666777888")
    sandbox.add_fault(Fault(status=500))
    with pytest.raises(ServerFailed) as info:
        backend.call("666777888")
    basic = base64.b64encode(f"agent:{PASSWORD}".encode()).decode()
    text = caplog.text + info.value.details() + repr(info.value)
    assert PASSWORD not in text
    assert basic not in text
    assert "connections/call -> 200" in caplog.text


def test_user_agent_and_language_headers(sandbox: SandboxServer) -> None:
    seen: dict[str, str] = {}
    import http.server

    original = http.server.BaseHTTPRequestHandler.parse_request

    def spy(self: http.server.BaseHTTPRequestHandler) -> bool:
        ok = original(self)
        seen.update(dict(self.headers))
        return ok

    http.server.BaseHTTPRequestHandler.parse_request = spy  # type: ignore[method-assign]
    try:
        thulium_client(sandbox, language="pl").call("666777888")
    finally:
        http.server.BaseHTTPRequestHandler.parse_request = original  # type: ignore[method-assign]
    assert seen["User-Agent"].startswith("dialdesk/")
    assert seen["Accept-Language"] == "pl"
    assert seen["Content-Type"] == "application/json; charset=utf-8"
