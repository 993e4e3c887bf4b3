"""macOS: the clicked URL as the Apple Event carries it, not as Qt re-parses it.

A click on a link sends the app a ``kInternetEventClass``/``kAEGetURL`` Apple Event whose
direct object is the URL as text. Qt turns it into a QFileOpenEvent with a QUrl, which
Qt 6.8.2 never delivers (QTBUG-134316), and a QUrl cannot hold ``callto://+48…`` (a "+"
is no valid host), so such a link is dropped or becomes a ``file:`` URL. dialdesk reads
the text itself: platform/mac_appleevents.py installs the handler (a few Carbon calls),
this module turns the descriptor's bytes into the URL, tested on any OS.
"""

from __future__ import annotations

from typing import Final

from dialdesk import handoff


def fourcc(code: bytes) -> int:
    """An OSType/FourCharCode as the int the Apple Event Manager takes ('GURL')."""
    if len(code) != 4:
        raise ValueError(f"not a four-character code: {code!r}")
    return int.from_bytes(code, "big")


INTERNET_EVENT_CLASS: Final = fourcc(b"GURL")  # kInternetEventClass
GET_URL: Final = fourcc(b"GURL")  # kAEGetURL
DIRECT_OBJECT: Final = fourcc(b"----")  # keyDirectObject
UTF8_TEXT: Final = fourcc(b"utf8")  # typeUTF8Text
BUFFER_SIZE: Final = handoff.MAX_URL * 4 + 16  # room for any URL dialdesk would take


def url_from_descriptor(data: bytes, actual_size: int | None = None) -> str | None:
    """The URL in a ``typeUTF8Text`` descriptor's bytes (AEGetParamPtr's copy), or None
    when it is no URL dialdesk takes: cut short (``actual_size`` beyond the bytes copied),
    not UTF-8, empty, over handoff.MAX_URL, or not a tel:/callto:/sip: link. Exactly the
    text clicked otherwise (only NUL padding and surrounding whitespace removed): no
    QUrl round trip, so ``callto://+48…`` stays what it was."""
    if actual_size is not None:
        if actual_size > len(data):
            return None
        data = data[:actual_size]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    url = text.strip("\0").strip()
    if not url or len(url) > handoff.MAX_URL or handoff.unusable_link(url) is not None:
        return None
    return url
