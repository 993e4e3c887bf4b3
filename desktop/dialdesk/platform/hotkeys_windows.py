"""Windows global shortcuts: RegisterHotKey for the GUI thread (no window), WM_HOTKEY read
through Qt's native event filter (``windows_generic_MSG``: Qt's dispatcher shows it every
message it takes from the thread's queue, thread messages too).

"Dial the selection": Windows has no PRIMARY selection, so dialdesk copies it the way the
Windows dialers do (``hotkeys_copy.CopySelection``): Ctrl+C sent with SendInput to the
program in front, the clipboard read, the agent's clipboard given back. The OS calls are
the ``_user32`` lines; not run on a real Windows desktop here (see the README).
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass, field
from typing import Any

from dialdesk.platform.hotkeys import Chord, Grab, windows_modifiers, windows_vk

WM_HOTKEY = 0x0312
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
EVENT_TYPE = b"windows_generic_MSG"
VK_CONTROL, VK_SHIFT, VK_MENU, VK_LWIN, VK_RWIN, VK_C = 0x11, 0x10, 0x12, 0x5B, 0x5C, 0x43
INPUT_KEYBOARD, KEYEVENTF_KEYUP = 1, 0x2


def _user32() -> Any:
    if sys.platform != "win32":
        raise OSError("user32 is Windows'")
    return ctypes.WinDLL("user32", use_last_error=True)


class _Msg(ctypes.Structure):
    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("x", ctypes.c_long),
        ("y", ctypes.c_long),
    ]


class _KeyInput(ctypes.Structure):
    _fields_ = [
        ("wVk", ctypes.c_ushort),
        ("wScan", ctypes.c_ushort),
        ("dwFlags", ctypes.c_uint32),
        ("time", ctypes.c_uint32),
        ("dwExtraInfo", ctypes.c_size_t),
    ]


class _Input(ctypes.Structure):
    # INPUT is a type and a union whose largest member (MOUSEINPUT) is 32 bytes on 64-bit.
    _fields_ = [("type", ctypes.c_uint32), ("ki", _KeyInput), ("pad", ctypes.c_ubyte * 8)]


@dataclass
class WindowsHotkeys:
    event_type: bytes = EVENT_TYPE
    ids: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._user32 = _user32()

    def register(self, name: str, chord: Chord) -> Grab:
        ident = len(self.ids) + 1
        if self._user32.RegisterHotKey(None, ident, windows_modifiers(chord), windows_vk(chord)):
            self.ids[ident] = name
            return Grab.OK
        error = ctypes.get_last_error()  # type: ignore[attr-defined,unused-ignore]
        return Grab.TAKEN if error == ERROR_HOTKEY_ALREADY_REGISTERED else Grab.INVALID

    def unregister_all(self) -> None:
        for ident in self.ids:
            self._user32.UnregisterHotKey(None, ident)
        self.ids.clear()

    def match(self, message: int) -> str | None:
        msg = _Msg.from_address(message)
        return self.ids.get(int(msg.wParam)) if msg.message == WM_HOTKEY else None

    # --- the selection -------------------------------------------------------------------

    def modifiers_held(self) -> bool:
        keys = (VK_CONTROL, VK_SHIFT, VK_MENU, VK_LWIN, VK_RWIN)
        return any(self._user32.GetAsyncKeyState(vk) & 0x8000 for vk in keys)

    def clipboard_serial(self) -> int:
        return int(self._user32.GetClipboardSequenceNumber())

    def send_copy(self) -> None:
        strokes = [
            (VK_CONTROL, 0),
            (VK_C, 0),
            (VK_C, KEYEVENTF_KEYUP),
            (VK_CONTROL, KEYEVENTF_KEYUP),
        ]
        inputs = (_Input * len(strokes))()
        for slot, (vk, flags) in zip(inputs, strokes, strict=True):
            slot.type = INPUT_KEYBOARD
            slot.ki = _KeyInput(vk, 0, flags, 0, 0)
        self._user32.SendInput(len(strokes), inputs, ctypes.sizeof(_Input))
