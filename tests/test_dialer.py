"""dialer + history against the real sandbox: guards, recording, outcomes."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime

import pytest

from dialdesk import config, paths
from dialdesk.dialer import Dialer, GuardStopped, Source, Verdict
from dialdesk.history import History
from dialdesk.numbers import NumberError
from dialdesk.pbx import CampaignRecord, OutcomeUnknown, PbxError, Rejected, Unsupported
from dialdesk.pbx.http import HttpClient
from dialdesk.pbx.simotel import SimotelBackend
from dialdesk.pbx.thulium import ThuliumBackend
from dialdesk.sandbox import Fault, SandboxServer


@pytest.fixture
def settings(dd_paths: paths.Paths) -> config.Settings:
    return config.load(dd_paths)


@pytest.fixture
def dialer(
    settings: config.Settings, sandbox: SandboxServer, dd_paths: paths.Paths
) -> Iterator[Dialer]:
    http = HttpClient(sandbox.thulium_url, auth=("sandbox", "sandbox"), read_timeout=0.5)
    d = Dialer(settings, lambda: ThuliumBackend(http, "391"), History(dd_paths.history_file))
    yield d
    d.close()


def test_typed_call_is_placed_and_recorded(dialer: Dialer, sandbox: SandboxServer) -> None:
    outcome = dialer.call("(022) 123-45-67", Source.TYPED)
    assert sandbox.calls()[0]["body"] == {"sip": "391", "phone_number": "221234567"}
    (entry,) = dialer.history.recent()
    assert entry.id == outcome.entry_id
    assert (entry.outcome, entry.e164, entry.dial, entry.source) == (
        "placed",
        "+48221234567",
        "221234567",
        "typed",
    )


def test_same_number_within_the_window_is_one_call(dialer: Dialer, sandbox: SandboxServer) -> None:
    dialer.call("+48 22 123 45 67", Source.TYPED)
    with pytest.raises(GuardStopped) as info:
        dialer.call("tel:+48221234567", Source.LINK, confirmed=True)
    assert info.value.decision.verdict is Verdict.REFUSE
    assert "moments ago" in str(info.value)
    assert len(sandbox.calls()) == 1
    assert [e.outcome for e in dialer.history.recent()] == ["refused", "placed"]


def test_racing_double_click_gives_one_call(dialer: Dialer, sandbox: SandboxServer) -> None:
    sandbox.add_fault(Fault(endpoint="connections/call", delay=0.2, status=200))
    errors: list[Exception] = []

    def click() -> None:
        try:
            dialer.call("+48 22 123 45 67", Source.TYPED)
        except GuardStopped as exc:
            errors.append(exc)

    threads = [threading.Thread(target=click) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(sandbox.calls()) == 1
    assert len(errors) == 3


def test_window_zero_turns_the_duplicate_guard_off(
    dialer: Dialer, settings: config.Settings, sandbox: SandboxServer
) -> None:
    settings.set("dialing.duplicate_window_s", 0)
    dialer.call("221234567", Source.TYPED)
    dialer.call("221234567", Source.TYPED)
    assert len(sandbox.calls()) == 2


def test_link_needs_confirmation_unless_turned_off(
    dialer: Dialer, settings: config.Settings, sandbox: SandboxServer
) -> None:
    with pytest.raises(GuardStopped) as info:
        dialer.call("tel:+48221234567", Source.LINK)
    assert info.value.needs_confirmation
    assert sandbox.calls() == []
    assert dialer.history.recent() == []  # asking is not an attempt
    dialer.call("tel:+48221234567", Source.LINK, confirmed=True)
    settings.set("dialing.confirm_links", False)
    dialer.call("tel:+48601234567", Source.LINK)
    assert len(sandbox.calls()) == 2


def test_links_are_rate_limited(
    dialer: Dialer, settings: config.Settings, sandbox: SandboxServer
) -> None:
    settings.set("dialing.link_calls_per_minute", 2)
    settings.set("dialing.confirm_links", False)
    dialer.call("601234567", Source.LINK)
    dialer.call("601234568", Source.LINK)
    with pytest.raises(GuardStopped, match="at most 2 calls a minute: this one was not dialed"):
        dialer.call("601234569", Source.LINK)
    dialer.call("601234569", Source.TYPED)  # the agent's own typing is never limited
    assert len(sandbox.calls()) == 3


@pytest.mark.parametrize("text", ["112", "997", "+48 112"])
def test_emergency_blocked_by_default_even_with_yes(
    dialer: Dialer, sandbox: SandboxServer, text: str
) -> None:
    with pytest.raises(GuardStopped, match="Emergency numbers are blocked") as info:
        dialer.call(text, Source.CLI, confirmed=True)
    assert info.value.decision.verdict is Verdict.REFUSE
    assert sandbox.calls() == []


def test_emergency_allowed_needs_confirmation(
    dialer: Dialer, settings: config.Settings, sandbox: SandboxServer
) -> None:
    settings.set("dialing.emergency", "allow")
    with pytest.raises(GuardStopped) as info:
        dialer.call("112", Source.CLI)
    assert info.value.needs_confirmation
    dialer.call("112", Source.CLI, confirmed=True)
    assert sandbox.calls()[0]["body"]["phone_number"] == "112"


@pytest.mark.parametrize(
    ("policy", "verdict"), [("warn", Verdict.CONFIRM), ("block", Verdict.REFUSE)]
)
def test_premium_policy(
    dialer: Dialer, settings: config.Settings, policy: str, verdict: Verdict
) -> None:
    settings.set("dialing.premium", policy)
    with pytest.raises(GuardStopped) as info:
        dialer.call("+48 701 234 567", Source.TYPED)
    assert info.value.decision.verdict is verdict


def test_premium_allowed(dialer: Dialer, settings: config.Settings) -> None:
    settings.set("dialing.premium", "allow")
    assert dialer.call("+48 701 234 567", Source.TYPED).number.premium


def test_invalid_number_never_reaches_the_pbx(dialer: Dialer, sandbox: SandboxServer) -> None:
    with pytest.raises(NumberError):
        dialer.call("+48 22 123", Source.TYPED)
    assert sandbox.calls() == []


def test_outcome_unknown_is_recorded_and_blocks_a_quick_retry(
    dialer: Dialer, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(Fault(endpoint="connections/call", delay=1.0, status=200))
    with pytest.raises(OutcomeUnknown):
        dialer.call("601234567", Source.TYPED)
    entry = dialer.history.recent()[0]
    assert entry.outcome == "unknown"
    assert "check your phone" in (entry.message or "")
    with pytest.raises(GuardStopped):
        dialer.call("601234567", Source.TYPED)


def test_rejection_is_recorded_with_request_id(dialer: Dialer, sandbox: SandboxServer) -> None:
    sandbox.add_fault(
        Fault(status=400, json={"request_id": "r-1", "errors": [{"message": "SIP offline"}]})
    )
    with pytest.raises(Rejected):
        dialer.call("601234567", Source.TYPED)
    entry = dialer.history.recent()[0]
    assert (entry.outcome, entry.request_id) == ("rejected", "r-1")
    assert "SIP offline" in (entry.message or "")
    dialer.call("601234567", Source.TYPED)  # a refused call did not ring: no wait needed


def test_extension_note(dialer: Dialer) -> None:
    outcome = dialer.call("22 123 45 67 wew. 12", Source.TYPED)
    assert outcome.notes == ("Extension 12: dial it once the call connects.",)


def test_campaign_actions_go_through_the_dialer(dialer: Dialer, sandbox: SandboxServer) -> None:
    dialer.schedule("601 234 567", "2", datetime(2030, 1, 2, 3, 4, 5), Source.CLI)
    added = dialer.add_to_campaign(
        "601 234 567", "00001", CampaignRecord("", record_fields={"note": "hi"}), Source.CLI
    )
    status = dialer.set_campaign_status("601 234 567", "3", Source.CLI)
    assert added.result.pbx_id == "231"
    assert status.result.campaigns == ("00001",)
    bodies = [c["body"] for c in sandbox.calls()]
    assert bodies[0] == {"phone_number": "601234567", "call_at": "2030-01-02 03:04:05"}
    assert bodies[1] == {"phone_number": "601234567", "record_fields": {"note": "hi"}}
    assert [e.action for e in dialer.history.recent()] == [
        "campaign-status",
        "campaign-add",
        "schedule",
    ]


def test_simotel_cannot_schedule(settings: config.Settings, dd_paths: paths.Paths) -> None:
    backend = SimotelBackend(HttpClient("http://127.0.0.1:9/"), caller="1", context="x")
    d = Dialer(settings, lambda: backend, History(dd_paths.history_file))
    with pytest.raises(Unsupported):
        d.schedule("601234567", "2", None, Source.CLI)


def test_a_damaged_history_file_is_kept_aside(dd_paths: paths.Paths) -> None:
    dd_paths.history_file.parent.mkdir(parents=True, exist_ok=True)
    dd_paths.history_file.write_bytes(b"this is not a database" * 100)
    history = History(dd_paths.history_file)
    assert history.recent() == []
    kept = list(dd_paths.history_file.parent.glob("history.sqlite3.damaged-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes().startswith(b"this is not")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(kept[0]).execute("SELECT 1 FROM attempts")


def test_unicode_spellings_of_one_number_are_one_call(
    dialer: Dialer, sandbox: SandboxServer
) -> None:
    """The guard keys on the normalized number, whatever digits and URI encoding came in."""
    dialer.call("1234", Source.TYPED)
    for spelling in ("tel:%D9%A1%D9%A2%D9%A3%D9%A4", "callto:１２３４", "١٢٣٤", "𝟏𝟐𝟑𝟒"):
        with pytest.raises(GuardStopped, match="moments ago"):
            dialer.call(spelling, Source.LINK, confirmed=True)
    assert len(sandbox.calls()) == 1
    assert {e.number_key for e in dialer.history.recent()} == {"1234"}


@pytest.mark.parametrize(
    ("fault", "outcome"),
    [
        (Fault(endpoint="connections/call", status=200, body='{"broken": '), "unknown"),
        (Fault(endpoint="connections/call", status=500), "unknown"),
        (Fault(endpoint="connections/call", status=503), "unknown"),
        (Fault(endpoint="connections/call", status=404), "rejected"),
    ],
)
def test_an_unusable_answer_counts_as_may_have_rung(
    dialer: Dialer, sandbox: SandboxServer, fault: Fault, outcome: str
) -> None:
    sandbox.add_fault(fault)
    with pytest.raises(PbxError) as info:
        dialer.call("601234567", Source.TYPED)
    assert dialer.history.recent()[0].outcome == outcome
    if outcome == "unknown":
        assert "check your phone before you try again" in str(info.value)
        with pytest.raises(GuardStopped):  # a retry within the window would dial again
            dialer.call("601234567", Source.TYPED)
        assert len(sandbox.calls()) == 1


def test_a_stalled_tls_handshake_is_not_placed_and_may_be_tried_again(
    settings: config.Settings, dd_paths: paths.Paths
) -> None:
    from dialdesk.pbx import ConnectFailed
    from tests.helpers.rawserver import serving
    from tests.pbx.test_unknown import _silent_tls

    with serving(_silent_tls) as server:
        http = HttpClient(server.url("https") + "api/", connect_timeout=0.5)
        d = Dialer(settings, lambda: ThuliumBackend(http, "391"), History(dd_paths.history_file))
        for _ in range(2):  # nothing was sent, so the guard does not hold the number
            with pytest.raises(ConnectFailed, match="Nothing was sent"):
                d.call("601234567", Source.TYPED)
        d.close()
    assert [e.outcome for e in d.history.recent()] == ["failed", "failed"]


def test_an_unexpected_fault_while_sending_counts_as_may_have_rung(
    settings: config.Settings, dd_paths: paths.Paths, sandbox: SandboxServer
) -> None:
    class Interrupting(ThuliumBackend):
        def call(self, dial: str) -> object:  # type: ignore[override]
            super().call(dial)  # the PBX got it…
            raise KeyboardInterrupt  # …and then the agent pressed Ctrl+C

    http = HttpClient(sandbox.thulium_url, auth=("sandbox", "sandbox"))
    d = Dialer(settings, lambda: Interrupting(http, "391"), History(dd_paths.history_file))
    with pytest.raises(KeyboardInterrupt):
        d.call("601234567", Source.CLI)
    assert d.history.recent()[0].outcome == "unknown"
    with pytest.raises(GuardStopped):
        d.call("601234567", Source.CLI)
    d.close()
    assert len(sandbox.calls()) == 1


def test_the_window_runs_from_when_an_unknown_attempt_ended(
    settings: config.Settings, dd_paths: paths.Paths, sandbox: SandboxServer
) -> None:
    """An answer that never came took longer than the window: retrying at once would
    still dial twice."""
    settings.set("dialing.duplicate_window_s", 1)
    sandbox.add_fault(Fault(endpoint="connections/call", delay=2.0, status=200))
    http = HttpClient(sandbox.thulium_url, auth=("sandbox", "sandbox"), read_timeout=1.3)
    d = Dialer(settings, lambda: ThuliumBackend(http, "391"), History(dd_paths.history_file))
    with pytest.raises(OutcomeUnknown):
        d.call("601234567", Source.TYPED)
    with pytest.raises(GuardStopped):
        d.call("601234567", Source.TYPED)
    d.close()
    assert len(sandbox.calls()) == 1


def test_a_call_still_under_way_holds_the_number_past_the_window(
    settings: config.Settings, dd_paths: paths.Paths, sandbox: SandboxServer
) -> None:
    settings.set("dialing.duplicate_window_s", 1)
    sandbox.add_fault(Fault(endpoint="connections/call", delay=2.0, status=200))
    http = HttpClient(sandbox.thulium_url, auth=("sandbox", "sandbox"))
    d = Dialer(settings, lambda: ThuliumBackend(http, "391"), History(dd_paths.history_file))
    first = threading.Thread(target=d.call, args=("601234567", Source.TYPED))
    first.start()
    import time

    time.sleep(1.3)  # the window has passed, the first call has not ended
    other = Dialer(settings, lambda: ThuliumBackend(http, "391"), History(dd_paths.history_file))
    with pytest.raises(GuardStopped):
        other.call("601234567", Source.TYPED)
    first.join(5)
    d.close()
    other.close()
    assert len(sandbox.calls()) == 1
