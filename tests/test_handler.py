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


def test_windows_status_tells_registered_from_chosen() -> None:
    registry = FakeRegistry()
    assert not handler.status_windows(registry).registered
    handler.register_windows(registry, handler.launcher())
    status = handler.status_windows(registry)
    assert not status.registered
    assert "not chosen in Default apps" in status.detail
    for scheme in handler.WINDOWS_SCHEMES:
        registry.set_value(
            rf"Software\Microsoft\Windows\Shell\Associations\UrlAssociations"
            rf"\{scheme}\UserChoice",
            "ProgId",
            handler.PROGID,
        )
    assert handler.status_windows(registry).registered


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
