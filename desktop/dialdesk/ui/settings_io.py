"""Settings' work off the GUI thread: what the keyring holds, Test connection, and Save
(secrets to the keyring first, then the file). A part of :class:`SettingsDialog`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTabWidget

from dialdesk import config
from dialdesk.credentials import describe, secret_problem
from dialdesk.pbx import AuthFailed, ConnectFailed, PbxError, TlsFailed, make_backend
from dialdesk.ui.errors import credentials_text, error_text, secret_problem_text
from dialdesk.ui.wording import ERROR_STYLE, INFO_STYLE, OK_STYLE

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance

    from dialdesk.credentials import Credentials
    from dialdesk.ui.tasks import Tasks

log = logging.getLogger(__name__)


class KeyringAndServer:
    """Needs the dialog's fields; ``SettingsDialog`` provides them."""

    settings: config.Settings
    credentials_for: Callable[[config.Settings], Credentials]
    tasks: Tasks
    secret_edits: dict[str, QLineEdit]
    keyring_label: QLabel
    test_button: QPushButton
    test_result: QLabel
    save_button: QPushButton
    autostart_box: QCheckBox
    _autostart_was: bool
    _pristine: dict[str, Any]
    focus_missing_secret: bool
    welcoming: bool
    banner: QLabel
    tabs: QTabWidget
    saved: SignalInstance

    if TYPE_CHECKING:  # stubs for the type checker only: at run time the dialog's own

        def problems(self) -> dict[str, str]: ...
        def draft(self) -> config.Settings: ...
        def value(self, key: str) -> Any: ...
        def _values(self) -> dict[str, Any]: ...
        def _banner(self, text: str, style: str) -> None: ...
        def accept(self) -> None: ...

    # --- the keyring ----------------------------------------------------------------

    def load_secret_status(self) -> None:
        creds = self.credentials_for(self.settings)

        def status() -> tuple[str, dict[str, bool]]:
            if not creds.account.strip("@"):
                return describe(creds.backend), {}
            return describe(creds.backend), creds.status()

        self.tasks.run(status, self.on_secret_status)

    def on_secret_status(
        self, result: tuple[str, dict[str, bool]] | None, error: BaseException | None
    ) -> None:
        if error is not None:
            # The banner, not the form: a wrapped label in a QFormLayout row is not
            # re-measured when its text grows, and this message must be read whole.
            self.keyring_label.setText(
                QCoreApplication.translate("SettingsDialog", "Secrets cannot be stored: see above.")
            )
            self.keyring_label.setStyleSheet("color:#b71c1c;")
            if self.welcoming:
                # A newcomer on the sandbox needs no secrets yet: the welcome comes first,
                # the keyring's problem (for a real account) after it, not instead of it.
                self._banner(f"{self.banner.text()}\n\n{credentials_text(error)}", INFO_STYLE)
            else:
                self._banner(credentials_text(error), ERROR_STYLE)
            for edit in self.secret_edits.values():
                edit.setPlaceholderText(
                    QCoreApplication.translate("SettingsDialog", "keyring unavailable")
                )
            return
        assert result is not None
        backend, stored = result
        # One short line (a wrapped label in a form row gets clipped); details in a tooltip.
        friendly = backend.split(" [", 1)[0]
        self.keyring_label.setText(
            QCoreApplication.translate("SettingsDialog", "Secrets are kept in: %1").replace(
                "%1", friendly
            )
        )
        self.keyring_label.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog", "Keyring: %1. Secrets are never written to the settings file."
            ).replace("%1", backend)
        )
        password = self.secret_edits["password"]
        if (
            self.focus_missing_secret
            and not stored.get("password")
            and self.value("account.backend") == "thulium"
            and not any(edit.text() for edit in self.secret_edits.values())
        ):
            self.tabs.setCurrentIndex(0)
            password.setFocus()
        for name, edit in self.secret_edits.items():
            edit.setPlaceholderText(
                QCoreApplication.translate("SettingsDialog", "stored; type to replace")
                if stored.get(name)
                else QCoreApplication.translate("SettingsDialog", "not set")
            )

    # --- actions ------------------------------------------------------------------------

    def on_test_clicked(self) -> None:
        if self.problems():
            self.test_result.setText(
                QCoreApplication.translate("SettingsDialog", "Fix the fields marked in red first.")
            )
            return
        draft = self.draft()
        typed = {n: e.text() for n, e in self.secret_edits.items() if e.text()}
        creds = self.credentials_for(draft)

        def check() -> str:
            def secret(name: str) -> str | None:
                return typed.get(name) or creds.get(name)

            backend = make_backend(draft, secret)
            try:
                return backend.check()
            finally:
                backend.close()

        self.test_button.setEnabled(False)
        self.test_result.setText(QCoreApplication.translate("SettingsDialog", "Testing…"))
        self.test_result.setStyleSheet("")
        self.tasks.run(check, self.on_test_finished)

    def on_test_finished(self, result: str | None, error: BaseException | None) -> None:
        self.test_button.setEnabled(True)
        if error is None:
            if self.value("account.backend") == "sandbox":
                result = QCoreApplication.translate(
                    "SettingsDialog", "the sandbox answered; its calls are simulated."
                )
            self.test_result.setText(
                QCoreApplication.translate("SettingsDialog", "OK: %1").replace("%1", str(result))
            )
            self.test_result.setStyleSheet(OK_STYLE + "padding:4px;")
            return
        if isinstance(error, TlsFailed):
            text = QCoreApplication.translate("SettingsDialog", "TLS problem: %1").replace(
                "%1", error_text(error, in_settings=True)
            )
        elif isinstance(error, ConnectFailed):
            text = QCoreApplication.translate("SettingsDialog", "Not reachable: %1").replace(
                "%1", error_text(error, in_settings=True)
            )
        elif isinstance(error, AuthFailed):
            text = QCoreApplication.translate("SettingsDialog", "Credentials refused: %1").replace(
                "%1", error_text(error, in_settings=True)
            )
        elif isinstance(error, PbxError):
            text = error_text(error, in_settings=True)
        else:
            text = str(error) or type(error).__name__
        self.test_result.setText(text)
        self.test_result.setStyleSheet(ERROR_STYLE + "padding:4px;")

    def on_save_clicked(self) -> None:
        if self.problems():
            return
        draft = self.draft()
        typed = {n: e.text() for n, e in self.secret_edits.items() if e.text()}
        for name, value in typed.items():  # the check `dialdesk secret set` makes
            problem = secret_problem(name, value)
            if problem is not None:
                self._banner(secret_problem_text(name, problem), ERROR_STYLE)
                return
        creds = self.credentials_for(draft)

        start_at_login = self.autostart_box.isChecked()
        change_autostart = start_at_login != self._autostart_was

        def save() -> None:
            # Secrets first: a locked keyring then leaves nothing half saved.
            for name, value in typed.items():
                creds.set(name, value)
            draft.save()
            if change_autostart:
                from dialdesk.platform import autostart

                autostart.set_enabled(start_at_login)

        def saved(_: object, error: BaseException | None) -> None:
            self.on_save_finished(draft, error)

        self.save_button.setEnabled(False)
        self.tasks.run(save, saved)

    def on_save_finished(self, draft: config.Settings, error: BaseException | None) -> None:
        self.save_button.setEnabled(True)
        if error is not None:
            log.error("saving settings failed: %s", type(error).__name__)
            self._banner(
                QCoreApplication.translate("SettingsDialog", "Not saved: %1").replace(
                    "%1", str(error)
                ),
                ERROR_STYLE,
            )
            return
        self.settings.user = draft.user
        self.settings.problems = []
        for edit in self.secret_edits.values():
            edit.clear()
        self._pristine = self._values()
        self.saved.emit()
        self.accept()
