"""Shortcut press → dial box visible and focused, on X11 (Xvfb), against one frame.

The app runs in a child process on its own Xvfb, box built and hidden, as it sits in the
tray. Each sample sends the key press with XTEST from this process (no xdotool start in
the figure) and ends when the X server tells the app its dial box has the input focus
(FocusIn: the window is mapped and focused). Both processes read CLOCK_MONOTONIC, so the
two ends are comparable. Two cases, interleaved round by round (bench/_ab.py): the dial
shortcut, and the dial-selection shortcut (which also reads PRIMARY from xclip and finds
the number). Between samples the box is hidden again with the shortcut.

    .venv/bin/python bench/hotkey.py [ROUNDS]
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _ab import interleave

FRAME_MS = 1000 / 60
HIDE_PAUSE_S = 0.4  # a person's next press: Qt's deferred focus-out has settled


def child() -> None:
    """The app: prints ``focus <monotonic>`` at each FocusIn on the dial box."""
    from PySide6.QtCore import QAbstractNativeEventFilter, QTimer

    from dialdesk.ui.app import Application, Controller

    app = Application(sys.argv[:1])
    controller = Controller(tray=False)
    controller.start()
    if controller.settings_dialog is not None:
        controller.settings_dialog.close()
    box = controller.dialbox
    box.hide()

    class FocusWatch(QAbstractNativeEventFilter):
        def nativeEventFilter(self, kind: object, message: object) -> object:
            raw = ctypes.string_at(int(message), 12)  # type: ignore[call-overload]
            kind, ours = raw[0] & 0x7F, int(box.winId())
            # FocusIn (9) on the box, not merely under the pointer (detail 5), nor the focus
            # coming back as a key grab ends (mode 2, Ungrab): the box has just got it.
            if kind == 9 and raw[1] != 5 and raw[8] != 2 and raw[4:8] == ours.to_bytes(4, "little"):
                print(f"focus {time.monotonic()}", flush=True)
            # UnmapNotify (18) of the box: it is hidden, the next sample may start.
            if kind == 18 and raw[8:12] == ours.to_bytes(4, "little"):
                print("hidden", flush=True)
            return False, 0

    watch = FocusWatch()
    app.installNativeEventFilter(watch)
    QTimer.singleShot(500, lambda: print("ready", flush=True))
    app.exec()


class Keyboard:
    """XTEST key presses from this process's own X connection."""

    def __init__(self, display: str) -> None:
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeKeyEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self.dpy = self.x11.XOpenDisplay(display.encode())
        assert self.dpy, f"cannot open {display}"

    def press(self, *keysyms: int) -> None:
        codes = [self.x11.XKeysymToKeycode(self.dpy, k) for k in keysyms]
        for code in codes:
            self.xtst.XTestFakeKeyEvent(self.dpy, code, 1, 0)
        for code in reversed(codes):
            self.xtst.XTestFakeKeyEvent(self.dpy, code, 0, 0)
        self.x11.XFlush(self.dpy)


class Lines:
    """Lines from the child's stdout, unbuffered, so select() tells the truth."""

    def __init__(self, fd: int) -> None:
        self.fd, self.buffer = fd, b""

    def next(self, timeout: float) -> str:
        while b"\n" not in self.buffer:
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if not ready:
                raise TimeoutError(f"the app said nothing for {timeout} s")
            chunk = os.read(self.fd, 4096)
            if not chunk:
                raise EOFError("the app exited")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode().strip()

    def drain(self) -> None:
        while select.select([self.fd], [], [], 0)[0]:
            chunk = os.read(self.fd, 4096)
            if not chunk:
                return
            self.buffer += chunk
        self.buffer = b""


CTRL, ALT, SHIFT, P = 0xFFE3, 0xFFE9, 0xFFE1, ord("p")


def main() -> int:
    if sys.argv[1:] == ["--child"]:
        child()
        return 0
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = ":" + pipe.readline().strip()
    home = tempfile.mkdtemp(prefix="dd-bench-hotkey-")
    Path(home, "config").mkdir()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "DIALDESK_HOME": home}
    app = subprocess.Popen(
        [sys.executable, __file__, "--child"], env=env, stdout=subprocess.PIPE, bufsize=0
    )
    holder = subprocess.Popen(
        ["xclip", "-quiet", "-selection", "primary"],
        stdin=subprocess.PIPE,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    assert holder.stdin is not None
    holder.stdin.write(b"Klient: Jan Kowalski, tel. 601 234 567")
    holder.stdin.close()
    try:
        assert app.stdout is not None
        lines = Lines(app.stdout.fileno())
        while lines.next(20) != "ready":
            pass
        keys = Keyboard(display)

        def focus_after(*keysyms: int) -> float:
            lines.drain()  # focus-ins of the last hide and show: not this sample's
            started = time.monotonic()
            keys.press(*keysyms)
            while True:
                try:
                    word, _, value = lines.next(5).partition(" ")
                except TimeoutError:
                    raise TimeoutError(f"no focus-in after {keysyms}") from None
                if word == "focus":
                    seen = float(value)
                    break
            time.sleep(0.05)  # Qt has taken the focus-in: the box counts as active
            keys.press(CTRL, ALT, P)  # pressed again while active: hidden
            try:
                while lines.next(5) != "hidden":
                    pass
            except TimeoutError:
                raise TimeoutError("the box was not hidden") from None
            time.sleep(HIDE_PAUSE_S)
            return (seen - started) * 1000

        samples = interleave(
            {
                "dial (Ctrl+Alt+P)": lambda: focus_after(CTRL, ALT, P),
                "dial selection (Ctrl+Alt+Shift+P)": lambda: focus_after(CTRL, ALT, SHIFT, P),
            },
            rounds,
            warm=2,
        )
    finally:
        holder.terminate()
        app.terminate()
        app.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
    print(f"shortcut press → dial box visible and focused (Xvfb, {rounds} interleaved rounds)")
    for name, values in samples.cases.items():
        median = statistics.median(values)
        print(
            f"  {name:36} median {median:5.1f} ms  (min {min(values):.1f}, max "
            f"{max(values):.1f})  = {median / FRAME_MS:.2f} frames of {FRAME_MS:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
