"""What the agent sees for the core's new refusals: a secret that cannot be sent is refused
by Settings before the keyring is touched; a history held by another program says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialdesk import paths
from dialdesk.history import History
from dialdesk.sandbox import SandboxServer
from dialdesk.ui.app import Controller
from tests.test_history import held


def test_settings_refuses_a_secret_that_cannot_be_sent(
    qtbot: QtBot, controller: Controller
) -> None:
    dialog = controller.settings_dialog
    assert dialog is not None
    asked: list[str] = []
    dialog.credentials_for = lambda draft: asked.append("keyring") or None  # type: ignore[assignment,func-returns-value]
    dialog.secret_edits["password"].setText("pasted\nwith a line break")
    dialog.on_save_clicked()
    assert "control character" in dialog.banner.text()
    assert "position 7" in dialog.banner.text()
    assert "Nothing was stored" in dialog.banner.text()
    assert "pasted" not in dialog.banner.text()
    assert dialog.isVisible()
    assert asked == []  # refused before the keyring


def test_a_call_while_another_program_holds_the_history(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer, dd_paths: paths.Paths
) -> None:
    History(dd_paths.history_file).close()
    controller.history.busy_timeout = controller.dialer.history.busy_timeout = 0.5
    controller.history.close()
    controller.dialer.history.close()
    box = controller.dialbox
    with held(dd_paths.history_file, "exclusive-mode"):
        box.number_edit.setText("601 234 567")
        qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)

        def shown() -> None:
            assert not controller.busy
            assert "in use by another program" in box.status_label.text()

        qtbot.waitUntil(shown, timeout=15000)
    assert sandbox.calls() == []
    assert list(dd_paths.history_file.parent.glob("*.damaged-*")) == []


def test_the_new_messages_are_told_in_polish(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from dialdesk import config
    from dialdesk.credentials import secret_problem
    from dialdesk.history import HistoryBusy
    from dialdesk.pbx import ServerFailed
    from dialdesk.ui import i18n
    from dialdesk.ui.errors import error_text, history_error_text, secret_problem_text

    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert isinstance(qapp, QApplication)
    installed = i18n.install(qapp, config.load().language())
    try:
        problem = secret_problem("password", "line\nbreak")
        assert problem is not None
        assert secret_problem_text("password", problem) == (
            "Pole „hasło” zawiera znak sterujący (złamanie wiersza, tabulator lub podobny) "
            "na pozycji 5; takiego znaku nie da się wysłać do centrali. "
            "Nic nie zostało zapisane."
        )
        assert "inny program" in history_error_text(HistoryBusy("held"))
        error = ServerFailed("x", code="server", params={"status": "500", "action": "call"})
        assert error_text(error) == (
            "Wewnętrzny błąd centrali (HTTP 500). Połączenie mogło zostać zestawione: "
            "sprawdź telefon, zanim spróbujesz ponownie."
        )
    finally:
        i18n.uninstall(qapp, installed)
