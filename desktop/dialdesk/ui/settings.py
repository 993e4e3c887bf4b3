"""Settings: every option from ``config.OPTIONS``, validated as you type, saved only when all
of it is valid. Secrets go to the keyring (never the file) on a worker thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialdesk import config, numbers
from dialdesk.credentials import NAMES as SECRET_NAMES
from dialdesk.credentials import Credentials
from dialdesk.pbx import (
    missing_settings,
)
from dialdesk.ui import option_words
from dialdesk.ui.lists import EditableTable
from dialdesk.ui.settings_fields import editor_for, shortcut_notice, shortcut_problems
from dialdesk.ui.settings_io import KeyringAndServer
from dialdesk.ui.tasks import Tasks
from dialdesk.ui.wording import ERROR_STYLE, INFO_STYLE

log = logging.getLogger(__name__)

TABS = {"account": 0, "simotel": 0, "dialing": 1, "thulium": 2, "general": 3, "hotkeys": 3}

CredentialsFor = Callable[[config.Settings], Credentials]


class SettingsDialog(KeyringAndServer, QDialog):
    saved = Signal()

    def __init__(
        self,
        settings: config.Settings,
        credentials_for: CredentialsFor,
        tasks: Tasks,
        *,
        welcome: bool = False,
        problems: list[str] | None = None,
        focus: str = "",
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
        self._labels = option_words.labels()
        self._pristine: dict[str, Any] = {}

        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.welcoming = welcome and not problems
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
        self._tab_titles = [
            self.tr("Account"),
            self.tr("Dialing"),
            self.tr("Campaigns"),
            self.tr("General"),
        ]
        forms = []
        for title in self._tab_titles:
            # Each page scrolls: on a 768-pixel screen the buttons below must stay in view.
            page = QWidget()
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            scroller = QScrollArea()
            scroller.setWidget(page)
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.tabs.addTab(scroller, title)
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
            if opt.key == "hotkeys.dial_selection" and shortcut_notice():
                self.shortcut_notice = QLabel(shortcut_notice())
                self.shortcut_notice.setWordWrap(True)
                self.shortcut_notice.setStyleSheet("color:#b71c1c;")
                forms[TABS[opt.section]].addRow("", self.shortcut_notice)
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
        self._pristine = self._values()
        self.on_field_changed("")
        self._fit_screen()
        target = focus or self._first_to_fix()
        self.focus_field(target)
        # Nothing else to fix: a missing password is the likely reason Settings was opened.
        self.focus_missing_secret = not target
        self.load_secret_status()

    # --- building ---------------------------------------------------------------------

    def _add_field(self, form: QFormLayout, opt: config.Option) -> None:
        widget = editor_for(opt, self.settings[opt.key], partial(self.on_field_changed, opt.key))
        tip = option_words.tooltip(opt)
        widget.setToolTip(tip)
        widget.setObjectName(opt.key)
        if self.settings.is_locked(opt.key):
            widget.setEnabled(False)
            widget.setToolTip(self.tr("Set by your administrator.") + "\n" + tip)
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
        caption.setToolTip(tip)
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
        if isinstance(widget, QKeySequenceEdit):
            return widget.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def problems(self) -> dict[str, str]:
        found = {}
        for opt in config.OPTIONS:
            try:
                config.validate(opt, self.value(opt.key))
            except config.ConfigError as exc:
                found[opt.key] = option_words.problem_text(opt.key, str(exc))
        found.update(shortcut_problems(self.value))
        return found

    def on_field_changed(self, key: str) -> None:
        problems = self.problems()
        for k, label in self.errors.items():
            label.setText(problems.get(k, ""))
            label.setVisible(k in problems)
        self.save_button.setEnabled(not problems)
        self._mark_tabs(problems)
        bad_tabs = sorted({TABS[k.split(".", 1)[0]] for k in problems})
        self.save_button.setToolTip(
            self.tr("Fix the fields marked in red first: %1.").replace(
                "%1", ", ".join(self._tab_titles[i] for i in bad_tabs)
            )
            if problems
            else ""
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

    # --- where the agent is taken, and leaving ---------------------------------------------

    def _first_to_fix(self) -> str:
        """The field to start on: the first one in red, else the first the PBX needs."""
        problems = self.problems()
        for opt in config.OPTIONS:
            if opt.key in problems:
                return opt.key
        missing = missing_settings(self.settings)
        return missing[0] if missing else ""

    def focus_field(self, key: str) -> None:
        """Open on the page that holds ``key``, with the field focused."""
        widget = self.fields.get(key)
        if widget is None:
            return
        self.tabs.setCurrentIndex(TABS[key.split(".", 1)[0]])
        scroller = self.tabs.currentWidget()
        if isinstance(scroller, QScrollArea):
            scroller.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_tabs(self, problems: dict[str, str]) -> None:
        bad = {TABS[k.split(".", 1)[0]] for k in problems}
        bar = self.tabs.tabBar()
        for index, title in enumerate(self._tab_titles):
            marked = index in bad
            self.tabs.setTabText(index, f"⚠ {title}" if marked else title)
            self.tabs.setTabToolTip(
                index, self.tr("Some fields here need fixing.") if marked else ""
            )
            bar.setTabTextColor(
                index, Qt.GlobalColor.darkRed if marked else bar.palette().text().color()
            )

    def _fit_screen(self) -> None:
        """Never taller than the screen's free area: the pages scroll instead."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry().height() - 60  # the window frame and a margin
        self.setMaximumHeight(room)
        # As wide as the widest page plus its scroll bar: pages scroll down, never sideways.
        scrollers = [self.tabs.widget(i) for i in range(self.tabs.count())]
        pages = [s.widget() for s in scrollers if isinstance(s, QScrollArea)]
        widest = max(page.sizeHint().width() for page in pages if page is not None)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(max(self.minimumWidth(), widest + bar + 40))
        self.resize(self.minimumWidth(), min(self.sizeHint().height(), room))

    def _values(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self.fields}

    def has_unsaved_edits(self) -> bool:
        typed = any(edit.text() for edit in self.secret_edits.values())
        return typed or self._values() != self._pristine

    def closeEvent(self, event: QCloseEvent) -> None:
        # The agent closing the window is asked, like Escape; the app closing it is not.
        self._quietly = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._quietly = False

    def reject(self) -> None:
        """Escape or Cancel: typed edits (a password, say) are not thrown away unasked."""
        if not getattr(self, "_quietly", False) and self.has_unsaved_edits():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Throw away the changes you made in Settings?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        for edit in self.secret_edits.values():
            edit.clear()
        super().reject()
