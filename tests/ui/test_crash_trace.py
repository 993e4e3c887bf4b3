"""A fatal error in the GUI process leaves a trace, and the next start says so."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dialdesk import paths
from dialdesk.ui.app import Controller


def start_app(home: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "DIALDESK_HOME": str(home),
        "DIALDESK_DEFAULTS": str(home / "none.toml"),
        "QT_QPA_PLATFORM": "offscreen",
        "DIALDESK_REPORT_READY": "1",
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "dialdesk"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert app.stdout is not None
    assert app.stdout.readline().strip() == "ready"
    return app


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "hóme ąę"  # non-ASCII paths too
    home.mkdir()
    (home / "config.toml").write_text('version = 1\n[account]\nbackend = "sandbox"\n')
    return home


def ended(app: subprocess.Popen[str]) -> int:
    code = app.wait(20)
    assert app.stdout is not None
    app.stdout.close()
    return code


def log_text(home: Path) -> str:
    return next((home / "logs").rglob("dialdesk.log")).read_text("utf-8")


def test_an_abort_leaves_its_stack_and_the_next_start_tells(home: Path) -> None:
    app = start_app(home)
    app.send_signal(signal.SIGABRT)  # what PySide's none_dealloc ends in
    assert ended(app) == -signal.SIGABRT
    fatal = next((home / "logs").rglob("fatal.log")).read_text("utf-8")
    assert "Fatal Python error: Aborted" in fatal
    assert "Current thread" in fatal or "Thread 0x" in fatal

    again = start_app(home)
    again.send_signal(signal.SIGTERM)
    assert ended(again) == 0
    text = log_text(home)
    assert "dialdesk stopped unexpectedly last time; its last words:" in text
    assert "Fatal Python error: Aborted" in text


def test_a_clean_quit_is_not_reported_as_a_crash(home: Path) -> None:
    for _ in range(2):
        app = start_app(home)
        time.sleep(0.2)
        app.send_signal(signal.SIGTERM)  # a logout
        assert ended(app) == 0
    assert "stopped unexpectedly" not in log_text(home)
    assert not list((home / "logs").rglob("running"))


def test_the_agent_is_told_without_a_modal_box(
    qtbot: QtBot, controller: Controller, dd_paths: paths.Paths
) -> None:
    controller.tell_crashed()
    box = controller.dialbox
    assert box.status_label.isVisible()
    assert "stopped unexpectedly last time" in box.status_label.text()
    assert str(dd_paths.log_file) in box.status_label.text()
