"""The CLI: every command, --json, exit codes; secrets through the real keyring end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from dialdesk import paths
from dialdesk.cli import run
from dialdesk.sandbox import Fault, SandboxServer
from tests.helpers.secrets import PASSWORD


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    code = run([*argv, "--json"])
    out = capsys.readouterr().out
    lines = out.strip().splitlines()
    assert len(lines) == 1, out  # exactly one JSON object
    return code, json.loads(lines[0])


def test_call_through_the_sandbox(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = cli(capsys, "call", "22", "123", "45", "67")
    assert code == 0
    assert data["ok"] is True
    assert data["dial"] == "221234567"
    assert data["simulated"] is True
    assert sandbox.calls()[0]["body"] == {"sip": "100", "phone_number": "221234567"}


def test_human_output(sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["call", "+48 22 123 45 67 wew. 12"]) == 0
    out = capsys.readouterr().out
    assert "Calling +48 22 123 45 67" in out
    assert "your phone rings first" in out
    assert "Extension 12" in out
    assert "simulated" in out


@pytest.mark.parametrize(
    ("argv", "code", "kind"),
    [
        (["call", "hello"], 2, "invalid-number"),
        (["call", "112"], 7, "refused"),
        (["call", "+48 701 234 567"], 7, "needs-confirmation"),
        (["call"], 2, "usage"),
        (["frobnicate"], 2, "usage"),
        (["schedule", "601234567", "--queue", "2", "--at", "tomorrow"], 2, "usage"),
        (["schedule", "601234567", "--queue", "2", "--at", "2001-01-01 10:00"], 2, "usage"),
        (["schedule", "601234567", "--queue", "77"], 4, "NotFound"),
        (["campaign", "add", "601234567", "--campaign", "00001", "--field", "oops"], 2, "usage"),
        (  # MY_RECORD without an agent login or a date: refused before sending
            ["campaign", "add", "601234567", "--campaign", "00001", "--status-id", "2"],
            2,
            "invalid-request",
        ),
        (
            ["campaign", "add", "601234567", "--campaign", "00001", "--order", "-1"],
            2,
            "invalid-request",
        ),
        (["config", "set", "dialing.premium", "sometimes"], 2, "usage"),
        (["config", "get", "no.such"], 2, "usage"),
    ],
)
def test_exit_codes(
    sandbox: SandboxServer,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    kind: str,
) -> None:
    got, data = cli(capsys, *argv)
    assert got == code
    assert data["ok"] is False
    error = data["error"]
    assert isinstance(error, dict)
    assert error["kind"] == kind
    assert error["exit_code"] == code
    assert error["message"]


def test_premium_with_yes(sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = cli(capsys, "call", "+48 701 234 567", "--yes")
    assert (code, data["type"]) == (0, "premium-rate")


@pytest.mark.parametrize(
    ("fault", "code"),
    [(Fault(status=401), 3), (Fault(status=500), 5), (Fault(status=503, delay=0), 5)],
)
def test_pbx_faults_map_to_exit_codes(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str], fault: Fault, code: int
) -> None:
    sandbox.add_fault(fault)
    assert cli(capsys, "call", "601234567")[0] == code


def test_unreachable_pbx_is_exit_5(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIALDESK_SANDBOX_URL", "http://127.0.0.1:9/")
    code, data = cli(capsys, "call", "601234567")
    assert code == 5
    assert "refused the connection" in str(data["error"])


def test_schedule_and_campaign_commands(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, "schedule", "601234567", "--queue", "2", "--at", "2030-01-02 03:04")[0] == 0
    code, data = cli(
        capsys,
        "campaign",
        "add",
        "601234567",
        "--campaign",
        "00001",
        "--field",
        "note=hello",
        "--field",
        "first_name=",
        "--order",
        "5",
    )
    assert (code, data["record_id"]) == (0, "231")
    code, data = cli(capsys, "campaign", "status", "601234567", "--status-id", "3")
    assert (code, data["campaigns"]) == (0, ["00001"])
    bodies = [c["body"] for c in sandbox.calls()]
    assert bodies == [
        {"phone_number": "601234567", "call_at": "2030-01-02 03:04:00"},
        {
            "phone_number": "601234567",
            "record_fields": {"note": "hello", "first_name": ""},
            "order": 5,
        },
        {"phone_number": "601234567", "status_id": "3"},
    ]


def test_default_queue_and_campaign_come_from_settings(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["config", "set", "thulium.queue_id", "3"])
    capsys.readouterr()
    assert cli(capsys, "schedule", "601234567")[0] == 0
    assert sandbox.calls()[0]["path"] == "/api/queues/3/schedule_call"


def test_normalize_and_history(sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = cli(capsys, "normalize", "tel:%2B48%2022%20123%2045%2067")
    assert (code, data["e164"], data["dial"]) == (0, "+48221234567", "221234567")
    cli(capsys, "call", "601234567")
    code, data = cli(capsys, "history", "--limit", "5")
    entries = data["entries"]
    assert isinstance(entries, list)
    assert entries[0]["outcome"] == "placed"
    assert entries[0]["e164"] == "+48601234567"


def test_config_round_trip(capsys: pytest.CaptureFixture[str], dd_paths: paths.Paths) -> None:
    assert cli(capsys, "config", "set", "dialing.region", "de")[0] == 0
    assert cli(capsys, "config", "get", "dialing.region")[1]["value"] == "DE"
    shown = cli(capsys, "config", "show")[1]["settings"]
    assert isinstance(shown, dict)
    assert shown["dialing.region"] == {"value": "DE", "origin": "user"}
    assert cli(capsys, "config", "unset", "dialing.region")[1]["value"] == "PL"
    assert cli(capsys, "config", "path")[1]["config"] == str(dd_paths.config_file)


def test_broken_config_is_exit_6_with_file_and_line(
    capsys: pytest.CaptureFixture[str], dd_paths: paths.Paths
) -> None:
    dd_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    dd_paths.config_file.write_text("[dialing]\nregion = 'PL'\npremium = maybe\n")
    code, data = cli(capsys, "call", "601234567")
    assert code == 6
    assert f"{dd_paths.config_file}:3:" in str(data["error"])
    assert dd_paths.config_file.read_text().endswith("maybe\n")  # untouched


def test_not_configured_is_exit_6(capsys: pytest.CaptureFixture[str]) -> None:
    run(["config", "set", "account.backend", "simotel"])
    capsys.readouterr()
    code, data = cli(capsys, "call", "601234567")
    assert code == 6
    assert "account.url" in str(data["error"])


def _subprocess(
    *argv: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dialdesk", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_version_and_help_as_a_real_process() -> None:
    result = _subprocess("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("dialdesk ")
    assert "schedule" in _subprocess("--help").stdout


@pytest.mark.secret_service
def test_secret_set_then_call_a_thulium_account(
    sandbox: SandboxServer, dd_paths: paths.Paths, dialdesk_home: Path
) -> None:
    """The real path: the password goes from stdin into the Secret Service, never to disk,
    and comes back out of it for the call."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("DIALDESK_REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail("no D-Bus session for the Secret Service")
        pytest.skip("no D-Bus session: run the suite through tests/run.sh")
    secured = SandboxServer(user="agent", password=PASSWORD).start()
    try:
        for key, value in [
            ("account.backend", "thulium"),
            ("account.url", secured.thulium_url),
            ("account.username", "agent"),
            ("account.agent", "391"),
        ]:
            assert _subprocess("config", "set", key, value).returncode == 0
        stored = _subprocess("secret", "set", "password", stdin=PASSWORD + "\n")
        assert stored.returncode == 0, stored.stderr
        assert "SecretService" in stored.stdout
        status = json.loads(_subprocess("secret", "status", "--json").stdout)
        assert status["stored"] == {"password": True, "api-key": False}
        called = _subprocess("call", "601234567", "--json")
        assert called.returncode == 0, called.stdout + called.stderr
        assert secured.calls()[0]["body"] == {"sip": "391", "phone_number": "601234567"}
        assert PASSWORD not in dd_paths.config_file.read_text()
        assert tomllib.loads(dd_paths.config_file.read_text())["account"]["username"] == "agent"
        assert _subprocess("secret", "delete", "password").returncode == 0
        missing = _subprocess("call", "601234568", "--json")
        assert missing.returncode == 6
        assert "secret set password" in missing.stdout
    finally:
        secured.stop()


def test_secret_without_an_account_is_exit_6() -> None:
    result = _subprocess("secret", "status")
    assert result.returncode == 6
    assert "account.url" in result.stderr


def test_config_set_refuses_a_locked_key(
    capsys: pytest.CaptureFixture[str], dd_paths: paths.Paths
) -> None:
    dd_paths.defaults_file.write_text('locked = ["account.backend"]\n')
    code, data = cli(capsys, "config", "set", "account.backend", "thulium")
    assert code == 2
    assert "administrator" in str(data["error"])
    shown = cli(capsys, "config", "show")[1]["settings"]
    assert shown["account.backend"]["origin"] == "admin, locked"  # type: ignore[index]


def test_the_commands_do_not_import_the_entry_module() -> None:
    """No cli.py <-> cli_commands.py cycle: the commands need only cli_output."""
    program = (
        "import sys, dialdesk.cli_commands, dialdesk.cli_admin, dialdesk.cli_output; "
        "sys.exit('dialdesk.cli' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", program], timeout=60).returncode == 0
