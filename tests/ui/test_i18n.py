"""Polish: every tr() string translated, and the app really speaks it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialdesk.sandbox import SandboxServer
from dialdesk.ui import i18n
from dialdesk.ui.app import Controller

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "dialdesk_pl.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_every_polish_string_is_finished() -> None:
    unfinished = [
        key
        for key, m in messages(TS).items()
        if m.find("translation") is None
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_every_tr_string_is_in_the_polish_file(tmp_path: Path) -> None:
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists():
        lupdate = shutil.which("pyside6-lupdate") or "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "dialdesk" / "ui").glob("*.py"))
    done = subprocess.run(
        [lupdate, *sources, "-ts", str(fresh)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    missing = sorted(set(messages(fresh)) - set(messages(TS)))
    assert missing == [], "run: make translations-update, then translate the new strings"
    obsolete = sorted(set(messages(TS)) - set(messages(fresh)))
    assert obsolete == [], "strings no longer in the code: run make translations-update"


def test_the_app_speaks_polish_under_a_polish_locale(
    qtbot: QtBot, polish: None, sandbox: SandboxServer
) -> None:
    ctl = Controller(tray=False)
    try:
        box = ctl.dialbox
        assert box.call_button.text() == "Zadzwoń"
        assert box.sandbox_banner.text() == "Piaskownica: połączenia są symulowane"
        box.number_edit.setText("+48 22 123 45 67")
        assert "Polska · stacjonarny" in box.preview_label.text()
        # Qt names other countries in Polish only where Polish is spoken: English here
        box.number_edit.setText("+49 30 123456")
        assert "Germany · stacjonarny" in box.preview_label.text()
        box.number_edit.setText("+48 701 234 567")
        assert "Numer o podwyższonej opłacie" in box.warning_label.text()
        box.call_button.click()
        qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=5000)
        assert "To numer o podwyższonej opłacie" in box.confirm_label.text()  # the guard
        box.number_edit.setText("+48 22 123")
        assert "Za krótki" in box.preview_label.text()
        ctl.open_settings()
        assert ctl.settings_dialog is not None
        assert ctl.settings_dialog.windowTitle() == "Ustawienia dialdesk"
        assert ctl.settings_dialog.save_button.text() == "Zachowaj"  # Qt's own Polish
        assert QLocale().language() == QLocale.Language.Polish
    finally:
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


def test_english_stays_english(qtbot: QtBot, qapp: QApplication, sandbox: SandboxServer) -> None:
    installed = i18n.install(qapp, "en")
    ctl = Controller(tray=False)
    try:
        assert ctl.dialbox.call_button.text() == "Call"
    finally:
        i18n.uninstall(qapp, installed)
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ({"status": 401}, "Centrala odrzuciła użytkownika API lub hasło."),
        ({"hangup": True}, "sprawdź telefon, zanim spróbujesz ponownie"),
        ({"status": 404}, "Nie znaleziono: sprawdź adres serwera"),
        ({"status": 429, "headers": {"Retry-After": "20"}}, "Spróbuj ponownie za 20 s."),
    ],
)
def test_pbx_faults_are_told_in_polish(
    qtbot: QtBot, polish: None, sandbox: SandboxServer, fault: dict[str, object], words: str
) -> None:
    from dialdesk.sandbox import Fault

    sandbox.add_fault(Fault(**fault))  # type: ignore[arg-type]
    ctl = Controller(tray=False)
    ctl.show_dialbox()
    try:
        ctl.dialbox.number_edit.setText("601 234 567")
        ctl.dialbox.call_button.click()
        qtbot.waitUntil(
            lambda: (
                not ctl.busy
                and ctl.dialbox.status_label.isVisible()
                and "Łączenie" not in ctl.dialbox.status_label.text()
            ),
            timeout=10000,
        )
        assert words in ctl.dialbox.status_label.text()
    finally:
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


@pytest.mark.parametrize(
    ("language", "today", "yesterday"),
    [("pl", "14:05", "24.11.2026 14:05"), ("en", "14:05", "24/11/2026 14:05")],
)
def test_recent_times_are_written_as_the_locale_writes_them(
    qapp: QApplication, language: str, today: str, yesterday: str
) -> None:
    from datetime import datetime, timedelta

    installed = i18n.install(qapp, language)
    try:
        now = datetime(2026, 11, 25, 9, 0).astimezone()
        earlier = datetime(2026, 11, 25, 14, 5).astimezone() - timedelta(days=1)
        assert i18n.when_short(now.replace(hour=14, minute=5), now=now) == today
        assert i18n.when_short(earlier, now=now) == yesterday
    finally:
        i18n.uninstall(qapp, installed)


def test_keyring_problems_are_told_in_polish(polish: None) -> None:
    from dialdesk.credentials import WHAT_TO_DO, CredentialsError
    from dialdesk.ui.errors import credentials_text

    unsafe = CredentialsError(
        "The keyring found is keyrings.alt.file.PlaintextKeyring, which keeps secrets in a "
        "plain text file; dialdesk will not use it. " + WHAT_TO_DO
    )
    text = credentials_text(unsafe)
    assert "keyrings.alt.file.PlaintextKeyring" in text
    assert "dialdesk go nie użyje" in text
    assert "plain text" not in text
    locked = credentials_text(CredentialsError("The keyring is locked (reading x). Unlock it."))
    assert locked.startswith("Magazyn haseł jest zablokowany")
