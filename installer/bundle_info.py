"""What the bundle declares, as plain data: installer/dialdesk.spec builds from it, and
tests/test_installer.py checks it without PyInstaller or a Mac."""

from __future__ import annotations

from typing import Any

APP_EXECUTABLE = "dialdesk"
# A second, small executable for link clicks: the GUI one loads Qt at every start
# (PyInstaller's PySide6 runtime hook), this one never imports it.
LINK_EXECUTABLE = "dialdesk-link"
BUNDLE_IDENTIFIER = "com.dialdesk.app"
URL_SCHEMES = (("Telephone number", "tel"), ("Callto link", "callto"), ("SIP address", "sip"))


def console(platform: str) -> bool:
    """Whether the executables are console programs on ``platform`` (sys.platform).

    Windows: a tray app opens no console window (and a click must not flash one).
    macOS: PyInstaller writes LSBackgroundOnly=true for a console program, which makes a
    faceless background app (no menu bar icon, no windows), not a tray app.
    Linux: no difference for a GUI; a console program keeps stdout/stderr for the terminal.
    """
    return platform.startswith("linux")


def info_plist(version: str) -> dict[str, Any]:
    """The keys dialdesk adds to the macOS Info.plist (PyInstaller merges them into its own)."""
    return {
        "CFBundleName": "dialdesk",
        "CFBundleDisplayName": "dialdesk",
        "CFBundleIdentifier": BUNDLE_IDENTIFIER,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSUIElement": True,  # tray-only: no Dock icon, but a normal (foreground-capable) app
        "NSHighResolutionCapable": True,
        "CFBundleURLTypes": [
            {"CFBundleURLName": name, "CFBundleTypeRole": "Viewer", "CFBundleURLSchemes": [s]}
            for name, s in URL_SCHEMES
        ],
    }
