"""The CLI as a real process where real setups break it: odd config files, a read-only
home, terminals that cannot show every character, closed pipes, undecodable argv. Each
ends in one clear line, the documented exit code, no traceback, nothing changed on disk."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dialdesk import paths
from dialdesk.sandbox import Fault, SandboxServer


def dialdesk(
    *argv: str | bytes, env: dict[str, str] | None = None, wrap: list[str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*(wrap or []), sys.executable, "-m", "dialdesk", *argv],
        capture_output=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def one_clear_line(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Traceback" not in result.stdout.decode("utf-8", "replace")
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "no message at all"
    assert lines[-1].startswith("dialdesk: ") or lines[-1].startswith("  "), err
    return err


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


# --- config files that parse as TOML but not as settings ----------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('[[dialing]]\nregion = "PL"\n', "dialing must be a table"),
        ('account = "x"\n', "account must be a table"),
        ("version = 1\ndialing = [1, 2]\n", "dialing must be a table"),
    ],
)
def test_a_section_that_is_not_a_table_is_a_clear_config_error(
    dd_paths: paths.Paths, dialdesk_home: Path, content: str, words: str
) -> None:
    dd_paths.config_file.write_text(content)
    before = snapshot(dialdesk_home)
    result = dialdesk("config", "set", "dialing.region", "DE")
    assert result.returncode == 6
    err = one_clear_line(result)
    assert words in err
    assert f"{dd_paths.config_file}:" in err
    assert snapshot(dialdesk_home) == before  # no .bak, no .broken, no rewrite


def test_deeply_nested_brackets_are_a_config_error_not_a_recursion_error(
    dd_paths: paths.Paths, dialdesk_home: Path
) -> None:
    dd_paths.config_file.write_text("a = " + "[" * 100_000 + "\n")
    before = snapshot(dialdesk_home)
    for argv in (["config", "show"], ["normalize", "601234567"], ["call", "601234567"]):
        result = dialdesk(*argv)
        assert result.returncode == 6, argv
        assert "nested too deeply" in one_clear_line(result)
    assert snapshot(dialdesk_home) == before


def test_deeply_nested_admin_file_is_a_config_error_too(dd_paths: paths.Paths) -> None:
    dd_paths.defaults_file.write_text("a = " + "[" * 100_000 + "\n")
    result = dialdesk("config", "show", "--json")
    assert result.returncode == 6
    assert "nested too deeply" in json.loads(result.stdout)["error"]["message"]


# --- a read-only home -----------------------------------------------------------------


def _read_only(home: Path) -> list[str]:
    """A wrapper that runs the command with ``home`` read-only: a read-only bind mount in
    a private mount namespace for root (who ignores file modes), the file modes otherwise."""
    if os.geteuid() != 0:
        for path in [home, *home.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        return []
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("root without unshare: cannot make a read-only folder")
    probe = subprocess.run(
        [unshare, "-m", "sh", "-c", f"mount --bind {home} {home}"], capture_output=True
    )
    if probe.returncode != 0:
        pytest.skip(f"no private mount namespace here: {probe.stderr.decode().strip()}")
    script = f'mount --bind "{home}" "{home}" && mount -o remount,bind,ro "{home}" && exec "$@"'
    return [unshare, "-m", "sh", "-c", script, "sh"]


def _restore(home: Path) -> None:
    if os.geteuid() != 0:
        for path in [home, *home.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)


@pytest.mark.parametrize("used_before", [False, True])
def test_a_read_only_home_gives_one_clear_line(
    sandbox: SandboxServer, dialdesk_home: Path, used_before: bool
) -> None:
    if used_before:  # a config, a history and a log are there already
        assert dialdesk("config", "set", "dialing.region", "PL").returncode == 0
        assert dialdesk("call", "601234567").returncode == 0
    placed = len(sandbox.calls())
    wrap = _read_only(dialdesk_home)
    before = snapshot(dialdesk_home)
    try:
        for argv in (
            ["history"],
            ["config", "set", "dialing.region", "DE"],
            ["call", "601234568"],
        ):
            result = dialdesk(*argv, wrap=wrap)
            assert result.returncode == 6, (argv, result.stderr)
            err = one_clear_line(result)
            assert "Unexpected error" not in err
            assert str(dialdesk_home) in err  # says which folder
        assert len(sandbox.calls()) == placed  # nothing is dialed without its history record
    finally:
        _restore(dialdesk_home)
    assert snapshot(dialdesk_home) == before


# --- terminals that cannot show every character -----------------------------------------


def test_json_output_is_ascii_on_a_cp1250_terminal() -> None:
    result = dialdesk("normalize", "--json", "☎ 601 234 567", env={"PYTHONIOENCODING": "cp1250"})
    assert result.returncode == 0, result.stderr
    result.stdout.decode("ascii")
    data = json.loads(result.stdout)
    assert data["input"] == "☎ 601 234 567"
    assert data["dial"] == "601234567"


def test_a_polish_pbx_message_on_a_latin1_terminal(sandbox: SandboxServer) -> None:
    refusal = {"request_id": "r-1", "errors": [{"message": "Zły numer: żółć", "code": 1}]}
    env = {"PYTHONIOENCODING": "latin-1"}
    sandbox.add_fault(Fault(status=400, json=refusal))
    as_json = dialdesk("call", "--json", "601234567", env=env)
    assert as_json.returncode == 4
    assert json.loads(as_json.stdout)["error"]["messages"] == ["Zły numer: żółć"]
    sandbox.add_fault(Fault(status=400, json=refusal))
    as_text = dialdesk("call", "601234568", env=env)
    assert as_text.returncode == 4
    err = one_clear_line(as_text)
    assert "PBX: Z?y numer: ?ó??" in as_text.stderr.decode("latin-1"), err
    history = dialdesk("history", "--json", env=env)
    assert history.returncode == 0, history.stderr
    history.stdout.decode("ascii")
    messages = [e["message"] for e in json.loads(history.stdout)["entries"]]
    assert any("żółć" in (m or "") for m in messages)
    text = dialdesk("history", env=env)
    assert text.returncode == 0 and b"Traceback" not in text.stderr


# --- pipes and argv ---------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["config", "show"], ["--help"], ["config", "show", "--json"]])
def test_a_closed_pipe_ends_quietly(argv: list[str]) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "dialdesk", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # `| head -0`: the reader is gone before the first line
        err = process.stderr.read()
        code = process.wait(timeout=60)
    assert err == b""
    assert code == 0


def test_head_of_config_show_in_a_shell() -> None:
    shell = shutil.which("sh")
    if shell is None:
        pytest.skip("no sh")
    result = subprocess.run(
        [shell, "-c", f'"{sys.executable}" -m dialdesk config show | head -1'],
        capture_output=True,
        timeout=60,
    )
    assert result.stdout.startswith(b"account.backend = ")
    assert result.stderr == b""


def test_undecodable_bytes_in_argv_are_a_clear_usage_error(sandbox: SandboxServer) -> None:
    result = dialdesk("call", b"\xff\xfe601234567")
    assert result.returncode == 2
    assert "not text" in one_clear_line(result)
    assert sandbox.calls() == []
    as_json = dialdesk("--json", "normalize", b"\xff601234567")
    assert as_json.returncode == 2
    assert json.loads(as_json.stdout)["error"]["kind"] == "usage"


# --- --json and --version ---------------------------------------------------------------


def test_json_before_the_command_is_honoured(sandbox: SandboxServer) -> None:
    result = dialdesk("--json", "call", "601234567")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["dial"] == "601234567"
    refused = dialdesk("--json", "call", "hello")
    assert refused.returncode == 2
    assert json.loads(refused.stdout)["error"]["kind"] == "invalid-number"


def test_version_as_json() -> None:
    from dialdesk import __version__

    for argv in (["--version", "--json"], ["--json", "--version"]):
        result = dialdesk(*argv)
        assert result.returncode == 0
        assert json.loads(result.stdout) == {"ok": True, "version": __version__}
    assert dialdesk("--version").stdout.decode().strip() == f"dialdesk {__version__}"


# --- unknown numbers --------------------------------------------------------------------


def test_an_unknown_range_is_called_with_a_warning_on_stderr(sandbox: SandboxServer) -> None:
    result = dialdesk("call", "--json", "111 222 333")
    assert result.returncode == 0, result.stderr
    assert "not a known number range in Poland" in result.stderr.decode()
    data = json.loads(result.stdout)  # stdout keeps its one JSON object
    assert data["warnings"][0]["code"] == "unknown-range"
    assert sandbox.calls()[0]["body"]["phone_number"] == "111222333"
    campaign = dialdesk("campaign", "add", "111222333", "--campaign", "00001")
    assert campaign.returncode == 0, campaign.stderr
    assert "not a known number range in Poland" in campaign.stderr.decode()


def test_unknown_ranges_blocked_by_the_setting(sandbox: SandboxServer) -> None:
    assert dialdesk("config", "set", "dialing.unknown_numbers", "block").returncode == 0
    result = dialdesk("call", "111 222 333")
    assert result.returncode == 2
    assert "Not a known number range in Poland" in one_clear_line(result)
    assert sandbox.calls() == []


@pytest.mark.parametrize("text", ["818wew.wew.", "callto:555callto:", "+1 800 FLOWERS"])
def test_letters_are_refused_on_the_command_line(sandbox: SandboxServer, text: str) -> None:
    result = dialdesk("call", text)
    assert result.returncode == 2
    assert "not a phone number: letters" in one_clear_line(result)
    assert sandbox.calls() == []


# --- "Details are in the log file" ------------------------------------------------------

_FAILING = (
    "import sys; from dialdesk import cli_commands; "
    "cli_commands.normalize = lambda args, out: 1 / 0; "
    "from dialdesk.__main__ import main; sys.exit(main(sys.argv[1:]))"
)


def test_an_unexpected_error_points_to_the_log_file_it_was_written_to(
    dd_paths: paths.Paths,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _FAILING, "normalize", "601234567"], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"Details are in the log file {dd_paths.log_file}." in result.stderr
    assert "ZeroDivisionError: division by zero" in dd_paths.log_file.read_text()


def test_no_log_file_no_claim_that_details_are_in_it(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = subprocess.run(
        [sys.executable, "-c", _FAILING, "normalize", "601234567"],
        capture_output=True,
        text=True,
        env={**os.environ, "DIALDESK_HOME": str(blocker / "home")},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "log file" not in result.stderr
    assert "Unexpected error (ZeroDivisionError: division by zero)." in result.stderr


def test_a_deeply_nested_json_list_on_the_command_line_is_a_usage_error(
    dd_paths: paths.Paths,
) -> None:
    result = dialdesk("config", "set", "thulium.queues", "[" * 100_000)
    assert result.returncode == 2
    assert "takes a JSON list" in one_clear_line(result)
    assert not dd_paths.config_file.exists()
