"""The one place a call is decided and placed. The CLI, the GUI and links all come here.

Flow: input → :func:`numbers.normalize` → guards → backend → history. Guards answer with a
:class:`Decision`: allow, needs confirmation (with reasons), or refuse (with a reason).
"""

from __future__ import annotations

import enum
import logging
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from dialdesk import numbers
from dialdesk.config import Settings
from dialdesk.history import History, HistoryError
from dialdesk.numbers import Kind, Number
from dialdesk.pbx import (
    AuthFailed,
    Backend,
    CampaignRecord,
    Capability,
    OutcomeUnknown,
    PbxError,
    Rejected,
    Result,
    Unsupported,
)

log = logging.getLogger(__name__)

LINK_RATE_WINDOW_S: Final = 60


class Source(enum.StrEnum):
    TYPED = "typed"
    LINK = "link"
    CLI = "cli"
    RECENT = "recent"


class Verdict(enum.StrEnum):
    ALLOW = "allow"
    CONFIRM = "confirm"
    REFUSE = "refuse"


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reasons: tuple[str, ...] = ()
    """In English, for the CLI and the log."""
    why: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """The same as (code, arguments), for the UI to say in the agent's language."""


def _decision(verdict: Verdict, items: list[tuple[str, str, tuple[str, ...]]]) -> Decision:
    return Decision(
        verdict, tuple(text for _, text, _ in items), tuple((code, args) for code, _, args in items)
    )


def guard_key(number: Number) -> str:
    """What the duplicate guard counts as "the same number": the E.164 form, else the dial
    string, with any Unicode digit as its ASCII digit. ``1234``, ``١٢٣٤`` and ``１２３４``
    are one party, whichever spelling reached the guard."""
    key = unicodedata.normalize("NFKC", number.key)
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in key)


class GuardStopped(Exception):
    """A guard stopped the call: refused, or waiting for the agent's confirmation."""

    exit_code = 7

    def __init__(self, decision: Decision, number: Number) -> None:
        super().__init__(" ".join(decision.reasons))
        self.decision = decision
        self.number = number

    @property
    def needs_confirmation(self) -> bool:
        return self.decision.verdict is Verdict.CONFIRM


@dataclass(frozen=True)
class Outcome:
    number: Number
    result: Result
    entry_id: int
    notes: tuple[str, ...] = field(default=())


class Dialer:
    def __init__(
        self,
        settings: Settings,
        backend_factory: Callable[[], Backend],
        history: History,
    ) -> None:
        self.settings = settings
        self.history = history
        self._factory = backend_factory
        self._backend: Backend | None = None
        self._closed = False
        self._lock = threading.Lock()

    @property
    def backend(self) -> Backend:
        """Made on first use (it may read the keyring): call it off the GUI thread."""
        with self._lock:
            if self._backend is None:
                self._backend = self._factory()
            return self._backend

    def warm_up(self) -> None:
        """Pay now, off the GUI thread, what the first call would: the number metadata,
        the guard's queries, the secrets, the backend. Not after close(): a backend made
        then would never be closed."""
        number = self.preview("+48 601 234 567")
        _ = number.display, number.international  # phonenumbers' formatting patterns
        self.decide(number, Source.LINK)  # the guard's queries, compiled; nothing written
        with self._lock:
            if self._closed:
                return
            if self._backend is None:
                self._backend = self._factory()

    def _require(self, capability: Capability) -> Backend:
        backend = self.backend
        if capability not in backend.capabilities:
            if capability == Capability.SCHEDULE:
                raise Unsupported(
                    f"{backend.name.capitalize()} cannot schedule callbacks: queue "
                    "callbacks are a Thulium feature."
                )
            raise Unsupported(f"The {backend.name} backend cannot do this ({capability}).")
        return backend

    def close(self) -> None:
        with self._lock:
            self._closed = True
            backend = self._backend
        if backend is not None:
            backend.close()

    def preview(self, text: str) -> Number:
        return numbers.normalize(text, self.settings.dial_options())

    # --- guards -------------------------------------------------------------------

    def decide(self, number: Number, source: Source, action: str = "call") -> Decision:
        refuse: list[tuple[str, str, tuple[str, ...]]] = []  # (code, English text, args)
        confirm: list[tuple[str, str, tuple[str, ...]]] = []
        s = self.settings
        if number.kind is Kind.EMERGENCY:
            if action != "call" or s.text("dialing.emergency") == "block":
                refuse.append(
                    (
                        "emergency-blocked",
                        "Emergency numbers are blocked in dialdesk: dial them from your phone "
                        "directly.",
                        (),
                    )
                )
            else:
                confirm.append(("emergency", "This is an emergency number.", ()))
        if number.premium and action == "call":
            policy = s.text("dialing.premium")
            if policy == "block":
                refuse.append(
                    ("premium-blocked", "Premium-rate numbers are blocked by your settings.", ())
                )
            elif policy == "warn":
                confirm.append(
                    ("premium", "This is a premium-rate number: the call may be expensive.", ())
                )
        window = s.number("dialing.duplicate_window_s")
        if window:
            last = self.history.last_may_have_rung(action, guard_key(number), window)
            if last is not None:
                what = "called" if action == "call" else "sent this for"
                refuse.append(
                    (
                        "duplicate" if action == "call" else "duplicate-action",
                        f"You {what} {number.display} moments ago; wait {window} s "
                        "before doing it again.",
                        (number.display, str(window)),
                    )
                )
        if source is Source.LINK and action == "call":
            limit = s.number("dialing.link_calls_per_minute")
            if self.history.count_since(Source.LINK, LINK_RATE_WINDOW_S) >= limit:
                refuse.append(
                    (
                        "link-rate",
                        f"Links may place at most {limit} calls a minute: this one was "
                        "not dialed on its own. Dial it yourself if you want it.",
                        (str(limit),),
                    )
                )
            if s.flag("dialing.confirm_links"):
                confirm.append(("link", "This number came from a link.", ()))
        if refuse:
            return _decision(Verdict.REFUSE, refuse)
        if confirm:
            return _decision(Verdict.CONFIRM, confirm)
        return Decision(Verdict.ALLOW)

    # --- actions ------------------------------------------------------------------

    def call(self, text: str, source: Source, *, confirmed: bool = False) -> Outcome:
        """Place a call. Raises NumberError, GuardStopped, or PbxError (recorded first)."""
        return self._run("call", text, source, confirmed, lambda b, n: b.call(n.dial))

    def schedule(
        self,
        text: str,
        queue_id: str,
        at: datetime | None,
        source: Source,
        *,
        confirmed: bool = False,
    ) -> Outcome:
        if not queue_id:
            # Simotel has no queue callbacks: say so, not "choose a (Thulium) queue".
            self._require(Capability.SCHEDULE)
            raise Unsupported("No queue chosen.", hint="Pass --queue or set thulium.queue_id.")
        return self._run(
            "schedule",
            text,
            source,
            confirmed,
            lambda b, n: b.schedule_call(queue_id, n.dial, at),
            capability=Capability.SCHEDULE,
        )

    def add_to_campaign(
        self,
        text: str,
        campaign_id: str,
        record: CampaignRecord,
        source: Source,
        *,
        confirmed: bool = False,
    ) -> Outcome:
        if not campaign_id:
            raise Unsupported(
                "No campaign chosen.", hint="Pass --campaign or set thulium.campaign_id."
            )

        def send(backend: Backend, number: Number) -> Result:
            full = CampaignRecord(**{**record.__dict__, "phone_number": number.dial})
            return backend.add_campaign_record(campaign_id, full)

        return self._run(
            "campaign-add", text, source, confirmed, send, capability=Capability.CAMPAIGN_ADD
        )

    def set_campaign_status(
        self, text: str, status_id: str, source: Source, *, confirmed: bool = False
    ) -> Outcome:
        return self._run(
            "campaign-status",
            text,
            source,
            confirmed,
            lambda b, n: b.set_campaign_status(n.dial, status_id),
            capability=Capability.CAMPAIGN_STATUS,
        )

    def _run(
        self,
        action: str,
        text: str,
        source: Source,
        confirmed: bool,
        send: Callable[[Backend, Number], Result],
        capability: Capability = Capability.CALL,
    ) -> Outcome:
        number = self.preview(text)
        backend = self._require(capability)
        try:
            # Decide and record in one transaction: a double click, or a second dialdesk
            # process, sees the first attempt's row or waits until it is there.
            with self._lock, self.history.transaction():
                decision = self.decide(number, source, action)
                stopped = decision.verdict is Verdict.REFUSE or (
                    decision.verdict is Verdict.CONFIRM and not confirmed
                )
                if not stopped:
                    entry_id = self._record(action, source, text, number, backend, "pending")
                elif decision.verdict is Verdict.REFUSE:
                    reasons = " ".join(decision.reasons)
                    self._record(action, source, text, number, backend, "refused", reasons)
        except HistoryError as exc:
            raise type(exc)(f"{exc.message} Nothing was sent to the PBX.") from None
        if stopped:
            raise GuardStopped(decision, number)
        log.info("%s %s (%s) via %s", action, number.display, source, backend.name)
        try:
            result = send(backend, number)
        except PbxError as exc:
            self._finish(entry_id, _outcome_of(exc), message=str(exc), request_id=exc.request_id)
            raise
        except BaseException as exc:
            # A fault of our own, or Ctrl+C, while the request was under way: it may have
            # reached the PBX, so the guard must count it.
            self._finish(entry_id, "unknown", message=f"Interrupted ({type(exc).__name__}).")
            raise
        message = "Simulated by the sandbox." if result.simulated else None
        if result.campaigns:
            message = "Campaigns updated: " + ", ".join(result.campaigns)
        self._finish(
            entry_id,
            "placed" if action == "call" else "done",
            message=message,
            pbx_id=result.pbx_id,
            request_id=result.request_id,
        )
        notes: tuple[str, ...] = ()
        if number.extension:
            notes = (f"Extension {number.extension}: dial it once the call connects.",)
        return Outcome(number, result, entry_id, notes)

    def _finish(self, entry_id: int, outcome: str, **details: str | None) -> None:
        """Record the outcome. The request is already done: a history that cannot be
        written now must not turn its outcome into an error. The row stays ``pending``,
        which the guard counts as "may have rung"."""
        try:
            self.history.finish(entry_id, outcome, **details)
        except HistoryError as exc:
            log.warning("attempt %s ended %s, not recorded: %s", entry_id, outcome, exc)

    def _record(
        self,
        action: str,
        source: Source,
        text: str,
        number: Number,
        backend: Backend,
        outcome: str,
        message: str | None = None,
    ) -> int:
        return self.history.start(
            action=action,
            source=str(source),
            input=text,
            number_key=guard_key(number),
            e164=number.e164,
            dial=number.dial,
            display=number.display,
            backend=backend.name,
            outcome=outcome,
            message=message,
        )


def _outcome_of(error: PbxError) -> str:
    if isinstance(error, OutcomeUnknown):
        return "unknown"
    if isinstance(error, Rejected | AuthFailed):
        return "rejected"
    return "failed"
