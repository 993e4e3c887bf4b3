"""Link handler registration: the Windows table through a fake registry, the .desktop text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialdesk.platform import handler


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict of key path (case-insensitive) → {value name: data}."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, str]] = {}

    def set_value(self, key: str, name: str, data: str) -> None:
        self.keys.setdefault(key.lower(), {})[name] = data

    def get_value(self, key: str, name: str) -> str | None:
        return self.keys.get(key.lower(), {}).get(name)

    def delete_value(self, key: str, name: str) -> None:
        self.keys.get(key.lower(), {}).pop(name, None)

    def delete_key_if_empty(self, key: str) -> None:
        prefix = key.lower()
        if not self.keys.get(prefix) and not any(k.startswith(prefix + "\\") for k in self.keys):
            self.keys.pop(prefix, None)

    def delete_tree(self, key: str) -> None:
        prefix = key.lower()
        for existing in list(self.keys):
            if existing == prefix or existing.startswith(prefix + "\\"):
                del self.keys[existing]


EXE = r"C:\Users\agent\AppData\Local\Programs\dialdesk\dialdesk.exe"


def test_windows_register_writes_every_key_and_value() -> None:
    registry = FakeRegistry()
    status = handler.register_windows(registry, [EXE])
    assert "Default apps" in status.detail
    assert "ms-settings:defaultapps" in status.detail
    expected = {
        r"software\classes\dialdesk.url": {"": "dialdesk phone link", "URL Protocol": ""},
        r"software\classes\dialdesk.url\defaulticon": {"": f'"{EXE}",0'},
        r"software\classes\dialdesk.url\shell\open\command": {"": f'"{EXE}" --untrusted-url "%1"'},
        r"software\classes\tel": {"URL Protocol": ""},
        r"software\classes\callto": {"URL Protocol": ""},
        r"software\dialdesk\capabilities": {
            "ApplicationName": "dialdesk",
            "ApplicationDescription": "Click-to-call through your PBX",
        },
        r"software\dialdesk\capabilities\urlassociations": {
            "tel": "dialdesk.url",
            "callto": "dialdesk.url",
        },
        r"software\registeredapplications": {"dialdesk": r"Software\dialdesk\Capabilities"},
    }
    assert registry.keys == expected


def test_windows_unregister_removes_every_key_it_wrote_and_nothing_else() -> None:
    registry = FakeRegistry()
    registry.set_value(r"Software\RegisteredApplications", "Firefox", r"Software\Firefox")
    registry.set_value(r"Software\Classes\tel", "", "someone else's")
    handler.register_windows(registry, [EXE])
    handler.unregister_windows(registry)
    assert registry.keys == {
        r"software\registeredapplications": {"Firefox": r"Software\Firefox"},
        r"software\classes\tel": {"": "someone else's"},
    }


def test_windows_clicks_run_the_link_executable_and_show_the_apps_icon() -> None:
    link = EXE.replace("dialdesk.exe", "dialdesk-link.exe")
    registry = FakeRegistry()
    handler.register_windows(registry, [EXE], [link])
    classes = r"software\classes\dialdesk.url"
    assert registry.keys[classes + r"\shell\open\command"] == {"": f'"{link}" --untrusted-url "%1"'}
    assert registry.keys[classes + r"\defaulticon"] == {"": f'"{EXE}",0'}


class FakeShell:
    """The Windows shell's answers (QueryCurrentDefault) and what it was told."""

    def __init__(self) -> None:
        self.defaults: dict[str, str] = {}
        self.events: list[str] = []

    def current_default(self, scheme: str) -> str | None:
        return self.defaults.get(scheme)

    def associations_changed(self) -> None:
        self.events.append("assoc-changed")

    def open_default_apps(self, uri: str) -> None:
        self.events.append(uri)


def test_windows_status_asks_the_shell_not_user_choice() -> None:
    registry, shell = FakeRegistry(), FakeShell()
    assert not handler.status_windows(registry, shell).registered
    handler.register_windows(registry, handler.launcher(), handler.link_launcher())
    status = handler.status_windows(registry, shell)
    assert not status.registered
    assert "not chosen in Default apps" in status.detail
    # What a registry reader would have believed: the shell says otherwise, and wins.
    for scheme in handler.WINDOWS_SCHEMES:
        registry.set_value(
            rf"Software\Microsoft\Windows\Shell\Associations\UrlAssociations"
            rf"\{scheme}\UserChoice",
            "ProgId",
            handler.PROGID,
        )
    assert not handler.status_windows(registry, shell).registered
    shell.defaults = dict.fromkeys(handler.WINDOWS_SCHEMES, handler.PROGID)
    status = handler.status_windows(registry, shell)
    assert status.registered
    assert status.handlers == {"tel": "dialdesk.url", "callto": "dialdesk.url"}


def test_windows_register_tells_the_shell_then_opens_dialdesks_default_apps_page() -> None:
    registry, shell = FakeRegistry(), FakeShell()
    status = handler.register_windows(
        registry, handler.launcher(), handler.link_launcher(), shell, open_settings=True
    )
    assert not status.registered
    assert shell.events == ["assoc-changed", "ms-settings:defaultapps?registeredAppUser=dialdesk"]
    assert "registeredAppUser=dialdesk" in status.detail


def test_windows_register_opens_nothing_when_silent_or_already_chosen() -> None:
    registry, shell = FakeRegistry(), FakeShell()
    handler.register_windows(registry, [EXE], None, shell, open_settings=False)
    assert shell.events == ["assoc-changed"]
    shell.defaults = dict.fromkeys(handler.WINDOWS_SCHEMES, handler.PROGID)
    shell.events.clear()
    status = handler.register_windows(
        registry, handler.launcher(), handler.link_launcher(), shell, open_settings=True
    )
    assert status.registered
    assert shell.events == ["assoc-changed"]


def test_a_source_install_on_windows_registers_the_windowed_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    python = tmp_path / "python.exe"
    python.write_bytes(b"")
    (tmp_path / "pythonw.exe").write_bytes(b"")
    monkeypatch.setattr(handler.sys, "platform", "win32")
    monkeypatch.setattr(handler.sys, "executable", str(python))
    monkeypatch.delattr(handler.sys, "frozen", raising=False)
    assert handler.launcher() == [str(tmp_path / "pythonw.exe"), "-m", "dialdesk"]
    assert handler.link_launcher() == handler.launcher()
    (tmp_path / "pythonw.exe").unlink()  # an embeddable Python without it: what there is
    assert handler.launcher() == [str(python), "-m", "dialdesk"]


def test_the_console_cli_registers_the_windowed_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("dialdesk.exe", "dialdesk-cli.exe", "dialdesk-link.exe"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(handler.sys, "platform", "win32")
    monkeypatch.setattr(handler.sys, "frozen", True, raising=False)
    monkeypatch.setattr(handler.sys, "executable", str(tmp_path / "dialdesk-cli.exe"))
    assert handler.launcher() == [str(tmp_path / "dialdesk.exe")]
    assert handler.link_launcher() == [str(tmp_path / "dialdesk-link.exe")]


def test_a_python_launcher_is_quoted_part_by_part() -> None:
    entries = handler.windows_entries([r"C:\Python 3\python.exe", "-m", "dialdesk"])
    command = dict(((k, n), d) for k, n, d in entries)[
        (r"Software\Classes\dialdesk.url\shell\open\command", "")
    ]
    assert command == '"C:\\Python 3\\python.exe" "-m" "dialdesk" --untrusted-url "%1"'


@pytest.mark.parametrize(
    ("command", "exec_line"),
    [
        (["/usr/bin/dialdesk"], "Exec=/usr/bin/dialdesk --untrusted-url %u"),
        (["/opt/my apps/dialdesk"], 'Exec="/opt/my apps/dialdesk" --untrusted-url %u'),
        (
            ["/usr/bin/python3", "-m", "dialdesk"],
            "Exec=/usr/bin/python3 -m dialdesk --untrusted-url %u",
        ),
    ],
)
def test_desktop_exec_line_quoting(command: list[str], exec_line: str) -> None:
    assert exec_line in handler.desktop_entry(command).splitlines()


def test_the_shipped_desktop_file_is_the_generated_one() -> None:
    shipped = Path(__file__).parent.parent / "resources" / "linux" / "dialdesk.desktop"
    assert shipped.read_text() == handler.desktop_entry(["dialdesk"])


def test_handler_status_exits_non_zero_when_dialdesk_is_not_the_handler(
    tmp_path: Path, dialdesk_home: object
) -> None:
    import json
    import os
    import shutil
    import subprocess
    import sys

    if shutil.which("xdg-mime") is None:
        pytest.skip("xdg-mime is not installed")
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "dialdesk", "handler", "status", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    answer = json.loads(done.stdout)
    assert answer["registered"] is False
    assert done.returncode == 6
