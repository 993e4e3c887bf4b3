"""The Win32 calls behind platform/winpipe.py, one short method each (ctypes, no pywin32).

Only this file touches the OS; it runs on Windows only (the GitHub Windows workflow runs
the hand-off through it), and everything around it is tested with a fake. Sources:
Microsoft's reference pages for CreateNamedPipeW, CreateFileW (SECURITY_SQOS_PRESENT |
SECURITY_IDENTIFICATION), WaitNamedPipeW, GetNamedPipeServerProcessId, PeekNamedPipe,
OpenProcessToken/GetTokenInformation(TokenUser), ConvertSidToStringSidW,
ConvertStringSecurityDescriptorToSecurityDescriptorW, ProcessIdToSessionId and
AllowSetForegroundWindow.
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import wintypes

from dialdesk.platform.winpipe import PipeError

assert sys.platform == "win32"  # mypy: the Windows-only ctypes names below

GENERIC_READ = 0x80000000
GENERIC_WRITE = 0x40000000
OPEN_EXISTING = 3
SECURITY_SQOS_PRESENT = 0x00100000
SECURITY_IDENTIFICATION = 0x00010000
PIPE_ACCESS_DUPLEX = 0x3
FILE_FLAG_FIRST_PIPE_INSTANCE = 0x00080000
PIPE_REJECT_REMOTE_CLIENTS = 0x8  # with PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT (0)
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
TOKEN_QUERY = 0x8
TOKEN_USER_CLASS = 1
SDDL_REVISION_1 = 1
INVALID_HANDLE = wintypes.HANDLE(-1).value


class _SecurityAttributes(ctypes.Structure):
    _fields_ = (
        ("nLength", wintypes.DWORD),
        ("lpSecurityDescriptor", wintypes.LPVOID),
        ("bInheritHandle", wintypes.BOOL),
    )


_k32 = ctypes.WinDLL("kernel32", use_last_error=True)
_adv = ctypes.WinDLL("advapi32", use_last_error=True)
_u32 = ctypes.WinDLL("user32", use_last_error=True)
_k32.CreateFileW.restype = wintypes.HANDLE
_k32.CreateFileW.argtypes = (
    wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, wintypes.LPVOID,
    wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE,
)  # fmt: skip
_k32.CreateNamedPipeW.restype = wintypes.HANDLE
_k32.CreateNamedPipeW.argtypes = (
    wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
    wintypes.DWORD, wintypes.DWORD, wintypes.DWORD, ctypes.POINTER(_SecurityAttributes),
)  # fmt: skip
_k32.OpenProcess.restype = wintypes.HANDLE
_k32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
_k32.GetCurrentProcess.restype = wintypes.HANDLE
_k32.CloseHandle.argtypes = (wintypes.HANDLE,)
_k32.LocalFree.argtypes = (wintypes.HLOCAL,)
_k32.PeekNamedPipe.argtypes = (
    wintypes.HANDLE, wintypes.LPVOID, wintypes.DWORD, wintypes.LPVOID,
    ctypes.POINTER(wintypes.DWORD), wintypes.LPVOID,
)  # fmt: skip
_k32.ReadFile.argtypes = (
    wintypes.HANDLE, wintypes.LPVOID, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD),
    wintypes.LPVOID,
)  # fmt: skip
_k32.WriteFile.argtypes = (
    wintypes.HANDLE, wintypes.LPCVOID, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD),
    wintypes.LPVOID,
)  # fmt: skip
_k32.GetNamedPipeServerProcessId.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.ULONG))
_k32.ProcessIdToSessionId.argtypes = (wintypes.DWORD, ctypes.POINTER(wintypes.DWORD))
_k32.ConnectNamedPipe.argtypes = (wintypes.HANDLE, wintypes.LPVOID)
_k32.DisconnectNamedPipe.argtypes = (wintypes.HANDLE,)
_k32.WaitNamedPipeW.argtypes = (wintypes.LPCWSTR, wintypes.DWORD)
_adv.OpenProcessToken.argtypes = (wintypes.HANDLE, wintypes.DWORD, ctypes.POINTER(wintypes.HANDLE))
_adv.GetTokenInformation.argtypes = (
    wintypes.HANDLE, ctypes.c_int, wintypes.LPVOID, wintypes.DWORD,
    ctypes.POINTER(wintypes.DWORD),
)  # fmt: skip
_adv.ConvertSidToStringSidW.argtypes = (wintypes.LPVOID, ctypes.POINTER(wintypes.LPWSTR))
_adv.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = (
    wintypes.LPCWSTR, wintypes.DWORD, ctypes.POINTER(wintypes.LPVOID), wintypes.LPVOID,
)  # fmt: skip
_u32.AllowSetForegroundWindow.argtypes = (wintypes.DWORD,)


def _check(ok: object, what: str) -> None:
    if not ok:
        code = ctypes.get_last_error()
        raise PipeError(code, f"{what}: {ctypes.FormatError(code)}")


class Win32Kernel:
    def __init__(self) -> None:
        self._sid: str | None = None
        self._session: int | None = None

    def _token_sid(self, process: int) -> str:
        token = wintypes.HANDLE()
        _check(_adv.OpenProcessToken(process, TOKEN_QUERY, ctypes.byref(token)), "token")
        try:
            size = wintypes.DWORD()
            _adv.GetTokenInformation(token, TOKEN_USER_CLASS, None, 0, ctypes.byref(size))
            buffer = ctypes.create_string_buffer(size.value)
            _check(
                _adv.GetTokenInformation(token, TOKEN_USER_CLASS, buffer, size, ctypes.byref(size)),
                "token user",
            )
            sid = ctypes.cast(buffer, ctypes.POINTER(wintypes.LPVOID))[0]  # TOKEN_USER.User.Sid
            text = wintypes.LPWSTR()
            _check(_adv.ConvertSidToStringSidW(sid, ctypes.byref(text)), "SID")
            try:
                return str(text.value)
            finally:
                _k32.LocalFree(ctypes.cast(text, wintypes.HLOCAL))
        finally:
            _k32.CloseHandle(token)

    def current_sid(self) -> str:
        if self._sid is None:
            self._sid = self._token_sid(_k32.GetCurrentProcess())
        return self._sid

    def session_id(self, pid: int | None = None) -> int:
        if pid is None and self._session is not None:
            return self._session
        session = wintypes.DWORD()
        target = _k32.GetCurrentProcessId() if pid is None else pid
        _check(_k32.ProcessIdToSessionId(target, ctypes.byref(session)), "session")
        if pid is None:
            self._session = session.value
        return session.value

    def process_sid(self, pid: int) -> str:
        process = _k32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        _check(process, "open process")
        try:
            return self._token_sid(process)
        finally:
            _k32.CloseHandle(process)

    def open_pipe(self, path: str) -> int:
        flags = SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION  # it may not act as us
        handle = _k32.CreateFileW(
            path, GENERIC_READ | GENERIC_WRITE, 0, None, OPEN_EXISTING, flags, None
        )
        _check(handle not in (None, INVALID_HANDLE), "open pipe")
        return int(handle)

    def wait_pipe(self, path: str, timeout_ms: int) -> None:
        _check(_k32.WaitNamedPipeW(path, max(1, timeout_ms)), "wait for pipe")

    def server_pid(self, handle: int) -> int:
        pid = wintypes.ULONG()
        _check(_k32.GetNamedPipeServerProcessId(handle, ctypes.byref(pid)), "server pid")
        return pid.value

    def allow_set_foreground(self, pid: int) -> None:
        _check(_u32.AllowSetForegroundWindow(pid), "allow foreground")

    def write(self, handle: int, data: bytes) -> None:
        written = wintypes.DWORD()
        _check(_k32.WriteFile(handle, data, len(data), ctypes.byref(written), None), "write")

    def available(self, handle: int) -> int:
        count = wintypes.DWORD()
        _check(_k32.PeekNamedPipe(handle, None, 0, None, ctypes.byref(count), None), "peek")
        return count.value

    def read(self, handle: int, size: int) -> bytes:
        buffer = ctypes.create_string_buffer(size)
        got = wintypes.DWORD()
        _check(_k32.ReadFile(handle, buffer, size, ctypes.byref(got), None), "read")
        return buffer.raw[: got.value]

    def close(self, handle: int) -> None:
        _k32.CloseHandle(handle)

    def create_pipe(self, path: str, sddl: str) -> int:
        descriptor = wintypes.LPVOID()
        _check(
            _adv.ConvertStringSecurityDescriptorToSecurityDescriptorW(
                sddl, SDDL_REVISION_1, ctypes.byref(descriptor), None
            ),
            "security descriptor",
        )
        try:
            attributes = _SecurityAttributes(ctypes.sizeof(_SecurityAttributes), descriptor, False)
            handle = _k32.CreateNamedPipeW(
                path,
                PIPE_ACCESS_DUPLEX | FILE_FLAG_FIRST_PIPE_INSTANCE,
                PIPE_REJECT_REMOTE_CLIENTS,
                1,  # one instance: nobody can add a second one to our name
                4096,
                4096,
                0,
                ctypes.byref(attributes),
            )
            _check(handle not in (None, INVALID_HANDLE), "create pipe")
            return int(handle)
        finally:
            _k32.LocalFree(descriptor)

    def connect(self, handle: int) -> None:
        _check(_k32.ConnectNamedPipe(handle, None), "connect")

    def disconnect(self, handle: int) -> None:
        _check(_k32.DisconnectNamedPipe(handle), "disconnect")
