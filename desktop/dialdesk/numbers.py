"""Turn what the agent typed or clicked into a number the PBX can dial.

Input is free text (``+48 22 123 45 67``, ``(022) 123-45-67 wew. 12``) or a URI
(``tel:`` per RFC 3966, ``callto:``, ``callto://``, ``sip:``/``sips:`` with a numeric user
part). The result is a :class:`Number`, or a :class:`NumberError` with a reason a person
can read. No exception from phonenumbers ever leaves this module.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final
from urllib.parse import unquote

if TYPE_CHECKING:
    import phonenumbers as pn
else:
    pn = None  # phonenumbers, imported by _load() on first use

MAX_INPUT_CHARS: Final = 250
DIAL_FORMATS: Final = ("dialable", "e164", "e164-digits", "national")


class Kind(enum.StrEnum):
    PUBLIC = "public"
    EXTENSION = "extension"
    EMERGENCY = "emergency"
    SHORT_CODE = "short-code"


class Reason(enum.StrEnum):
    EMPTY = "empty"
    INPUT_TOO_LONG = "input-too-long"
    NOT_A_NUMBER = "not-a-number"
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    UNKNOWN_COUNTRY_CODE = "unknown-country-code"
    INVALID = "invalid"
    UNSUPPORTED_URI = "unsupported-uri"


class NumberError(ValueError):
    """The input is not a number we can dial; ``reason`` is stable, ``str()`` is for people."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


_TYPE_NAMES: Final[dict[int, str]] = {}
_PARSE_ERRORS: Final[dict[int, tuple[Reason, str]]] = {}


def _load() -> None:
    """Import phonenumbers on first use, not with this module: it is a tenth of the tray
    app's start-up time, and the app needs no number until the agent types or clicks one.
    Safe from any thread: a second caller at worst imports it (a no-op) and fills the
    tables with the same values; ``pn`` is set last, so whoever sees it sees them full."""
    global pn
    if pn is not None:
        return
    import phonenumbers

    t = phonenumbers.PhoneNumberType
    _TYPE_NAMES.update(
        {
            t.FIXED_LINE: "fixed-line",
            t.MOBILE: "mobile",
            t.FIXED_LINE_OR_MOBILE: "fixed-line-or-mobile",
            t.TOLL_FREE: "toll-free",
            t.PREMIUM_RATE: "premium-rate",
            t.SHARED_COST: "shared-cost",
            t.VOIP: "voip",
            t.PERSONAL_NUMBER: "personal",
            t.PAGER: "pager",
            t.UAN: "uan",
            t.VOICEMAIL: "voicemail",
        }
    )
    e = phonenumbers.NumberParseException
    _PARSE_ERRORS.update(
        {
            e.INVALID_COUNTRY_CODE: (
                Reason.UNKNOWN_COUNTRY_CODE,
                "The country code is not one that exists.",
            ),
            e.NOT_A_NUMBER: (Reason.NOT_A_NUMBER, "This is not a phone number."),
            e.TOO_SHORT_AFTER_IDD: (
                Reason.TOO_SHORT,
                "Too short: only a country code and no number after it.",
            ),
            e.TOO_SHORT_NSN: (Reason.TOO_SHORT, "Too short to be a phone number."),
            e.TOO_LONG: (Reason.TOO_LONG, "Too long to be a phone number."),
        }
    )
    pn = phonenumbers


@dataclass(frozen=True)
class Number:
    """A dialable number and everything the preview and the guards need to know of it."""

    kind: Kind
    dial: str
    """Exactly what is sent to the PBX."""
    type: str
    """mobile, fixed-line, premium-rate, toll-free, … ; extension/emergency/short-code."""
    e164: str | None = None
    region: str | None = None
    extension: str | None = None
    """An extension to reach after the call connects (``ext. 12``); not part of ``dial``."""
    foreign: bool = False
    _parsed: pn.PhoneNumber | None = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def international(self) -> str | None:
        """``+48 22 123 45 67``. Formatted on first use: most callers never need it."""
        if self._parsed is None:
            return None
        return pn.format_number(self._parsed, pn.PhoneNumberFormat.INTERNATIONAL)

    @functools.cached_property
    def national(self) -> str | None:
        """``22 123 45 67``: as written inside the number's own country."""
        if self._parsed is None:
            return None
        return pn.format_number(self._parsed, pn.PhoneNumberFormat.NATIONAL)

    @property
    def display(self) -> str:
        """How the number is shown to the agent."""
        return self.international or self.dial

    @property
    def key(self) -> str:
        """Identity for the duplicate guard: the same party however it was written."""
        return self.e164 or self.dial

    @property
    def premium(self) -> bool:
        return self.type == "premium-rate"


@dataclass(frozen=True)
class DialOptions:
    region: str = "PL"
    format: str = "dialable"
    outside_line_prefix: str = ""
    extension_max_digits: int = 5


# --- URIs ---------------------------------------------------------------------------

_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", re.DOTALL)
_GLOBAL_CONTEXT = re.compile(r"^\+[\d\-.()]+$")


@dataclass
class _Parts:
    body: str
    extension: str | None = None
    country_prefix: str | None = None  # from ;phone-context=+48
    from_uri: bool = False


def _split_uri(text: str) -> _Parts:
    match = _SCHEME.match(text)
    if not match:
        return _Parts(text)
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


def _tel(rest: str) -> _Parts:
    """RFC 3966: number, then ;name=value parameters, each percent-encoded."""
    pieces = rest.split(";")
    parts = _Parts(unquote(pieces[0]), from_uri=True)
    for param in pieces[1:]:
        name, _, value = param.partition("=")
        name, value = unquote(name).strip().lower(), unquote(value).strip()
        if name == "ext" and value:
            parts.extension = re.sub(r"[^\d]", "", _ascii_digits(value)) or None
        elif name == "phone-context" and _GLOBAL_CONTEXT.match(value):
            parts.country_prefix = "+" + re.sub(r"\D", "", value)
        # a domain phone-context means "local number": dialed as typed, in our region.
        # isub, postd, user=phone and unknown parameters carry nothing we dial.
    return parts


# --- free text ----------------------------------------------------------------------

# "ext. 12", "extension 12", "x12", "#12", Polish "wew. 12" / "w. 12", at the end.
_EXTENSION = re.compile(
    r"(?:[\s,;]*(?:ext(?:ension)?|wewn?(?:ętrzny)?|w|x)\.?\s*:?\s*|\s*#\s*)(\d{1,8})\s*#?\s*$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[\s\-./()\[\]\u2010-\u2015\u2212\u00a0]")


def _ascii_digits(text: str) -> str:
    """NFKC (fullwidth digits and plus) and any Unicode decimal digit to ASCII."""
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return text
    out = []
    for ch in text:
        value = unicodedata.decimal(ch, None) if not ch.isascii() else None
        out.append(str(value) if value is not None else ch)
    return "".join(out)


def _split_extension(text: str) -> tuple[str, str | None]:
    match = _EXTENSION.search(text)
    if match and re.search(r"\d", text[: match.start()]):
        return text[: match.start()], match.group(1)
    return text, None


# --- the conversion -----------------------------------------------------------------


def normalize(text: str, options: DialOptions | None = None) -> Number:
    """Parse ``text`` into a :class:`Number`; raise :class:`NumberError` when it is not one."""
    _load()
    opts = options or DialOptions()
    if len(text) > MAX_INPUT_CHARS:
        raise NumberError(
            Reason.INPUT_TOO_LONG,
            f"That is {len(text)} characters long; a phone number is at most {MAX_INPUT_CHARS}.",
        )
    text = _ascii_digits(text.replace("\x00", "")).strip()
    if not text:
        raise NumberError(Reason.EMPTY, "Type a phone number.")
    parts = _split_uri(text)
    body, extension = _split_extension(parts.body.strip())
    extension = parts.extension or extension
    compact = _SEPARATORS.sub("", body)
    if not compact:
        raise NumberError(Reason.EMPTY, "Type a phone number.")
    if parts.country_prefix and not compact.startswith("+"):
        compact = parts.country_prefix + compact
        body = compact
    if compact.isdigit():
        short = _short_number(compact, opts)
        if short is not None:
            return short
    try:
        parsed, ntype = _parse(body, opts.region)
    except NumberError:
        if compact.isdigit():
            short = _short_code(compact, opts)
            if short is not None:
                return short
        raise
    return _public(parsed, ntype, extension, opts)


# No emergency number anywhere is longer; longer digit strings skip the costly look-up.
_EMERGENCY_MAX_DIGITS: Final = 6


def _short_number(digits: str, opts: DialOptions) -> Number | None:
    """Emergency numbers and internal extensions: dialed exactly as typed."""
    if len(digits) <= _EMERGENCY_MAX_DIGITS and pn.is_emergency_number(digits, opts.region):
        return Number(Kind.EMERGENCY, opts.outside_line_prefix + digits, "emergency")
    if len(digits) <= opts.extension_max_digits:
        return Number(Kind.EXTENSION, digits, "extension")
    return None


def _short_code(digits: str, opts: DialOptions) -> Number | None:
    try:
        parsed = pn.parse(digits, opts.region)
        if not pn.is_valid_short_number_for_region(parsed, opts.region):
            return None
        premium = (
            pn.expected_cost_for_region(parsed, opts.region) == pn.ShortNumberCost.PREMIUM_RATE
        )
    except Exception:  # noqa: BLE001 - phonenumbers' internals never reach the caller
        return None
    return Number(
        Kind.SHORT_CODE,
        opts.outside_line_prefix + digits,
        "premium-rate" if premium else "short-code",
        region=opts.region,
    )


def _valid_type(parsed: pn.PhoneNumber) -> int | None:
    """The number's type when it is valid, else None: one metadata walk, not three.

    ``is_valid_number`` is "its type is not UNKNOWN"; asking for the type directly saves
    phonenumbers from matching the number against every pattern again.
    """
    ntype = pn.number_type(parsed)
    return None if ntype == pn.PhoneNumberType.UNKNOWN else ntype


def _parse(body: str, region: str) -> tuple[pn.PhoneNumber, int | None]:
    """The parsed number and its type; the type is None for an emergency number in full."""
    try:
        parsed = pn.parse(body, region)
    except pn.NumberParseException as exc:
        reason, message = _PARSE_ERRORS.get(
            exc.error_type, (Reason.NOT_A_NUMBER, "This is not a phone number.")
        )
        if reason is Reason.NOT_A_NUMBER and re.fullmatch(r"\+?\d+", _SEPARATORS.sub("", body)):
            reason, message = Reason.TOO_SHORT, "Too short to be a phone number."
        raise NumberError(reason, message) from None
    except Exception:  # noqa: BLE001 - any surprise in the library is still "not a number"
        raise NumberError(Reason.NOT_A_NUMBER, "This is not a phone number.") from None
    ntype = _valid_type(parsed)
    if ntype is not None:
        return parsed, ntype
    retry = _without_trunk_zero(body, region)
    if retry is not None:
        return retry
    if _is_emergency(parsed):
        return parsed, None
    raise _invalid(parsed)


def _without_trunk_zero(body: str, region: str) -> tuple[pn.PhoneNumber, int] | None:
    """``0 22 123 45 67`` in Poland: a habit from the old trunk prefix, which PL no longer has."""
    metadata = pn.PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.national_prefix:
        return None
    stripped = body.lstrip(" (")
    if not stripped.startswith("0") or stripped.startswith("00"):
        return None
    try:
        retry = pn.parse(stripped[1:].lstrip(" )-"), region)
    except pn.NumberParseException:
        return None
    ntype = _valid_type(retry)
    return (retry, ntype) if ntype is not None else None


def _is_emergency(parsed: pn.PhoneNumber) -> bool:
    region = pn.region_code_for_country_code(parsed.country_code or 0)
    return bool(pn.is_emergency_number(str(parsed.national_number), region))


def _invalid(parsed: pn.PhoneNumber) -> NumberError:
    result = pn.is_possible_number_with_reason(parsed)
    R = pn.ValidationResult
    if result == R.INVALID_COUNTRY_CODE:
        return NumberError(Reason.UNKNOWN_COUNTRY_CODE, "The country code is not one that exists.")
    if result == R.TOO_SHORT:
        return NumberError(Reason.TOO_SHORT, "Too short: a digit or more is missing.")
    if result == R.TOO_LONG:
        return NumberError(Reason.TOO_LONG, "Too long: there are digits too many.")
    region = pn.region_code_for_number(parsed) or "?"
    return NumberError(
        Reason.INVALID,
        f"Not a valid number in {region} (+{parsed.country_code}): check the digits.",
    )


def _public(
    parsed: pn.PhoneNumber, ntype: int | None, extension: str | None, opts: DialOptions
) -> Number:
    region = pn.region_code_for_number(parsed)
    home_code = pn.country_code_for_region(opts.region)
    foreign = parsed.country_code != home_code
    if ntype is None:  # an emergency number written in full (+48 112)
        digits = str(parsed.national_number)
        return Number(Kind.EMERGENCY, opts.outside_line_prefix + digits, "emergency", region=region)
    parsed.extension = None
    e164 = pn.format_number(parsed, pn.PhoneNumberFormat.E164)
    dial = _dial_string(parsed, opts, e164, foreign)
    return Number(
        kind=Kind.PUBLIC,
        dial=opts.outside_line_prefix + dial,
        type=_TYPE_NAMES.get(ntype, "unknown"),
        e164=e164,
        region=region,
        extension=extension,
        foreign=foreign,
        _parsed=parsed,
    )


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _national_digits(parsed: pn.PhoneNumber) -> str:
    """The digits dialed inside the number's own country."""
    region = pn.region_code_for_country_code(parsed.country_code or 0)
    metadata = pn.PhoneMetadata.metadata_for_region(region)
    if metadata is not None and not metadata.national_prefix:
        # No trunk prefix to add (Poland): the national number is what is dialed, and
        # choosing a formatting pattern, a third of normalize's time, can be skipped.
        return str(pn.national_significant_number(parsed))
    return _digits(pn.format_number(parsed, pn.PhoneNumberFormat.NATIONAL))


def _dial_string(parsed: pn.PhoneNumber, opts: DialOptions, e164: str, foreign: bool) -> str:
    if opts.format == "e164":
        return e164
    if opts.format == "e164-digits":
        return e164[1:]
    if opts.format == "national" or not foreign:
        return _national_digits(parsed)
    return _digits(pn.format_out_of_country_calling_number(parsed, opts.region))


# The regions phonenumbers 9.0 knows, so that checking the settings at start-up does not
# import it (see _load). A region added by a later phonenumbers is still accepted: then
# is_region asks phonenumbers itself. A test checks that each of these is still known.
_KNOWN_REGIONS = """
    AC AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
    BO BQ BR BS BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE
    DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM
    GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE
    KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH
    MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ
    OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
    SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TG TH TJ TK TL TM TN TO TR TT TV TW
    TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW
"""
REGIONS: Final = frozenset(_KNOWN_REGIONS.split())


def is_region(code: str) -> bool:
    code = code.upper()
    if code in REGIONS:
        return True
    _load()
    return code in pn.SUPPORTED_REGIONS


def regions() -> list[str]:
    _load()
    return sorted(pn.SUPPORTED_REGIONS)
