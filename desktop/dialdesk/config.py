"""Typed settings in TOML: built-in defaults < admin defaults file(s) < the user's file.

The options themselves (type, default, description, checks) are declared in
``options.py``; this module reads the files, layers them, and saves the user's file
atomically. Secrets never live here (see ``credentials.py``).
"""

from __future__ import annotations

import logging
import re
import shutil
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import tomli_w

from dialdesk import numbers, paths
from dialdesk.options import (
    BY_KEY,
    OPTIONS,
    SYSTEM_STATUSES,
    ConfigError,
    Named,
    Option,
    option,
    parse_text,
    validate,
)

# Re-exported: code that knew them as config.OPTIONS, config.Named… keeps working.
__all__ = [
    "BY_KEY",
    "CONFIG_VERSION",
    "OPTIONS",
    "SYSTEM_STATUSES",
    "ConfigError",
    "Layer",
    "Named",
    "Option",
    "Settings",
    "load",
    "option",
    "parse_text",
    "read_layer",
    "validate",
]

log = logging.getLogger(__name__)

CONFIG_VERSION: Final = 1


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


def _toml_kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list of tables ([[…]])" if value and isinstance(value[0], dict) else "a list"
    return "a single value"


def _line_of_section(text: str, section: str) -> int | None:
    """Where ``section`` is defined: ``[[section]]`` or ``section = …`` at the top."""
    name = re.escape(section)
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"^\s*(\[\[\s*{name}\s*\]\]|{name}\s*=)", line):
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
    except RecursionError:  # tomllib recurses once per nested bracket
        raise ConfigError("not valid TOML: values are nested too deeply", path) from None
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
    for section in sorted({opt.section for opt in OPTIONS} & set(doc)):
        if not isinstance(doc[section], dict):
            raise ConfigError(
                f"{section} must be a table ([{section}]) of settings, not "
                f"{_toml_kind(doc[section])}",
                path,
                _line_of_section(text, section),
            )
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
        try:
            data = tomli_w.dumps(doc).encode("utf-8")
        except (RecursionError, TypeError, ValueError) as exc:  # kept keys it cannot write
            raise ConfigError(f"cannot save the settings: {exc}", path) from None
        try:
            _backup_before_overwrite(path)
            paths.atomic_write(path, data, mode=0o600)
        except OSError as exc:
            raise ConfigError(
                f"cannot save the settings in {path.parent}: {exc.strerror or exc}", path
            ) from None
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


def _on_top(system: Layer, extra: Layer) -> Layer:
    """DIALDESK_DEFAULTS's file over the system's: it may set and lock more, but what the
    system file locks stays as that file says."""
    values = dict(system.values)
    for key, value in extra.values.items():
        if key not in system.locked:
            values[key] = value
        else:
            log.warning("%s: %s is locked by %s; ignored", extra.path, key, system.path)
    return Layer(
        path=extra.path if extra.exists or not system.exists else system.path,
        values=values,
        doc=extra.doc,
        exists=system.exists or extra.exists,
        locked=system.locked | extra.locked,
    )


def load(where: paths.Paths | None = None, *, strict: bool = True) -> Settings:
    """Load the settings in force.

    ``strict`` (the CLI): a broken file raises ConfigError. Otherwise (the GUI) the broken
    layer is skipped, the problem is kept in ``Settings.problems`` and defaults apply.
    """
    where = where or paths.current()
    problems: list[ConfigError] = []
    files = [where.system_defaults_file, where.defaults_file, where.config_file]
    if where.defaults_file == where.system_defaults_file:
        files.pop(1)
    layers: list[Layer] = []
    for path in files:
        try:
            layers.append(read_layer(path))
        except ConfigError as exc:
            if strict:
                raise
            log.error("%s", exc)
            problems.append(exc)
            layers.append(Layer(path, exists=True))
    admin = layers[0] if len(layers) == 2 else _on_top(layers[0], layers[1])
    settings = Settings(user=layers[-1], admin=admin)
    settings.problems = problems
    for key in sorted(settings.admin.locked & set(settings.user.values)):
        log.warning("%s is locked by the administrator; the user file's value is ignored", key)
        del settings.user.values[key]
    return settings
