"""Make dialdesk the handler of tel:, callto: and sip: links, per user, and undo it.

Linux: a .desktop file in the user's applications folder, then ``xdg-mime default``.
Windows: a ProgID plus Capabilities/URLAssociations and RegisteredApplications under
HKEY_CURRENT_USER, from :func:`windows_entries` (the installer uses the same table), after
which Windows wants the user to confirm the choice in Default apps. macOS: the app
bundle's Info.plist declares the schemes, and Launch Services makes it their default
(platform/handler_mac.py).

What the OS runs is always ``<launcher> --untrusted-url <URL>``: exactly one URL, never an
option.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Protocol

DESKTOP_ID: Final = "dialdesk.desktop"
SCHEMES: Final = ("tel", "callto", "sip")
WINDOWS_SCHEMES: Final = ("tel", "callto")
PROGID: Final = "dialdesk.url"
APP_KEY: Final = r"Software\dialdesk"
CAPABILITIES: Final = APP_KEY + r"\Capabilities"
REGISTERED_APPS: Final = r"Software\RegisteredApplications"


class HandlerError(Exception):
    pass


@dataclass
class Status:
    registered: bool
    detail: str
    handlers: dict[str, str] = field(default_factory=dict)


def launcher() -> list[str]:
    """The command that starts this dialdesk: the frozen app, the script, or the module.

    On Windows always a windowed program, as what the OS runs (a click, a login) must not
    flash a console: the bundle's ``dialdesk.exe`` even when ``dialdesk-cli.exe`` asks,
    and from source ``pythonw.exe -m dialdesk`` rather than python.exe or pip's console
    ``dialdesk.exe`` script.
    """
    if getattr(sys, "frozen", False):
        if sys.platform == "win32":
            app = Path(sys.executable).with_name("dialdesk.exe")
            return [str(app)] if app.is_file() else [sys.executable]
        return [sys.executable]
    if sys.platform == "win32":
        return [windowed_python(sys.executable), "-m", "dialdesk"]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith("dialdesk") and script.is_file():
        return [str(script.resolve())]
    return [sys.executable, "-m", "dialdesk"]


def windowed_python(executable: str) -> str:
    """pythonw.exe beside ``executable`` (python.exe in a venv or an install), if there."""
    path = Path(executable)
    if path.name.lower() == "python.exe" and path.with_name("pythonw.exe").is_file():
        return str(path.with_name("pythonw.exe"))
    return executable


def link_launcher() -> list[str]:
    """The command the OS runs for a link: in the bundle, the small ``dialdesk-link``
    beside the app (it never loads Qt); from source, the launcher itself, whose hand-off
    already loads nothing heavy."""
    if getattr(sys, "frozen", False):
        suffix = ".exe" if sys.platform == "win32" else ""
        link = Path(sys.executable).with_name(f"dialdesk-link{suffix}")
        if link.is_file():
            return [str(link)]
    return launcher()


# --- Linux --------------------------------------------------------------------------------

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _exec_quote(arg: str) -> str:
    """Quote one Exec argument per the Desktop Entry spec (then escape for the value)."""
    if arg and not (_RESERVED & set(arg)):
        quoted = arg
    else:
        inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        quoted = f'"{inner}"'
    return quoted.replace("\\", "\\\\")  # the value itself is an escaped string


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_exec_quote(a) for a in command) + " --untrusted-url %u"
    mime = "".join(f"x-scheme-handler/{s};" for s in SCHEMES)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=dialdesk\n"
        "GenericName=Click-to-call\n"
        "GenericName[pl]=Dzwonienie jednym kliknięciem\n"
        "Comment=Call phone numbers through your PBX\n"
        "Comment[pl]=Dzwoń na numery telefonów przez centralę\n"
        f"Exec={exec_line}\n"
        "Icon=dialdesk\n"
        "Terminal=false\n"
        "StartupNotify=false\n"
        "Categories=Network;Telephony;\n"
        f"MimeType={mime}\n"
        f"X-KDE-Protocols={','.join(SCHEMES)}\n"
    )


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def desktop_file() -> Path:
    return _data_home() / "applications" / DESKTOP_ID


def _xdg_mime(*args: str) -> str:
    tool = shutil.which("xdg-mime")
    if tool is None:
        raise HandlerError("xdg-mime is not installed (Debian/Ubuntu: apt install xdg-utils).")
    try:
        done = subprocess.run(
            [tool, *args], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise HandlerError(f"xdg-mime failed: {exc}") from None
    if done.returncode != 0:
        raise HandlerError(f"xdg-mime {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def register_linux(command: list[str] | None = None) -> Status:
    path = desktop_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(desktop_entry(command or link_launcher()), encoding="utf-8")
    tool = shutil.which("update-desktop-database")
    if tool is not None:
        subprocess.run([tool, str(path.parent)], capture_output=True, timeout=20, check=False)
    for scheme in SCHEMES:
        _xdg_mime("default", DESKTOP_ID, f"x-scheme-handler/{scheme}")
    return status_linux()


def _strip_from_mimeapps(path: Path) -> None:
    if not path.is_file():
        return
    kept = []
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip().startswith("x-scheme-handler/"):
            apps = [a for a in value.split(";") if a and a != DESKTOP_ID]
            if not apps:
                continue
            line = f"{key}={';'.join(apps)};"
        kept.append(line)
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def unregister_linux() -> Status:
    desktop_file().unlink(missing_ok=True)
    for mimeapps in (
        _config_home() / "mimeapps.list",
        _data_home() / "applications" / "mimeapps.list",
    ):
        _strip_from_mimeapps(mimeapps)
    return status_linux()


def status_linux() -> Status:
    handlers = {s: _xdg_mime("query", "default", f"x-scheme-handler/{s}") for s in SCHEMES}
    ours = [s for s, h in handlers.items() if h == DESKTOP_ID]
    if len(ours) == len(SCHEMES) and desktop_file().is_file():
        return Status(
            True, f"dialdesk handles {', '.join(SCHEMES)} links ({desktop_file()}).", handlers
        )
    others = ", ".join(f"{s}: {h or 'nothing'}" for s, h in handlers.items())
    return Status(False, f"dialdesk is not the link handler ({others}).", handlers)


# --- Windows ------------------------------------------------------------------------------


class Registry(Protocol):
    """The few operations on HKEY_CURRENT_USER that registration needs."""

    def set_value(self, key: str, name: str, data: str) -> None: ...
    def get_value(self, key: str, name: str) -> str | None: ...
    def delete_value(self, key: str, name: str) -> None: ...
    def delete_tree(self, key: str) -> None: ...
    def delete_key_if_empty(self, key: str) -> None: ...


def windows_entries(
    command: list[str], link_command: list[str] | None = None
) -> list[tuple[str, str, str]]:
    """Every (key under HKCU, value name, string data) dialdesk writes: the one table that
    ``handler register`` and the Inno Setup script both follow. "" is the default value.

    ``link_command`` is what a click runs (the bundle's ``dialdesk-link.exe``, which never
    loads Qt); the icon is the app's. "URL Protocol" marks a key as a URL scheme handler
    (Microsoft, "Registering an Application to a URI Scheme"): browsers write it on their
    ProgIDs (ChromeHTML, FirefoxURL-…), dialers on the scheme keys. dialdesk writes it on
    both, and leaves the scheme keys' default value (another app's description) alone.
    """
    link = link_command or command
    run = " ".join(f'"{part}"' for part in link) + ' --untrusted-url "%1"'
    entries = [
        (rf"Software\Classes\{PROGID}", "", "dialdesk phone link"),
        (rf"Software\Classes\{PROGID}", "URL Protocol", ""),
        (rf"Software\Classes\{PROGID}\DefaultIcon", "", f'"{command[0]}",0'),
        (rf"Software\Classes\{PROGID}\shell\open\command", "", run),
        (CAPABILITIES, "ApplicationName", "dialdesk"),
        (CAPABILITIES, "ApplicationDescription", "Click-to-call through your PBX"),
    ]
    entries += [(CAPABILITIES + r"\URLAssociations", s, PROGID) for s in WINDOWS_SCHEMES]
    entries += [(rf"Software\Classes\{s}", "URL Protocol", "") for s in WINDOWS_SCHEMES]
    entries.append((REGISTERED_APPS, "dialdesk", CAPABILITIES))
    return entries


# Trees that belong to dialdesk alone, and single values in shared keys: what unregister
# removes, and nothing else.
WINDOWS_OWNED_TREES: Final = (rf"Software\Classes\{PROGID}", APP_KEY)
WINDOWS_SHARED_VALUES: Final = (
    (REGISTERED_APPS, "dialdesk"),
    *((rf"Software\Classes\{s}", "URL Protocol") for s in WINDOWS_SCHEMES),
)
# Default apps on dialdesk's own page (the RegisteredApplications value name).
DEFAULT_APPS_URI: Final = "ms-settings:defaultapps?registeredAppUser=dialdesk"


class Shell(Protocol):
    """What the Windows shell says and hears about default apps (platform/winshell.py)."""

    def current_default(self, scheme: str) -> str | None: ...
    def associations_changed(self) -> None: ...
    def open_default_apps(self, uri: str) -> None: ...


class WinRegistry:  # pragma: no cover - runs on Windows only
    def __init__(self) -> None:
        import importlib

        # Any: typeshed describes winreg only when checking for Windows.
        self.winreg: Any = importlib.import_module("winreg")
        self.root = self.winreg.HKEY_CURRENT_USER

    def set_value(self, key: str, name: str, data: str) -> None:
        with self.winreg.CreateKeyEx(self.root, key, 0, self.winreg.KEY_SET_VALUE) as handle:
            self.winreg.SetValueEx(handle, name, 0, self.winreg.REG_SZ, data)

    def get_value(self, key: str, name: str) -> str | None:
        # The user's value, else the machine's: a per-machine install writes HKLM, and
        # Windows reads Software\Classes, RegisteredApplications and Run from both.
        for root in (self.root, self.winreg.HKEY_LOCAL_MACHINE):
            try:
                with self.winreg.OpenKey(root, key) as handle:
                    return str(self.winreg.QueryValueEx(handle, name)[0])
            except OSError:
                continue
        return None

    def delete_value(self, key: str, name: str) -> None:
        try:
            with self.winreg.OpenKey(self.root, key, 0, self.winreg.KEY_SET_VALUE) as handle:
                self.winreg.DeleteValue(handle, name)
        except OSError:
            pass

    def delete_key_if_empty(self, key: str) -> None:
        try:
            with self.winreg.OpenKey(self.root, key) as handle:
                subkeys, values, _ = self.winreg.QueryInfoKey(handle)
            if subkeys == 0 and values == 0:
                self.winreg.DeleteKey(self.root, key)
        except OSError:
            pass

    def delete_tree(self, key: str) -> None:
        try:
            with self.winreg.OpenKey(self.root, key, 0, self.winreg.KEY_ALL_ACCESS) as handle:
                while True:
                    try:
                        child = self.winreg.EnumKey(handle, 0)
                    except OSError:
                        break
                    self.delete_tree(key + "\\" + child)
            self.winreg.DeleteKey(self.root, key)
        except OSError:
            pass


def register_windows(
    registry: Registry,
    command: list[str],
    link_command: list[str] | None = None,
    shell: Shell | None = None,
    open_settings: bool = False,
) -> Status:
    for key, name, data in windows_entries(command, link_command):
        registry.set_value(key, name, data)
    handlers: dict[str, str] = {}
    if shell is not None:
        shell.associations_changed()  # Explorer and Default apps re-read the associations
        status = status_windows(registry, shell)
        if status.registered:
            return status
        handlers = status.handlers
        if open_settings:
            shell.open_default_apps(DEFAULT_APPS_URI)
    return Status(
        False,
        "dialdesk is registered for tel: and callto: links; Windows wants you to confirm: "
        "in Settings > Apps > Default apps > dialdesk, pick it for TEL and CALLTO "
        f"({DEFAULT_APPS_URI}).",
        handlers,
    )


def unregister_windows(registry: Registry) -> Status:
    for key in WINDOWS_OWNED_TREES:
        registry.delete_tree(key)
    for key, name in WINDOWS_SHARED_VALUES:
        registry.delete_value(key, name)
        if key != REGISTERED_APPS:
            registry.delete_key_if_empty(key)  # a scheme key only dialdesk had written to
    return Status(False, "dialdesk is no longer registered for links.")


def status_windows(registry: Registry, shell: Shell) -> Status:
    present = all(
        registry.get_value(k, n) is not None
        for k, n, _ in windows_entries(launcher(), link_launcher())
    )
    # The shell's answer, not UserChoice (unsupported to read; UserChoiceLatest on 11).
    chosen = {s: shell.current_default(s) or "" for s in WINDOWS_SCHEMES}
    if not present:
        return Status(False, "dialdesk is not registered for links.", chosen)
    if all(v == PROGID for v in chosen.values()):
        return Status(True, "dialdesk handles tel: and callto: links.", chosen)
    return Status(
        False,
        f"dialdesk is registered, but not chosen in Default apps ({DEFAULT_APPS_URI}).",
        chosen,
    )


# --- dispatch -----------------------------------------------------------------------------


def _win_shell() -> Shell:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        raise HandlerError("the Windows shell exists on Windows only")
    from dialdesk.platform import winshell

    return winshell.WinShell()


def register() -> Status:
    if sys.platform == "win32":  # pragma: no cover
        interactive = sys.stdin is not None and sys.stdin.isatty()  # not a silent install
        return register_windows(
            WinRegistry(), launcher(), link_launcher(), _win_shell(), open_settings=interactive
        )
    if sys.platform == "darwin":  # pragma: no cover
        from dialdesk.platform import handler_mac

        return handler_mac.register(handler_mac.launch_services())
    return register_linux()


def unregister() -> Status:
    if sys.platform == "win32":  # pragma: no cover
        return unregister_windows(WinRegistry())
    if sys.platform == "darwin":  # pragma: no cover
        from dialdesk.platform import handler_mac

        return handler_mac.unregister(handler_mac.launch_services())
    return unregister_linux()


def status() -> Status:
    if sys.platform == "win32":  # pragma: no cover
        return status_windows(WinRegistry(), _win_shell())
    if sys.platform == "darwin":  # pragma: no cover
        from dialdesk.platform import handler_mac

        return handler_mac.status(handler_mac.launch_services())
    return status_linux()
