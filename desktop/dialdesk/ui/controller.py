"""The tray app's controller: wires settings, dialer, worker tasks, dial box, tray and
notifications. The call flow itself is in ``calls.py``.

Every network and keyring operation goes through ``Tasks``; widgets are touched only in the
callbacks, on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from dialdesk import __version__, config, paths
from dialdesk.credentials import Credentials, account_id
from dialdesk.dialer import Dialer, GuardStopped, Outcome, Source
from dialdesk.history import History
from dialdesk.numbers import NumberError
from dialdesk.pbx import (
    Capability,
    capabilities_of,
    make_backend,
    missing_settings,
)
from dialdesk.ui.calls import CallFlow
from dialdesk.ui.icons import State, icon
from dialdesk.ui.option_words import missing_text
from dialdesk.ui.tasks import Tasks
from dialdesk.ui.tray import Tray

if TYPE_CHECKING:
    # Imported where first used: each window's module costs start-up time (its Qt classes'
    # enums are built on import) for a window most starts never open.
    from dialdesk.ui.actions import ActionDialog
    from dialdesk.ui.dialbox import DialBox
    from dialdesk.ui.settings import SettingsDialog
    from dialdesk.ui.wording import Tone

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 3000
WARM_UP_DELAY_MS = 300


def credentials_for(settings: config.Settings) -> Credentials:
    return Credentials(account_id(settings.text("account.url"), settings.text("account.username")))


class Controller(CallFlow, QObject):
    def __init__(self, *, tasks: Tasks | None = None, tray: bool | None = None) -> None:
        super().__init__()
        self.paths = paths.current()
        self.settings = config.load(self.paths, strict=False)
        self.history = History(self.paths.history_file)
        self.tasks = tasks or Tasks(self)
        self.dialer = self._make_dialer()
        self.busy = False
        self.links_paused = False
        self.settings_dialog: SettingsDialog | None = None
        self._shut_down = False
        self._pending_link: tuple[str, str] | None = None  # (shown text, the link itself)

        self._dialbox: DialBox | None = None  # built when first needed: see dialbox
        self._state = State.READY
        self.action_dialog: ActionDialog | None = None
        has_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: Tray | None = None
        if has_tray:
            self.tray = Tray(
                lambda text: self.dialer.preview((self.numbers_in(text) or [text])[0]),
                lambda: self._recent(30),
                self,
            )
            self.tray.toggle_requested.connect(self.toggle_dialbox)
            self.tray.dial_requested.connect(self.show_dialbox)
            self.tray.dial_text_requested.connect(self.on_dial_text)
            self.tray.settings_requested.connect(self.open_settings)
            self.tray.about_requested.connect(self.show_about)
            self.tray.quit_requested.connect(self.quit)
            self.tray.pause_toggled.connect(self.on_pause_toggled)
        from dialdesk.ui.hotkeys import GlobalShortcuts  # global shortcuts: ui/hotkeys.py

        self.hotkeys = GlobalShortcuts(self)
        self.hotkeys.notice_changed.connect(lambda _text: self.refresh())
        self.refresh()

    # --- set-up -------------------------------------------------------------------------

    @property
    def dialbox(self) -> DialBox:
        """The dial box, built the first time it is needed (about 11 ms with its module):
        most starts only sit in the tray and need not pay for it."""
        if self._dialbox is None:
            from dialdesk.ui.dialbox import DialBox

            box = DialBox(
                lambda text: self.dialer.preview(text),
                decide=lambda number: self.dialer.decide(number, Source.TYPED),
                find=self.numbers_in,
            )
            box.call_requested.connect(self.on_call_requested)
            box.redial_requested.connect(lambda text: self.place_call(text, Source.RECENT))
            box.settings_requested.connect(self.open_settings)
            box.action_requested.connect(self.open_action)
            box.quick_status_requested.connect(self.on_quick_status)
            # With a tray, closing the dial box hides it; without one, it is the app's window.
            box.hide_on_close = self.tray is not None
            box.closed.connect(self.quit)
            box.setWindowIcon(icon(self._state))
            self._dialbox = box
            self._refresh_dialbox(box)
        return self._dialbox

    def _make_dialer(self) -> Dialer:
        creds = credentials_for(self.settings)
        settings = self.settings
        return Dialer(settings, lambda: make_backend(settings, creds.get), self.history)

    def warm_up(self) -> None:
        """Do off the GUI thread what the first call would otherwise pay for: read the
        secrets from the keyring (a D-Bus round-trip, or a prompt), build the backend and
        its HTTP session, load the number metadata. The first click is then as fast as
        the rest. A failure here is not the agent's concern yet: the call will say it."""
        dialer = self.dialer

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                log.info("warm-up: %s (the first call will tell)", type(error).__name__)
            if not self._shut_down:
                _ = self.dialbox  # built now, in idle time, not at the first click
                for state in State:  # each icon is painted once; a call shows two
                    icon(state)

        self.tasks.run(dialer.warm_up, done)

    def start(self, *, crashed_last_time: bool = False) -> None:
        """Show what a newcomer or a broken config needs; otherwise sit in the tray."""
        if self.tray is not None:
            self.tray.show()
        else:
            self.show_dialbox()  # no tray here: never be invisible
        self.hotkeys.apply(self.settings)
        if crashed_last_time:
            self.tell_crashed()
        # After the event loop has shown the tray: start-up is not made slower by it.
        QTimer.singleShot(WARM_UP_DELAY_MS, self.warm_up)
        if self.settings.problems:
            self.open_settings(problems=[str(p) for p in self.settings.problems])
        elif not self.paths.config_file.exists():
            self.open_settings(welcome=True)

    def tell_crashed(self) -> None:
        """Once, without a modal box: the last session ended without quitting."""
        text = self.tr(
            "dialdesk stopped unexpectedly last time. What is known is in the log: %1"
        ).replace("%1", str(self.paths.log_file))
        if self.tray is not None:
            self.tray.notify("dialdesk", text, error=True)
        else:
            self.dialbox.show_refused(text)

    @property
    def sandbox(self) -> bool:
        return self.settings.text("account.backend") == "sandbox"

    def refresh(self) -> None:
        """Icon, tooltip, sandbox label and recent list after any change."""
        if self._dialbox is not None:
            self._refresh_dialbox(self._dialbox)
        self.set_state(State.CALLING if self.busy else None)

    def _refresh_dialbox(self, box: DialBox) -> None:
        box.set_sandbox(self.sandbox)
        box.set_actions_available(Capability.SCHEDULE in capabilities_of(self.settings))
        box.set_recent(self._recent(10))

    def set_state(self, state: State | None, detail: str = "") -> None:
        missing = missing_settings(self.settings)
        if state is None:
            if missing:
                state = State.NOT_CONFIGURED
            elif self.sandbox:
                state = State.SANDBOX
            else:
                state = State.READY
        tips = {
            State.READY: self.tr("dialdesk: ready"),
            State.CALLING: self.tr("dialdesk: calling…"),
            State.ERROR: self.tr("dialdesk: the last call failed"),
            State.NOT_CONFIGURED: self.tr("dialdesk: not set up (%1 missing)").replace(
                "%1", missing_text(missing)
            ),
            State.SANDBOX: self.tr("dialdesk: Sandbox, calls are simulated"),
        }
        tip = tips[state] + (f"\n{detail}" if detail else "")
        if self.links_paused:
            tip += "\n" + self.tr("Link handling is paused")
        tip += f"\n{self.hotkeys.notice}" if self.hotkeys.notice else ""
        if self._dialbox is not None and state is not self._state:
            self._dialbox.setWindowIcon(icon(state))
        self._state = state
        if self.tray is not None:
            self.tray.set_state(state, tip)

    # --- the dial box -------------------------------------------------------------------

    def tray_anchor(self) -> QRect:
        """Where the tray icon is; before the tray host has told (a cold start from a
        link), the corner of the screen where the panel is, not the top-left corner."""
        if self.tray is not None:
            known = self.tray.icon.geometry()
            if not known.isNull():
                return known
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QRect()
        full, free = screen.geometry(), screen.availableGeometry()
        right = free.right() - 1
        if free.top() > full.top() and free.bottom() >= full.bottom():
            return QRect(right, full.top(), 1, free.top() - full.top())  # a top panel
        return QRect(right, free.bottom(), 1, 1)  # a bottom panel, or none: bottom-right

    def show_dialbox(self) -> None:
        if self.tray is not None and not self.dialbox.isVisible():
            self.dialbox.place_near(self.tray_anchor())
        self.dialbox.show()
        self.dialbox.raise_()
        self.dialbox.activateWindow()
        self.dialbox.number_edit.setFocus()

    def toggle_dialbox(self) -> None:
        if self.dialbox.isVisible():
            self.dialbox.hide()
        else:
            self.show_dialbox()

    def numbers_in(self, text: str) -> list[str]:
        """The numbers in a text (the clipboard, a drop): the text itself if it is one."""
        from dialdesk.findnumbers import numbers_in

        region = self.settings.text("dialing.region")
        return numbers_in(text, region, parse=self.dialer.preview)

    # --- campaign and queue actions -------------------------------------------------------

    def open_action(self, kind: str) -> None:
        text = self.dialbox.number_edit.text()
        try:
            number = self.dialer.preview(text)
        except NumberError as exc:
            self.dialbox.show_error(exc.message)
            return
        if self.action_dialog is not None and self.action_dialog.isVisible():
            self.action_dialog.raise_()
            return
        from dialdesk.ui.actions import CampaignDialog, ScheduleDialog, StatusDialog

        forms: dict[str, type[ScheduleDialog | CampaignDialog | StatusDialog]] = {
            "schedule": ScheduleDialog,
            "campaign": CampaignDialog,
            "status": StatusDialog,
        }
        dialog = forms[kind](number, text, self.settings, self.dialer, self.tasks, self.dialbox)
        dialog.succeeded.connect(self.on_action_succeeded)
        dialog.finished.connect(self.on_action_closed)
        self.action_dialog = dialog
        dialog.open()

    def on_action_closed(self) -> None:
        """Sent or cancelled, the keyboard comes back to the dial box's number: without a
        window manager to hand it back, no widget had it (seen under Xvfb)."""
        box = self.dialbox
        if box.isVisible():
            box.activateWindow()
            box.number_edit.setFocus()

    def on_action_succeeded(self, text: str, tone: Tone) -> None:
        self.dialbox.show_placed(text, tone)
        self._notify("dialdesk", text)

    def offer_quick_statuses(self, outcome: Outcome) -> None:
        if Capability.CAMPAIGN_STATUS not in capabilities_of(self.settings):
            return
        names = {s.id: s.name for s in self.settings.named("thulium.statuses")}
        quick = [(i, names.get(i, i)) for i in self.settings.strings("thulium.quick_statuses")]
        self.dialbox.offer_quick_statuses(outcome.number, outcome.number.key, quick)

    def on_quick_status(self, status_id: str, text: str) -> None:
        name = {s.id: s.name for s in self.settings.named("thulium.statuses")}.get(
            status_id, status_id
        )
        dialer = self.dialer
        from dialdesk.ui.actions import explain, status_confirmation
        from dialdesk.ui.wording import only_duplicate

        def done(outcome: Outcome | None, error: BaseException | None) -> None:
            self.dialbox.quick_statuses_done()
            if isinstance(error, GuardStopped) and only_duplicate(error.decision):
                return  # a double click's second click: the first one's result stays
            if error is not None:
                self.dialbox.show_error(explain(error))
                return
            assert outcome is not None
            self.dialbox.show_placed(*status_confirmation(outcome, name))

        self.tasks.run(lambda: dialer.set_campaign_status(text, status_id, Source.TYPED), done)

    # --- menu actions -------------------------------------------------------------------

    def on_pause_toggled(self, paused: bool) -> None:
        self.links_paused = paused
        self.set_state(None)

    def open_settings(self, *, welcome: bool = False, problems: Sequence[str] = ()) -> None:
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        from dialdesk.ui.settings import SettingsDialog

        dialog = SettingsDialog(
            self.settings, credentials_for, self.tasks, welcome=welcome, problems=list(problems)
        )
        dialog.saved.connect(self.on_settings_saved)
        self.settings_dialog = dialog
        dialog.show()

    def on_settings_saved(self) -> None:
        old = self.dialer
        self.dialer = self._make_dialer()
        old.close()
        self.warm_up()
        if self._dialbox is not None:
            self._dialbox.on_settings_changed()
        self.hotkeys.apply(self.settings)
        self.refresh()

    def show_about(self) -> None:
        where = self.paths
        QMessageBox.about(
            self.dialbox,
            self.tr("About dialdesk"),
            self.tr("dialdesk %1\nClick-to-call for Thulium and Simotel.\n\nSettings: %2\nLogs: %3")
            .replace("%1", __version__)
            .replace("%2", str(where.config_file))
            .replace("%3", str(where.log_dir)),
        )

    def quit(self) -> None:
        """Give a call in flight a bounded time to finish, so its outcome is recorded."""
        if self.tasks.in_flight:
            log.info(
                "quitting: waiting up to %d ms for %d task(s)", QUIT_WAIT_MS, self.tasks.in_flight
            )
            self.tasks.wait(QUIT_WAIT_MS)
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """Close the dialer and delete the windows and tray icon deterministically."""
        if self._shut_down:
            return
        self._shut_down = True
        self.hotkeys.dispose()
        self.dialer.close()
        self.history.close()
        if self.action_dialog is not None:
            self.action_dialog.close()
            self.action_dialog = None
        if self.settings_dialog is not None:
            self.settings_dialog.close()
            self.settings_dialog.deleteLater()
            self.settings_dialog = None
        if self.tray is not None:
            self.tray.dispose()
            self.tray = None
        if self._dialbox is not None:
            self._dialbox.hide_on_close = True
            self._dialbox.hide()
            self._dialbox.deleteLater()
