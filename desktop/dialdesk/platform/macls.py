"""macOS Launch Services, a few ctypes lines: which app opens a URL scheme, and making
dialdesk that app (LSSetDefaultHandlerForURLScheme / LSCopyDefaultHandlerForURLScheme,
CoreServices' LSInfo.h). Runs on macOS only (the macOS workflow); platform/handler_mac.py
holds the logic around it, tested with a fake."""

from __future__ import annotations

import ctypes
import sys

assert sys.platform == "darwin"  # mypy: macOS only

_CF = ctypes.CDLL("/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation")
_LS = ctypes.CDLL("/System/Library/Frameworks/CoreServices.framework/CoreServices")
UTF8 = 0x08000100  # kCFStringEncodingUTF8
_CF.CFStringCreateWithCString.restype = ctypes.c_void_p
_CF.CFStringCreateWithCString.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32)
_CF.CFStringGetCString.restype = ctypes.c_bool
_CF.CFStringGetCString.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_long, ctypes.c_uint32)
_CF.CFRelease.argtypes = (ctypes.c_void_p,)
_LS.LSSetDefaultHandlerForURLScheme.restype = ctypes.c_int32
_LS.LSSetDefaultHandlerForURLScheme.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
_LS.LSCopyDefaultHandlerForURLScheme.restype = ctypes.c_void_p
_LS.LSCopyDefaultHandlerForURLScheme.argtypes = (ctypes.c_void_p,)


def _cf_string(text: str) -> int:
    return int(_CF.CFStringCreateWithCString(None, text.encode(), UTF8))


class LaunchServices:
    def default_handler(self, scheme: str) -> str | None:
        """The bundle identifier of the app that opens ``scheme:`` URLs, or None."""
        name = _cf_string(scheme)
        try:
            handler = _LS.LSCopyDefaultHandlerForURLScheme(name)
        finally:
            _CF.CFRelease(name)
        if not handler:
            return None
        try:
            buffer = ctypes.create_string_buffer(1024)
            if not _CF.CFStringGetCString(handler, buffer, len(buffer), UTF8):
                return None
            return buffer.value.decode()
        finally:
            _CF.CFRelease(handler)

    def set_default_handler(self, scheme: str, bundle_id: str) -> int:
        """LSSetDefaultHandlerForURLScheme's OSStatus (0: done)."""
        name, bundle = _cf_string(scheme), _cf_string(bundle_id)
        try:
            return int(_LS.LSSetDefaultHandlerForURLScheme(name, bundle))
        finally:
            _CF.CFRelease(name)
            _CF.CFRelease(bundle)
