"""What a plain start loads: the tray app must not pay for what it does not show yet.

The probe runs the real ``dialdesk`` entry point (instance lock, settings, log, IPC
server, controller, tray) in a fresh Python, with a tray forced on (offscreen has no tray
host), and lists which of the heavy modules are loaded once the event loop runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
from PySide6.QtCore import QTimer
import dialdesk.ui.app as app_module

HEAVY = (
    "dialdesk.cli", "phonenumbers", "requests", "keyring", "PySide6.QtSvg",
    "dialdesk.ui.dialbox", "dialdesk.ui.settings", "dialdesk.ui.actions",
)
real = app_module.Controller

def with_tray(*args, **kwargs):
    controller = real(*args, tray=True)

    def report():
        print(json.dumps({
            "loaded": [m for m in HEAVY if m in sys.modules],
            "dialbox_built": controller._dialbox is not None,
            "tray_visible": controller.tray is not None and controller.tray.icon.isVisible(),
        }), flush=True)
        box = controller.dialbox  # the first open builds it, in the right state
        print(json.dumps({
            "sandbox_banner": not box.sandbox_banner.isHidden(),
            "icon": not box.windowIcon().isNull(),
        }), flush=True)
        controller.quit()

    QTimer.singleShot(0, report)
    return controller

app_module.Controller = with_tray
from dialdesk.__main__ import main
sys.exit(main([]))
"""


def test_a_plain_start_loads_no_window_it_does_not_show(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        'version = 1\n[account]\nbackend = "sandbox"\n[dialing]\nregion = "DE"\n'
    )
    env = {
        **os.environ,
        "DIALDESK_HOME": str(tmp_path),
        "DIALDESK_DEFAULTS": str(tmp_path / "none.toml"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    started, opened = (json.loads(line) for line in done.stdout.splitlines())
    assert started == {"loaded": [], "dialbox_built": False, "tray_visible": True}
    assert opened == {"sandbox_banner": True, "icon": True}


def test_an_unusable_home_folder_is_told_in_one_line_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = {
        **os.environ,
        "DIALDESK_HOME": str(blocker / "home"),
        "DIALDESK_DEFAULTS": str(tmp_path / "none.toml"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "dialdesk"], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "cannot write the log file" in done.stderr  # the log went to the terminal
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("dialdesk could not start: ")
    assert last.endswith("Not a directory: " + str(blocker / "home" / "data"))
