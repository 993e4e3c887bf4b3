"""The CLI's housekeeping: config, secret, sandbox, handler, autostart, and plain
``dialdesk`` (the tray app). Each takes the parsed arguments and an Output, and returns an
exit code."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from dialdesk import config, logs, paths
from dialdesk.cli_output import CONFIG, OK, Output, UsageError, dumps, write


def _settings() -> config.Settings:
    settings = config.load(strict=True)
    logs.setup(paths.current().log_file, settings.text("general.log_level"))
    return settings


def no_command(out: Output) -> int:
    """Plain ``dialdesk``: the tray app."""
    if out.as_json:
        raise UsageError("--json needs a command; plain dialdesk starts the tray app.")
    from dialdesk.ui.app import main

    return main()


def _shown(value: Any) -> str:
    return json.dumps(value) if not isinstance(value, str) else value


def config_cmd(args: argparse.Namespace, out: Output) -> int:
    where = paths.current()
    command = args.config_command
    if command == "path":
        data = {
            "config": str(where.config_file),
            "defaults": str(where.defaults_file),
            "system_defaults": str(where.system_defaults_file),
            "data": str(where.data_dir),
            "history": str(where.history_file),
            "logs": str(where.log_dir),
            "runtime": str(where.runtime_dir),
        }
        return out.done("\n".join(f"{k + ':':<17}{v}" for k, v in data.items()), data)
    settings = config.load(where, strict=True)
    if command == "show":
        shown: dict[str, dict[str, Any]] = {
            o.key: {"value": settings[o.key], "origin": settings.origin(o.key)}
            for o in config.OPTIONS
        }
        text = "\n".join(
            f"{k} = {_shown(v['value'])}"
            + ("" if v["origin"] == "default" else f"   ({v['origin']})")
            for k, v in shown.items()
        )
        return out.done(text, {"settings": shown})
    key = args.key
    try:
        if command == "get":
            return out.done(
                _shown(settings[key]),
                {"key": key, "value": settings[key], "origin": settings.origin(key)},
            )
        if command == "set":
            settings.set(key, config.parse_text(key, args.value))
        else:
            settings.unset(key)
    except config.ConfigError as exc:
        raise UsageError(str(exc)) from None
    settings.save()
    return out.done(f"{key} = {_shown(settings[key])}", {"key": key, "value": settings[key]})


def _read_secret(name: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"{name}: ")
    try:
        data = sys.stdin.read() if sys.stdin is not None else ""
    except UnicodeDecodeError:
        raise UsageError(f"The {name} on standard input is not UTF-8 text.") from None
    return data.rstrip("\r\n")


def secret(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.credentials import (
        Credentials,
        CredentialsError,
        account_id,
        describe,
        secret_problem,
    )

    settings = _settings()
    url, user = settings.text("account.url"), settings.text("account.username")
    if not url:
        raise CredentialsError(
            "Set the account first: dialdesk config set account.url URL (and account.username)."
        )
    command = args.secret_command
    if command == "set":
        value = _read_secret(args.name)
        problem = secret_problem(args.name, value)
        if problem is not None:  # the same check as Settings: refused now, not at call time
            raise UsageError(f"{problem.message} Nothing was stored.")
    creds = Credentials(account_id(url, user))
    where = describe(creds.backend)
    if command == "set":
        creds.set(args.name, value)
        return out.done(
            f"Stored the {args.name} for {creds.account} in {where}.",
            {"name": args.name, "account": creds.account, "keyring": where},
        )
    if command == "delete":
        removed = creds.delete(args.name)
        text = f"Deleted the {args.name}." if removed else f"No {args.name} was stored."
        return out.done(text, {"name": args.name, "deleted": removed})
    status = creds.status()
    lines = [f"Keyring: {where}", f"Account: {creds.account}"]
    lines += [f"{n}: {'stored' if ok else 'not set'}" for n, ok in status.items()]
    return out.done(
        "\n".join(lines), {"keyring": where, "account": creds.account, "stored": status}
    )


def sandbox(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.pbx.sandbox import address_file
    from dialdesk.sandbox import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer

    def show(entry: dict[str, Any]) -> None:
        body = entry.get("body")
        if out.as_json:
            write(dumps({"request": entry}))
        elif isinstance(body, dict) and entry["path"].endswith("connections/call"):
            write(
                f"{entry['time']}  CALL  ring SIP {body.get('sip')}, then "
                f"{body.get('phone_number')}"
            )
        else:
            write(f"{entry['time']}  {entry['method']} {entry['path']}  {json.dumps(body)}")

    try:
        server = SandboxServer(args.port, on_request=show)
    except OSError as exc:
        raise UsageError(
            f"Port {args.port} is not free ({exc.strerror}); try --port 0 for any free port."
        ) from None
    marker = address_file()
    paths.ensure_private_dir(marker.parent)
    paths.atomic_write(marker, json.dumps({"url": server.url, "pid": os.getpid()}).encode())
    banner = (
        f"Sandbox PBX at {server.url} (Thulium API under /api/, Simotel under "
        f"/api/v4/; login {DEFAULT_USER}/{DEFAULT_PASSWORD}).\n"
        'With account.backend = "sandbox" (the default), dialdesk uses it. In another '
        "terminal:\n"
        "    dialdesk call 22 123 45 67\n"
        "    dialdesk schedule 601234567 --queue 2\n"
        "Requests it receives are listed here and at "
        f"{server.url}sandbox/calls. Ctrl+C stops it."
    )
    if out.as_json:
        write(dumps({"ok": True, "url": server.url}))
    else:
        write(banner)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        marker.unlink(missing_ok=True)
    return OK


def handler(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.platform import handler as links

    try:
        action = {
            "register": links.register,
            "unregister": links.unregister,
            "status": links.status,
        }[args.action]
        status = action()
    except (links.HandlerError, OSError) as exc:
        return out.fail(CONFIG, "handler", str(exc))
    code = out.done(
        status.detail,
        {"registered": status.registered, "detail": status.detail, "handlers": status.handlers},
    )
    # `handler status` answers a question: a script can test it (exit 6 when not).
    return CONFIG if args.action == "status" and not status.registered else code


def autostart(args: argparse.Namespace, out: Output) -> int:
    from dialdesk.platform import autostart as login

    try:
        on = login.enabled() if args.action == "status" else login.set_enabled(args.action == "on")
    except OSError as exc:
        return out.fail(CONFIG, "autostart", f"Cannot change the login items: {exc}")
    text = "dialdesk starts when you log in." if on else "dialdesk does not start when you log in."
    return out.done(text, {"autostart": on})
