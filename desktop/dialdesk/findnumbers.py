"""Phone numbers inside free text: a CRM note, an e-mail signature, a pasted table row.

``Klient: Jan Kowalski, tel. 601 234 567`` holds one number; :func:`numbers_in` finds it
with phonenumbers' own matcher, the way the number was written. Plain Python (no Qt), so
the clipboard, a drop on the dial box and anything else find numbers the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

MAX_TEXT: Final = 5000
"""Text beyond this is not searched: a clipboard can hold a whole document."""
MAX_FOUND: Final = 9
_LOOKS_LIKE_ONE: Final = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:)?[^A-Za-z]*$")
"""A link or digits and punctuation: a text with words in it is searched instead."""


def numbers_in(
    text: str,
    region: str = "PL",
    *,
    parse: Callable[[str], Any] | None = None,
    lenient: bool = False,
) -> list[str]:
    """The numbers in ``text`` as written, first to last, without repeats.

    ``parse`` (e.g. the dialer's preview) is tried on the whole text first: a text that
    is a number already (an extension, a ``tel:`` link) is that number. ``lenient``
    accepts numbers that are merely possible for their country, not known valid.
    """
    text = text.strip()
    if not text:
        return []
    if parse is not None and len(text) <= 250 and _LOOKS_LIKE_ONE.match(text):
        try:
            parse(text)
        except ValueError:  # NumberError: not a number as a whole, so look inside
            pass
        else:
            return [text]
    import phonenumbers  # only when there is text to search: it is slow to import

    leniency = phonenumbers.Leniency.POSSIBLE if lenient else phonenumbers.Leniency.VALID
    found: list[str] = []
    seen: set[str] = set()
    for match in phonenumbers.PhoneNumberMatcher(text[:MAX_TEXT], region, leniency=leniency):
        key = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if key in seen:
            continue
        seen.add(key)
        found.append(match.raw_string.strip())
        if len(found) >= MAX_FOUND:
            break
    return found
