"""Global shortcuts without a desktop: what a setting may be, the X11 tables, the
``--show``/``--dial-selection`` hand-off (and that it stays as light as a link's)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from dialdesk import config, handoff
from dialdesk.platform import hotkeys
from dialdesk.platform.hotkeys import Chord, HotkeyError, parse
from tests.test_handoff import FakeInstance


@pytest.mark.parametrize(
    ("text", "chord"),
    [
        ("Ctrl+Alt+P", Chord(frozenset({"Ctrl", "Alt"}), "P")),
        ("ctrl+alt+shift+p", Chord(frozenset({"Ctrl", "Alt", "Shift"}), "P")),
        ("Meta+F5", Chord(frozenset({"Meta"}), "F5")),
        ("Alt+Space", Chord(frozenset({"Alt"}), "Space")),
        ("F13", Chord(frozenset(), "F13")),  # no one types it into a document
        ("Pause", Chord(frozenset(), "Pause")),
    ],
)
def test_a_shortcut_is_read(text: str, chord: Chord) -> None:
    assert parse(text) == chord
    assert parse(chord.text()) == chord


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("P", "needs Ctrl, Alt or Meta"),  # a plain letter would be taken from every program
        ("Shift+P", "needs Ctrl, Alt or Meta"),
        ("F5", "needs Ctrl, Alt or Meta"),
        ("Ctrl+K, Ctrl+D", "one key combination"),
        ("Hyper+P", "unknown modifier"),
        ("Ctrl+Alt+ą", "cannot use"),
        ("Ctrl+Alt", "cannot use"),
        ("Ctrl++", "key combination"),
    ],
)
def test_what_cannot_be_a_global_shortcut(text: str, why: str) -> None:
    with pytest.raises(HotkeyError, match=why):
        parse(text)
    with pytest.raises(config.ConfigError, match=why):
        config.validate(config.BY_KEY["hotkeys.dial"], text)


def test_empty_turns_a_shortcut_off_and_the_defaults_are_valid() -> None:
    assert config.validate(config.BY_KEY["hotkeys.dial"], "  ") == ""
    dial = config.BY_KEY["hotkeys.dial"].default
    selection = config.BY_KEY["hotkeys.dial_selection"].default
    assert hotkeys.problem(dial) is None and hotkeys.problem(selection) is None
    assert not hotkeys.same_shortcut(dial, selection)
    assert hotkeys.same_shortcut("Ctrl+Alt+P", "alt+ctrl+p")
    assert not hotkeys.same_shortcut("", "")


def test_an_admin_can_set_and_lock_a_shortcut(dd_paths: object) -> None:
    from dialdesk import paths

    where = paths.current()
    where.defaults_file.write_text('locked = ["hotkeys.dial"]\n[hotkeys]\ndial = ""\n')
    settings = config.load(where, strict=False)
    assert settings.text("hotkeys.dial") == ""  # off for everyone
    assert settings.is_locked("hotkeys.dial")
    assert settings.text("hotkeys.dial_selection") == "Ctrl+Alt+Shift+P"


@pytest.mark.parametrize(
    ("text", "keysym", "mask"),
    [
        ("Ctrl+Alt+P", ord("p"), 4 | 8),
        ("Ctrl+Alt+Shift+P", ord("p"), 1 | 4 | 8),
        ("Meta+5", ord("5"), 64),
        ("Ctrl+F1", 0xFFBE, 4),
        ("Ctrl+F12", 0xFFC9, 4),
        ("Alt+Space", 0x20, 8),
        ("Ctrl+PgDown", 0xFF56, 4),
    ],
)
def test_x11_keysyms_and_masks(text: str, keysym: int, mask: int) -> None:
    chord = parse(text)
    assert hotkeys.x11_keysym(chord) == keysym
    assert hotkeys.x11_mask(chord) == mask


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Ctrl+Alt+P", "CTRL+ALT+p"),
        ("Ctrl+Alt+Shift+P", "CTRL+ALT+SHIFT+p"),
        ("Meta+F5", "LOGO+F5"),
        ("Alt+PgDown", "ALT+Page_Down"),
        ("Ctrl+Space", "CTRL+space"),
    ],
)
def test_portal_triggers_as_the_xdg_shortcuts_spec_writes_them(text: str, trigger: str) -> None:
    assert hotkeys.portal_trigger(parse(text)) == trigger


def test_x11_grabs_every_lock_combination() -> None:
    # NumLock on Mod2 (the usual mapping): four grabs, the key works whatever is on.
    assert hotkeys.x11_lock_variants(12, 16) == [12, 12 | 2, 12 | 16, 12 | 16 | 2]
    assert hotkeys.x11_lock_variants(12, 0) == [12, 12 | 2]  # no NumLock key at all
    assert hotkeys.x11_ignored(16) == 2 | 16


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["--show"], "show"),
        (["--dial-selection"], "dial-selection"),
        (["--show", "x"], None),
        (["call", "--show"], None),
        ([], None),
    ],
)
def test_command_flags(argv: list[str], command: str | None) -> None:
    assert handoff.command_argument(argv) == command


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket stands in for the app")
@pytest.mark.parametrize("flag", ["--show", "--dial-selection"])
def test_the_flags_reach_the_running_instance_without_loading_qt(
    flag: str, dialdesk_home: object
) -> None:
    instance = FakeInstance()
    probe = (
        "import sys\n"
        "from dialdesk.__main__ import main\n"
        f"code = main([{flag!r}])\n"
        "heavy = [m for m in ('PySide6', 'requests', 'phonenumbers', 'keyring') "
        "if m in sys.modules]\n"
        "print(__import__('json').dumps([code, heavy]))\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=30
        )
    finally:
        instance.close()
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [0, []]
    assert instance.lines == [{"v": 1, "cmd": flag.removeprefix("--")}]


def test_the_flags_are_in_the_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dialdesk", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ},
    )
    assert "--show" in done.stdout and "--dial-selection" in done.stdout


@pytest.mark.parametrize(
    ("text", "vk", "modifiers"),
    [
        ("Ctrl+Alt+P", ord("P"), 0x4000 | 0x2 | 0x1),
        ("Ctrl+Alt+Shift+P", ord("P"), 0x4000 | 0x2 | 0x1 | 0x4),
        ("Meta+5", ord("5"), 0x4000 | 0x8),
        ("Ctrl+F1", 0x70, 0x4000 | 0x2),
        ("Ctrl+F24", 0x87, 0x4000 | 0x2),
        ("Alt+Home", 0x24, 0x4000 | 0x1),
    ],
)
def test_windows_virtual_keys_and_modifiers(text: str, vk: int, modifiers: int) -> None:
    chord = parse(text)
    assert hotkeys.windows_vk(chord) == vk
    assert hotkeys.windows_modifiers(chord) == modifiers  # MOD_NOREPEAT: held is one press


def test_windows_hotkey_message_is_matched_by_its_id() -> None:
    import ctypes

    from dialdesk.platform import hotkeys_windows as win

    grabber = object.__new__(win.WindowsHotkeys)  # no user32 here: the matching alone
    grabber.ids = {1: "dial", 2: "dial_selection"}
    msg = win._Msg(None, win.WM_HOTKEY, 2, 0, 0, 0, 0)
    assert grabber.match(ctypes.addressof(msg)) == "dial_selection"
    other = win._Msg(None, 0x0100, 2, 0, 0, 0, 0)  # WM_KEYDOWN
    assert grabber.match(ctypes.addressof(other)) is None
    # SendInput checks cbSize: INPUT is 40 bytes on 64-bit Windows, 28 on 32-bit.
    assert ctypes.sizeof(win._Input) == (40 if ctypes.sizeof(ctypes.c_void_p) == 8 else 28)


@pytest.mark.parametrize(
    ("text", "code", "modifiers"),
    [
        ("Ctrl+Alt+P", 0x23, 0x100 | 0x800),  # Qt's Ctrl is the Command key on a Mac
        ("Meta+Shift+A", 0x00, 0x1000 | 0x200),
        ("Ctrl+Alt+C", 0x08, 0x100 | 0x800),
        ("Ctrl+Alt+0", 0x1D, 0x100 | 0x800),
        ("Ctrl+F5", 0x60, 0x100),
        ("Ctrl+Space", 0x31, 0x100),
    ],
)
def test_mac_key_codes_and_modifiers(text: str, code: int, modifiers: int) -> None:
    chord = parse(text)
    assert hotkeys.mac_keycode(chord) == code
    assert hotkeys.mac_modifiers(chord) == modifiers


def test_a_key_a_mac_lacks_is_none() -> None:
    assert hotkeys.mac_keycode(parse("Ctrl+F24")) is None
    assert hotkeys.mac_keycode(parse("Ctrl+Print")) is None


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="checks the other OSes' guard")
def test_the_windows_and_mac_grabbers_refuse_to_load_elsewhere() -> None:
    from dialdesk.platform import hotkeys_mac, hotkeys_windows

    with pytest.raises(OSError):
        hotkeys_windows.WindowsHotkeys()
    with pytest.raises(OSError):
        hotkeys_mac.MacHotkeys(lambda _name: None)
    assert hotkeys_mac.accessibility_trusted() is False


def x11_event(kind: int, keycode: int, time: int, state: int, window: int = 0x100) -> bytes:
    raw = bytearray(32)
    raw[0], raw[1] = kind, keycode
    raw[4:8] = time.to_bytes(4, "little")
    raw[12:16] = window.to_bytes(4, "little")
    raw[28:30] = state.to_bytes(2, "little")
    return bytes(raw)


def x11_grabber() -> object:
    from dialdesk.platform.hotkeys_x11 import X11Hotkeys

    grabber = object.__new__(X11Hotkeys)  # no X server here: the event matching alone
    grabber.root, grabber.num_lock = 0x100, 16
    grabber.grabs = {(33, 4 | 8): "dial"}
    grabber._down, grabber._released = {}, {}
    return grabber


def test_x11_presses_are_matched_whatever_the_locks_and_a_held_key_is_one_press() -> None:
    import ctypes

    grabber = x11_grabber()

    def feed(raw: bytes) -> str | None:
        buffer = ctypes.create_string_buffer(raw, 32)
        return grabber.match(ctypes.addressof(buffer))  # type: ignore[attr-defined]

    assert feed(x11_event(2, 33, 1000, 4 | 8 | 16 | 2)) == "dial"  # NumLock and CapsLock on
    assert feed(x11_event(2, 33, 1030, 4 | 8)) is None  # held: detectable autorepeat
    assert feed(x11_event(3, 33, 1060, 4 | 8)) is None
    assert feed(x11_event(2, 33, 1060, 4 | 8)) is None  # held: classic autorepeat pair
    assert feed(x11_event(3, 33, 1200, 4 | 8)) is None  # let go
    assert feed(x11_event(2, 33, 1500, 4 | 8)) == "dial"  # pressed again
    assert feed(x11_event(3, 33, 1550, 4 | 8, window=0x300)) is None  # let go over our window
    assert feed(x11_event(2, 33, 1580, 4 | 8)) == "dial"
    assert feed(x11_event(3, 33, 1590, 4 | 8)) is None
    assert feed(x11_event(2, 33, 1600, 4 | 8 | 1)) is None  # with Shift: another shortcut
    assert feed(x11_event(3, 33, 1650, 4 | 8 | 1)) is None
    assert feed(x11_event(2, 33, 1700, 4 | 8, window=0x200)) is None  # not the root's
