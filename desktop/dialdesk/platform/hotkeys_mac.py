"""macOS global shortcuts: Carbon's RegisterEventHotKey (no permission needed), its
kEventHotKeyPressed delivered to a handler on the application's event target, which Qt's
Cocoa event loop dispatches.

"Dial the selection" sends Command+C to the program in front (CGEventPost), which macOS
allows only to an app the user trusts under Privacy & Security → Accessibility:
:func:`accessibility_trusted` tells whether it is, and the glue says what to do when it is
not. The OS calls are the ``_carbon``/``_quartz`` lines; not run on a real Mac here.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dialdesk.platform.hotkeys import MAC_KEY_C, Chord, Grab, mac_keycode, mac_modifiers

SIGNATURE = int.from_bytes(b"dDsk", "big")  # the four-character code naming our hot keys
K_EVENT_CLASS_KEYBOARD = int.from_bytes(b"keyb", "big")
K_EVENT_HOT_KEY_PRESSED = 5
K_EVENT_PARAM_DIRECT_OBJECT = int.from_bytes(b"----", "big")
TYPE_EVENT_HOT_KEY_ID = int.from_bytes(b"hkid", "big")
EVENT_HOT_KEY_EXISTS = -9878  # eventHotKeyExistsErr
CG_EVENT_FLAG_MASK_COMMAND = 1 << 20
CG_HID_EVENT_TAP = 0


class _HotKeyId(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


class _EventTypeSpec(ctypes.Structure):
    _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]


_Handler = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


def _framework(name: str) -> Any:
    if sys.platform != "darwin":
        raise OSError(f"{name} is macOS'")
    return ctypes.CDLL(ctypes.util.find_library(name))


@dataclass
class MacHotkeys:
    """Pressed keys come back through ``pressed(name)``, called from Carbon's handler on
    the main thread (where Qt's event loop runs)."""

    pressed: Callable[[str], None]
    names: dict[int, str] = field(default_factory=dict)
    event_type: bytes = b""  # no native event filter: Carbon calls the handler itself

    def __post_init__(self) -> None:
        self._carbon = _framework("Carbon")
        self._carbon.GetApplicationEventTarget.restype = ctypes.c_void_p
        self._carbon.RegisterEventHotKey.argtypes = [
            ctypes.c_uint32,
            ctypes.c_uint32,
            _HotKeyId,
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.POINTER(ctypes.c_void_p),
        ]
        self._refs: list[ctypes.c_void_p] = []
        self._handler = _Handler(self._on_event)  # kept: Carbon holds only the pointer
        spec = _EventTypeSpec(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOT_KEY_PRESSED)
        target = self._carbon.GetApplicationEventTarget()
        self._carbon.InstallEventHandler(
            ctypes.c_void_p(target), self._handler, 1, ctypes.byref(spec), None, None
        )

    def register(self, name: str, chord: Chord) -> Grab:
        code = mac_keycode(chord)
        if code is None:
            return Grab.INVALID
        ident = len(self.names) + 1
        ref = ctypes.c_void_p()
        status = self._carbon.RegisterEventHotKey(
            code,
            mac_modifiers(chord),
            _HotKeyId(SIGNATURE, ident),
            ctypes.c_void_p(self._carbon.GetApplicationEventTarget()),
            0,
            ctypes.byref(ref),
        )
        if status != 0:
            return Grab.TAKEN if status == EVENT_HOT_KEY_EXISTS else Grab.INVALID
        self._refs.append(ref)
        self.names[ident] = name
        return Grab.OK

    def unregister_all(self) -> None:
        for ref in self._refs:
            self._carbon.UnregisterEventHotKey(ref)
        self._refs.clear()
        self.names.clear()

    def match(self, _message: int) -> str | None:
        return None

    def _on_event(self, _call: Any, event: Any, _data: Any) -> int:
        hot_key = _HotKeyId()
        self._carbon.GetEventParameter(
            ctypes.c_void_p(event),
            K_EVENT_PARAM_DIRECT_OBJECT,
            TYPE_EVENT_HOT_KEY_ID,
            None,
            ctypes.sizeof(hot_key),
            None,
            ctypes.byref(hot_key),
        )
        name = self.names.get(hot_key.id) if hot_key.signature == SIGNATURE else None
        if name is not None:
            self.pressed(name)
        return 0

    # --- the selection -------------------------------------------------------------------

    def modifiers_held(self) -> bool:
        quartz = _framework("ApplicationServices")
        quartz.CGEventSourceFlagsState.restype = ctypes.c_uint64
        flags = int(quartz.CGEventSourceFlagsState(1))  # the HID system state
        return bool(flags & (0xF << 17))  # shift, control, option, command

    def send_copy(self) -> None:
        quartz = _framework("ApplicationServices")
        quartz.CGEventCreateKeyboardEvent.restype = ctypes.c_void_p
        for down in (True, False):
            event = quartz.CGEventCreateKeyboardEvent(None, MAC_KEY_C, down)
            quartz.CGEventSetFlags(
                ctypes.c_void_p(event), ctypes.c_uint64(CG_EVENT_FLAG_MASK_COMMAND)
            )
            quartz.CGEventPost(CG_HID_EVENT_TAP, ctypes.c_void_p(event))
            _framework("CoreFoundation").CFRelease(ctypes.c_void_p(event))


def accessibility_trusted() -> bool:
    """Whether macOS lets dialdesk send keystrokes (Privacy & Security → Accessibility)."""
    try:
        quartz = _framework("ApplicationServices")
    except OSError:
        return False
    quartz.AXIsProcessTrusted.restype = ctypes.c_bool
    return bool(quartz.AXIsProcessTrusted())
