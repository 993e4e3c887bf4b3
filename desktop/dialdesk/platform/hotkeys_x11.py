"""X11 global shortcuts: passive key grabs on the root window, on Qt's own connection.

The grab is made on the xcb connection Qt already reads, so the key presses arrive in
Qt's event loop and a native event filter (``ui/hotkeys.py``) hands them to
:meth:`X11Hotkeys.match`. Keysym → keycode and the NumLock modifier come from Xlib on
the same display (Qt's xcb platform opens it through Xlib-xcb). The OS calls are the few
``_xcb``/``_x11`` lines below; everything else is the tables in ``hotkeys.py``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from dataclasses import dataclass, field
from typing import ClassVar

from dialdesk.platform.hotkeys import (
    X11_NUM_LOCK_KEYSYM,
    Chord,
    Grab,
    x11_ignored,
    x11_keysym,
    x11_lock_variants,
    x11_mask,
)

log = logging.getLogger(__name__)

XCB_KEY_PRESS, XCB_KEY_RELEASE = 2, 3
XCB_GRAB_MODE_ASYNC = 1
BAD_ACCESS = 10  # X error: another client holds the grab


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _ModifierKeymap(ctypes.Structure):
    _fields_ = [("max_keypermod", ctypes.c_int), ("modifiermap", ctypes.POINTER(ctypes.c_ubyte))]


def _load(name: str) -> ctypes.CDLL:
    found = ctypes.util.find_library(name)
    return ctypes.CDLL(found or f"lib{name}.so.1")


def _libraries() -> tuple[ctypes.CDLL, ctypes.CDLL, ctypes.CDLL]:
    xcb, x11, libc = (
        _load("xcb"),
        ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6"),
        (ctypes.CDLL(None)),
    )
    xcb.xcb_grab_key_checked.restype = _Cookie
    xcb.xcb_grab_key_checked.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint8,
        ctypes.c_uint32,
        ctypes.c_uint16,
        ctypes.c_uint8,
        ctypes.c_uint8,
        ctypes.c_uint8,
    ]
    xcb.xcb_ungrab_key.restype = _Cookie
    xcb.xcb_ungrab_key.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint8,
        ctypes.c_uint32,
        ctypes.c_uint16,
    ]
    xcb.xcb_request_check.restype = ctypes.c_void_p
    xcb.xcb_request_check.argtypes = [ctypes.c_void_p, _Cookie]
    xcb.xcb_flush.argtypes = [ctypes.c_void_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XKeysymToKeycode.restype = ctypes.c_ubyte
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XGetModifierMapping.restype = ctypes.POINTER(_ModifierKeymap)
    x11.XGetModifierMapping.argtypes = [ctypes.c_void_p]
    x11.XFreeModifiermap.argtypes = [ctypes.POINTER(_ModifierKeymap)]
    libc.free.argtypes = [ctypes.c_void_p]
    return xcb, x11, libc


@dataclass
class X11Hotkeys:
    """Grabs on the root window of ``display`` (an Xlib Display*), made through
    ``connection`` (its xcb_connection_t*): both from Qt's QX11Application."""

    event_type: ClassVar[bytes] = b"xcb_generic_event_t"  # what Qt's native filter sees
    connection: int
    display: int
    grabs: dict[tuple[int, int], str] = field(default_factory=dict)  # (keycode, mask) → name

    def __post_init__(self) -> None:
        self._xcb, self._x11, self._libc = _libraries()
        self.root = int(self._x11.XDefaultRootWindow(self.display))
        self.num_lock = self._num_lock_mask()
        self._held: list[tuple[int, int]] = []  # every (keycode, mask) grabbed, locks too
        self._down: dict[int, int] = {}  # keycode → time of its press, until released
        self._released: dict[int, int] = {}  # keycode → time of its last release

    def _num_lock_mask(self) -> int:
        """Which modifier bit NumLock sets (Mod2 on most keyboards, but it is a mapping)."""
        keycode = self._x11.XKeysymToKeycode(self.display, X11_NUM_LOCK_KEYSYM)
        mapping = self._x11.XGetModifierMapping(self.display)
        if not keycode or not mapping:
            return 0
        try:
            per = mapping.contents.max_keypermod
            codes = mapping.contents.modifiermap
            for modifier in range(8):
                if any(codes[modifier * per + i] == keycode for i in range(per)):
                    return 1 << modifier
            return 0
        finally:
            self._x11.XFreeModifiermap(mapping)

    def register(self, name: str, chord: Chord) -> Grab:
        keycode = int(self._x11.XKeysymToKeycode(self.display, x11_keysym(chord)))
        if not keycode:
            return Grab.INVALID  # this keyboard has no such key
        mask = x11_mask(chord)
        taken = False
        made: list[tuple[int, int]] = []
        for variant in x11_lock_variants(mask, self.num_lock):
            if self._grab(keycode, variant):
                made.append((keycode, variant))
            else:
                taken = True
        if taken:
            for code, variant in made:  # all or nothing: half a grab works by chance
                self._ungrab(code, variant)
            return Grab.TAKEN
        self._held += made
        self.grabs[(keycode, mask)] = name
        return Grab.OK

    def unregister_all(self) -> None:
        for code, variant in self._held:
            self._ungrab(code, variant)
        self._held.clear()
        self.grabs.clear()
        self._xcb.xcb_flush(self.connection)

    def match(self, event: int) -> str | None:
        """The shortcut an xcb event (a pointer to xcb_generic_event_t) is the press of.

        Holding the keys repeats the press: X sends press after press (detectable
        autorepeat) or a release and a press with the same time (classic). Either is one
        press, or the dial box would blink open and shut under the agent's fingers."""
        raw = ctypes.string_at(event, 32)
        kind = raw[0] & 0x7F
        if kind not in (XCB_KEY_PRESS, XCB_KEY_RELEASE):
            return None
        keycode, time = raw[1], int.from_bytes(raw[4:8], "little")
        if kind == XCB_KEY_RELEASE:
            # Any window's: the grab reports the release to dialdesk's own focused window
            # when it has the focus (owner_events), not to the root.
            self._down.pop(keycode, None)
            self._released[keycode] = time
            return None
        if int.from_bytes(raw[12:16], "little") != self.root:
            return None
        repeated = keycode in self._down or self._released.get(keycode) == time
        self._down[keycode] = time
        if repeated:
            return None
        state = int.from_bytes(raw[28:30], "little")
        return self.grabs.get((keycode, state & ~x11_ignored(self.num_lock) & 0xFF))

    # --- the OS calls ------------------------------------------------------------------

    def _grab(self, keycode: int, mask: int) -> bool:
        cookie = self._xcb.xcb_grab_key_checked(
            self.connection, 1, self.root, mask, keycode, XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC
        )
        error = self._xcb.xcb_request_check(self.connection, cookie)
        if not error:
            return True
        code = ctypes.string_at(error, 2)[1]
        self._libc.free(error)
        if code != BAD_ACCESS:
            log.warning("hotkeys: XGrabKey failed with X error %d", code)
        return False

    def _ungrab(self, keycode: int, mask: int) -> None:
        self._xcb.xcb_ungrab_key(self.connection, keycode, self.root, mask)
