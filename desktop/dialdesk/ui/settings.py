"""Settings: every option from ``config.OPTIONS``, validated as you type, saved only when all
of it is valid. Secrets go to the keyring (never the file) on a worker thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialdesk import config, numbers
from dialdesk.credentials import NAMES as SECRET_NAMES
from dialdesk.credentials import Credentials, describe, secret_problem
from dialdesk.pbx import AuthFailed, ConnectFailed, PbxError, TlsFailed, make_backend
from dialdesk.ui.dialbox import ERROR_STYLE, INFO_STYLE, OK_STYLE, country_name
from dialdesk.ui.errors import error_text, secret_problem_text
from dialdesk.ui.lists import EditableTable
from dialdesk.ui.tasks import Tasks

log = logging.getLogger(__name__)

TABS = {"account": 0, "simotel": 0, "dialing": 1, "thulium": 2, "general": 3}

CredentialsFor = Callable[[config.Settings], Credentials]


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        settings: config.Settings,
        credentials_for: CredentialsFor,
        tasks: Tasks,
        *,
        welcome: bool = False,
        problems: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.credentials_for = credentials_for
        self.tasks = tasks
        self.setWindowTitle(self.tr("dialdesk settings"))
        self.setMinimumWidth(560)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.secret_edits: dict[str, QLineEdit] = {}
        self._labels = self._field_labels()

        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        if problems:
            self._banner("\n".join(problems), ERROR_STYLE)
        elif welcome:
            self._banner(
                self.tr(
                    "Welcome to dialdesk. Until you save a PBX account here, dialdesk uses its "
                    "built-in sandbox: calls are simulated, so you can try everything safely."
                ),
                INFO_STYLE,
            )
        layout.addWidget(self.banner)

        self.tabs = QTabWidget()
        forms = []
        for title in (
            self.tr("Account"),
            self.tr("Dialing"),
            self.tr("Campaigns"),
            self.tr("General"),
        ):
            page = QWidget()
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            self.tabs.addTab(page, title)
            forms.append(form)
        for opt in config.OPTIONS:
            self._add_field(forms[TABS[opt.section]], opt)
            if opt.key == "account.username":
                self._add_secrets(forms[0])
            if opt.key == "general.log_level":
                from dialdesk.platform import autostart

                self.autostart_box = QCheckBox(self.tr("Start dialdesk when I log in"))
                try:
                    self._autostart_was = autostart.enabled()
                except OSError:
                    self._autostart_was = False
                    self.autostart_box.setEnabled(False)
                self.autostart_box.setChecked(self._autostart_was)
                forms[TABS[opt.section]].addRow("", self.autostart_box)
            if opt.key == "dialing.format":
                self.format_example = QLabel()
                self.format_example.setStyleSheet("color:#5f6368;")
                forms[1].addRow("", self.format_example)
        layout.addWidget(self.tabs)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setToolTip(
            self.tr("Checks the address and credentials; never places a call or changes data.")
        )
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.on_test_clicked)
        self._update_visibility()
        self._update_example()
        self.load_secret_status()

    # --- building ---------------------------------------------------------------------

    def _field_labels(self) -> dict[str, str]:
        return {
            "account.backend": self.tr("PBX"),
            "account.url": self.tr("Server address"),
            "account.username": self.tr("API user"),
            "account.agent": self.tr("Your SIP number / extension"),
            "account.verify_tls": self.tr("Check TLS certificate"),
            "account.ca_bundle": self.tr("CA bundle file"),
            "account.deadline_s": self.tr("Longest wait for the PBX (s)"),
            "simotel.context": self.tr("Simotel context"),
            "simotel.caller_id": self.tr("Simotel caller id"),
            "simotel.trunk_name": self.tr("Simotel trunk"),
            "simotel.timeout": self.tr("Simotel answer timeout (s)"),
            "simotel.call_limit": self.tr("Simotel call limit (s)"),
            "dialing.region": self.tr("Your country"),
            "dialing.format": self.tr("Number format sent"),
            "dialing.outside_line_prefix": self.tr("Outside line prefix"),
            "dialing.extension_max_digits": self.tr("Extension length (digits)"),
            "dialing.confirm_links": self.tr("Ask before calling from a link"),
            "dialing.premium": self.tr("Premium-rate numbers"),
            "dialing.emergency": self.tr("Emergency numbers"),
            "dialing.duplicate_window_s": self.tr("Same number again after (s)"),
            "dialing.link_calls_per_minute": self.tr("Link calls per minute"),
            "thulium.queue_id": self.tr("Default queue id"),
            "thulium.campaign_id": self.tr("Default campaign id"),
            "thulium.agent_login": self.tr("Your agent login"),
            "thulium.queues": self.tr("Queues"),
            "thulium.campaigns": self.tr("Campaigns"),
            "thulium.statuses": self.tr("Dictionary statuses"),
            "thulium.record_statuses": self.tr("Record statuses"),
            "thulium.quick_statuses": self.tr("Quick status buttons"),
            "general.language": self.tr("Language"),
            "general.log_level": self.tr("Log level"),
        }

    def _choice_labels(self) -> dict[str, str]:
        return {
            "sandbox": self.tr("Sandbox (simulated calls)"),
            "thulium": "Thulium",
            "simotel": "Simotel",
            "dialable": self.tr("as dialed from your country"),
            "e164": self.tr("international, +48221234567"),
            "e164-digits": self.tr("international digits, 48221234567"),
            "national": self.tr("national, 221234567"),
            "warn": self.tr("ask first"),
            "block": self.tr("block"),
            "allow": self.tr("allow"),
            "auto": self.tr("as the system"),
            "en": "English",
            "pl": "Polski",
        }

    def _add_field(self, form: QFormLayout, opt: config.Option) -> None:
        value = self.settings[opt.key]
        widget: QWidget
        if opt.type is list and opt.key == "thulium.quick_statuses":
            quick = QLineEdit(", ".join(str(v) for v in value))
            quick.setPlaceholderText(self.tr("status ids, e.g. 3, 8"))
            quick.textChanged.connect(lambda _="", k=opt.key: self.on_field_changed(k))
            widget = quick
        elif opt.type is list:
            columns = [("id", self.tr("Id")), ("name", self.tr("Name"))]
            if opt.key == "thulium.record_statuses":
                columns.append(("system", self.tr("System status")))
            editor = EditableTable(columns, list(value), optional=("system",))
            editor.changed.connect(lambda k=opt.key: self.on_field_changed(k))
            widget = editor
        elif opt.type is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(lambda _=False, k=opt.key: self.on_field_changed(k))
            widget = box
        elif opt.type is int:
            spin = QSpinBox()
            spin.setRange(opt.minimum or 0, opt.maximum or 1_000_000)
            spin.setValue(int(value))
            spin.valueChanged.connect(lambda _=0, k=opt.key: self.on_field_changed(k))
            widget = spin
        elif opt.choices or opt.key == "dialing.region":
            combo = QComboBox()
            if opt.key == "dialing.region":
                regions = [r for r in numbers.regions() if len(r) == 2 and r.isalpha()]
                named = sorted((f"{country_name(r)} ({r})", r) for r in regions)
                for label, code in named:
                    combo.addItem(label, code)
            else:
                names = self._choice_labels()
                for choice in opt.choices:
                    combo.addItem(names.get(choice, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(lambda _=0, k=opt.key: self.on_field_changed(k))
            widget = combo
        else:
            edit = QLineEdit(str(value))
            edit.textChanged.connect(lambda _="", k=opt.key: self.on_field_changed(k))
            widget = edit
        widget.setToolTip(opt.description)
        widget.setObjectName(opt.key)
        if self.settings.is_locked(opt.key):
            widget.setEnabled(False)
            widget.setToolTip(self.tr("Set by your administrator.") + "\n" + opt.description)
        error = QLabel()
        error.setStyleSheet("color:#b71c1c;")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        box_layout = QVBoxLayout(holder)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        box_layout.addWidget(error)
        caption = QLabel(self._labels.get(opt.key, opt.key))
        caption.setToolTip(opt.description)
        form.addRow(caption, holder)
        self.fields[opt.key] = widget
        self.errors[opt.key] = error

    def _add_secrets(self, form: QFormLayout) -> None:
        titles = {"password": self.tr("API password"), "api-key": self.tr("API key (Simotel)")}
        for name in SECRET_NAMES:
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(self.tr("checking the keyring…"))
            edit.setObjectName(f"secret.{name}")
            self.secret_edits[name] = edit
            form.addRow(titles[name], edit)
        self.keyring_label = QLabel()
        self.keyring_label.setStyleSheet("color:#5f6368;")
        form.addRow(self.keyring_label)  # spans both columns: room for a long message

    def _banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style + "padding:8px;")
        self.banner.show()

    # --- values and validation ----------------------------------------------------------

    def value(self, key: str) -> Any:
        widget = self.fields[key]
        if isinstance(widget, EditableTable):
            return widget.value()
        if config.BY_KEY[key].type is list and isinstance(widget, QLineEdit):
            return [part.strip() for part in widget.text().split(",") if part.strip()]
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def problems(self) -> dict[str, str]:
        found = {}
        for opt in config.OPTIONS:
            try:
                config.validate(opt, self.value(opt.key))
            except config.ConfigError as exc:
                found[opt.key] = str(exc).removeprefix(opt.key + " ")
        return found

    def on_field_changed(self, key: str) -> None:
        problems = self.problems()
        for k, label in self.errors.items():
            label.setText(problems.get(k, ""))
            label.setVisible(k in problems)
        self.save_button.setEnabled(not problems)
        self.save_button.setToolTip(
            self.tr("Fix the fields marked in red first.") if problems else ""
        )
        if key == "account.backend":
            self._update_visibility()
        if key.startswith("dialing."):
            self._update_example()

    def _update_visibility(self) -> None:
        backend = self.value("account.backend")
        account = ("account.url", "account.username", "account.verify_tls", "account.ca_bundle")
        for key, widget in self.fields.items():
            holder = widget.parentWidget()
            if holder is None:
                continue
            if self.settings.is_locked(key):
                continue  # stays read-only whatever the backend
            if key.startswith("simotel."):
                holder.setEnabled(backend == "simotel")
            elif key in account:
                holder.setEnabled(backend != "sandbox")
        self.secret_edits["password"].setEnabled(backend != "sandbox")
        self.secret_edits["api-key"].setEnabled(backend == "simotel")

    def _update_example(self) -> None:
        try:
            opts = numbers.DialOptions(
                region=config.validate(
                    config.BY_KEY["dialing.region"], self.value("dialing.region")
                ),
                format=self.value("dialing.format"),
                outside_line_prefix=self.value("dialing.outside_line_prefix"),
                extension_max_digits=self.value("dialing.extension_max_digits"),
            )
            shown = []
            for sample in ("+48 22 123 45 67", "+49 30 123456", "391"):
                shown.append(f"{sample} → {numbers.normalize(sample, opts).dial}")
        except (config.ConfigError, numbers.NumberError):
            self.format_example.setText("")
            return
        # One sample a line: a long single line would be clipped by the form.
        self.format_example.setText(self.tr("For example:") + "\n" + "\n".join(shown))

    def draft(self) -> config.Settings:
        """The settings as edited, not yet saved (the fields must be valid)."""
        user = config.Layer(
            self.settings.user.path,
            dict(self.settings.user.values),
            self.settings.user.doc,
            self.settings.user.exists,
        )
        draft = config.Settings(user=user, admin=self.settings.admin)
        for opt in config.OPTIONS:
            if self.settings.is_locked(opt.key):
                continue
            value = config.validate(opt, self.value(opt.key))
            below = self.settings.admin.values.get(opt.key, opt.default)
            if value == below:
                draft.unset(opt.key)  # keep following the admin's default
            else:
                draft.set(opt.key, value)
        return draft

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
            self.keyring_label.setText(self.tr("Secrets cannot be stored: see above."))
            self.keyring_label.setStyleSheet("color:#b71c1c;")
            self._banner(str(error), ERROR_STYLE)
            for edit in self.secret_edits.values():
                edit.setPlaceholderText(self.tr("keyring unavailable"))
            return
        assert result is not None
        backend, stored = result
        # One short line (a wrapped label in a form row gets clipped); details in a tooltip.
        friendly = backend.split(" [", 1)[0]
        self.keyring_label.setText(self.tr("Secrets are kept in: %1").replace("%1", friendly))
        self.keyring_label.setToolTip(
            self.tr("Keyring: %1. Secrets are never written to the settings file.").replace(
                "%1", backend
            )
        )
        for name, edit in self.secret_edits.items():
            edit.setPlaceholderText(
                self.tr("stored; type to replace") if stored.get(name) else self.tr("not set")
            )

    # --- actions ------------------------------------------------------------------------

    def on_test_clicked(self) -> None:
        if self.problems():
            self.test_result.setText(self.tr("Fix the fields marked in red first."))
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
        self.test_result.setText(self.tr("Testing…"))
        self.test_result.setStyleSheet("")
        self.tasks.run(check, self.on_test_finished)

    def on_test_finished(self, result: str | None, error: BaseException | None) -> None:
        self.test_button.setEnabled(True)
        if error is None:
            self.test_result.setText(self.tr("OK: %1").replace("%1", str(result)))
            self.test_result.setStyleSheet(OK_STYLE + "padding:4px;")
            return
        if isinstance(error, TlsFailed):
            text = self.tr("TLS problem: %1").replace("%1", error_text(error))
        elif isinstance(error, ConnectFailed):
            text = self.tr("Not reachable: %1").replace("%1", error_text(error))
        elif isinstance(error, AuthFailed):
            text = self.tr("Credentials refused: %1").replace("%1", error_text(error))
        elif isinstance(error, PbxError):
            text = error_text(error)
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
            self._banner(self.tr("Not saved: %1").replace("%1", str(error)), ERROR_STYLE)
            return
        self.settings.user = draft.user
        self.settings.problems = []
        for edit in self.secret_edits.values():
            edit.clear()
        self.saved.emit()
        self.accept()
