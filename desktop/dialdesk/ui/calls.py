"""The call flow of the tray app: a number typed, redialled, dropped or from a link goes
to the dialer on a worker thread; its outcome goes to the dial box, the tray and Recent.

A part of :class:`dialdesk.ui.controller.Controller`; its texts are translated in the
``Controller`` context, as they always were.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from dialdesk import config, logs, paths
from dialdesk.credentials import CredentialsError
from dialdesk.dialer import Dialer, GuardStopped, Outcome, Source
from dialdesk.history import Entry, History, HistoryError
from dialdesk.numbers import Number, NumberError
from dialdesk.pbx import NotConfigured, PbxError
from dialdesk.ui.errors import error_text, history_error_text, number_warnings
from dialdesk.ui.icons import State
from dialdesk.ui.tasks import Tasks
from dialdesk.ui.tray import Tray

if TYPE_CHECKING:
    from dialdesk.ui.dialbox import DialBox

log = logging.getLogger(__name__)


class CallFlow:
    """Needs the controller's parts; ``Controller`` provides them."""

    paths: paths.Paths
    settings: config.Settings
    history: History
    dialer: Dialer
    tasks: Tasks
    tray: Tray | None
    busy: bool
    links_paused: bool
    _pending_link: tuple[str, str] | None
    _dialbox: DialBox | None

    if TYPE_CHECKING:  # stubs for the type checker only: the controller's own run

        @property
        def dialbox(self) -> DialBox: ...
        def show_dialbox(self) -> None: ...
        def numbers_in(self, text: str) -> list[str]: ...
        def set_state(self, state: State | None, detail: str = "") -> None: ...
        def offer_quick_statuses(self, outcome: Outcome) -> None: ...

    def on_dial_text(self, text: str) -> None:
        found = self.numbers_in(text)
        self.show_dialbox()
        if len(found) > 1:  # the agent chooses; nothing is dialed on a guess
            self.dialbox.offer_numbers(found)
            return
        text = found[0] if found else text
        self.dialbox.set_number(text)
        self.place_call(text, Source.RECENT)

    def on_call_requested(self, text: str, confirmed: bool) -> None:
        source = Source.TYPED
        if confirmed and self._pending_link is not None and text == self._pending_link[0]:
            # "Call anyway" on a link's confirmation: still a link call (rate limit, history)
            text, source = self._pending_link[1], Source.LINK
        self._pending_link = None
        self.place_call(text, source, confirmed=confirmed)

    def on_link(self, url: str) -> None:
        """A tel:/callto:/sip: link, from the OS or another launch."""
        log.info("link received")
        title = QCoreApplication.translate("Controller", "dialdesk link")
        try:
            shown = self.dialer.preview(url).display
        except NumberError as exc:
            self._refuse_link(url, exc)
            return
        if self.links_paused:
            text = QCoreApplication.translate(
                "Controller", "Link handling is paused: %1 was not dialed."
            ).replace("%1", shown)
            self.dialbox.show_refused(text)
            self._notify(title, text, error=True)
            return
        if self.busy:
            # Never dial it behind the agent's back, never drop it: it waits in the box.
            self.show_dialbox()
            self.dialbox.set_number(shown)
            self._pending_link = (shown, url)
            self.dialbox.show_refused(
                QCoreApplication.translate(
                    "Controller",
                    "Another call was being placed: %1 is ready, press Call when you are.",
                ).replace("%1", shown)
            )
            return
        if self.settings.flag("dialing.confirm_links") or self.tray is None:
            self.show_dialbox()
            self.dialbox.set_number(shown)
            self._pending_link = (shown, url)
        self.place_call(url, Source.LINK)

    def _refuse_link(self, url: str, exc: NumberError) -> None:
        """A link that is no phone number (``javascript:``, ``tel:hello``, a SIP address):
        told, and recorded, while what the agent typed in the box stays as it is. Nobody
        may be looking at the box, so a tray message says it too."""
        from dialdesk.ui.wording import reason_text

        shown = url if len(url) <= 60 else url[:59] + "…"
        text = (
            QCoreApplication.translate("Controller", "The link %1 was not dialed: %2")
            .replace("%1", shown)
            .replace("%2", reason_text(exc))
        )
        if self._dialbox is not None and self._dialbox.isVisible():
            self._dialbox.show_refused(text)
        self._notify(QCoreApplication.translate("Controller", "dialdesk link"), text, error=True)
        self.history.start(
            action="call",
            source=str(Source.LINK),
            input=url,
            backend=self.settings.text("account.backend"),
            outcome="refused",
            message=exc.message,
        )

    def place_call(self, text: str, source: Source, *, confirmed: bool = False) -> None:
        if self.busy:  # one call at a time: a second click while sending does nothing
            return
        try:
            number = self.dialer.preview(text)
        except NumberError as exc:
            if source is Source.LINK:
                self._refuse_link(text, exc)
            else:
                from dialdesk.ui.wording import reason_text

                self.dialbox.show_error(reason_text(exc))
            return
        self.busy = True
        self.dialbox.set_busy(True)
        self.dialbox.show_calling(number)
        self.set_state(State.CALLING)
        dialer = self.dialer
        self.tasks.run(
            lambda: dialer.call(text, source, confirmed=confirmed),
            lambda result, error: self.on_call_finished(number, result, error),
        )

    def on_call_finished(
        self, number: Number, outcome: Outcome | None, error: BaseException | None
    ) -> None:
        self.busy = False
        self.dialbox.set_busy(False)
        if self._pending_link is not None and self._pending_link[0] != number.display:
            # A link waits in the box ("press Call when you are"): this outcome is about
            # another number, and must not sit under the waiting one as if it were its own.
            self._elsewhere(number, outcome, error)
            return
        if error is None:
            assert outcome is not None
            text = QCoreApplication.translate(
                "Controller", "%1: the PBX accepted the call. Your phone rings first."
            ).replace("%1", number.display)
            if outcome.result.simulated:
                text += " " + QCoreApplication.translate("Controller", "(Sandbox: simulated.)")
            if number.extension:
                from dialdesk.ui.wording import extension_note

                text += "\n" + extension_note(number)
            self.dialbox.show_placed(text)
            self.set_state(None)
            self._notify(number.display, text)
            self.offer_quick_statuses(outcome)
        elif isinstance(error, GuardStopped):
            self.set_state(None)
            from dialdesk.ui.wording import country_name, guard_reasons

            reasons = guard_reasons(error.decision)
            if error.needs_confirmation:
                self.show_dialbox()
                # The question hides the preview's warnings: say an unknown range again.
                warnings = number_warnings(number, country_name)
                self.dialbox.ask_confirmation(reasons + warnings, number)
            elif self.dialbox.show_refusal(error.decision, number):  # not a doubled press
                self._notify(number.display, " ".join(reasons), error=True)
        else:
            text, details, settings = self._explain(error)
            self.dialbox.show_error(text, details, offer_settings=settings, about=number)
            self.set_state(State.ERROR, text)
            self._notify(number.display, f"{number.display}: {text}", error=True)
        self.dialbox.set_recent(self._recent(10))

    def _elsewhere(
        self, number: Number, outcome: Outcome | None, error: BaseException | None
    ) -> None:
        """The outcome of a call the box no longer shows: a tray message, the tray icon and
        Recent; the box keeps what it says about the number waiting in it."""
        if error is None:
            text = QCoreApplication.translate(
                "Controller", "%1: the PBX accepted the call. Your phone rings first."
            ).replace("%1", number.display)
            self.set_state(None)
        elif isinstance(error, GuardStopped):
            from dialdesk.ui.wording import guard_reasons

            text = f"{number.display}: " + " ".join(guard_reasons(error.decision))
            self.set_state(None)
        else:
            said = self._explain(error)[0]
            text = f"{number.display}: {said}"
            self.set_state(State.ERROR, said)
        if self.tray is not None:
            self.tray.notify(number.display, text, error is not None)
        self.dialbox.set_recent(self._recent(10))

    def _recent(self, limit: int) -> list[Entry]:
        """Recent calls; none while another program holds the history (said when dialing)."""
        try:
            return self.history.recent(limit, action="call")
        except HistoryError as exc:
            log.warning("recent calls not shown: %s", exc)
            return []

    def _explain(self, error: BaseException) -> tuple[str, str, bool]:
        """What to show: the message, the details to copy, and whether Settings can fix it."""
        if isinstance(error, PbxError):
            return error_text(error), error.details(), isinstance(error, NotConfigured)
        if isinstance(error, CredentialsError):
            from dialdesk.ui.errors import credentials_text

            return credentials_text(error), str(error), True
        if isinstance(error, NumberError):
            return error.message, "", False
        if isinstance(error, HistoryError):
            return history_error_text(error), error.message, False
        log.error(
            "call failed unexpectedly: %s",
            type(error).__name__,
            exc_info=(type(error), error, error.__traceback__),
        )
        if logs.file_in_use() is None:  # logging to stderr: no file holds the details
            text = QCoreApplication.translate("Controller", "Something went wrong (%1).").replace(
                "%1", type(error).__name__
            )
            return text, text, False
        text = QCoreApplication.translate(
            "Controller", "Something went wrong (%1). Details are in the log file."
        ).replace("%1", type(error).__name__)
        return text, f"{text}\n{self.paths.log_file}", False

    def _notify(self, title: str, text: str, error: bool = False) -> None:
        """A tray message when the dial box is not on screen to show the outcome."""
        if self.tray is not None and (self._dialbox is None or not self._dialbox.isVisible()):
            self.tray.notify(title, text, error)
