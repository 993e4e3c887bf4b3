"""Start dialdesk when the user logs in: ``dialdesk autostart on|off|status``.

Linux: an XDG autostart entry. Windows: the per-user Run key (through the same Registry
interface as the link handler, so tests can inject a fake). macOS: a LaunchAgent.
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path
from typing import Final

from dialdesk.platform.handler import Registry, launcher

RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE: Final = "dialdesk"
AGENT_LABEL: Final = "com.dialdesk.agent"


# --- Linux --------------------------------------------------------------------------------


def linux_entry_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / "dialdesk.desktop"


def linux_entry(command: list[str]) -> str:
    from dialdesk.platform.handler import _exec_quote

    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=dialdesk\n"
        "Comment=Click-to-call in the system tray\n"
        f"Exec={' '.join(_exec_quote(a) for a in command)}\n"
        "Icon=dialdesk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_linux(on: bool, command: list[str] | None = None) -> bool:
    path = linux_entry_path()
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(linux_entry(command or launcher()), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return status_linux()


def status_linux() -> bool:
    path = linux_entry_path()
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8", errors="replace")
    return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text


# --- Windows ------------------------------------------------------------------------------


def set_windows(registry: Registry, on: bool, command: list[str] | None = None) -> bool:
    if on:
        registry.set_value(
            RUN_KEY, RUN_VALUE, " ".join(f'"{part}"' for part in (command or launcher()))
        )
    else:
        registry.delete_value(RUN_KEY, RUN_VALUE)
    return status_windows(registry)


def status_windows(registry: Registry) -> bool:
    return registry.get_value(RUN_KEY, RUN_VALUE) is not None


# --- macOS --------------------------------------------------------------------------------


def mac_agent_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"


def set_mac(on: bool, command: list[str] | None = None, home: Path | None = None) -> bool:
    path = mac_agent_path(home)
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        agent = {
            "Label": AGENT_LABEL,
            "ProgramArguments": command or launcher(),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        path.write_bytes(plistlib.dumps(agent))
    else:
        path.unlink(missing_ok=True)
    return status_mac(home)


def status_mac(home: Path | None = None) -> bool:
    path = mac_agent_path(home)
    if not path.is_file():
        return False
    try:
        return bool(plistlib.loads(path.read_bytes()).get("RunAtLoad"))
    except (plistlib.InvalidFileException, ValueError):
        return False


# --- dispatch -----------------------------------------------------------------------------


def set_enabled(on: bool) -> bool:
    if sys.platform == "win32":  # pragma: no cover
        from dialdesk.platform.handler import WinRegistry

        return set_windows(WinRegistry(), on)
    if sys.platform == "darwin":  # pragma: no cover
        return set_mac(on)
    return set_linux(on)


def enabled() -> bool:
    if sys.platform == "win32":  # pragma: no cover
        from dialdesk.platform.handler import WinRegistry

        return status_windows(WinRegistry())
    if sys.platform == "darwin":  # pragma: no cover
        return status_mac()
    return status_linux()
