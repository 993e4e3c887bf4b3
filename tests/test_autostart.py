"""Start at login: on, off and status on every OS (Windows and macOS through fakes)."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from dialdesk.platform import autostart
from tests.test_handler import FakeRegistry


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    return tmp_path


def test_linux_round_trip(config_home: Path) -> None:
    assert not autostart.status_linux()
    assert autostart.set_linux(True, ["/opt/dialdesk/dialdesk"])
    entry = config_home / "autostart" / "dialdesk.desktop"
    assert "Exec=/opt/dialdesk/dialdesk\n" in entry.read_text()
    assert "%u" not in entry.read_text()  # a plain start: no link argument
    assert not autostart.set_linux(False)
    assert not entry.exists()


def test_linux_entry_disabled_by_the_desktop_counts_as_off(config_home: Path) -> None:
    autostart.set_linux(True, ["dialdesk"])
    entry = config_home / "autostart" / "dialdesk.desktop"
    entry.write_text(entry.read_text() + "Hidden=true\n")
    assert not autostart.status_linux()


def test_windows_round_trip() -> None:
    registry = FakeRegistry()
    assert not autostart.status_windows(registry)
    assert autostart.set_windows(registry, True, [r"C:\dialdesk\dialdesk.exe"])
    assert registry.get_value(autostart.RUN_KEY, "dialdesk") == '"C:\\dialdesk\\dialdesk.exe"'
    registry.set_value(autostart.RUN_KEY, "OneDrive", "onedrive.exe")
    assert not autostart.set_windows(registry, False)
    assert registry.keys == {autostart.RUN_KEY.lower(): {"OneDrive": "onedrive.exe"}}


def test_mac_round_trip(tmp_path: Path) -> None:
    assert not autostart.status_mac(tmp_path)
    assert autostart.set_mac(
        True, ["/Applications/dialdesk.app/Contents/MacOS/dialdesk"], home=tmp_path
    )
    agent = plistlib.loads(autostart.mac_agent_path(tmp_path).read_bytes())
    assert agent["Label"] == "com.dialdesk.agent"
    assert agent["RunAtLoad"] is True
    assert agent["ProgramArguments"] == ["/Applications/dialdesk.app/Contents/MacOS/dialdesk"]
    assert not autostart.set_mac(False, home=tmp_path)


def test_cli_round_trip(config_home: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    def run(action: str) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-m", "dialdesk", "autostart", action, "--json"],
            capture_output=True,
            text=True,
            timeout=30,
            env={**os.environ, "XDG_CONFIG_HOME": str(config_home)},
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    assert run("on")["autostart"] is True
    assert run("status")["autostart"] is True
    assert run("off")["autostart"] is False
