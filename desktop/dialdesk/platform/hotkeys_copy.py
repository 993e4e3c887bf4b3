"""“Copy what is selected” where there is no PRIMARY selection (Windows, macOS): wait for
the agent to let go of the shortcut's modifiers, send the copy keystroke to the program in
front, read the clipboard once it changed, then give the agent's clipboard back.

Plain logic over injected operations, so it is tested on any OS; the OS calls (SendInput,
CGEventPost, the clipboard sequence number) are in the platform modules.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

RELEASE_WAIT_S = 0.6  # the agent's fingers leave the keys
COPY_WAIT_S = 0.5  # the program in front answers the copy keystroke
STEP_S = 0.01


@dataclass
class CopySelection:
    modifiers_held: Callable[[], bool]
    clipboard_serial: Callable[[], int]  # changes whenever anything is copied
    save_clipboard: Callable[[], Any]
    send_copy: Callable[[], None]
    read_text: Callable[[], str]
    restore_clipboard: Callable[[Any], None]
    sleep: Callable[[float], None] = time.sleep

    def _wait(self, done: Callable[[], bool], limit_s: float) -> bool:
        waited = 0.0
        while not done():
            if waited >= limit_s:
                return False
            self.sleep(STEP_S)
            waited += STEP_S
        return True

    def __call__(self) -> str:
        """The selected text, or "" when the program copied nothing (nothing selected);
        the clipboard is left as the agent had it either way."""
        # Ctrl+C sent while Alt and Shift are still down would be Ctrl+Alt+Shift+C.
        self._wait(lambda: not self.modifiers_held(), RELEASE_WAIT_S)
        before = self.clipboard_serial()
        saved = self.save_clipboard()
        self.send_copy()
        if not self._wait(lambda: self.clipboard_serial() != before, COPY_WAIT_S):
            return ""  # nothing was copied: the clipboard was not touched
        try:
            return self.read_text()
        finally:
            self.restore_clipboard(saved)
