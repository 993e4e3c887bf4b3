"""macOS: install dialdesk's own kAEGetURL Apple Event handler (Carbon's Apple Event
Manager, AEInstallEventHandler / AEGetParamPtr; a few ctypes lines). Replaces Qt's handler
for that event, so links reach dialdesk as the text clicked (platform/mac_urls.py says
why). Runs on macOS only; the macOS workflow imports it, the URL logic is tested anywhere.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

from dialdesk.platform import mac_urls

assert sys.platform == "darwin"  # mypy: macOS only

log = logging.getLogger(__name__)

_AE = ctypes.CDLL("/System/Library/Frameworks/CoreServices.framework/CoreServices")
# OSErr (*)(const AppleEvent *event, AppleEvent *reply, SRefCon refcon)
_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int16, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_AE.AEInstallEventHandler.restype = ctypes.c_int16
_AE.AEInstallEventHandler.argtypes = (
    ctypes.c_uint32, ctypes.c_uint32, _HANDLER, ctypes.c_void_p, ctypes.c_bool
)  # fmt: skip
_AE.AEGetParamPtr.restype = ctypes.c_int16
_AE.AEGetParamPtr.argtypes = (
    ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint32),
    ctypes.c_void_p, ctypes.c_long, ctypes.POINTER(ctypes.c_long),
)  # fmt: skip
_installed: list[object] = []  # the C callback must outlive this call


def install(on_url: Callable[[str], None]) -> bool:
    """Route kAEGetURL to ``on_url(url)``; False when the Apple Event Manager refused."""

    def handle(event: int | None, reply: int | None, refcon: int | None) -> int:
        try:
            buffer = ctypes.create_string_buffer(mac_urls.BUFFER_SIZE)
            kind, size = ctypes.c_uint32(), ctypes.c_long()
            status = _AE.AEGetParamPtr(
                event, mac_urls.DIRECT_OBJECT, mac_urls.UTF8_TEXT, ctypes.byref(kind),
                buffer, len(buffer), ctypes.byref(size),
            )  # fmt: skip
            if status != 0:
                log.warning("a GetURL Apple Event without a URL (error %d)", status)
                return 0
            url = mac_urls.url_from_descriptor(buffer.raw, size.value)
            if url is None:
                log.warning("dropped a GetURL Apple Event that is no link dialdesk takes")
            else:
                on_url(url)
        except Exception:  # an exception must not cross into the Apple Event Manager
            log.exception("GetURL Apple Event")
        return 0

    callback = _HANDLER(handle)
    status = _AE.AEInstallEventHandler(
        mac_urls.INTERNET_EVENT_CLASS, mac_urls.GET_URL, callback, None, False
    )
    if status != 0:
        log.warning("cannot install the GetURL Apple Event handler (error %d)", status)
        return False
    _installed.append(callback)
    return True
