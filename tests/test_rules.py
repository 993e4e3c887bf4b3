"""rules.py: the Add-to-campaign rules, applied by the CLI (here, end to end against the
sandbox) and by the form (tests/ui/test_campaign_rules.py) alike."""

from __future__ import annotations

import json

import pytest

from dialdesk import rules
from dialdesk.cli import run
from dialdesk.config import Named
from dialdesk.sandbox import SandboxServer

RECORD_STATUSES = [
    Named("1", "New"),
    Named("2", "My record", "MY_RECORD"),
    Named("3", "Call no sooner than", "CALL_NO_SOONER_THAN"),
]
STATUSES = [Named("3", "Call back later"), Named("8", "Sale")]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    code = run([*argv, "--json"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1, lines
    return code, json.loads(lines[0])


def add(*extra: str) -> list[str]:
    return ["campaign", "add", "601234567", "--campaign", "00001", *extra]


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (add("--status-id", "MY_RECORD"), "agent-login"),
        (add("--status-id", "MY_RECORD", "--agent-login", "j.doe"), "next-call"),
        (add("--status-id", "my record", "--agent-login", "j"), "next-call"),
        (add("--status-id", "2", "--agent-login", "j.doe"), "next-call"),
        (add("--status-id", "CALL_NO_SOONER_THAN"), "next-call"),
        (add("--status-id", "mine"), "record-status"),
        (add("--dictionary-status-id", "abc"), "dictionary-status"),
        (add("--dictionary-status-id", "²"), "dictionary-status"),
        (add("--next-call", "tomorrow"), "next-call-format"),
        (add("--field", "note=a", "--field", "note=b"), "field-twice"),
        (add("--field", "=x"), "field-name"),
        (["campaign", "add", "601234567", "--campaign", "12"], "campaign"),
        (["campaign", "add", "601234567"], "campaign"),  # none chosen, none configured
        (["campaign", "status", "601234567", "--status-id", "nope"], "dictionary-status"),
        (["schedule", "601234567", "--queue", "../connections/call"], "queue"),
    ],
)
def test_the_cli_refuses_what_the_form_refuses_before_sending(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str], argv: list[str], code: str
) -> None:
    got, data = cli(capsys, *argv)
    assert got == 2
    error = data["error"]
    assert isinstance(error, dict)
    assert error["kind"] == "invalid-request"
    assert code in [p["code"] for p in error["problems"]]
    assert sandbox.calls() == []


def test_statuses_by_name_and_the_agents_own_login(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["config", "set", "thulium.agent_login", "a.nowak"]) == 0
    capsys.readouterr()
    code, data = cli(
        capsys,
        *add("--status-id", "MY_RECORD", "--next-call", "2030-05-24 12:24"),
        "--dictionary-status-id",
        "Call back later",
    )
    assert code == 0, data
    body = sandbox.calls()[0]["body"]
    assert body["status_id"] == "2"
    assert body["agent_login"] == "a.nowak"
    assert body["dictionary_status_id"] == "3"
    code, data = cli(capsys, "campaign", "status", "601234567", "--status-id", "call back later")
    assert code == 0, data
    assert sandbox.calls()[1]["body"] == {"phone_number": "601234567", "status_id": "3"}
    code, data = cli(capsys, "schedule", "601234568", "--queue", "Sales")
    assert code == 0, data
    assert sandbox.calls()[2]["path"] == "/api/queues/1/schedule_call"


def test_check_campaign_entry_builds_the_record() -> None:
    checked = rules.check_campaign_entry(
        rules.CampaignEntry(
            "00001",
            status="My Record",
            dictionary_status="sale",
            identifier=" X ",
            agent_login=" j ",
            next_call="2030-01-01 10:00",
            fields=(("note", "hi"),),
            order=3,
        ),
        RECORD_STATUSES,
        STATUSES,
    )
    assert checked.problems == ()
    assert checked.system == "MY_RECORD"
    assert checked.record is not None
    assert (checked.record.status_id, checked.record.dictionary_status_id) == ("2", "8")
    assert (checked.record.identifier, checked.record.agent_login) == ("X", "j")
    assert checked.record.record_fields == {"note": "hi"}


def test_a_system_status_nobody_provisioned_is_not_guessed() -> None:
    checked = rules.check_campaign_entry(
        rules.CampaignEntry("00001", status="MY_RECORD"), [Named("1", "New")], STATUSES
    )
    assert [p.code for p in checked.problems] == ["record-status"]
    assert checked.record is None
