"""A stand-in for xdg-desktop-portal's GlobalShortcuts on the tests' private session bus.

Run as ``python fakeportal.py [--refuse]``; prints ``ready`` once it owns
``org.freedesktop.portal.Desktop``. It answers CreateSession and BindShortcuts as the
portal does (a Request object's ``Response`` signal; BindShortcuts with code 1, "the user
cancelled", under ``--refuse``), and the test's ``org.dialdesk.FakePortal.Activate(s)``
makes it emit ``Activated`` for the session it bound. ``Bound()`` returns what was bound.
"""

from __future__ import annotations

import sys

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"


def main() -> int:
    refuse = "--refuse" in sys.argv
    conn = open_dbus_connection(bus="SESSION")
    conn.send_and_get_reply(message_bus.RequestName(NAME))
    print("ready", flush=True)
    session = ""
    bound: list[str] = []
    while True:
        msg = conn.receive()
        if msg.header.message_type is not MessageType.method_call:
            continue
        fields = msg.header.fields
        member = fields.get(HeaderFields.member)
        sender = str(fields.get(HeaderFields.sender, "")).lstrip(":").replace(".", "_")
        if member == "Get" and msg.body[0] == SHORTCUTS:
            conn.send(new_method_return(msg, "v", (("u", 1),)))
        elif member == "Get":
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownInterface"))
        elif member == "CreateSession":
            options = msg.body[0]
            request = f"{PATH}/request/{sender}/{options['handle_token'][1]}"
            session = f"{PATH}/session/{sender}/{options['session_handle_token'][1]}"
            conn.send(new_method_return(msg, "o", (request,)))
            results = {"session_handle": ("s", session)}
            answer = DBusAddress(request, interface="org.freedesktop.portal.Request")
            conn.send(new_signal(answer, "Response", "ua{sv}", (0, results)))
        elif member == "BindShortcuts":
            handle, wanted, _parent, options = msg.body
            request = f"{PATH}/request/{sender}/{options['handle_token'][1]}"
            conn.send(new_method_return(msg, "o", (request,)))
            answer = DBusAddress(request, interface="org.freedesktop.portal.Request")
            if refuse or handle != session:
                conn.send(new_signal(answer, "Response", "ua{sv}", (1, {})))
                continue
            bound = [f"{ident}={props['preferred_trigger'][1]}" for ident, props in wanted]
            granted = [
                (ident, {"description": props["description"], "trigger_description": ("s", "x")})
                for ident, props in wanted
            ]
            results = {"shortcuts": ("a(sa{sv})", granted)}
            conn.send(new_signal(answer, "Response", "ua{sv}", (0, results)))
        elif member == "Activate":  # the test presses a shortcut
            portal = DBusAddress(PATH, interface=SHORTCUTS)
            conn.send(new_signal(portal, "Activated", "osta{sv}", (session, msg.body[0], 0, {})))
            conn.send(new_method_return(msg))
        elif member == "Bound":
            conn.send(new_method_return(msg, "as", (bound,)))
        elif member == "Close":
            conn.send(new_method_return(msg))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    sys.exit(main())
