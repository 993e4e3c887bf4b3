from __future__ import annotations

import pytest

from dialdesk.pbx import AuthFailed, CampaignRecord, Rejected, Unsupported
from dialdesk.pbx.http import HttpClient
from dialdesk.pbx.simotel import SimotelBackend
from dialdesk.sandbox import Fault, SandboxServer
from tests.helpers.secrets import PASSWORD


def test_originate_sends_strings_and_returns_the_call_id(
    simotel: SimotelBackend, sandbox: SandboxServer
) -> None:
    result = simotel.call("552")
    (request,) = sandbox.calls()
    assert request["method"] == "PUT"
    assert request["path"] == "/api/v4/call/originate/act"
    assert request["body"] == {
        "caller": "557",
        "callee": "552",
        "context": "main_routing",
        "caller_id": "557",
        "trunk_name": "cisco",
        "timeout": "30",
        "call_limit": "120",
    }
    assert result.pbx_id and result.pbx_id.startswith("orig.call.")


def test_success_zero_is_a_rejection_with_the_message(
    simotel: SimotelBackend, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(
        Fault(
            endpoint="originate",
            status=200,
            json={"success": 0, "message": "Trunk is busy", "data": None},
        )
    )
    with pytest.raises(Rejected) as info:
        simotel.call("552")
    assert info.value.messages == ["Trunk is busy"]


def test_api_key_is_required_beside_basic_auth(sandbox: SandboxServer) -> None:
    http = HttpClient(sandbox.url, auth=("agent", PASSWORD))
    backend = SimotelBackend(http, caller="557", context="main_routing")
    with pytest.raises(AuthFailed) as info:
        backend.call("552")
    assert info.value.exit_code == 3
    assert sandbox.calls()[0]["status"] == 401


def test_check_never_originates(simotel: SimotelBackend, sandbox: SandboxServer) -> None:
    assert "Connected" in simotel.check()
    assert sandbox.calls()[0]["body"] == {}


def test_campaign_actions_are_unsupported(simotel: SimotelBackend) -> None:
    with pytest.raises(Unsupported):
        simotel.add_campaign_record("00001", CampaignRecord("1"))
    with pytest.raises(Unsupported):
        simotel.schedule_call("1", "1", None)
    with pytest.raises(Unsupported):
        simotel.set_campaign_status("1", "1")
