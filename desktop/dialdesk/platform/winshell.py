"""Windows: what the shell (not the registry) says about default apps, a few ctypes lines.

- Which ProgID opens a URL scheme: ``IApplicationAssociationRegistration::
  QueryCurrentDefault(scheme, AT_URLPROTOCOL, AL_EFFECTIVE)``. Microsoft documents the
  ``UserChoice`` registry key as unsupported to read (Windows 11 writes
  ``UserChoiceLatest`` now); the shell's answer is the one that holds.
- After registering: ``SHChangeNotify(SHCNE_ASSOCCHANGED)``, so Explorer and the Default
  apps page see the new ProgID without a sign-out.
- Default apps opened on dialdesk's own page:
  ``ms-settings:defaultapps?registeredAppUser=dialdesk`` (the RegisteredApplications value
  name; ``registeredAppMachine`` for a per-machine install).

The COM call goes through the interface's vtable with ctypes (no pywin32/comtypes): slot 3
of IApplicationAssociationRegistration, after IUnknown's three. Runs on Windows only; the
handler logic around it is tested with a fake (tests/test_handler.py).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

assert sys.platform == "win32"  # mypy: the Windows-only names below

from ctypes import wintypes  # noqa: E402

CLSID_APPLICATION_ASSOCIATION_REGISTRATION = "{591209C7-767B-42B2-9FBA-44EE4615F2C7}"
IID_IAPPLICATION_ASSOCIATION_REGISTRATION = "{4E530B0A-E611-4C77-A3AC-9031D022281B}"
CLSCTX_INPROC_SERVER = 1
COINIT_APARTMENTTHREADED = 2
AT_URLPROTOCOL = 1
AL_EFFECTIVE = 1
QUERY_CURRENT_DEFAULT_SLOT = 3
RELEASE_SLOT = 2
SHCNE_ASSOCCHANGED = 0x08000000
SHCNF_IDLIST = 0


class _Guid(ctypes.Structure):
    _fields_ = (
        ("Data1", wintypes.DWORD),
        ("Data2", wintypes.WORD),
        ("Data3", wintypes.WORD),
        ("Data4", ctypes.c_ubyte * 8),
    )


_ole = ctypes.OleDLL("ole32")  # HRESULT functions: a failure raises OSError
_ole_plain = ctypes.WinDLL("ole32")  # CoTaskMemFree returns nothing
_shell = ctypes.WinDLL("shell32")


def _guid(text: str) -> _Guid:
    guid = _Guid()
    _ole.CLSIDFromString(wintypes.LPCWSTR(text), ctypes.byref(guid))
    return guid


class WinShell:
    def current_default(self, scheme: str) -> str | None:
        """The ProgID that opens ``scheme:`` links for this user, or None for none."""
        # Already initialised in another mode on this thread (RPC_E_CHANGED_MODE): usable.
        with contextlib.suppress(OSError):
            _ole.CoInitializeEx(None, COINIT_APARTMENTTHREADED)
        registration = ctypes.c_void_p()
        _ole.CoCreateInstance(
            ctypes.byref(_guid(CLSID_APPLICATION_ASSOCIATION_REGISTRATION)),
            None,
            CLSCTX_INPROC_SERVER,
            ctypes.byref(_guid(IID_IAPPLICATION_ASSOCIATION_REGISTRATION)),
            ctypes.byref(registration),
        )
        vtable = ctypes.cast(registration, ctypes.POINTER(ctypes.POINTER(ctypes.c_void_p)))[0]
        query = ctypes.WINFUNCTYPE(
            ctypes.c_long,
            ctypes.c_void_p,
            wintypes.LPCWSTR,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.POINTER(wintypes.LPWSTR),
        )(vtable[QUERY_CURRENT_DEFAULT_SLOT])
        release = ctypes.WINFUNCTYPE(ctypes.c_ulong, ctypes.c_void_p)(vtable[RELEASE_SLOT])
        answer = wintypes.LPWSTR()
        try:
            result = query(registration, scheme, AT_URLPROTOCOL, AL_EFFECTIVE, ctypes.byref(answer))
            if result < 0 or not answer.value:
                return None  # e.g. HRESULT 0x80070483: no application is associated
            return str(answer.value)
        finally:
            if answer:
                _ole_plain.CoTaskMemFree(answer)
            release(registration)

    def associations_changed(self) -> None:
        _shell.SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_IDLIST, None, None)

    def open_default_apps(self, uri: str) -> None:
        os.startfile(uri)  # noqa: S606 - a fixed ms-settings: URI of ours
