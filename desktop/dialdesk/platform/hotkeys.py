"""Global shortcuts: one small interface for every platform, and the tables behind it.

A shortcut is written as Qt writes a key sequence in its portable form (``Ctrl+Alt+D``),
which is also how the settings file stores it. :func:`parse` turns it into a
:class:`Chord`; each platform module turns a chord into its own codes (X11 keysyms and
modifier masks here, below) and grabs it. What a grab can answer is a :class:`Grab`
status, so the Qt glue (``ui/hotkeys.py``) can tell the agent once, in words.

Plain Python: no Qt, no OS call. The OS calls live in ``hotkeys_x11.py`` (and, later,
one module per further platform), each in a few lines.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

MODIFIERS = ("Ctrl", "Alt", "Shift", "Meta")
# A global shortcut steals its key from every application: it must hold one of these.
STRONG_MODIFIERS = frozenset({"Ctrl", "Alt", "Meta"})
FUNCTION_KEYS = tuple(f"F{n}" for n in range(1, 25))
NAMED_KEYS = (
    "Space",
    "Ins",
    "Del",
    "Home",
    "End",
    "PgUp",
    "PgDown",
    "Left",
    "Up",
    "Right",
    "Down",
    "Pause",
    "Print",
)
# Keys nobody types into a document: they may stand alone.
LONE_KEYS = frozenset({*(f"F{n}" for n in range(13, 25)), "Pause"})


class HotkeyError(ValueError):
    """A shortcut that cannot be a global shortcut; ``str()`` says why, in English."""


@dataclass(frozen=True)
class Chord:
    modifiers: frozenset[str]
    key: str  # "D", "5", "F5", "Space"…: Qt's portable key name, letters upper-case

    def text(self) -> str:
        held = [m for m in MODIFIERS if m in self.modifiers]
        return "+".join([*held, self.key])


def _known_key(key: str) -> bool:
    if len(key) == 1:
        return key.isascii() and key.isalnum()
    return key in FUNCTION_KEYS or key in NAMED_KEYS


def parse(text: str) -> Chord:
    """``Ctrl+Alt+D`` → a chord; raises HotkeyError for what cannot be a global shortcut."""
    text = text.strip()
    if "," in text:
        raise HotkeyError("must be one key combination, not a sequence of them")
    parts = [p.strip() for p in text.split("+")]
    if not text or any(not p for p in parts):
        raise HotkeyError("must be a key combination, e.g. Ctrl+Alt+P")
    *held, key = parts
    modifiers = set()
    for name in held:
        canonical = {m.lower(): m for m in MODIFIERS}.get(name.lower())
        if canonical is None:
            raise HotkeyError(f"has an unknown modifier: {name}")
        modifiers.add(canonical)
    key = key.upper() if len(key) == 1 else key
    if key in MODIFIERS or not _known_key(key):
        raise HotkeyError(f"uses a key a global shortcut cannot use: {key}")
    if not modifiers & STRONG_MODIFIERS and key not in LONE_KEYS:
        raise HotkeyError("needs Ctrl, Alt or Meta: a plain key would be taken from every program")
    return Chord(frozenset(modifiers), key)


def problem(text: str) -> str | None:
    """Why ``text`` cannot be a shortcut (English, for the config file), or None. Empty: off."""
    if not text.strip():
        return None
    try:
        parse(text)
    except HotkeyError as exc:
        return str(exc)
    return None


def same_shortcut(first: str, second: str) -> bool:
    """Two settings naming the same key combination (however written)."""
    if not first.strip() or not second.strip():
        return False
    try:
        return parse(first) == parse(second)
    except HotkeyError:
        return False


# --- X11: keysyms and modifier masks (X11/keysymdef.h, X11/X.h) --------------------------

X11_SHIFT, X11_LOCK, X11_CONTROL, X11_MOD1, X11_MOD2, X11_MOD4 = 1, 2, 4, 8, 16, 64
X11_MODIFIERS = {"Shift": X11_SHIFT, "Ctrl": X11_CONTROL, "Alt": X11_MOD1, "Meta": X11_MOD4}
X11_NAMED_KEYSYMS = {
    "Space": 0x0020,
    "Ins": 0xFF63,
    "Del": 0xFFFF,
    "Home": 0xFF50,
    "End": 0xFF57,
    "PgUp": 0xFF55,
    "PgDown": 0xFF56,
    "Left": 0xFF51,
    "Up": 0xFF52,
    "Right": 0xFF53,
    "Down": 0xFF54,
    "Pause": 0xFF13,
    "Print": 0xFF61,
}
X11_NUM_LOCK_KEYSYM = 0xFF7F


def x11_keysym(chord: Chord) -> int:
    if chord.key in FUNCTION_KEYS:
        return 0xFFBE + int(chord.key[1:]) - 1  # XK_F1 … XK_F24 are consecutive
    if chord.key in X11_NAMED_KEYSYMS:
        return X11_NAMED_KEYSYMS[chord.key]
    return ord(chord.key.lower())  # Latin-1 keysyms are the characters; letters lower-case


def x11_mask(chord: Chord) -> int:
    mask = 0
    for name in chord.modifiers:
        mask |= X11_MODIFIERS[name]
    return mask


def x11_lock_variants(mask: int, num_lock: int) -> list[int]:
    """The masks to grab so the key works whatever CapsLock and NumLock are: X matches a
    passive grab's modifiers exactly, and the locks are modifiers too."""
    locks = [0, X11_LOCK]
    if num_lock and num_lock != X11_LOCK:
        locks += [num_lock, num_lock | X11_LOCK]
    return [mask | lock for lock in locks]


def x11_ignored(num_lock: int) -> int:
    """Modifier bits a pressed key's state is compared without."""
    return X11_LOCK | num_lock


# --- Windows: virtual-key codes and RegisterHotKey's modifiers (winuser.h) ---------------

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
WINDOWS_MODIFIERS = {"Alt": MOD_ALT, "Ctrl": MOD_CONTROL, "Shift": MOD_SHIFT, "Meta": MOD_WIN}
WINDOWS_NAMED_KEYS = {
    "Space": 0x20,
    "PgUp": 0x21,
    "PgDown": 0x22,
    "End": 0x23,
    "Home": 0x24,
    "Left": 0x25,
    "Up": 0x26,
    "Right": 0x27,
    "Down": 0x28,
    "Print": 0x2C,
    "Ins": 0x2D,
    "Del": 0x2E,
    "Pause": 0x13,
}


def windows_vk(chord: Chord) -> int:
    if chord.key in FUNCTION_KEYS:
        return 0x70 + int(chord.key[1:]) - 1  # VK_F1 … VK_F24 are consecutive
    if chord.key in WINDOWS_NAMED_KEYS:
        return WINDOWS_NAMED_KEYS[chord.key]
    return ord(chord.key)  # "A"…"Z" and "0"…"9" are their own codes


def windows_modifiers(chord: Chord) -> int:
    """RegisterHotKey's fsModifiers; MOD_NOREPEAT: holding the keys is one press."""
    mask = MOD_NOREPEAT
    for name in chord.modifiers:
        mask |= WINDOWS_MODIFIERS[name]
    return mask


# --- macOS: Carbon virtual key codes (HIToolbox Events.h) and modifier masks -------------

# Qt names the Command key "Ctrl" and the Control key "Meta" on macOS: a setting of
# Ctrl+Alt+P is Command+Option+P there, as Qt shows it.
MAC_CMD, MAC_SHIFT, MAC_OPTION, MAC_CONTROL = 0x100, 0x200, 0x800, 0x1000
MAC_MODIFIERS = {"Ctrl": MAC_CMD, "Shift": MAC_SHIFT, "Alt": MAC_OPTION, "Meta": MAC_CONTROL}
MAC_LETTERS = "ASDFHGZXCV?BQWERYT123465=97-80]OU[IP?LJ'K;\\,/NM."  # kVK_ANSI_* by code
MAC_NAMED_KEYS = {
    "Space": 0x31,
    "Del": 0x75,
    "Home": 0x73,
    "End": 0x77,
    "PgUp": 0x74,
    "PgDown": 0x79,
    "Left": 0x7B,
    "Right": 0x7C,
    "Down": 0x7D,
    "Up": 0x7E,
    "Ins": 0x72,  # the Help key, where Insert sits
}
MAC_FUNCTION_KEYS = {
    "F1": 0x7A,
    "F2": 0x78,
    "F3": 0x63,
    "F4": 0x76,
    "F5": 0x60,
    "F6": 0x61,
    "F7": 0x62,
    "F8": 0x64,
    "F9": 0x65,
    "F10": 0x6D,
    "F11": 0x67,
    "F12": 0x6F,
    "F13": 0x69,
    "F14": 0x6B,
    "F15": 0x71,
    "F16": 0x6A,
    "F17": 0x40,
    "F18": 0x4F,
    "F19": 0x50,
    "F20": 0x5A,
}
MAC_KEY_C = 0x08


def mac_keycode(chord: Chord) -> int | None:
    """The key's code on an ANSI keyboard; None for a key a Mac keyboard lacks."""
    if chord.key in MAC_FUNCTION_KEYS:
        return MAC_FUNCTION_KEYS[chord.key]
    if chord.key in MAC_NAMED_KEYS:
        return MAC_NAMED_KEYS[chord.key]
    index = MAC_LETTERS.find(chord.key) if len(chord.key) == 1 else -1
    return index if index >= 0 else None


def mac_modifiers(chord: Chord) -> int:
    mask = 0
    for name in chord.modifiers:
        mask |= MAC_MODIFIERS[name]
    return mask


# --- xdg-desktop-portal: a trigger as the XDG shortcuts spec writes it ------------------

PORTAL_MODIFIERS = {"Ctrl": "CTRL", "Alt": "ALT", "Shift": "SHIFT", "Meta": "LOGO"}
PORTAL_NAMED_KEYS = {
    "Space": "space",
    "Ins": "Insert",
    "Del": "Delete",
    "PgUp": "Page_Up",
    "PgDown": "Page_Down",
}


def portal_trigger(chord: Chord) -> str:
    """``Ctrl+Alt+P`` → ``CTRL+ALT+p``: modifiers upper-case, then the key's keysym name.
    The desktop may propose another; it says which in its answer."""
    held = [PORTAL_MODIFIERS[m] for m in MODIFIERS if m in chord.modifiers]
    key = PORTAL_NAMED_KEYS.get(chord.key, chord.key)
    return "+".join([*held, key.lower() if len(key) == 1 else key])


# --- the interface each platform implements ---------------------------------------------


class Grab(enum.Enum):
    OK = "ok"
    TAKEN = "taken"  # another program holds this key combination
    REFUSED = "refused"  # the desktop said no (a portal's answer, a permission)
    UNSUPPORTED = "unsupported"  # no way to grab keys here (Wayland without the portal)
    INVALID = "invalid"  # the setting cannot be a shortcut, or a key this keyboard lacks


Pressed = Callable[[str], None]  # the name of the shortcut pressed ("dial", ...)


class Hotkeys(Protocol):
    """Grab key combinations system-wide; ``pressed(name)`` runs on the GUI thread."""

    def register(self, name: str, chord: Chord) -> Grab: ...

    def unregister_all(self) -> None: ...
