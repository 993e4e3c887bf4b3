"""Admin locks hold: the system defaults file is always read and its locks always apply;
DIALDESK_DEFAULTS can add a file, never take the system one away.

The system file's place is fixed per OS (paths.system_defaults_file); the suite has none
there, so the tests that need one put it in place the only way an agent could not: inside
the process (monkeypatch, or a ``python -c`` that patches the function first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dialdesk import config, paths

SYSTEM = (
    'locked = ["account.url", "dialing.premium"]\n'
    '[account]\nbackend = "thulium"\nurl = "https://acme.thulium.com/api/"\n'
    '[dialing]\npremium = "block"\nregion = "DE"\n'
)


@pytest.fixture
def system_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc" / "defaults.toml"
    path.parent.mkdir()
    path.write_text(SYSTEM)
    monkeypatch.setattr(paths, "system_defaults_file", lambda: path)
    return path


def test_dialdesk_defaults_pointing_nowhere_keeps_the_system_locks(
    system_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIALDESK_DEFAULTS", "/nonexistent")
    settings = config.load()
    assert settings.is_locked("account.url")
    assert settings["account.url"] == "https://acme.thulium.com/api/"
    with pytest.raises(config.ConfigError, match="administrator"):
        settings.set("account.url", "https://evil.example.com/")


def test_without_dialdesk_defaults_the_system_file_is_read(
    system_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIALDESK_DEFAULTS")
    settings = config.load()
    assert settings.origin("dialing.premium") == "admin, locked"
    assert settings["dialing.region"] == "DE"


def test_an_added_file_adds_values_and_locks_but_cannot_unlock(
    system_file: Path, dd_paths: paths.Paths
) -> None:
    dd_paths.defaults_file.write_text(
        'locked = ["dialing.region"]\n'
        '[account]\nurl = "https://evil.example.com/"\n'
        '[dialing]\npremium = "allow"\nregion = "PL"\nconfirm_links = false\n'
    )
    settings = config.load(dd_paths)
    assert settings["account.url"] == "https://acme.thulium.com/api/"  # system-locked
    assert settings["dialing.premium"] == "block"
    assert settings["dialing.region"] == "PL"  # not locked by the system: the added file's
    assert settings.is_locked("dialing.region")  # and the added file may lock more
    assert settings["dialing.confirm_links"] is False
    assert settings.is_locked("account.url") and settings.is_locked("dialing.premium")


def test_a_user_file_cannot_override_the_system_locks(
    system_file: Path, dd_paths: paths.Paths
) -> None:
    dd_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    dd_paths.config_file.write_text('[account]\nurl = "https://evil.example.com/"\n')
    assert config.load(dd_paths)["account.url"] == "https://acme.thulium.com/api/"


def test_a_broken_system_file_stops_the_cli(system_file: Path, dd_paths: paths.Paths) -> None:
    system_file.write_text("locked = [\n")
    with pytest.raises(config.ConfigError) as info:
        config.load(dd_paths)
    assert info.value.path == system_file


def test_config_set_as_a_real_process(tmp_path: Path, dd_paths: paths.Paths) -> None:
    """``DIALDESK_DEFAULTS=/nonexistent dialdesk config set account.url …``, with a system
    file in place (patched in before dialdesk runs: the environment cannot move it)."""
    system = tmp_path / "defaults.toml"
    system.write_text(SYSTEM)
    program = (
        "import sys; from pathlib import Path; from dialdesk import paths; "
        f"paths.system_defaults_file = lambda: Path({str(system)!r}); "
        "from dialdesk.__main__ import main; sys.exit(main(sys.argv[1:]))"
    )
    env = {**os.environ, "DIALDESK_DEFAULTS": "/nonexistent", "PROGRAMDATA": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", program, "config", "set", "account.url", "https://evil.example/"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2, result.stderr
    assert "administrator" in result.stderr
    assert not dd_paths.config_file.exists()
    shown = subprocess.run(
        [sys.executable, "-c", program, "config", "get", "account.url"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert shown.stdout.strip() == "https://acme.thulium.com/api/"


def test_the_system_path_is_not_taken_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    before = paths.system_defaults_file()
    for name in ("PROGRAMDATA", "XDG_CONFIG_DIRS", "DIALDESK_DEFAULTS", "DIALDESK_HOME"):
        monkeypatch.setenv(name, str(tmp_path))
    assert paths.system_defaults_file() == before
    assert paths.current().system_defaults_file == before
