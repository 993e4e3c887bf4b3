"""From what was typed or clicked to plain digits: URI schemes and parameters, extension
markers, separators, Unicode digits. ``numbers.py`` makes a :class:`~dialdesk.numbers.Number`
of the result; both raise :class:`NumberError`, and nothing else.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote


class Reason(enum.StrEnum):
    EMPTY = "empty"
    INPUT_TOO_LONG = "input-too-long"
    NOT_A_NUMBER = "not-a-number"
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    UNKNOWN_COUNTRY_CODE = "unknown-country-code"
    INVALID = "invalid"
    UNSUPPORTED_URI = "unsupported-uri"
    LETTERS = "letters"


class NumberError(ValueError):
    """The input is not a number we can dial; ``reason`` is stable, ``str()`` is for people."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


# --- URIs ---------------------------------------------------------------------------

_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", re.DOTALL)
_GLOBAL_CONTEXT = re.compile(r"^\+[\d\-.()]+$")


@dataclass
class Parts:
    body: str
    extension: str | None = None
    country_prefix: str | None = None  # from ;phone-context=+48
    from_uri: bool = False


def split_uri(text: str) -> Parts:
    match = _SCHEME.match(text)
    if not match:
        return Parts(text)
    scheme, rest = match.group(1).lower(), match.group(2)
    if scheme == "tel":
        return _tel(rest)
    if scheme == "callto":
        rest = rest.removeprefix("//").rstrip("/")
        return _tel(rest)  # callto: carries the number like tel:, parameters included
    if scheme in ("sip", "sips"):
        user = rest.split("@", 1)[0] if "@" in rest else rest
        user = user.split(":", 1)[0]  # sip:user:password@host: never use the password
        parts = _tel(user)
        if not re.search(r"\d", parts.body) or re.search(r"[a-zA-Z]", parts.body):
            raise NumberError(
                Reason.NOT_A_NUMBER, "This SIP address names a user, not a phone number."
            )
        return parts
    raise NumberError(
        Reason.UNSUPPORTED_URI,
        f"Links starting with “{scheme}:” are not phone numbers. Use tel:, callto: or sip:.",
    )


def _tel(rest: str) -> Parts:
    """RFC 3966: number, then ;name=value parameters, each percent-encoded."""
    pieces = rest.split(";")
    parts = Parts(unquote(pieces[0]), from_uri=True)
    for param in pieces[1:]:
        name, _, value = param.partition("=")
        name, value = unquote(name).strip().lower(), unquote(value).strip()
        if name == "ext" and value:
            parts.extension = re.sub(r"[^0-9]", "", ascii_digits(value)) or None
        elif name == "phone-context" and _GLOBAL_CONTEXT.match(ascii_digits(value)):
            parts.country_prefix = "+" + re.sub(r"[^0-9]", "", ascii_digits(value))
        # a domain phone-context means "local number": dialed as typed, in our region.
        # isub, postd, user=phone and unknown parameters carry nothing we dial.
    return parts


# --- free text ----------------------------------------------------------------------

# "ext. 12", "extension 12", "x12", "#12", Polish "wew. 12" / "w. 12", at the end.
_EXTENSION = re.compile(
    r"(?:[\s,;]*(?:ext(?:ension)?|wewn?(?:ętrzny)?|w|x)\.?\s*[:=]?\s*|\s*#\s*)([0-9]{1,8})\s*#?\s*$",
    re.IGNORECASE,
)
# What people put between digits (phonenumbers' own punctuation list included).
SEPARATORS = re.compile(r"[\s\-./()\[\]~\u2010-\u2015\u2212\u00a0\u00ad\u200b\u2060\u2053\u223c]")
_PLAIN = re.compile(r"\+?[0-9]+")


def ascii_digits(text: str) -> str:
    """Unicode decimal digits (Arabic-Indic, Devanagari, fullwidth…) to ASCII; fullwidth
    forms (＋, （, －) to their ASCII selves. Characters that are digits without a decimal
    value (①, ➎, ፩, superscripts) stay as they are: they are not digits anyone dials."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        value = unicodedata.decimal(ch, None)
        if value is not None:
            out.append(str(value))
        elif "\uff01" <= ch <= "\uff5e":  # fullwidth ASCII: NFKC maps it one to one
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return "".join(out)


def split_extension(text: str) -> tuple[str, str | None]:
    match = _EXTENSION.search(text)
    if match and re.search(r"[0-9]", text[: match.start()]):
        return text[: match.start()], match.group(1)
    return text, None


def _outer_junk(ch: str) -> bool:
    """A symbol or punctuation mark around a number (☎, “:”, “!”), never a keypad key."""
    return ch not in "+*#" and unicodedata.category(ch)[0] in "SPZC"


def plain_digits(compact: str) -> str:
    """``compact`` (separators removed) as ``+?[0-9]+``, or NumberError saying why not.

    Letters (what phonenumbers would turn into keypad digits) and figures that are not
    decimal digits make it not a number; a symbol before or after the digits is dropped.
    """
    for ch in compact:
        category = unicodedata.category(ch)
        if category[0] == "L":
            raise NumberError(
                Reason.LETTERS,
                "This is not a phone number: letters may only mark an extension after "
                "it (“wew. 12”, “ext. 12”).",
            )
        if category[0] == "N" and not ("0" <= ch <= "9"):
            raise NumberError(
                Reason.NOT_A_NUMBER,
                f"“{ch}” (U+{ord(ch):04X}) is not a digit that can be dialed.",
            )
    start, end = 0, len(compact)
    while start < end and _outer_junk(compact[start]):
        start += 1
    while end > start and _outer_junk(compact[end - 1]):
        end -= 1
    core = compact[start:end]
    if not _PLAIN.fullmatch(core):
        odd = next((c for c in core if not ("0" <= c <= "9")), "")
        if not core or odd == "+" or not odd.isprintable():
            raise NumberError(Reason.NOT_A_NUMBER, "This is not a phone number.")
        raise NumberError(Reason.NOT_A_NUMBER, f"“{odd}” is not part of a phone number.")
    return core
