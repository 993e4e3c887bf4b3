"""Every setting, declared once: key, type, default, description, and what a valid value
is. The CLI (``config show``), the README's table and the Settings dialog all read
:data:`OPTIONS`; ``config.py`` loads and saves the values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from dialdesk import numbers

Check = Callable[[Any], str | None]


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    check: Check | None = None

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]


def _check_url(value: str) -> str | None:
    if not value or re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.-]*(:\d+)?", value):
        return None  # a Thulium account name ("acme") or a bare host ("192.168.51.20")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return (
            "must be an account name (acme), or a web address starting with https:// "
            "(or http:// for a LAN PBX)"
        )
    if parts.username or parts.password:
        return "must not contain a user or password: use account.username and the keyring"
    return None


def _check_region(value: str) -> str | None:
    return None if numbers.is_region(value) else "must be a two-letter country code, e.g. PL"


def _check_digits(value: str) -> str | None:
    return None if re.fullmatch(r"[0-9]*", value) else "must contain digits only"


def _check_dial_prefix(value: str) -> str | None:
    return None if re.fullmatch(r"[0-9*#]{0,4}", value) else "must be up to 4 digits, * or #"


def _check_hotkey(value: str) -> str | None:
    from dialdesk.platform.hotkeys import problem

    return problem(value)


def _check_campaign(value: str) -> str | None:
    if value and not re.fullmatch(r"[0-9A-Za-z]{5}", value):
        return "must be a five-character campaign id, e.g. 00001"
    return None


SYSTEM_STATUSES: Final = ("MY_RECORD", "CALL_NO_SOONER_THAN")


@dataclass(frozen=True)
class Named:
    """An entry of a named list: queues, campaigns, statuses. Agents pick ``name``."""

    id: str
    name: str
    system: str = ""  # record statuses: the system status it stands for, if it matters


def _named_list(id_check: Check, *, systems: bool = False) -> Check:
    def check(items: list[Any]) -> str | None:
        seen = set()
        for n, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                return f"entry {n} must be a table with id and name"
            unknown = set(item) - {"id", "name", *(["system"] if systems else [])}
            if unknown:
                return f"entry {n} has unknown keys: {', '.join(sorted(unknown))}"
            ident, name = str(item.get("id", "")).strip(), item.get("name")
            if not ident or not isinstance(name, str) or not name.strip():
                return f"entry {n} needs both an id and a name"
            problem = id_check(ident)
            if problem:
                return f"entry {n}: id {problem}"
            if ident in seen:
                return f"entry {n}: id {ident} is listed twice"
            seen.add(ident)
            system = item.get("system", "")
            if system and system not in SYSTEM_STATUSES:
                return f"entry {n}: system must be one of {', '.join(SYSTEM_STATUSES)}"
        return None

    return check


def _check_id_digits(value: str) -> str | None:
    return None if re.fullmatch(r"[0-9]+", value) else "must be digits"


def _check_quick(items: list[Any]) -> str | None:
    for item in items:
        if not re.fullmatch(r"[0-9]+", str(item)):
            return f"must list dictionary status ids (digits), not {item!r}"
    return None


OPTIONS: Final[tuple[Option, ...]] = (
    Option(
        "account.backend",
        str,
        "sandbox",
        "Which PBX to talk to: sandbox (simulated calls, no account needed), thulium or simotel.",
        choices=("sandbox", "thulium", "simotel"),
    ),
    Option(
        "account.url",
        str,
        "",
        "PBX address. Thulium: https://ACCOUNT.thulium.com/api/ "
        "(the account name alone is enough). Simotel: the PBX's own address.",
        check=_check_url,
    ),
    Option(
        "account.username",
        str,
        "",
        "API user (Thulium) or API account (Simotel). Its "
        "password and API key are kept in the OS keyring, never here.",
    ),
    Option(
        "account.agent",
        str,
        "",
        "Your phone: Thulium SIP number or Simotel caller extension. It rings first.",
        check=_check_digits,
    ),
    Option(
        "account.verify_tls",
        bool,
        True,
        "Check the server's TLS certificate. Keep it on; "
        "for a private CA set account.ca_bundle instead.",
    ),
    Option(
        "account.ca_bundle",
        str,
        "",
        "Path to a PEM file of CA certificates to trust (for a PBX with a private certificate).",
    ),
    Option(
        "account.deadline_s",
        int,
        20,
        "Longest wait in seconds for one PBX request, from connecting to the last byte of "
        "the answer. After it the outcome is unknown: check your phone before trying again.",
        minimum=5,
        maximum=120,
    ),
    Option("simotel.context", str, "main_routing", "Dial plan context for the first leg."),
    Option("simotel.caller_id", str, "", "Caller id to present (empty: your extension)."),
    Option(
        "simotel.trunk_name",
        str,
        "",
        "Trunk for the first leg when your phone is an outside number.",
    ),
    Option(
        "simotel.timeout",
        int,
        30,
        "Seconds the PBX waits for your phone to answer.",
        minimum=5,
        maximum=300,
    ),
    Option(
        "simotel.call_limit",
        int,
        0,
        "Longest call in seconds (0: no limit).",
        minimum=0,
        maximum=86400,
    ),
    Option(
        "dialing.region",
        str,
        "PL",
        "Your country: numbers without a country code are read as numbers of this country.",
        check=_check_region,
    ),
    Option(
        "dialing.format",
        str,
        "dialable",
        "What is sent to the PBX: dialable (as you "
        "would dial it from dialing.region), e164 (+48221234567), e164-digits, national.",
        choices=numbers.DIAL_FORMATS,
    ),
    Option(
        "dialing.outside_line_prefix",
        str,
        "",
        "Digits your PBX needs before an outside number (e.g. 0). Never added to extensions.",
        check=_check_dial_prefix,
    ),
    Option(
        "dialing.extension_max_digits",
        int,
        5,
        "Digit strings up to this long are internal extensions, dialed as typed.",
        minimum=0,
        maximum=8,
    ),
    Option(
        "dialing.confirm_links", bool, True, "Ask before dialing a number from a tel:/callto: link."
    ),
    Option(
        "dialing.premium",
        str,
        "warn",
        "Premium-rate numbers: warn (ask first), block or allow.",
        choices=("warn", "block", "allow"),
    ),
    Option(
        "dialing.unknown_numbers",
        str,
        "warn",
        "Numbers of the right length in a range dialdesk does not know (number plans change "
        "faster than its data): warn (dial them, with a warning) or block.",
        choices=numbers.UNKNOWN_NUMBER_POLICIES,
    ),
    Option(
        "dialing.emergency",
        str,
        "block",
        "Emergency numbers (112, 997…): block, or allow after a confirmation.",
        choices=("block", "allow"),
    ),
    Option(
        "dialing.duplicate_window_s",
        int,
        5,
        "Refuse the same number again within this "
        "many seconds (a double click is one call). 0 turns it off.",
        minimum=0,
        maximum=3600,
    ),
    Option(
        "dialing.link_calls_per_minute",
        int,
        6,
        "At most this many calls from links per "
        "minute, so a runaway web page cannot dial on its own.",
        minimum=1,
        maximum=60,
    ),
    Option(
        "thulium.queue_id", str, "", "Default queue for scheduled callbacks.", check=_check_digits
    ),
    Option(
        "thulium.campaign_id",
        str,
        "",
        "Default campaign (five characters, e.g. 00001).",
        check=_check_campaign,
    ),
    Option(
        "thulium.agent_login",
        str,
        "",
        "Your Thulium agent login: the default owner of campaign records you add.",
    ),
    Option(
        "thulium.queues",
        list,
        [],
        "Queues for callbacks, as [[thulium.queues]] tables with id and name.",
        check=_named_list(_check_id_digits),
    ),
    Option(
        "thulium.campaigns",
        list,
        [],
        "Outbound campaigns, as [[thulium.campaigns]] tables with id (five characters) and name.",
        check=_named_list(lambda v: _check_campaign(v)),
    ),
    Option(
        "thulium.statuses",
        list,
        [],
        "Dictionary statuses, as [[thulium.statuses]] tables with id and name.",
        check=_named_list(_check_id_digits),
    ),
    Option(
        "thulium.record_statuses",
        list,
        [],
        "Record statuses of campaigns, as [[thulium.record_statuses]] tables with id, name "
        "and, where it matters, system = MY_RECORD or CALL_NO_SOONER_THAN.",
        check=_named_list(_check_id_digits, systems=True),
    ),
    Option(
        "thulium.quick_statuses",
        list,
        [],
        'Dictionary status ids offered as one-click buttons after a call, e.g. ["3", "8"].',
        check=_check_quick,
    ),
    # Not Ctrl+Alt+D (Xfce's and Metacity's "show desktop") nor Ctrl+Alt+C: Windows reads
    # Ctrl+Alt as AltGr, and AltGr+C is "ć" on the Polish keyboard (as are a e l n o s x z).
    Option(
        "hotkeys.dial",
        str,
        "Ctrl+Alt+P",
        "Shortcut that opens the dial box from any program, e.g. Ctrl+Alt+P (empty: off).",
        check=_check_hotkey,
    ),
    Option(
        "hotkeys.dial_selection",
        str,
        "Ctrl+Alt+Shift+P",
        "Shortcut that puts the number in the text selected in any program into the dial "
        "box, ready for Enter (empty: off).",
        check=_check_hotkey,
    ),
    Option(
        "general.language",
        str,
        "auto",
        "Language of the app and of PBX error messages: auto (from the system), en or pl.",
        choices=("auto", "en", "pl"),
    ),
    Option(
        "general.log_level",
        str,
        "INFO",
        "How much goes to the log file.",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
    ),
)

BY_KEY: Final = {option.key: option for option in OPTIONS}


class ConfigError(Exception):
    """A config file or value is wrong. ``str()`` names the file and line when known."""

    def __init__(self, message: str, path: Path | None = None, line: int | None = None) -> None:
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.line = line


def option(key: str) -> Option:
    try:
        return BY_KEY[key]
    except KeyError:
        close = [k for k in BY_KEY if k.split(".")[-1] == key.split(".")[-1]]
        hint = f" Did you mean {close[0]}?" if close else ""
        raise ConfigError(f"Unknown setting “{key}”.{hint}") from None


def validate(opt: Option, value: Any) -> Any:
    """Return ``value`` as the option's type, or raise ConfigError saying why not."""
    if opt.type is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{opt.key} must be true or false, not {value!r}")
    elif opt.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{opt.key} must be a whole number, not {value!r}")
        if opt.minimum is not None and value < opt.minimum:
            raise ConfigError(f"{opt.key} must be at least {opt.minimum}, not {value}")
        if opt.maximum is not None and value > opt.maximum:
            raise ConfigError(f"{opt.key} must be at most {opt.maximum}, not {value}")
    elif opt.type is list:
        if not isinstance(value, list):
            raise ConfigError(f"{opt.key} must be a list, not {value!r}")
        if value and all(isinstance(v, dict) for v in value):
            value = [{k: str(v).strip() for k, v in item.items()} for item in value]
        elif value and not any(isinstance(v, dict) for v in value):
            value = [str(v).strip() for v in value]
    elif opt.type is str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)  # queue_id = 2 in TOML means "2"
        if not isinstance(value, str):
            raise ConfigError(f"{opt.key} must be text, not {value!r}")
        value = value.strip()
        if opt.key == "dialing.region":
            value = value.upper()
    if opt.choices and value not in opt.choices:
        raise ConfigError(f"{opt.key} must be one of {', '.join(opt.choices)}, not {value!r}")
    if opt.check is not None:
        problem = opt.check(value)
        if problem:
            raise ConfigError(f"{opt.key} {problem}")
    return value


_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def parse_text(key: str, text: str) -> Any:
    """A value typed on the command line, as the option's type."""
    opt = option(key)
    if opt.type is bool:
        low = text.strip().lower()
        if low in _TRUE:
            return validate(opt, True)
        if low in _FALSE:
            return validate(opt, False)
        raise ConfigError(f"{key} must be true or false, not {text!r}")
    if opt.type is list:
        import json

        try:
            return validate(opt, json.loads(text))
        except (ValueError, RecursionError):  # RecursionError: [[[[… nested too deeply
            raise ConfigError(
                f'{key} takes a JSON list, e.g. \'[{{"id": "2", "name": "Sales"}}]\''
            ) from None
    if opt.type is int:
        try:
            return validate(opt, int(text.strip()))
        except ValueError:
            raise ConfigError(f"{key} must be a whole number, not {text!r}") from None
    return validate(opt, text)
