"""Turn what the agent typed or clicked into a number the PBX can dial.

Input is free text (``+48 22 123 45 67``, ``(022) 123-45-67 wew. 12``) or a URI
(``tel:`` per RFC 3966, ``callto:``, ``callto://``, ``sip:``/``sips:`` with a numeric user
part). The result is a :class:`Number`, or a :class:`NumberError` with a reason a person
can read. No exception from phonenumbers ever leaves this module.

A URI is percent-decoded first; then Unicode decimal digits (fullwidth, Arabic-Indic…)
become ASCII digits. Nothing else is a digit: no keypad letters (``1-800-FLOWERS``), no
circled or superscript figures. Letters are allowed only as an extension marker
(``wew. 12``, ``ext 12``, ``x12``) or a URI scheme. Every accepted number's dial string is
made of ``0-9``, ``*``, ``#`` and ``+`` only.

A number of the right length whose range phonenumbers does not know (its metadata lags
real number plans; the PBX is the authority) is accepted with a warning, or refused when
``DialOptions.unknown_numbers`` is ``block``.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from dialdesk import regions as _regions
from dialdesk.number_text import (
    SEPARATORS,
    ascii_digits,
    plain_digits,
    split_extension,
    split_uri,
)
from dialdesk.number_text import (
    NumberError as NumberError,
)
from dialdesk.number_text import (
    Reason as Reason,
)

if TYPE_CHECKING:
    import phonenumbers as pn
else:
    pn = None  # phonenumbers, imported by _load() on first use

MAX_INPUT_CHARS: Final = 250
DIAL_FORMATS: Final = ("dialable", "e164", "e164-digits", "national")
UNKNOWN_NUMBER_POLICIES: Final = ("warn", "block")


class Kind(enum.StrEnum):
    PUBLIC = "public"
    EXTENSION = "extension"
    EMERGENCY = "emergency"
    SHORT_CODE = "short-code"


@dataclass(frozen=True)
class NumberWarning:
    """Something the agent should know before calling; ``code`` is stable (the UI
    translates it, with ``args``), ``message`` is the English sentence for the CLI and log."""

    code: str
    message: str
    args: tuple[str, ...] = ()


UNKNOWN_RANGE: Final = "unknown-range"
"""Warning code: a possible number in a range the metadata does not know. Args: region."""


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
    warnings: tuple[NumberWarning, ...] = ()
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
    unknown_numbers: str = "warn"
    """A possible number in an unknown range: ``warn`` (dial it, with a warning) or ``block``."""


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
    text = text.replace("\x00", "").strip()
    if not text:
        raise NumberError(Reason.EMPTY, "Type a phone number.")
    parts = split_uri(text)  # percent-decoded: only now are the digits what they say
    body, extension = split_extension(ascii_digits(parts.body).strip())
    extension = parts.extension or extension
    compact = SEPARATORS.sub("", body)
    if not compact:
        raise NumberError(Reason.EMPTY, "Type a phone number.")
    compact = plain_digits(compact)
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
    if ntype == _UNKNOWN_RANGE:
        short = _short_code(compact, opts) if compact.isdigit() else None
        if short is not None:
            return short
        if opts.unknown_numbers == "block":
            raise _unknown_range_error(parsed)
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


_UNKNOWN_RANGE: Final = -1
"""``_parse``'s type for a possible number in a range the metadata does not know."""


def _valid_type(parsed: pn.PhoneNumber) -> int | None:
    """The number's type when it is valid, else None: one metadata walk, not three.

    ``is_valid_number`` is "its type is not UNKNOWN"; asking for the type directly saves
    phonenumbers from matching the number against every pattern again.
    """
    ntype = pn.number_type(parsed)
    return None if ntype == pn.PhoneNumberType.UNKNOWN else ntype


def _parse(body: str, region: str) -> tuple[pn.PhoneNumber, int | None]:
    """The parsed number and its type; the type is None for an emergency number in full,
    ``_UNKNOWN_RANGE`` for a number of the right length in a range nobody told us about."""
    try:
        parsed = pn.parse(body, region)
    except pn.NumberParseException as exc:
        reason, message = _PARSE_ERRORS.get(
            exc.error_type, (Reason.NOT_A_NUMBER, "This is not a phone number.")
        )
        if reason is Reason.NOT_A_NUMBER and re.fullmatch(r"\+?[0-9]+", SEPARATORS.sub("", body)):
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
    raise_if_impossible(parsed)
    return parsed, _UNKNOWN_RANGE


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


def _region_of(parsed: pn.PhoneNumber) -> str:
    """The number's region, or its country code's main one when its range is unknown."""
    return pn.region_code_for_number(parsed) or pn.region_code_for_country_code(
        parsed.country_code or 0
    )


def raise_if_impossible(parsed: pn.PhoneNumber) -> None:
    """Refuse a number whose length no ordinary (fixed-line or mobile) number of its
    country has: phonenumbers' own "possible" allows every length of every special range
    (6 to 10 digits in Poland), which would let a missing digit through as "unknown"."""
    if pn.is_possible_number_with_reason(parsed) == pn.ValidationResult.INVALID_COUNTRY_CODE:
        raise NumberError(Reason.UNKNOWN_COUNTRY_CODE, "The country code is not one that exists.")
    lengths = _regions.ordinary_lengths(parsed.country_code or 0)
    digits = len(pn.national_significant_number(parsed))
    if not lengths or digits in lengths:
        return
    country = _regions.country_name(_region_of(parsed))
    have = f"numbers in {country} have {_regions.lengths_text(lengths)} digits."
    if digits < lengths[-1]:
        raise NumberError(Reason.TOO_SHORT, f"Too short: a digit or more is missing; {have}")
    raise NumberError(Reason.TOO_LONG, f"Too long: there are digits too many; {have}")


def _unknown_range_error(parsed: pn.PhoneNumber) -> NumberError:
    country = _regions.country_name(_region_of(parsed))
    return NumberError(
        Reason.INVALID,
        f"Not a known number range in {country} (+{parsed.country_code}): check the digits.",
    )


def _unknown_range_warning(parsed: pn.PhoneNumber, display: str) -> NumberWarning:
    region = _region_of(parsed)
    return NumberWarning(
        UNKNOWN_RANGE,
        f"{display} is not a known number range in {_regions.country_name(region)}: "
        "check the digits.",
        (region,),
    )


def _public(
    parsed: pn.PhoneNumber, ntype: int | None, extension: str | None, opts: DialOptions
) -> Number:
    region = _region_of(parsed)
    home_code = pn.country_code_for_region(opts.region)
    foreign = parsed.country_code != home_code
    if ntype is None:  # an emergency number written in full (+48 112)
        digits = str(parsed.national_number)
        return Number(Kind.EMERGENCY, opts.outside_line_prefix + digits, "emergency", region=region)
    parsed.extension = None
    e164 = pn.format_number(parsed, pn.PhoneNumberFormat.E164)
    dial = _dial_string(parsed, opts, e164, foreign)
    warnings: tuple[NumberWarning, ...] = ()
    if ntype == _UNKNOWN_RANGE:
        shown = pn.format_number(parsed, pn.PhoneNumberFormat.INTERNATIONAL)
        warnings = (_unknown_range_warning(parsed, shown),)
    return Number(
        kind=Kind.PUBLIC,
        dial=opts.outside_line_prefix + dial,
        type=_TYPE_NAMES.get(ntype, "unknown"),
        e164=e164,
        region=region,
        extension=extension,
        foreign=foreign,
        warnings=warnings,
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


REGIONS: Final = _regions.REGIONS
is_region = _regions.is_region
regions = _regions.known_regions
