"""The app says "Details are in the log file" only when a log file was written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dialdesk import logs
from dialdesk.ui.app import Controller, install_crash_hook


def _crash(monkeypatch: pytest.MonkeyPatch, log_file: Path) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    install_crash_hook(str(log_file))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    return shown


def test_with_a_log_file_the_message_points_to_it(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    log_file = tmp_path / "logs" / "dialdesk.log"
    logs.setup(log_file)
    [shown] = _crash(monkeypatch, log_file)
    assert "Details are in the log file" in shown and str(log_file) in shown
    text, details, _ = controller._explain(ValueError("x"))
    assert "Details are in the log file" in text and str(controller.paths.log_file) in details


def test_without_a_log_file_no_such_claim(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    log_file = blocker / "logs" / "dialdesk.log"  # cannot be created: logging to stderr
    logs.setup(log_file)
    try:
        [shown] = _crash(monkeypatch, log_file)
        assert "RuntimeError" in shown
        assert "log file" not in shown
        text, details, _ = controller._explain(ValueError("x"))
        assert "ValueError" in text and "log file" not in text + details
    finally:
        logs.setup(tmp_path / "logs" / "dialdesk.log")  # leave a file handler behind
