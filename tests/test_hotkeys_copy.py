"""The copy-then-restore logic Windows and macOS use for "dial the selection"."""

from __future__ import annotations

from typing import Any

import pytest

from dialdesk.platform.hotkeys_copy import CopySelection


class Desk:
    """A clipboard, a keyboard and a program in front, in memory."""

    def __init__(self, selected: str | None, held_for_steps: int = 0) -> None:
        self.clipboard: Any = {"text/plain": "agent's own", "image/png": b"\x89PNG"}
        self.serial = 7
        self.selected = selected
        self.held = held_for_steps
        self.log: list[str] = []

    def modifiers_held(self) -> bool:
        return self.held > 0

    def sleep(self, _s: float) -> None:
        self.held -= 1

    def send_copy(self) -> None:
        self.log.append(f"copy, held={self.held > 0}")
        if self.selected is not None:  # a program with a selection answers the keystroke
            self.clipboard = {"text/plain": self.selected}
            self.serial += 1

    def copier(self) -> CopySelection:
        def restore(saved: Any) -> None:
            self.log.append("restore")
            self.clipboard = saved
            self.serial += 1

        return CopySelection(
            modifiers_held=self.modifiers_held,
            clipboard_serial=lambda: self.serial,
            save_clipboard=lambda: dict(self.clipboard),
            send_copy=self.send_copy,
            read_text=lambda: self.clipboard["text/plain"],
            restore_clipboard=restore,
            sleep=self.sleep,
        )


def test_the_selection_is_read_and_the_agents_clipboard_given_back() -> None:
    desk = Desk("tel. 601 234 567")
    assert desk.copier()() == "tel. 601 234 567"
    assert desk.clipboard == {"text/plain": "agent's own", "image/png": b"\x89PNG"}
    assert desk.log == ["copy, held=False", "restore"]


def test_the_copy_waits_for_the_shortcuts_keys_to_be_released() -> None:
    desk = Desk("601 234 567", held_for_steps=5)
    assert desk.copier()() == "601 234 567"
    assert desk.log[0] == "copy, held=False"


def test_nothing_selected_leaves_the_clipboard_alone() -> None:
    desk = Desk(None)
    assert desk.copier()() == ""
    assert desk.clipboard["text/plain"] == "agent's own"
    assert desk.log == ["copy, held=False"]  # nothing copied: nothing to restore


def test_a_read_that_fails_still_restores() -> None:
    desk = Desk("x")
    copier = desk.copier()

    def broken() -> str:
        raise OSError("clipboard busy")

    copier.read_text = broken
    with pytest.raises(OSError, match="busy"):
        copier()
    assert desk.clipboard["text/plain"] == "agent's own"
