"""macOS link handler through Launch Services (platform/handler_mac.py), with
LSSetDefaultHandlerForURLScheme/LSCopyDefaultHandlerForURLScheme faked at the boundary."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dialdesk.platform import handler, handler_mac

ROOT = Path(__file__).resolve().parent.parent


class FakeLaunchServices:
    def __init__(self, result: int = 0) -> None:
        self.handlers = {"tel": "com.apple.FaceTime", "callto": "", "sip": "com.other.sip"}
        self.result = result
        self.calls: list[tuple[str, str]] = []

    def default_handler(self, scheme: str) -> str | None:
        return self.handlers.get(scheme) or None

    def set_default_handler(self, scheme: str, bundle_id: str) -> int:
        self.calls.append((scheme, bundle_id))
        if self.result == 0:
            self.handlers[scheme] = bundle_id.lower()  # Launch Services answers lowercased
        return self.result


def test_status_names_who_handles_each_scheme_and_is_false_until_all_are_ours() -> None:
    ls = FakeLaunchServices()
    status = handler_mac.status(ls)
    assert not status.registered
    assert "tel: com.apple.FaceTime" in status.detail and "callto: nothing" in status.detail
    assert "dialdesk handler register" in status.detail
    ls.handlers["tel"] = handler_mac.BUNDLE_ID
    assert not handler_mac.status(ls).registered


def test_register_makes_dialdesk_the_handler_of_every_scheme() -> None:
    ls = FakeLaunchServices()
    status = handler_mac.register(ls)
    assert ls.calls == [(s, "com.dialdesk.app") for s in handler.SCHEMES]
    assert status.registered
    assert status.handlers == dict.fromkeys(handler.SCHEMES, "com.dialdesk.app")


def test_register_says_what_to_do_when_launch_services_does_not_know_the_app() -> None:
    with pytest.raises(handler.HandlerError, match="copy it to Applications"):
        handler_mac.register(FakeLaunchServices(result=handler_mac.APP_NOT_FOUND))
    with pytest.raises(handler.HandlerError, match="error -50"):
        handler_mac.register(FakeLaunchServices(result=-50))


def test_the_bundle_identifier_is_the_one_the_app_declares() -> None:
    spec = importlib.util.spec_from_file_location(
        "bundle_info", ROOT / "installer" / "bundle_info.py"
    )
    assert spec is not None and spec.loader is not None
    info = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(info)
    assert info.BUNDLE_IDENTIFIER == handler_mac.BUNDLE_ID
    declared = {
        s for t in info.info_plist("0")["CFBundleURLTypes"] for s in t["CFBundleURLSchemes"]
    }
    assert declared == set(handler.SCHEMES)
