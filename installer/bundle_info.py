"""What the bundle declares, as plain data: installer/dialdesk.spec builds from it, and
tests/test_installer.py checks it without PyInstaller or a Mac."""

from __future__ import annotations

import re
from typing import Any

APP_EXECUTABLE = "dialdesk"
# A second, small executable for link clicks: the GUI one loads Qt at every start
# (PyInstaller's PySide6 runtime hook), this one never imports it.
LINK_EXECUTABLE = "dialdesk-link"
# Windows only: the same program built as a console executable, for the command line
# (dialdesk.exe is windowed: cmd would neither wait for it nor show its output, and
# `secret set` would get no stdin). The .com/.exe pair trick is avoided: a name of its own
# is plainer in scripts and in Task Manager.
CLI_EXECUTABLE = "dialdesk-cli"
BUNDLE_IDENTIFIER = "com.dialdesk.app"
URL_SCHEMES = (("Telephone number", "tel"), ("Callto link", "callto"), ("SIP address", "sip"))


# Qt's own catalogs the app loads (dialdesk/ui/i18n.py: standard buttons and dialogs), for
# each language the app speaks besides English. Everything else in Qt's translations folder
# is left out of the bundle.
QT_CATALOGS = ("qtbase",)
LANGUAGES = ("pl",)
# Where PySide6's wheels keep Qt's translations: PySide6/Qt/translations on Linux and
# macOS, PySide6/translations on Windows (the filter that looked for "Qt/translations/"
# only kept the whole folder, every language of every Qt module, in the Windows bundle).
_QT_TRANSLATION = re.compile(r"(^|/)PySide6/(Qt/)?translations/([^/]+)$")


def is_qt_translation(dest: str) -> bool:
    return bool(_QT_TRANSLATION.search(dest.replace("\\", "/")))


def keep_qt_translation(dest: str) -> bool:
    """Whether a file of Qt's translations folder (``dest`` as PyInstaller names it inside
    the bundle, on any OS) is one the app loads."""
    match = _QT_TRANSLATION.search(dest.replace("\\", "/"))
    if match is None:
        return False
    wanted = {f"{catalog}_{lang}.qm" for catalog in QT_CATALOGS for lang in LANGUAGES}
    return match.group(3) in wanted


# What Explorer's Details tab, Task Manager, Default apps and AppLocker's publisher/file
# rules show for each Windows executable.
DESCRIPTIONS = {
    APP_EXECUTABLE: "dialdesk click-to-call",
    LINK_EXECUTABLE: "dialdesk link handler",
    CLI_EXECUTABLE: "dialdesk command line",
}


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows file version: 0.1.0 → (0, 1, 0, 0), 1.2.3rc1 → 1.2.3.0."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(min(int(digits.group()), 65535))
        if digits.group() != part:
            break
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def windows_version_info(version: str, executable: str) -> str:
    """PyInstaller's version-resource file (``EXE(version=…)``; the format of
    ``pyi-grab_version``) for ``executable``, from the project's version."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "dialdesk",
        "FileDescription": DESCRIPTIONS[executable],
        "FileVersion": version,
        "InternalName": executable,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{executable}.exe",
        "ProductName": "dialdesk",
        "ProductVersion": version,
    }
    table = ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        f"  kids=[StringFileInfo([StringTable('040904B0', [{table}])]),\n"
        "        VarFileInfo([VarStruct('Translation', [1033, 1200])])]\n"
        ")\n"
    )


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
