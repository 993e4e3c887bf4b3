"""The Thulium client against the real sandbox: bodies field for field, answers, refusals."""

from __future__ import annotations

from datetime import datetime

import pytest

from dialdesk.pbx import CampaignRecord, NotConfigured, NotFound, Rejected
from dialdesk.pbx.thulium import ThuliumBackend, base_url
from dialdesk.sandbox import SandboxServer
from tests.pbx.conftest import thulium_client


def test_call_sends_exactly_sip_and_phone_number(
    thulium: ThuliumBackend, sandbox: SandboxServer
) -> None:
    result = thulium.call("666777888")
    (request,) = sandbox.calls()
    assert request["method"] == "POST"
    assert request["path"] == "/api/connections/call"
    assert request["body"] == {"sip": "391", "phone_number": "666777888"}
    assert result.pbx_id is None


def test_schedule_call_body_and_date_format(
    thulium: ThuliumBackend, sandbox: SandboxServer
) -> None:
    thulium.schedule_call("2", "500333222", datetime(2020, 11, 6, 14, 42, 11))
    thulium.schedule_call("2", "500333222", None)
    first, second = sandbox.calls()
    assert first["path"] == "/api/queues/2/schedule_call"
    assert first["body"] == {"phone_number": "500333222", "call_at": "2020-11-06 14:42:11"}
    assert second["body"] == {"phone_number": "500333222"}


def test_schedule_to_an_unknown_queue_is_not_found(thulium: ThuliumBackend) -> None:
    with pytest.raises(NotFound) as info:
        thulium.schedule_call("77", "500333222", None)
    assert "queue" in info.value.message.lower()
    assert info.value.messages == ["Queue not found."]
    assert info.value.request_id
    assert info.value.exit_code == 4


def test_add_campaign_record_full_body_and_record_id(
    thulium: ThuliumBackend, sandbox: SandboxServer
) -> None:
    record = CampaignRecord(
        phone_number="111222333",
        status_id="2",
        dictionary_status_id="3",
        identifier="CRM-1",
        agent_login="j.doe",
        next_call_date="2026-12-01 10:30",
        record_fields={"first_name": "Jan", "note": ""},
        order=50,
    )
    result = thulium.add_campaign_record("00001", record)
    assert result.pbx_id == "231"
    assert sandbox.calls()[0]["body"] == {
        "phone_number": "111222333",
        "status_id": "2",
        "dictionary_status_id": "3",
        "identifier": "CRM-1",
        "agent_login": "j.doe",
        "next_call_date": "2026-12-01 10:30",
        "record_fields": {"first_name": "Jan", "note": ""},
        "order": 50,
    }


def test_minimal_record_leaves_optional_fields_out(
    thulium: ThuliumBackend, sandbox: SandboxServer
) -> None:
    thulium.add_campaign_record("00001", CampaignRecord(phone_number="111222333"))
    assert sandbox.calls()[0]["body"] == {"phone_number": "111222333"}


@pytest.mark.parametrize(
    ("campaign", "record", "messages"),
    [
        (
            "00001",
            CampaignRecord("111222333", status_id="2"),
            [
                "Field agent_login is required for status MY_RECORD.",
                "Field next_call_date is required for status MY_RECORD.",
            ],
        ),
        (
            "00001",
            CampaignRecord("111222333", status_id="3"),
            ["Field next_call_date is required for status CALL_NO_SOONER_THAN."],
        ),
        (
            "00001",
            CampaignRecord("111222333", record_fields={"shoe_size": "44"}),
            ["Unknown campaign field: shoe_size."],
        ),
        (
            "00002",
            CampaignRecord("111222333", record_fields={"note": "x"}),
            ["Campaign fields can be set only in non-CRM campaigns."],
        ),
        ("0001", CampaignRecord("111222333"), ["Campaign id must have five characters."]),
    ],
)
def test_every_refusal_comes_back_verbatim(
    thulium: ThuliumBackend, campaign: str, record: CampaignRecord, messages: list[str]
) -> None:
    with pytest.raises(Rejected) as info:
        thulium.add_campaign_record(campaign, record)
    assert info.value.messages == messages
    assert info.value.request_id


def test_duplicate_number_in_a_campaign_is_refused(thulium: ThuliumBackend) -> None:
    thulium.add_campaign_record("00001", CampaignRecord("111222333"))
    with pytest.raises(Rejected) as info:
        thulium.add_campaign_record("00001", CampaignRecord("111222333"))
    assert info.value.messages == ["Phone number already exists in the campaign."]


def test_unknown_campaign_is_not_found(thulium: ThuliumBackend) -> None:
    with pytest.raises(NotFound, match="campaign id"):
        thulium.add_campaign_record("99999", CampaignRecord("111222333"))


def test_set_campaign_status_lists_campaigns_updated(
    thulium: ThuliumBackend, sandbox: SandboxServer
) -> None:
    thulium.add_campaign_record("00001", CampaignRecord("111222333"))
    thulium.add_campaign_record("00003", CampaignRecord("111222333"))
    result = thulium.set_campaign_status("111222333", "3")
    assert result.campaigns == ("00001", "00003")
    assert sandbox.calls()[-1]["body"] == {"phone_number": "111222333", "status_id": "3"}
    assert thulium.set_campaign_status("999888777", "3").campaigns == ()


def test_polish_error_messages_when_asked(sandbox: SandboxServer) -> None:
    backend = thulium_client(sandbox, language="pl")
    with pytest.raises(Rejected) as info:
        backend.call("12")
    assert info.value.messages == ["Nieprawidłowy format numeru telefonu."]


def test_multiple_errors_all_kept(thulium: ThuliumBackend) -> None:
    with pytest.raises(Rejected) as info:
        thulium.set_campaign_status("", "")
    assert len(info.value.messages) == 2
    assert "Request id:" in info.value.details()


def test_check_never_places_a_call(thulium: ThuliumBackend, sandbox: SandboxServer) -> None:
    assert "Connected" in thulium.check()
    assert all(c["status"] != 200 for c in sandbox.calls())


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ("acme", "https://acme.thulium.com/api/"),
        ("acme.thulium.com", "https://acme.thulium.com/api/"),
        ("https://acme.thulium.com", "https://acme.thulium.com/api/"),
        ("https://acme.thulium.com/api", "https://acme.thulium.com/api/"),
        ("http://127.0.0.1:8080/api/", "http://127.0.0.1:8080/api/"),
    ],
)
def test_base_url_forms(value: str, url: str) -> None:
    assert base_url(value) == url


def test_plain_http_is_refused_for_a_real_thulium() -> None:
    with pytest.raises(NotConfigured, match="https"):
        base_url("http://acme.thulium.com/api/")
