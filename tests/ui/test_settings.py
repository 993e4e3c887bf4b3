"""Settings dialog and first run: inline validation, secrets only in the keyring, test
connection that never dials, a broken config file opening Settings instead of crashing."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from dialdesk import paths
from dialdesk.credentials import Credentials
from dialdesk.sandbox import SandboxServer
from dialdesk.ui.app import Controller
from dialdesk.ui.settings import SettingsDialog
from tests.helpers.secrets import PASSWORD


def dialog_of(ctl: Controller) -> SettingsDialog:
    assert ctl.settings_dialog is not None
    return ctl.settings_dialog


def set_text(dialog: SettingsDialog, key: str, text: str) -> None:
    widget = dialog.fields[key]
    assert isinstance(widget, QLineEdit)
    widget.setText(text)


def choose(dialog: SettingsDialog, key: str, value: str) -> None:
    widget = dialog.fields[key]
    assert isinstance(widget, QComboBox)
    widget.setCurrentIndex(widget.findData(value))


def test_first_run_opens_settings_with_a_welcome_and_uses_the_sandbox(
    controller: Controller,
) -> None:
    dialog = dialog_of(controller)
    assert dialog.isVisible()
    assert "Welcome" in dialog.banner.text()
    assert "sandbox" in dialog.banner.text()
    assert controller.sandbox


def test_inline_validation_blocks_saving(qtbot: QtBot, controller: Controller) -> None:
    dialog = dialog_of(controller)
    choose(dialog, "account.backend", "thulium")
    set_text(dialog, "account.url", "ftp://nope")
    set_text(dialog, "thulium.campaign_id", "12")
    assert not dialog.save_button.isEnabled()
    assert "https://" in dialog.errors["account.url"].text()
    assert dialog.errors["account.url"].isVisibleTo(dialog)
    assert "five-character" in dialog.errors["thulium.campaign_id"].text()
    set_text(dialog, "account.url", "acme")
    set_text(dialog, "thulium.campaign_id", "00001")
    assert dialog.save_button.isEnabled()
    assert not dialog.errors["account.url"].isVisibleTo(dialog)


def test_saving_writes_only_what_differs_and_switches_the_backend(
    qtbot: QtBot, controller: Controller, dd_paths: paths.Paths
) -> None:
    dialog = dialog_of(controller)
    choose(dialog, "dialing.premium", "block")
    spin = dialog.fields["dialing.duplicate_window_s"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(10)
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    doc = tomllib.loads(dd_paths.config_file.read_text())
    assert doc["dialing"] == {"premium": "block", "duplicate_window_s": 10}
    assert "account" not in doc  # defaults are not pinned into the user's file
    assert controller.dialer.settings["dialing.premium"] == "block"


def test_format_example_follows_the_fields(controller: Controller) -> None:
    dialog = dialog_of(controller)
    assert "+49 30 123456 → 004930123456" in dialog.format_example.text()
    choose(dialog, "dialing.format", "e164")
    assert "+49 30 123456 → +4930123456" in dialog.format_example.text()


def test_test_connection_never_places_a_call(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    dialog = dialog_of(controller)
    dialog.on_test_clicked()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=5000)
    assert "OK" in dialog.test_result.text()
    assert all(call["status"] != 200 for call in sandbox.calls())


def test_test_connection_reports_refused_credentials(qtbot: QtBot, controller: Controller) -> None:
    secured = SandboxServer(user="agent", password=PASSWORD).start()
    try:
        dialog = dialog_of(controller)
        choose(dialog, "account.backend", "thulium")
        set_text(dialog, "account.url", secured.thulium_url)
        set_text(dialog, "account.username", "agent")
        set_text(dialog, "account.agent", "391")
        dialog.secret_edits["password"].setText("wrong-password")
        dialog.on_test_clicked()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)
        assert "Credentials refused" in dialog.test_result.text()
        assert "wrong-password" not in dialog.test_result.text()
    finally:
        secured.stop()


def test_broken_config_opens_settings_with_the_error_and_keeps_the_file(
    qtbot: QtBot, sandbox: SandboxServer, dd_paths: paths.Paths
) -> None:
    dd_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    dd_paths.config_file.write_text("[dialing]\nregion = 'PL'\npremium = maybe\n")
    ctl = Controller(tray=False)
    ctl.start()
    try:
        dialog = dialog_of(ctl)
        assert f"{dd_paths.config_file}:3:" in dialog.banner.text()
        assert ctl.dialbox.isVisible()  # and the app still works, on defaults
        assert dd_paths.config_file.read_text().endswith("maybe\n")
    finally:
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


@pytest.mark.secret_service
def test_secrets_go_to_the_keyring_never_to_the_file(
    qtbot: QtBot,
    controller: Controller,
    dd_paths: paths.Paths,
    secret_service: KeyringBackend,
) -> None:
    """The app's own keyring path (no injection): under tests/run.sh that is the real,
    private Secret Service."""
    dialog = dialog_of(controller)
    qtbot.waitUntil(lambda: "Secrets are kept in" in dialog.keyring_label.text(), timeout=5000)
    choose(dialog, "account.backend", "thulium")
    set_text(dialog, "account.url", "https://acme.thulium.com/api/")
    set_text(dialog, "account.username", "agent")
    set_text(dialog, "account.agent", "391")
    dialog.secret_edits["password"].setText(PASSWORD)
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert PASSWORD not in dd_paths.config_file.read_text()
    stored = Credentials("agent@https://acme.thulium.com/api", secret_service)
    assert stored.get("password") == PASSWORD
    stored.delete("password")


def test_locked_settings_are_read_only(
    qtbot: QtBot, sandbox: SandboxServer, dd_paths: paths.Paths
) -> None:
    dd_paths.defaults_file.write_text(
        'locked = ["dialing.premium"]\n[dialing]\npremium = "block"\n'
    )
    ctl = Controller(tray=False)
    ctl.start()
    try:
        dialog = dialog_of(ctl)
        widget = dialog.fields["dialing.premium"]
        assert not widget.isEnabled()
        assert "administrator" in widget.toolTip()
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        assert "premium" not in dd_paths.config_file.read_text()
    finally:
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


def test_start_at_login_checkbox(
    qtbot: QtBot, controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dialdesk.platform import autostart

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    controller.settings_dialog.close()  # type: ignore[union-attr]
    controller.open_settings()
    dialog = dialog_of(controller)
    assert not dialog.autostart_box.isChecked()
    dialog.autostart_box.setChecked(True)
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert autostart.status_linux()


# --- a window that fits, words for people, nothing lost unasked ------------------------------


def test_pages_scroll_and_the_buttons_stay_on_a_small_screen(
    qtbot: QtBot, controller: Controller
) -> None:
    from PySide6.QtWidgets import QScrollArea

    dialog = dialog_of(controller)
    qtbot.waitExposed(dialog)
    free = dialog.screen().availableGeometry()
    assert all(isinstance(dialog.tabs.widget(i), QScrollArea) for i in range(dialog.tabs.count()))
    dialog.tabs.setCurrentIndex(2)  # the tallest page: every named list
    qtbot.wait(50)
    assert dialog.frameGeometry().height() <= free.height()
    save = dialog.save_button
    bottom = save.mapTo(dialog, save.rect().bottomLeft()).y()
    assert save.isVisible() and bottom <= dialog.height()
    for index in range(dialog.tabs.count()):  # pages scroll down, never get cut sideways
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        scroller = dialog.tabs.widget(index)
        assert isinstance(scroller, QScrollArea)
        page = scroller.widget()
        assert page.width() >= page.sizeHint().width()


def test_a_tab_with_an_error_is_marked_and_save_says_where(
    qtbot: QtBot, controller: Controller
) -> None:
    dialog = dialog_of(controller)
    dialog.tabs.setCurrentIndex(0)
    set_text(dialog, "thulium.queue_id", "x")
    assert dialog.tabs.tabText(2).startswith("⚠")
    assert not dialog.tabs.tabText(0).startswith("⚠")
    assert "Campaigns" in dialog.save_button.toolTip()
    set_text(dialog, "thulium.queue_id", "2")
    assert not dialog.tabs.tabText(2).startswith("⚠")


def test_settings_open_on_the_missing_field(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog_of(controller).close()
    controller.settings.set("account.backend", "thulium")
    controller.settings.set("account.url", "acme")
    controller.on_settings_saved()
    controller.open_settings()
    dialog = dialog_of(controller)
    assert dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() is dialog.fields["account.username"]


def test_the_not_set_up_message_names_fields_not_keys(controller: Controller) -> None:
    from dialdesk.pbx import NotConfigured
    from dialdesk.ui.errors import error_text

    error = NotConfigured("x", code="not-set-up", params={"missing": "account.url, account.agent"})
    text = error_text(error)
    assert "Server address, Your SIP number / extension" in text
    assert "account." not in text
    assert "Open Settings" in text
    assert "Open Settings" not in error_text(error, in_settings=True)


def test_escape_asks_before_throwing_edits_away(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    dialog = dialog_of(controller)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert asked == [] and not dialog.isVisible()
    controller.open_settings()
    dialog = dialog_of(controller)
    dialog.secret_edits["password"].setText("typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # kept: the agent said Cancel
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.secret_edits["password"].text() == ""


def test_sandbox_test_connection_names_the_sandbox(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    dialog = dialog_of(controller)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=5000)
    assert "sandbox" in dialog.test_result.text()
    assert "Thulium" not in dialog.test_result.text()


def test_validation_messages_are_in_the_ui_language(controller: Controller) -> None:
    from dialdesk.ui.option_words import problem_text

    assert problem_text("thulium.queue_id", "thulium.queue_id must contain digits only") == (
        "must contain digits only"
    )
    assert (
        problem_text("thulium.queues", "thulium.queues entry 2: id 7 is listed twice")
        == "row 2: the id 7 is listed twice"
    )


def test_settings_open_on_a_missing_password(
    qtbot: QtBot, controller: Controller, secret_service: KeyringBackend
) -> None:
    dialog_of(controller).close()
    for key, value in (
        ("account.backend", "thulium"),
        ("account.url", "acme"),
        ("account.username", "api"),
        ("account.agent", "201"),
    ):
        controller.settings.set(key, value)
    controller.on_settings_saved()
    controller.open_settings()
    dialog = dialog_of(controller)
    password = dialog.secret_edits["password"]
    qtbot.waitUntil(lambda: dialog.focusWidget() is password, timeout=5000)
    assert dialog.tabs.currentIndex() == 0


def test_the_scroll_wheel_scrolls_the_page_not_a_value_it_passes(
    qtbot: QtBot, controller: Controller
) -> None:
    """Seen under Xvfb: scrolling Settings turned "Numbers in unknown ranges" to block."""
    dialog = controller.settings_dialog
    assert dialog is not None
    dialog.show()
    combo = dialog.fields["dialing.unknown_numbers"]
    spin = dialog.fields["dialing.duplicate_window_s"]
    assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
    before = (combo.currentIndex(), spin.value())
    for widget in (combo, spin):
        assert not widget.hasFocus()
        centre = QPointF(widget.rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(widget.rect().center())),
            QPoint(0, 0),
            QPoint(0, -120),  # one notch down
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QCoreApplication.sendEvent(widget, wheel)
    assert (combo.currentIndex(), spin.value()) == before
    combo.setFocus()  # picked on purpose: then the wheel is the agent's
    dialog.activateWindow()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    QCoreApplication.sendEvent(
        combo,
        QWheelEvent(
            QPointF(combo.rect().center()),
            QPointF(combo.mapToGlobal(combo.rect().center())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )
    assert combo.currentIndex() != before[0]


def test_a_newcomer_reads_the_welcome_first_even_without_a_safe_keyring(
    qtbot: QtBot, controller: Controller
) -> None:
    """Seen under Xvfb: with only an unsafe keyring, the first thing a new agent saw was a
    red keyring error instead of the welcome, though the sandbox needs no secrets."""
    from keyrings.alt.file import PlaintextKeyring

    from dialdesk.credentials import Credentials, account_id
    from dialdesk.ui.wording import ERROR_STYLE

    def unsafe(settings: object) -> Credentials:
        return Credentials(account_id("", ""), backend=PlaintextKeyring())

    dialog = SettingsDialog(controller.settings, unsafe, controller.tasks, welcome=True)
    try:
        qtbot.waitUntil(
            lambda: (
                "keyring" in dialog.keyring_label.text().lower()
                or "cannot be stored" in dialog.keyring_label.text()
            ),
            timeout=5000,
        )
        text = dialog.banner.text()
        assert text.startswith("Welcome to dialdesk.")
        assert "not safe for secrets" in text  # and the keyring's problem follows it
        assert ERROR_STYLE not in dialog.banner.styleSheet()  # not painted as an error
    finally:
        dialog.close()
