"""The installers agree with the code: the Windows registry table, autostart, the macOS
Info.plist declarations, the AppStream metainfo."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from dialdesk.platform import autostart, handler

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "windows" / "dialdesk.iss"
EXE = r"{app}\dialdesk.exe"


def inno_registry() -> list[dict[str, str]]:
    """The [Registry] lines of the Inno Setup script, as {parameter: value}."""
    lines, inside = [], False
    for line in ISS.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            inside = line.strip() == "[Registry]"
            continue
        if not inside or not line.strip() or line.startswith(";"):
            continue
        entry = {}
        for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line):
            value = match.group(2).strip()
            if value.startswith('"'):
                value = value[1:-1].replace('""', '"')
            entry[match.group(1)] = value
        lines.append(entry)
    return lines


def test_inno_links_are_exactly_the_handler_table() -> None:
    written = {
        (e["Subkey"], e["ValueName"], e["ValueData"])
        for e in inno_registry()
        if "ValueData" in e and "Tasks" not in e
    }
    assert written == set(handler.windows_entries([EXE]))
    for entry in inno_registry():
        assert entry["Root"] == "HKCU"  # per user, no admin rights


def test_inno_uninstall_removes_what_it_wrote() -> None:
    flags = {(e["Subkey"], e.get("ValueName", "")): e["Flags"] for e in inno_registry()}
    assert flags[(handler.REGISTERED_APPS, "dialdesk")] == "uninsdeletevalue"
    owned = [
        k
        for k, _ in flags
        if k.startswith((r"Software\Classes\dialdesk.url", r"Software\dialdesk\Capabilities"))
    ]
    assert owned and all("uninsdeletekey" in flags[(k, n)] for k, n in flags if k in owned)


def test_inno_autostart_matches_the_app() -> None:
    (run,) = [e for e in inno_registry() if e.get("Tasks") == "autostart"]
    assert (run["Subkey"], run["ValueName"]) == (autostart.RUN_KEY, autostart.RUN_VALUE)
    assert run["ValueData"] == f'"{EXE}"'
    assert "uninsdeletevalue" in run["Flags"]


def test_inno_is_per_user() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text
    assert r"DefaultDirName={localappdata}\Programs\dialdesk" in text


def test_mac_bundle_declares_the_schemes_and_no_dock_icon() -> None:
    spec = (ROOT / "installer" / "dialdesk.spec").read_text()
    for scheme in handler.SCHEMES:
        assert f'"CFBundleURLSchemes": ["{scheme}"]' in spec
    assert '"LSUIElement": True' in spec


def test_metainfo_is_valid() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed")
    done = subprocess.run(
        [
            tool,
            "validate",
            "--no-net",
            str(ROOT / "resources/linux/io.github.dialdesk.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
