"""Entry point: ``python -m dialdesk`` and the ``dialdesk`` console script.

A link launch (``dialdesk tel:…`` or ``dialdesk --untrusted-url URL``) is handed to the
running instance before anything heavy is imported: Qt, requests and phonenumbers load
only if no instance answers and this process has to become the app.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    from dialdesk import handoff

    if args == ["--untrusted-url"]:
        args = []  # the app menu runs the handler's Exec line with no URL: a plain start

    try:
        url = handoff.link_argument(args)
    except handoff.UsageError as exc:
        print(f"dialdesk: {exc}", file=sys.stderr)
        return 2
    if url is not None:
        return open_link(url)
    command = handoff.command_argument(args)
    if command is not None:
        return run_command(command)
    if not args:
        # Plain ``dialdesk`` (login, the app menu): the tray app; nothing to parse, so
        # the command-line module and its parser are not even loaded.
        from dialdesk.ui.app import main as run_app

        return run_app()
    from dialdesk.cli import run

    return run(args)


def open_link(url: str) -> int:
    from dialdesk import handoff

    settled = handoff.hand_over(url)  # delivered, unanswered, or a link no one can dial
    if settled is not None:
        return settled
    from dialdesk.ui.app import main as run_app

    return run_app(initial_url=url)


def run_command(command: str) -> int:
    """``--show``/``--dial-selection`` (a desktop's own shortcut, where dialdesk cannot
    grab one): done by the running instance, or by this launch once it is the app."""
    from dialdesk import handoff

    settled = handoff.hand_over_command(command)
    if settled is not None:
        return settled
    from dialdesk.ui import hotkeys
    from dialdesk.ui.app import main as run_app

    hotkeys.start_command = command
    return run_app()


if __name__ == "__main__":
    sys.exit(main())
