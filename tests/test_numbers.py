"""numbers.normalize: every input form the agents meet, and every way input can be bad."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialdesk.numbers import DialOptions, Kind, NumberError, Reason, normalize

PL = DialOptions(region="PL")


@pytest.mark.parametrize(
    "text",
    [
        "+48 22 123 45 67",
        "+48221234567",
        "(022) 123-45-67",
        "0 22 123 45 67",
        "022 123 45 67",
        "0048 22 123 45 67",
        "22 123 45 67",
        "22-123-45-67",
        "+48\u00a022\u00a0123\u00a045\u00a067",
        "＋４８ ２２ １２３ ４５ ６７",  # fullwidth
        "+٤٨ ٢٢ ١٢٣ ٤٥ ٦٧",  # Arabic-Indic digits
        "tel:+48-22-123-45-67",
        "tel:%2B48%2022%20123%2045%2067",
        "TEL:+48.22.123.45.67",
        "tel:221234567;phone-context=+48",
        "tel:22-123-45-67;phone-context=example.com",
        "tel:+48221234567;isub=1234;foo=bar",
        "callto:+48221234567",
        "callto://+48221234567",
        "callto://+48221234567/",
        "sip:+48221234567@pbx.example.com;user=phone",
        "sips:+48221234567@pbx.example.com",
        "  +48 22 123 45 67  ",
    ],
)
def test_polish_fixed_line_in_every_notation(text: str) -> None:
    number = normalize(text, PL)
    assert number.kind is Kind.PUBLIC
    assert number.e164 == "+48221234567"
    assert number.dial == "221234567"
    assert number.region == "PL"
    assert number.type == "fixed-line"
    assert number.international == "+48 22 123 45 67"
    assert not number.foreign


@pytest.mark.parametrize(
    ("text", "extension"),
    [
        ("+48 22 123 45 67 ext. 12", "12"),
        ("+48 22 123 45 67 wew. 12", "12"),
        ("22 123 45 67 w. 345", "345"),
        ("+48 22 123 45 67 x12", "12"),
        ("+48 22 123 45 67 #12", "12"),
        ("tel:+48-22-123-45-67;ext=12", "12"),
        ("+48 22 123 45 67, extension 7", "7"),
        ("+48 22 123 45 67;ext=12", "12"),  # RFC 3966 marker, pasted without tel:
        ("22 123 45 67 wew 12", "12"),
    ],
)
def test_extension_is_kept_apart_from_the_dial_string(text: str, extension: str) -> None:
    number = normalize(text, PL)
    assert number.extension == extension
    assert number.dial == "221234567"


@pytest.mark.parametrize(
    "text",
    [
        "+1 800 FLOWERS",
        "818wew.wew.",
        "callto:555callto:",
        "601 234 567 abc",
        "Tel 601 234 567",
        "tel:601234567abc",
        "601234567 ext",  # a marker with no extension after it is just a word
        "６０１ＡＢＣ２３４",  # fullwidth letters are letters too
    ],
)
def test_letters_are_never_turned_into_keypad_digits(text: str) -> None:
    with pytest.raises(NumberError) as info:
        normalize(text, PL)
    assert info.value.reason is Reason.LETTERS
    assert "not a phone number: letters" in info.value.message


@pytest.mark.parametrize(
    ("text", "dial"),
    [
        ("tel:%D9%A1%D9%A2%D9%A3%D9%A4", "1234"),  # Arabic-Indic, percent-encoded
        ("callto:１１２", "112"),  # fullwidth in a link
        ("tel:%EF%BC%96%EF%BC%90%EF%BC%91234567", "601234567"),
        ("tel:601234567;ext=%D9%A1%D9%A2", "601234567"),
        ("६०१२३४५६७", "601234567"),  # Devanagari
    ],
)
def test_uris_are_decoded_before_digits_are_mapped(text: str, dial: str) -> None:
    number = normalize(text, PL)
    assert number.dial == dial
    assert number.dial.isascii()


def test_an_extension_parameter_in_unicode_digits_is_ascii() -> None:
    assert normalize("tel:601234567;ext=%D9%A1%D9%A2", PL).extension == "12"


@pytest.mark.parametrize(
    "text",
    ["፩፪፫", "➎➎➎", "⓵⓶⓷", "𐩀𐩁𐩂", "601 234 56⓻", "①②③④⑤⑥⑦⑧⑨", "60123456²", "tel:%E2%93%B5"],
)
def test_figures_without_a_decimal_value_are_not_digits(text: str) -> None:
    with pytest.raises(NumberError) as info:
        normalize(text, PL)
    assert info.value.reason is Reason.NOT_A_NUMBER
    assert "not a digit" in info.value.message


def test_a_symbol_around_the_number_is_dropped_but_not_one_inside() -> None:
    assert normalize("☎ 601 234 567", PL).dial == "601234567"
    with pytest.raises(NumberError):
        normalize("601 ☎ 234 567", PL)
    with pytest.raises(NumberError):
        normalize("*72 601 234 567", PL)


def test_a_possible_number_in_an_unknown_range_is_dialable_with_a_warning() -> None:
    number = normalize("111222333", PL)
    assert number.kind is Kind.PUBLIC
    assert number.dial == "111222333"
    assert number.e164 == "+48111222333"
    assert number.region == "PL"
    [warning] = number.warnings
    assert warning.code == "unknown-range"
    assert warning.args == ("PL",)
    assert "not a known number range in Poland" in warning.message
    assert normalize("601 234 567", PL).warnings == ()


def test_unknown_ranges_are_refused_when_blocked() -> None:
    with pytest.raises(NumberError) as info:
        normalize("111222333", DialOptions(region="PL", unknown_numbers="block"))
    assert info.value.reason is Reason.INVALID
    assert "Poland" in info.value.message


@pytest.mark.parametrize("text", ["11122233", "1112223334", "+48 111 222 33", "123456"])
def test_impossible_numbers_stay_refused_whatever_the_policy(text: str) -> None:
    with pytest.raises(NumberError) as info:
        normalize(text, PL)
    assert info.value.reason in (Reason.TOO_SHORT, Reason.TOO_LONG)


def test_a_foreign_number_in_an_unknown_range_names_its_country() -> None:
    number = normalize("+49 111 1234567", PL)
    assert number.foreign
    assert "Germany" in number.warnings[0].message
    assert re.fullmatch(r"[0-9*#+]+", number.dial)


def test_mobile_and_premium_types() -> None:
    assert normalize("601 234 567", PL).type == "mobile"
    premium = normalize("+48 701 234 567", PL)
    assert premium.type == "premium-rate"
    assert premium.premium


@pytest.mark.parametrize(
    ("fmt", "dial"),
    [
        ("dialable", "004930123456"),
        ("e164", "+4930123456"),
        ("e164-digits", "4930123456"),
        ("national", "030123456"),
    ],
)
def test_dial_formats_for_a_foreign_number(fmt: str, dial: str) -> None:
    number = normalize("+49 30 123456", DialOptions(region="PL", format=fmt))
    assert number.dial == dial
    assert number.foreign
    assert number.region == "DE"


def test_dialable_uses_the_agents_own_international_prefix() -> None:
    assert normalize("+48 22 123 45 67", DialOptions(region="US")).dial == "01148221234567"


@pytest.mark.parametrize(
    ("region", "text", "dial"),
    [
        ("IT", "06 1234 5678", "0612345678"),  # no trunk prefix, but the 0 is part of it
        ("GB", "020 7946 0018", "02079460018"),
        ("FR", "01 23 45 67 89", "0123456789"),
        ("US", "(202) 555-0143", "2025550143"),
        ("PL", "22 123 45 67", "221234567"),
    ],
)
def test_domestic_dial_string_matches_the_national_format(
    region: str, text: str, dial: str
) -> None:
    number = normalize(text, DialOptions(region=region))
    assert number.dial == dial
    assert number.national is not None
    assert number.dial == "".join(c for c in number.national if c.isdigit())


def test_domestic_number_in_a_country_with_a_trunk_prefix() -> None:
    number = normalize("030 123456", DialOptions(region="DE"))
    assert number.e164 == "+4930123456"
    assert number.dial == "030123456"


def test_outside_line_prefix_goes_to_public_numbers_only() -> None:
    opts = DialOptions(region="PL", outside_line_prefix="0")
    assert normalize("22 123 45 67", opts).dial == "0221234567"
    assert normalize("391", opts).dial == "391"


@pytest.mark.parametrize("text", ["1", "391", "12345", "tel:391", "callto:4021"])
def test_short_digit_strings_are_extensions(text: str) -> None:
    number = normalize(text, PL)
    assert number.kind is Kind.EXTENSION
    assert number.dial == text.split(":")[-1]
    assert number.e164 is None


def test_extension_length_is_configurable() -> None:
    assert normalize("123456", DialOptions(extension_max_digits=6)).kind is Kind.EXTENSION
    with pytest.raises(NumberError):
        normalize("123456", DialOptions(extension_max_digits=5))


@pytest.mark.parametrize("text", ["112", "997", "998", "999", "+48 112", "tel:112"])
def test_emergency_numbers_are_recognised(text: str) -> None:
    number = normalize(text, PL)
    assert number.kind is Kind.EMERGENCY
    assert number.type == "emergency"


def test_emergency_in_another_region() -> None:
    assert normalize("911", DialOptions(region="US")).kind is Kind.EMERGENCY


def test_six_digit_short_code() -> None:
    number = normalize("116111", PL)
    assert number.kind is Kind.SHORT_CODE
    assert number.dial == "116111"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", Reason.EMPTY),
        ("   ", Reason.EMPTY),
        ("---", Reason.EMPTY),
        ("hello", Reason.LETTERS),
        ("+48 22 123", Reason.TOO_SHORT),
        ("+48 22 123 45 67 89 01 23", Reason.TOO_LONG),
        ("+999 123 456 789", Reason.UNKNOWN_COUNTRY_CODE),
        ("+48", Reason.TOO_SHORT),
        ("1" * 251, Reason.INPUT_TOO_LONG),
        ("mailto:someone@example.com", Reason.UNSUPPORTED_URI),
        ("javascript:alert(1)", Reason.UNSUPPORTED_URI),
        ("sip:alice@example.com", Reason.NOT_A_NUMBER),
        ("callto://skype.user", Reason.LETTERS),
        ("+48 12 000 00 00 00", Reason.TOO_LONG),
    ],
)
def test_bad_input_gives_a_typed_reason(text: str, reason: Reason) -> None:
    with pytest.raises(NumberError) as info:
        normalize(text, PL)
    assert info.value.reason is reason
    assert str(info.value)  # a sentence for the agent, never empty


def test_sip_password_is_never_taken_as_the_number() -> None:
    assert normalize("sip:+48221234567:hunter2@pbx", PL).e164 == "+48221234567"


def test_duplicate_key_is_the_same_however_written() -> None:
    assert normalize("tel:+48221234567", PL).key == normalize("(022) 123-45-67", PL).key


_uri_prefixes = st.sampled_from(["", "tel:", "callto:", "callto://", "sip:", "sips:", "TEL:"])
# Everything Python calls a digit or a number (①, ➎, ፩, ²…), and letters from every script.
_figures = st.characters(categories=["Nd", "No", "Nl", "Lu", "Ll", "Lo", "So", "Pd", "Zs"])
_percent = st.binary(max_size=12).map(lambda b: "".join(f"%{x:02X}" for x in b))


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    prefix=_uri_prefixes,
    body=st.text(max_size=60)
    | st.text(alphabet="+0123456789 -().;=%#xwe@:/", max_size=40)
    | st.text(alphabet=st.sampled_from("0123456789 +") | _figures, max_size=20)
    | st.lists(
        st.sampled_from(["6", "0", "1", "%D9%A1", "%EF%BC%91", "%E2%91%A0", " "]) | _percent
    ).map("".join)
    | st.from_regex(r"\+?[0-9 ]{1,20}(;[a-z\-]{1,12}=[^;]{0,12}){0,3}", fullmatch=True),
    region=st.sampled_from(["PL", "DE", "US", "GB", "AQ", "001"]),
    unknown=st.sampled_from(["warn", "block"]),
)
def test_only_number_error_escapes_and_dial_strings_are_plain(
    prefix: str, body: str, region: str, unknown: str
) -> None:
    try:
        number = normalize(prefix + body, DialOptions(region=region, unknown_numbers=unknown))
    except NumberError as exc:
        assert exc.message
    else:
        assert re.fullmatch(r"[0-9*#+]+", number.dial), number
        assert number.extension is None or re.fullmatch(r"[0-9]+", number.extension)
        assert number.e164 is None or re.fullmatch(r"\+[0-9]+", number.e164)


def test_the_regions_checked_without_phonenumbers_are_all_known_to_it() -> None:
    import phonenumbers

    from dialdesk import numbers

    assert numbers.REGIONS <= phonenumbers.SUPPORTED_REGIONS
    assert len(numbers.REGIONS) >= 240
    assert numbers.is_region("pl") and numbers.is_region("DE")
    assert not numbers.is_region("XX") and not numbers.is_region("")
