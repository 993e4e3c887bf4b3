"""macOS links from the Apple Event's own bytes (platform/mac_urls.py): what a click's
kAEGetURL descriptor holds becomes the URL exactly as clicked, never a QUrl's rewrite.
The Carbon and Launch Services calls themselves run on the macOS runner (last tests)."""

from __future__ import annotations

import sys

import pytest

from dialdesk.platform import mac_urls


@pytest.mark.parametrize(
    ("data", "url"),
    [
        (b"tel:+48221234567", "tel:+48221234567"),
        # what QUrl cannot hold ("+48…" is no host): kept as clicked
        (b"callto://+48221234567", "callto://+48221234567"),
        (b"callto:+48 22 123 45 67", "callto:+48 22 123 45 67"),
        (b"tel:+48%2022%20123 wew. 12", "tel:+48%2022%20123 wew. 12"),
        ("sip:dział@pbx".encode(), "sip:dział@pbx"),
        (b"tel:123\0\0\0", "tel:123"),  # C string padding
        (b"  tel:123\n", "tel:123"),
        (b"file:///etc/passwd", None),
        (b"https://example.com", None),
        (b"", None),
        (b"\xff\xfetel:1", None),  # not UTF-8
        (b"tel:" + b"1" * 3000, None),  # over handoff.MAX_URL
    ],
)
def test_the_url_is_the_descriptors_text(data: bytes, url: str | None) -> None:
    assert mac_urls.url_from_descriptor(data) == url


def test_only_the_bytes_the_event_manager_copied_count() -> None:
    buffer = b"tel:123" + b"\0" * 57
    assert mac_urls.url_from_descriptor(buffer, 7) == "tel:123"
    assert mac_urls.url_from_descriptor(b"tel:123", 4000) is None  # truncated: refused


def test_four_character_codes() -> None:
    assert mac_urls.GET_URL == mac_urls.INTERNET_EVENT_CLASS == 0x4755524C
    assert mac_urls.DIRECT_OBJECT == 0x2D2D2D2D
    assert mac_urls.UTF8_TEXT == 0x75746638
    with pytest.raises(ValueError, match="four-character"):
        mac_urls.fourcc(b"GURLX")


@pytest.mark.skipif(sys.platform != "darwin", reason="the Apple Event Manager: macOS only")
def test_the_get_url_handler_installs_on_macos() -> None:
    from dialdesk.platform import mac_appleevents

    assert mac_appleevents.install(lambda url: None)


@pytest.mark.skipif(sys.platform != "darwin", reason="Launch Services: macOS only")
def test_launch_services_answers_on_macos() -> None:
    from dialdesk.platform import macls

    answer = macls.LaunchServices().default_handler("tel")
    assert answer is None or "." in answer  # a bundle identifier, or nobody
