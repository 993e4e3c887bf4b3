"""macOS: links arrive as kAEGetURL Apple Events; dialdesk takes their text itself
(platform/mac_urls.py: QTBUG-134316, and callto://+48… is no valid QUrl) and hands it to
``Application.link_opened``, like a QFileOpenEvent would.

Qt installs its own handler for that event while the application finishes launching,
inside ``exec()``; so dialdesk's is installed from the event loop's first turn, after Qt's,
and replaces it. A link that launches dialdesk may still come through Qt's (as a
QFileOpenEvent, which Application.event takes): every later click comes through here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer


def install(on_url: Callable[[str], None]) -> None:
    """On macOS, route GetURL Apple Events to ``on_url`` (Application.link_opened.emit)
    once the event loop runs; elsewhere nothing."""
    if sys.platform != "darwin":
        return
    from dialdesk.platform import mac_appleevents

    QTimer.singleShot(0, lambda: mac_appleevents.install(on_url))
