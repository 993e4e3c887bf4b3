"""What the dial box says, in the agent's language: the number's description, the guards'
reasons, outcomes and notes, and how each kind of message looks. Plain functions, so the
dial box, the action forms and Settings say things the same way."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QLocale

from dialdesk.dialer import Decision
from dialdesk.numbers import Kind, Number, NumberError, Reason
from dialdesk.ui.errors import number_warnings

WARN_STYLE = "background:#fff3cd; color:#5c3c00; border:1px solid #e0b84c; border-radius:4px;"
ERROR_STYLE = "background:#fdecea; color:#7f1d1d; border:1px solid #e57373; border-radius:4px;"
OK_STYLE = "background:#e8f5e9; color:#1b4d20; border:1px solid #81c784; border-radius:4px;"
INFO_STYLE = "background:#e3f2fd; color:#0d3c61; border:1px solid #64b5f6; border-radius:4px;"
SANDBOX_STYLE = "background:#b26a00; color:white; border-radius:4px; font-weight:bold;"


def country_name(region: str | None) -> str:
    """The country's name in the UI's language (Qt's CLDR data): Niemcy, Germany."""
    if not region:
        return ""
    territory = QLocale.codeToTerritory(region)
    name = QLocale(QLocale().language(), territory).nativeTerritoryName()
    if not name or QLocale(QLocale().language(), territory).territory() != territory:
        name = QLocale.territoryToString(territory)  # no such locale: the English name
    return name if name and name != "Default" else region


def guard_reasons(decision: Decision) -> list[str]:
    """A guard's reasons in the UI's language (the dialer states them in English)."""
    texts = {
        "emergency-blocked": QCoreApplication.translate(
            "Guard",
            "Emergency numbers are blocked in dialdesk: dial them from your phone directly.",
        ),
        "emergency": QCoreApplication.translate("Guard", "This is an emergency number."),
        "premium-blocked": QCoreApplication.translate(
            "Guard", "Premium-rate numbers are blocked by your settings."
        ),
        "premium": QCoreApplication.translate(
            "Guard", "This is a premium-rate number: the call may be expensive."
        ),
        "duplicate": QCoreApplication.translate(
            "Guard", "You called %1 moments ago; wait %2 s before doing it again."
        ),
        "duplicate-action": QCoreApplication.translate(
            "Guard", "You sent this for %1 moments ago; wait %2 s before doing it again."
        ),
        "link-rate": QCoreApplication.translate(
            "Guard",
            "Links may place at most %1 calls a minute: this one was not dialed on its own. Dial it yourself if you want it.",
        ),
        "link": QCoreApplication.translate("Guard", "This number came from a link."),
    }
    out = []
    for (code, args), english in zip(decision.why, decision.reasons, strict=False):
        text = texts.get(code, english)
        for n, arg in enumerate(args, start=1):
            text = text.replace(f"%{n}", arg)
        out.append(text)
    return out or list(decision.reasons)


def type_name(number_type: str) -> str:
    names = {
        "fixed-line": QCoreApplication.translate("Guard", "fixed line"),
        "mobile": QCoreApplication.translate("Guard", "mobile"),
        "fixed-line-or-mobile": QCoreApplication.translate("Guard", "fixed line or mobile"),
        "toll-free": QCoreApplication.translate("Guard", "toll-free"),
        "premium-rate": QCoreApplication.translate("Guard", "premium rate"),
        "shared-cost": QCoreApplication.translate("Guard", "shared cost"),
        "voip": QCoreApplication.translate("Guard", "VoIP"),
        "personal": QCoreApplication.translate("Guard", "personal number"),
        "pager": QCoreApplication.translate("Guard", "pager"),
        "uan": QCoreApplication.translate("Guard", "company number"),
        "voicemail": QCoreApplication.translate("Guard", "voicemail"),
    }
    return names.get(number_type, number_type.replace("-", " "))


class Tone(enum.Enum):
    """Success, information, warning and error each look different: colour *and* a sign."""

    OK = "ok"
    INFO = "info"
    WARN = "warn"
    ERROR = "error"

    @property
    def style(self) -> str:
        return {
            Tone.OK: OK_STYLE,
            Tone.INFO: INFO_STYLE,
            Tone.WARN: WARN_STYLE,
            Tone.ERROR: ERROR_STYLE,
        }[self]

    @property
    def sign(self) -> str:
        return {Tone.OK: "✔", Tone.INFO: "ℹ", Tone.WARN: "⚠", Tone.ERROR: "✖"}[self]


def reason_text(exc: NumberError) -> str:
    texts = {
        Reason.EMPTY: QCoreApplication.translate("DialBox", "Type a phone number."),
        Reason.INPUT_TOO_LONG: QCoreApplication.translate(
            "DialBox", "That is too long to be a phone number."
        ),
        Reason.NOT_A_NUMBER: QCoreApplication.translate("DialBox", "This is not a phone number."),
        Reason.TOO_SHORT: QCoreApplication.translate(
            "DialBox", "Too short: a digit or more is missing."
        ),
        Reason.TOO_LONG: QCoreApplication.translate(
            "DialBox", "Too long: there are digits too many."
        ),
        Reason.UNKNOWN_COUNTRY_CODE: QCoreApplication.translate(
            "DialBox", "The country code does not exist."
        ),
        Reason.UNSUPPORTED_URI: QCoreApplication.translate(
            "DialBox", "This link is not a phone number."
        ),
        Reason.LETTERS: QCoreApplication.translate(
            "DialBox", "Letters are not part of a phone number."
        ),
        Reason.INVALID: QCoreApplication.translate(
            "DialBox", "Not a known number range: check the digits."
        ),
    }
    return texts.get(exc.reason, exc.message)


def describe(number: Number) -> str:
    """Rich text: the number as written, its country and type, and what is dialed."""
    kind_names = {
        Kind.EXTENSION: QCoreApplication.translate("DialBox", "internal extension"),
        Kind.EMERGENCY: QCoreApplication.translate("DialBox", "emergency number"),
        Kind.SHORT_CODE: QCoreApplication.translate("DialBox", "short code"),
    }
    parts = [f"<b>{number.display}</b>"]
    if number.kind is Kind.PUBLIC:
        parts.append(country_name(number.region))
        parts.append(type_name(number.type))
    else:
        parts.append(kind_names.get(number.kind, number.type))
    line = " · ".join(p for p in parts if p)
    dials = QCoreApplication.translate("DialBox", "Dials %1").replace(
        "%1", f"<code>{number.dial}</code>"
    )
    if number.extension:
        dials += " · " + QCoreApplication.translate("DialBox", "then extension %1").replace(
            "%1", number.extension
        )
    return f"{line}<br><span style='color:#5f6368'>{dials}</span>"


def warnings(number: Number) -> list[str]:
    out = []
    if number.kind is Kind.EMERGENCY:
        out.append(
            QCoreApplication.translate(
                "DialBox", "⚠ Emergency number: dialdesk blocks it unless your settings allow it."
            )
        )
    if number.premium:
        out.append(
            QCoreApplication.translate(
                "DialBox", "⚠ Premium-rate number: the call may be expensive."
            )
        )
    if number.foreign:
        out.append(
            QCoreApplication.translate("DialBox", "⚠ Foreign number: %1").replace(
                "%1", country_name(number.region)
            )
        )
    return out + number_warnings(number, country_name)


BLOCKING = ("emergency-blocked", "premium-blocked")
"""Guard codes that come from a setting, not from what happened: Call is off for them."""


def blocked_reasons(decision: Decision) -> list[str]:
    """The reasons a number policy blocks this number outright, in the UI's language."""
    codes = [code for code, _ in decision.why]
    if not any(code in BLOCKING for code in codes):
        return []
    policy = Decision(
        decision.verdict,
        tuple(
            r for (c, _), r in zip(decision.why, decision.reasons, strict=False) if c in BLOCKING
        ),
        tuple(w for w in decision.why if w[0] in BLOCKING),
    )
    return guard_reasons(policy)


def only_duplicate(decision: Decision) -> bool:
    """The guard only said "you called this moments ago": a doubled press, not news."""
    codes = {code for code, _ in decision.why}
    return bool(codes) and codes <= {"duplicate", "duplicate-action"}


def outcome_words(outcome: str) -> tuple[str, Tone]:
    """A history outcome as Recent shows it."""
    words = {
        "placed": (QCoreApplication.translate("DialBox", "call placed"), Tone.OK),
        "done": (QCoreApplication.translate("DialBox", "done"), Tone.OK),
        "pending": (QCoreApplication.translate("DialBox", "no answer yet"), Tone.WARN),
        "unknown": (QCoreApplication.translate("DialBox", "may have gone through"), Tone.WARN),
        "rejected": (QCoreApplication.translate("DialBox", "refused by the PBX"), Tone.ERROR),
        "failed": (QCoreApplication.translate("DialBox", "failed"), Tone.ERROR),
        "refused": (QCoreApplication.translate("DialBox", "not called"), Tone.WARN),
    }
    return words.get(outcome, (outcome, Tone.INFO))


def extension_note(number: Number) -> str:
    return QCoreApplication.translate(
        "DialBox", "Extension %1: dial it once the call connects."
    ).replace("%1", number.extension or "")
