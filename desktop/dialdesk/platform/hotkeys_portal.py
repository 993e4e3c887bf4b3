"""Wayland global shortcuts: xdg-desktop-portal's ``org.freedesktop.portal.GlobalShortcuts``
over the D-Bus session bus (KDE Plasma, GNOME ≥ 48, Hyprland).

A Wayland client cannot grab keys: it asks the portal, which asks the user once
(CreateSession, then BindShortcuts) and then sends ``Activated`` for each press. The
conversation runs on a thread of its own with jeepney (installed with keyring on Linux),
so nothing here blocks the GUI; what happens is reported to ``report(kind, detail)``:

- ``("bound", "")``: the desktop accepted the shortcuts;
- ``("refused", why)``: the user or the desktop said no to BindShortcuts;
- ``("unsupported", why)``: no portal, or one without GlobalShortcuts;
- ``("activated", shortcut id)``: a shortcut was pressed.

``report`` runs on the portal thread: the Qt glue forwards it to the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import secrets
import threading
from collections.abc import Callable
from typing import Any

from dialdesk.platform.hotkeys import Chord, portal_trigger

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
POLL_S = 0.25  # how often a waiting thread looks whether it should stop
CALL_TIMEOUT_S = 10.0

Report = Callable[[str, str], None]


class _Stopped(Exception):
    pass


def _token() -> str:
    return "dialdesk_" + secrets.token_hex(6)


class PortalShortcuts:
    """One portal session binding ``shortcuts`` [(id, description, chord)], until
    :meth:`close`. Bind again by closing and making a new one."""

    def __init__(self, shortcuts: list[tuple[str, str, Chord]], report: Report) -> None:
        self.shortcuts = shortcuts
        self.report = report
        self._stop = threading.Event()
        self._router: Any = None
        self._session = ""
        self._thread = threading.Thread(target=self._run, name="portal-shortcuts", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def close(self, wait_s: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(wait_s)

    # --- the conversation, on the portal thread -------------------------------------

    def _run(self) -> None:
        try:
            from jeepney.io.threading import open_dbus_router
        except ImportError:
            self.report("unsupported", "jeepney is not installed")
            return
        try:
            with open_dbus_router(bus="SESSION") as router:
                self._router = router
                self._converse(router)
        except _Stopped:
            pass
        except Exception as exc:  # noqa: BLE001 - a bus gone, a malformed answer: said, never a traceback
            log.warning("portal shortcuts: %s: %s", type(exc).__name__, exc)
            if not self._stop.is_set():
                self.report("unsupported", f"{type(exc).__name__}: {exc}")

    def _converse(self, router: Any) -> None:
        from jeepney import (
            DBusAddress,
            HeaderFields,
            MatchRule,
            MessageType,
            Properties,
            message_bus,
        )

        portal = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=INTERFACE)
        reply = router.send_and_get_reply(Properties(portal).get("version"), timeout=CALL_TIMEOUT_S)
        if reply.header.message_type is MessageType.error:
            # ServiceUnknown: no portal; UnknownInterface/InvalidArgs: one without shortcuts.
            self.report("unsupported", str(reply.header.fields.get(HeaderFields.error_name, "")))
            return
        sender = router.unique_name.lstrip(":").replace(".", "_")

        activated: queue.Queue[Any] = queue.Queue()
        rule = MatchRule(type="signal", interface=INTERFACE, member="Activated", path=PORTAL_PATH)
        router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        with router.filter(rule, queue=activated):
            code, results = self._request(
                router,
                sender,
                lambda token: (
                    "CreateSession",
                    "a{sv}",
                    ({"handle_token": ("s", token), "session_handle_token": ("s", _token())},),
                ),
            )
            if code != 0:
                self.report("refused", f"CreateSession answered {code}")
                return
            self._session = str(results.get("session_handle", ("s", ""))[1])
            wanted = [
                (
                    ident,
                    {
                        "description": ("s", description),
                        "preferred_trigger": ("s", portal_trigger(chord)),
                    },
                )
                for ident, description, chord in self.shortcuts
            ]
            code, results = self._request(
                router,
                sender,
                lambda token: (
                    "BindShortcuts",
                    "oa(sa{sv})sa{sv}",
                    (self._session, wanted, "", {"handle_token": ("s", token)}),
                ),
            )
            if code != 0:
                self.report("refused", "cancelled" if code == 1 else f"answered {code}")
                self._close_session(router)
                return
            self.report("bound", "")
            while not self._stop.is_set():
                try:
                    message = activated.get(timeout=POLL_S)
                except queue.Empty:
                    continue
                session, ident = message.body[0], message.body[1]
                if session == self._session:
                    self.report("activated", str(ident))
            self._close_session(router)

    def _request(
        self, router: Any, sender: str, call: Callable[[str], tuple[str, str, tuple[Any, ...]]]
    ) -> tuple[int, dict[str, Any]]:
        """A portal method that answers with a Request object's ``Response`` signal."""
        from jeepney import DBusAddress, MatchRule, MessageType, message_bus, new_method_call

        token = _token()
        path = f"{PORTAL_PATH}/request/{sender}/{token}"
        rule = MatchRule(type="signal", interface=REQUEST, member="Response", path=path)
        router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        answers: queue.Queue[Any] = queue.Queue()
        with router.filter(rule, queue=answers):
            method, signature, body = call(token)
            portal = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=INTERFACE)
            reply = router.send_and_get_reply(
                new_method_call(portal, method, signature, body), timeout=CALL_TIMEOUT_S
            )
            if reply.header.message_type is MessageType.error:
                return 2, {"error": ("s", str(reply.body))}
            while True:  # the user may take a while to answer the desktop's question
                if self._stop.is_set():
                    raise _Stopped
                try:
                    response = answers.get(timeout=POLL_S)
                except queue.Empty:
                    continue
                return int(response.body[0]), dict(response.body[1])

    def _close_session(self, router: Any) -> None:
        if not self._session:
            return
        from jeepney import DBusAddress, new_method_call

        session = DBusAddress(self._session, bus_name=PORTAL, interface=SESSION)
        with contextlib.suppress(OSError):
            router.send(new_method_call(session, "Close"))
