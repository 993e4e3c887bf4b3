"""Settings in the agent's words: each option's label, its tooltip and what is wrong with a
value, translatable. ``config.py`` declares options in English for the file and the CLI;
the UI says the same things here, keyed by option, so that every string goes through
Qt's translation (the declarations stay plain Python, outside ``tr()``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from dialdesk import config


def labels() -> dict[str, str]:
    return {
        "account.backend": QCoreApplication.translate("SettingsDialog", "PBX"),
        "account.url": QCoreApplication.translate("SettingsDialog", "Server address"),
        "account.username": QCoreApplication.translate("SettingsDialog", "API user"),
        "account.agent": QCoreApplication.translate(
            "SettingsDialog", "Your SIP number / extension"
        ),
        "account.verify_tls": QCoreApplication.translate("SettingsDialog", "Check TLS certificate"),
        "account.ca_bundle": QCoreApplication.translate("SettingsDialog", "CA bundle file"),
        "account.deadline_s": QCoreApplication.translate(
            "SettingsDialog", "Longest wait for the PBX (s)"
        ),
        "simotel.context": QCoreApplication.translate("SettingsDialog", "Simotel context"),
        "simotel.caller_id": QCoreApplication.translate("SettingsDialog", "Simotel caller id"),
        "simotel.trunk_name": QCoreApplication.translate("SettingsDialog", "Simotel trunk"),
        "simotel.timeout": QCoreApplication.translate(
            "SettingsDialog", "Simotel answer timeout (s)"
        ),
        "simotel.call_limit": QCoreApplication.translate(
            "SettingsDialog", "Simotel call limit (s)"
        ),
        "dialing.region": QCoreApplication.translate("SettingsDialog", "Your country"),
        "dialing.format": QCoreApplication.translate("SettingsDialog", "Number format sent"),
        "dialing.outside_line_prefix": QCoreApplication.translate(
            "SettingsDialog", "Outside line prefix"
        ),
        "dialing.extension_max_digits": QCoreApplication.translate(
            "SettingsDialog", "Extension length (digits)"
        ),
        "dialing.confirm_links": QCoreApplication.translate(
            "SettingsDialog", "Ask before calling from a link"
        ),
        "dialing.premium": QCoreApplication.translate("SettingsDialog", "Premium-rate numbers"),
        "dialing.emergency": QCoreApplication.translate("SettingsDialog", "Emergency numbers"),
        "dialing.unknown_numbers": QCoreApplication.translate(
            "SettingsDialog", "Numbers in unknown ranges"
        ),
        "dialing.duplicate_window_s": QCoreApplication.translate(
            "SettingsDialog", "Same number again after (s)"
        ),
        "dialing.link_calls_per_minute": QCoreApplication.translate(
            "SettingsDialog", "Link calls per minute"
        ),
        "thulium.queue_id": QCoreApplication.translate("SettingsDialog", "Default queue id"),
        "thulium.campaign_id": QCoreApplication.translate("SettingsDialog", "Default campaign id"),
        "thulium.agent_login": QCoreApplication.translate("SettingsDialog", "Your agent login"),
        "thulium.queues": QCoreApplication.translate("SettingsDialog", "Queues"),
        "thulium.campaigns": QCoreApplication.translate("SettingsDialog", "Campaigns"),
        "thulium.statuses": QCoreApplication.translate("SettingsDialog", "Dictionary statuses"),
        "thulium.record_statuses": QCoreApplication.translate("SettingsDialog", "Record statuses"),
        "thulium.quick_statuses": QCoreApplication.translate(
            "SettingsDialog", "Quick status buttons"
        ),
        "general.language": QCoreApplication.translate("SettingsDialog", "Language"),
        "general.log_level": QCoreApplication.translate("SettingsDialog", "Log level"),
        "hotkeys.dial": QCoreApplication.translate("SettingsDialog", "Shortcut: dial box"),
        "hotkeys.dial_selection": QCoreApplication.translate(
            "SettingsDialog", "Shortcut: dial the selected text"
        ),
    }


def label(key: str) -> str:
    return labels().get(key, key)


def choice_labels() -> dict[str, str]:
    return {
        "sandbox": QCoreApplication.translate("SettingsDialog", "Sandbox (simulated calls)"),
        "thulium": "Thulium",
        "simotel": "Simotel",
        "dialable": QCoreApplication.translate("SettingsDialog", "as dialed from your country"),
        "e164": QCoreApplication.translate("SettingsDialog", "international, +48221234567"),
        "e164-digits": QCoreApplication.translate(
            "SettingsDialog", "international digits, 48221234567"
        ),
        "national": QCoreApplication.translate("SettingsDialog", "national, 221234567"),
        "warn": QCoreApplication.translate("SettingsDialog", "ask first"),
        "block": QCoreApplication.translate("SettingsDialog", "block"),
        "allow": QCoreApplication.translate("SettingsDialog", "allow"),
        "auto": QCoreApplication.translate("SettingsDialog", "as the system"),
        "en": "English",
        "pl": "Polski",
    }


def tooltips() -> dict[str, str]:
    return {
        "account.backend": QCoreApplication.translate(
            "Options",
            "Which PBX to talk to: the sandbox (simulated calls, no account needed), "
            "Thulium or Simotel.",
        ),
        "account.url": QCoreApplication.translate(
            "Options",
            "PBX address. Thulium: https://ACCOUNT.thulium.com/api/ (the account name alone "
            "is enough). Simotel: the PBX's own address.",
        ),
        "account.username": QCoreApplication.translate(
            "Options",
            "API user (Thulium) or API account (Simotel). Its password and API key are kept "
            "in the system keyring, never in the settings file.",
        ),
        "account.agent": QCoreApplication.translate(
            "Options", "Your phone: Thulium SIP number or Simotel caller extension. It rings first."
        ),
        "account.verify_tls": QCoreApplication.translate(
            "Options",
            "Check the server's TLS certificate. Keep it on; for a private certificate "
            "authority set the CA bundle file instead.",
        ),
        "account.ca_bundle": QCoreApplication.translate(
            "Options",
            "Path to a PEM file of CA certificates to trust (for a PBX with a private "
            "certificate).",
        ),
        "account.deadline_s": QCoreApplication.translate(
            "Options",
            "Longest wait in seconds for one PBX request, from connecting to the last byte of "
            "the answer. After it the outcome is unknown: check your phone before trying again.",
        ),
        "simotel.context": QCoreApplication.translate(
            "Options", "Dial plan context for the first leg."
        ),
        "simotel.caller_id": QCoreApplication.translate(
            "Options", "Caller id to present (empty: your extension)."
        ),
        "simotel.trunk_name": QCoreApplication.translate(
            "Options", "Trunk for the first leg when your phone is an outside number."
        ),
        "simotel.timeout": QCoreApplication.translate(
            "Options", "Seconds the PBX waits for your phone to answer."
        ),
        "simotel.call_limit": QCoreApplication.translate(
            "Options", "Longest call in seconds (0: no limit)."
        ),
        "dialing.region": QCoreApplication.translate(
            "Options",
            "Your country: numbers without a country code are read as numbers of this country.",
        ),
        "dialing.format": QCoreApplication.translate(
            "Options",
            "What is sent to the PBX: as dialed from your country, international "
            "(+48221234567), international digits, or national.",
        ),
        "dialing.outside_line_prefix": QCoreApplication.translate(
            "Options",
            "Digits your PBX needs before an outside number (e.g. 0). Never added to extensions.",
        ),
        "dialing.extension_max_digits": QCoreApplication.translate(
            "Options", "Digit strings up to this long are internal extensions, dialed as typed."
        ),
        "dialing.confirm_links": QCoreApplication.translate(
            "Options", "Ask before dialing a number from a tel: or callto: link."
        ),
        "dialing.premium": QCoreApplication.translate(
            "Options", "Premium-rate numbers: ask first, block or allow."
        ),
        "dialing.unknown_numbers": QCoreApplication.translate(
            "Options",
            "Numbers of the right length in a range dialdesk does not know (number plans "
            "change faster than its data): ask first (dial them after a warning) or block.",
        ),
        "dialing.emergency": QCoreApplication.translate(
            "Options",
            "Emergency numbers (112, 997…): block, or allow after a confirmation.",
        ),
        "dialing.duplicate_window_s": QCoreApplication.translate(
            "Options",
            "Refuse the same number again within this many seconds (a double click is one "
            "call). 0 turns it off.",
        ),
        "dialing.link_calls_per_minute": QCoreApplication.translate(
            "Options",
            "At most this many calls from links per minute, so a runaway web page cannot "
            "dial on its own.",
        ),
        "thulium.queue_id": QCoreApplication.translate(
            "Options", "Default queue for scheduled callbacks."
        ),
        "thulium.campaign_id": QCoreApplication.translate(
            "Options", "Default campaign (five characters, e.g. 00001)."
        ),
        "thulium.agent_login": QCoreApplication.translate(
            "Options",
            "Your Thulium agent login: the default owner of campaign records you add.",
        ),
        "thulium.queues": QCoreApplication.translate(
            "Options", "Queues for callbacks: an id and a name each."
        ),
        "thulium.campaigns": QCoreApplication.translate(
            "Options", "Outbound campaigns: an id (five characters) and a name each."
        ),
        "thulium.statuses": QCoreApplication.translate(
            "Options", "Dictionary statuses: an id and a name each."
        ),
        "thulium.record_statuses": QCoreApplication.translate(
            "Options",
            "Record statuses of campaigns: an id, a name and, where it matters, the system "
            "status MY_RECORD or CALL_NO_SOONER_THAN.",
        ),
        "thulium.quick_statuses": QCoreApplication.translate(
            "Options",
            "Dictionary status ids offered as one-click buttons after a call, e.g. 3, 8.",
        ),
        "general.language": QCoreApplication.translate(
            "Options",
            "Language of the app and of PBX error messages: as the system, English or Polish.",
        ),
        "general.log_level": QCoreApplication.translate(
            "Options", "How much goes to the log file."
        ),
        "hotkeys.dial": QCoreApplication.translate(
            "Options",
            "Opens the dial box from any program; pressed again, hides it. Click the field "
            "and press the keys; empty turns it off.",
        ),
        "hotkeys.dial_selection": QCoreApplication.translate(
            "Options",
            "Select a number in any program and press this: the number goes into the dial "
            "box, ready for Enter (it is never dialed on its own). Empty turns it off.",
        ),
    }


def tooltip(opt: config.Option) -> str:
    return tooltips().get(opt.key, opt.description)


def _problem_patterns() -> list[tuple[str, str]]:
    """(regular expression over config's English problem, its translation with %1…)."""
    return [
        (
            r"must be true or false, not (.*)",
            QCoreApplication.translate("Options", "must be on or off"),
        ),
        (
            r"must be a whole number, not (.*)",
            QCoreApplication.translate("Options", "must be a whole number"),
        ),
        (
            r"must be at least (\S+), not (.*)",
            QCoreApplication.translate("Options", "must be at least %1"),
        ),
        (
            r"must be at most (\S+), not (.*)",
            QCoreApplication.translate("Options", "must be at most %1"),
        ),
        (r"must be a list, not (.*)", QCoreApplication.translate("Options", "must be a list")),
        (r"must be text, not (.*)", QCoreApplication.translate("Options", "must be text")),
        (
            r"must be one of (.*), not (.*)",
            QCoreApplication.translate("Options", "must be one of %1"),
        ),
        (
            r"must be an account name \(acme\), or a web address .*",
            QCoreApplication.translate(
                "Options",
                "must be an account name (acme), or a web address starting with https:// "
                "(or http:// for a PBX on your network)",
            ),
        ),
        (
            r"must not contain a user or password.*",
            QCoreApplication.translate(
                "Options",
                "must not contain a user or password: type the user in API user; the "
                "password goes to the keyring",
            ),
        ),
        (
            r"must be a two-letter country code.*",
            QCoreApplication.translate("Options", "must be a two-letter country code, e.g. PL"),
        ),
        (
            r"must contain digits only",
            QCoreApplication.translate("Options", "must contain digits only"),
        ),
        (r"must be digits", QCoreApplication.translate("Options", "must be digits")),
        (
            r"must be up to 4 digits, \* or #",
            QCoreApplication.translate("Options", "must be up to 4 digits, * or #"),
        ),
        (
            r"must be a five-character campaign id.*",
            QCoreApplication.translate(
                "Options", "must be a five-character campaign id, e.g. 00001"
            ),
        ),
        (
            r"entry (\d+) must be a table with id and name",
            QCoreApplication.translate("Options", "row %1 needs an id and a name"),
        ),
        (
            r"entry (\d+) has unknown keys: (.*)",
            QCoreApplication.translate("Options", "row %1 has unknown columns: %2"),
        ),
        (
            r"entry (\d+) needs both an id and a name",
            QCoreApplication.translate("Options", "row %1 needs both an id and a name"),
        ),
        (
            r"entry (\d+): id (\S+) is listed twice",
            QCoreApplication.translate("Options", "row %1: the id %2 is listed twice"),
        ),
        (
            r"entry (\d+): id must be digits",
            QCoreApplication.translate("Options", "row %1: the id must be digits"),
        ),
        (
            r"entry (\d+): id must be a five-character campaign id.*",
            QCoreApplication.translate(
                "Options", "row %1: the id must be a five-character campaign id, e.g. 00001"
            ),
        ),
        (
            r"entry (\d+): system must be one of (.*)",
            QCoreApplication.translate("Options", "row %1: the system status must be one of %2"),
        ),
        (
            r"must list dictionary status ids \(digits\), not (.*)",
            QCoreApplication.translate(
                "Options", "must list dictionary status ids (digits), not %1"
            ),
        ),
        (
            r"must be one key combination, not a sequence of them",
            QCoreApplication.translate("Options", "must be one key combination"),
        ),
        (
            r"must be a key combination, e.g. Ctrl\+Alt\+P",
            QCoreApplication.translate("Options", "must be a key combination, e.g. Ctrl+Alt+P"),
        ),
        (
            r"has an unknown modifier: (.*)",
            QCoreApplication.translate("Options", "has an unknown modifier: %1"),
        ),
        (
            r"uses a key a global shortcut cannot use: (.*)",
            QCoreApplication.translate("Options", "uses a key a global shortcut cannot use: %1"),
        ),
        (
            r"needs Ctrl, Alt or Meta.*",
            QCoreApplication.translate(
                "Options",
                "needs Ctrl, Alt or Meta: a plain key would be taken from every program",
            ),
        ),
        (
            r"is the same as the other shortcut",
            QCoreApplication.translate("Options", "is the same as the other shortcut"),
        ),
    ]


def problem_text(key: str, english: str) -> str:
    """config's English problem with a value of ``key``, in the UI's language."""
    problem = english.removeprefix(key + " ").strip()
    for pattern, text in _problem_patterns():
        match = re.fullmatch(pattern, problem)
        if match:
            for n, group in enumerate(match.groups(), start=1):
                text = text.replace(f"%{n}", group)
            return text
    return problem


def missing_text(keys: list[str]) -> str:
    """``account.url, account.agent`` → the fields' labels."""
    return ", ".join(label(k) for k in keys)
