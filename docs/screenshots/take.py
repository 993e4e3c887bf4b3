"""Retake the README's screenshots: the real widgets, offscreen, against the sandbox.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take.py

Run it inside a D-Bus session with an unlocked keyring (as tests/run.sh does), or Settings
shows a keyring warning. It uses a throwaway DIALDESK_HOME; nothing of yours is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = tempfile.mkdtemp(prefix="dialdesk-screenshots-")
os.environ["DIALDESK_HOME"] = HOME
os.environ["DIALDESK_DEFAULTS"] = str(Path(HOME) / "admin-defaults.toml")
HERE = Path(__file__).resolve().parent

from PySide6.QtWidgets import QWidget  # noqa: E402

from dialdesk.sandbox import Fault, SandboxServer  # noqa: E402
from dialdesk.ui import i18n  # noqa: E402
from dialdesk.ui.app import Application, Controller  # noqa: E402


def main() -> None:
    server = SandboxServer().start()
    os.environ["DIALDESK_SANDBOX_URL"] = server.url
    app = Application(sys.argv[:1])
    try:
        for language in ("en", "pl"):
            os.environ["DIALDESK_HOME"] = tempfile.mkdtemp(prefix=f"dialdesk-{language}-")
            installed = i18n.install(app, language)
            take(app, server, language)
            i18n.uninstall(app, installed)
    finally:
        server.stop()


def take(app: Application, server: SandboxServer, language: str) -> None:
    def pump(ms: int = 250) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def until(done: Callable[[], bool]) -> None:
        end = time.monotonic() + 10
        while not done() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str, widget: QWidget) -> None:
        pump()
        widget.grab().save(str(HERE / name))

    ctl = Controller(tray=False)
    ctl.start()
    if ctl.settings_dialog is not None:
        ctl.settings_dialog.close()
    box = ctl.dialbox
    ctl.settings.set("dialing.duplicate_window_s", 0)

    def call(text: str) -> None:
        box.number_edit.setText(text)
        box.call_button.click()
        until(lambda: not ctl.busy and not ctl.tasks.in_flight)

    suffix = "" if language == "en" else "-pl"
    for text in ("601 234 567", "+48 22 123 45 67"):
        call(text)
    server.add_fault(Fault(status=400, json={"errors": [{"message": "SIP offline"}]}))
    call("22 765 43 21")
    call("0 58 555 12 34 wew. 21")
    shot(f"dialbox{suffix}.png", box)
    if language == "en":
        box.quick.buttons[2].click()
        until(lambda: not ctl.tasks.in_flight)
        shot("actions.png", box)
        server.add_fault(
            Fault(
                status=400,
                json={"request_id": "53678450401cf", "errors": [{"message": "SIP offline"}]},
            )
        )
        call("601 234 568")
        shot("error.png", box)
        ctl.open_settings()
        dialog = ctl.settings_dialog
        assert dialog is not None
        pump(600)  # the keyring's answer
        shot("settings.png", dialog)
        dialog.close()
    ctl.shutdown()
    ctl.deleteLater()
    pump(50)


if __name__ == "__main__":
    main()
