"""macOS: dialdesk as the handler of tel:, callto: and sip: links, through Launch Services.

The app bundle declares the schemes (Info.plist ``CFBundleURLTypes``, installer/
bundle_info.py); ``register`` asks Launch Services to make ``com.dialdesk.app`` their
default handler, ``status`` asks it who is, and is not "registered" unless it is dialdesk
for every scheme (so ``dialdesk handler status`` exits non-zero). The OS calls are in
platform/macls.py.
"""

from __future__ import annotations

from typing import Final, Protocol

from dialdesk.platform.handler import SCHEMES, HandlerError, Status

# = installer/bundle_info.py BUNDLE_IDENTIFIER (tests/test_installer.py holds them equal)
BUNDLE_ID: Final = "com.dialdesk.app"
APP_NOT_FOUND: Final = -10814  # kLSApplicationNotFoundErr


class LaunchServices(Protocol):
    def default_handler(self, scheme: str) -> str | None: ...
    def set_default_handler(self, scheme: str, bundle_id: str) -> int: ...


def status(ls: LaunchServices) -> Status:
    handlers = {s: ls.default_handler(s) or "" for s in SCHEMES}
    others = {s: h for s, h in handlers.items() if h.lower() != BUNDLE_ID}
    if not others:
        return Status(True, f"dialdesk handles {', '.join(SCHEMES)} links.", handlers)
    listed = ", ".join(f"{s}: {h or 'nothing'}" for s, h in others.items())
    return Status(
        False,
        f"dialdesk is not the link handler ({listed}). Run: dialdesk handler register",
        handlers,
    )


def register(ls: LaunchServices) -> Status:
    for scheme in SCHEMES:
        result = ls.set_default_handler(scheme, BUNDLE_ID)
        if result == APP_NOT_FOUND:
            raise HandlerError(
                "Launch Services does not know dialdesk.app yet: copy it to Applications "
                "and open it once, then run: dialdesk handler register"
            )
        if result != 0:
            raise HandlerError(f"Launch Services refused the {scheme}: handler (error {result}).")
    return status(ls)


def unregister(ls: LaunchServices) -> Status:
    # Launch Services has no "no handler": the choice goes back to the user (FaceTime,
    # Settings), and what the bundle declares stays until the app is removed.
    return Status(
        False,
        "macOS keeps the handler until another app is chosen (FaceTime > Settings > "
        "Default for calls) or dialdesk.app is removed.",
        status(ls).handlers,
    )


def launch_services() -> LaunchServices:  # pragma: no cover - macOS only
    import sys

    if sys.platform != "darwin":
        raise HandlerError("Launch Services exists on macOS only")
    from dialdesk.platform import macls

    return macls.LaunchServices()
