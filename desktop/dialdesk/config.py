"""Typed settings in TOML: built-in defaults < admin defaults file < the user's file.

Every option is declared once below, with its type, default and description; the CLI,
the README and the settings dialog all read this table. Secrets never live here (see
``credentials.py``).
"""

from __future__ import annotations

import logging
import re
import shutil
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import tomli_w

from dialdesk import numbers, paths

log = logging.getLogger(__name__)

CONFIG_VERSION: Final = 1

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
    return None if re.fullmatch(r"\d*", value) else "must contain digits only"


def _check_dial_prefix(value: str) -> str | None:
    return None if re.fullmatch(r"[\d*#]{0,4}", value) else "must be up to 4 digits, * or #"


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
    return None if value.isdigit() else "must be digits"


def _check_quick(items: list[Any]) -> str | None:
    for item in items:
        if not str(item).isdigit():
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
        except ValueError:
            raise ConfigError(
                f'{key} takes a JSON list, e.g. \'[{{"id": "2", "name": "Sales"}}]\''
            ) from None
    if opt.type is int:
        try:
            return validate(opt, int(text.strip()))
        except ValueError:
            raise ConfigError(f"{key} must be a whole number, not {text!r}") from None
    return validate(opt, text)


@dataclass
class Layer:
    """One TOML file's settings, with what it held that we do not know (kept on save)."""

    path: Path
    values: dict[str, Any] = field(default_factory=dict)
    doc: dict[str, Any] = field(default_factory=dict)
    exists: bool = False
    locked: frozenset[str] = frozenset()
    """Admin defaults only: keys the agent may not change (``locked = [...]``)."""


def _line_of(text: str, section: str, name: str) -> int | None:
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"^\[([^\]]+)\]", stripped)
        if header:
            current = header.group(1).strip()
            continue
        if re.match(rf"^{re.escape(name)}\s*=", stripped) and current == section:
            return number
        if re.match(rf"^{re.escape(section)}\s*\.\s*{re.escape(name)}\s*=", stripped):
            return number
    return None


def _flatten(doc: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for section, content in doc.items():
        if section == "version":
            continue
        if isinstance(content, dict):
            for name, value in content.items():
                yield f"{section}.{name}", value
        else:
            yield section, content


def read_layer(path: Path) -> Layer:
    """Read one file; raise ConfigError naming the file and line of the first problem."""
    layer = Layer(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return layer
    except OSError as exc:
        raise ConfigError(f"cannot read the file: {exc.strerror}", path) from None
    layer.exists = True
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError("the file is not UTF-8 text", path) from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(
            f"not valid TOML: {reason}", path, int(match.group(1)) if match else None
        ) from None
    version = doc.get("version", CONFIG_VERSION)
    if not isinstance(version, int) or version < 1:
        raise ConfigError("version must be a whole number", path, _line_of(text, "", "version"))
    if version > CONFIG_VERSION:
        log.warning("%s was written by a newer dialdesk (version %s)", path, version)
    layer.doc = doc
    locked = doc.get("locked", [])
    if not isinstance(locked, list) or not all(isinstance(k, str) for k in locked):
        raise ConfigError(
            "locked must be a list of setting names", path, _line_of(text, "", "locked")
        )
    for key in locked:
        if key not in BY_KEY:
            raise ConfigError(
                f"locked names an unknown setting “{key}”", path, _line_of(text, "", "locked")
            )
    layer.locked = frozenset(locked)
    for key, value in _flatten(doc):
        if key == "locked":
            continue
        if key not in BY_KEY:
            log.warning("%s: unknown setting %s is ignored (and kept)", path, key)
            continue
        section, name = key.split(".", 1)
        try:
            layer.values[key] = validate(BY_KEY[key], value)
        except ConfigError as exc:
            raise ConfigError(str(exc), path, _line_of(text, section, name)) from None
    return layer


class Settings:
    """The settings in force: defaults, then the admin's file, then the user's."""

    def __init__(self, user: Layer, admin: Layer | None = None) -> None:
        self.user = user
        self.admin = admin or Layer(Path())
        self.problems: list[ConfigError] = []

    def __getitem__(self, key: str) -> Any:
        if key in self.user.values and not self.is_locked(key):
            return self.user.values[key]
        if key in self.admin.values:
            return self.admin.values[key]
        return option(key).default

    def text(self, key: str) -> str:
        value = self[key]
        assert isinstance(value, str)
        return value

    def number(self, key: str) -> int:
        value = self[key]
        assert isinstance(value, int)
        return value

    def flag(self, key: str) -> bool:
        value = self[key]
        assert isinstance(value, bool)
        return value

    def _list(self, key: str) -> list[Any]:
        items = self[key]
        assert isinstance(items, list)
        if not items and self.text("account.backend") == "sandbox":
            from dialdesk.sandbox import state  # the simulator's own lists, to try things

            return state.named_lists().get(key.split(".", 1)[1], [])
        return items

    def named(self, key: str) -> list[Named]:
        """A named list; in the sandbox, the simulator's own when none is configured."""
        return [
            Named(str(i["id"]), str(i["name"]), str(i.get("system", ""))) for i in self._list(key)
        ]

    def strings(self, key: str) -> list[str]:
        return [str(i) for i in self._list(key)]

    def is_locked(self, key: str) -> bool:
        """Set by the administrator: the agent sees it but cannot change it."""
        return key in self.admin.locked

    def origin(self, key: str) -> str:
        if self.is_locked(key):
            return "admin, locked"
        if key in self.user.values:
            return "user"
        if key in self.admin.values:
            return "admin"
        return "default"

    def set(self, key: str, value: Any) -> None:
        opt = option(key)
        if self.is_locked(key):
            raise ConfigError(f"{key} is set by your administrator and cannot be changed here.")
        self.user.values[key] = validate(opt, value)

    def unset(self, key: str) -> None:
        option(key)
        if self.is_locked(key):
            raise ConfigError(f"{key} is set by your administrator and cannot be changed here.")
        self.user.values.pop(key, None)

    def language(self) -> str:
        """``en`` or ``pl``: the UI's language and the one PBX errors are asked in."""
        chosen = self.text("general.language")
        if chosen != "auto":
            return chosen
        import locale
        import os

        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var)
            if value:
                return "pl" if value.lower().startswith("pl") else "en"
        system = locale.getlocale()[0] or ""
        return "pl" if system.lower().startswith("pl") else "en"

    def dial_options(self) -> numbers.DialOptions:
        return numbers.DialOptions(
            region=self.text("dialing.region"),
            format=self.text("dialing.format"),
            outside_line_prefix=self.text("dialing.outside_line_prefix"),
            extension_max_digits=self.number("dialing.extension_max_digits"),
            unknown_numbers=self.text("dialing.unknown_numbers"),
        )

    def save(self) -> None:
        """Write the user's layer atomically; unknown keys it held are kept."""
        doc: dict[str, Any] = {k: v for k, v in self.user.doc.items() if not isinstance(v, dict)}
        doc["version"] = CONFIG_VERSION
        for section, content in self.user.doc.items():
            if isinstance(content, dict):
                kept = {n: v for n, v in content.items() if f"{section}.{n}" not in BY_KEY}
                if kept:
                    doc[section] = kept
        for opt in OPTIONS:
            if opt.key in self.user.values:
                doc.setdefault(opt.section, {})[opt.name] = self.user.values[opt.key]
        path = self.user.path
        _backup_before_overwrite(path)
        paths.atomic_write(path, tomli_w.dumps(doc).encode("utf-8"), mode=0o600)
        self.user.doc = doc
        self.user.exists = True


def _backup_before_overwrite(path: Path) -> None:
    """Keep the previous file as .bak; a file we could not read gets its own copy."""
    if not path.exists():
        return
    try:
        read_layer(path)
    except ConfigError:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        broken = path.with_name(f"{path.name}.broken-{stamp}")
        shutil.copy2(path, broken)
        log.warning("kept the unreadable %s as %s", path, broken)
        return
    shutil.copy2(path, path.with_name(path.name + ".bak"))


def load(where: paths.Paths | None = None, *, strict: bool = True) -> Settings:
    """Load the settings in force.

    ``strict`` (the CLI): a broken file raises ConfigError. Otherwise (the GUI) the broken
    layer is skipped, the problem is kept in ``Settings.problems`` and defaults apply.
    """
    where = where or paths.current()
    problems: list[ConfigError] = []
    layers: list[Layer] = []
    for path in (where.defaults_file, where.config_file):
        try:
            layers.append(read_layer(path))
        except ConfigError as exc:
            if strict:
                raise
            log.error("%s", exc)
            problems.append(exc)
            layers.append(Layer(path, exists=True))
    settings = Settings(user=layers[1], admin=layers[0])
    settings.problems = problems
    for key in sorted(settings.admin.locked & set(settings.user.values)):
        log.warning("%s is locked by the administrator; the user file's value is ignored", key)
        del settings.user.values[key]
    return settings
