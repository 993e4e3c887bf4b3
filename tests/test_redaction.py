"""A PBX that quotes the credentials back: nothing of them reaches the CLI's text or JSON,
the history database or the log. A real loopback server echoes what it was sent."""

from __future__ import annotations

import base64
import json
import socket
from collections.abc import Iterator
from urllib.parse import quote

import keyring
import pytest
from keyring.backend import KeyringBackend

from dialdesk import config, paths
from dialdesk.cli import run
from dialdesk.credentials import Credentials, account_id
from tests.helpers.rawserver import RawServer, header, serving
from tests.helpers.secrets import PASSWORD


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends (never the user's own)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


def _echo(status: int) -> object:
    def behaviour(conn: socket.socket, server: RawServer) -> None:
        request = server.read_request(conn)
        auth = (header(request, "Authorization") or b"").decode()
        pair = base64.b64decode(auth.removeprefix("Basic ")).decode()
        password = pair.partition(":")[2]
        said = f"Denied for {auth} ({pair}; {quote(password)})"
        body = json.dumps(
            {"request_id": auth.removeprefix("Basic "), "errors": [{"message": said}]}
        ).encode()
        conn.sendall(
            f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )

    return behaviour


@pytest.fixture
def echoing_thulium(dd_paths: paths.Paths) -> Iterator[RawServer]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    with serving(_echo(400)) as server:  # type: ignore[arg-type]
        settings = config.load(dd_paths)
        url = server.url() + "api/"
        for key, value in [
            ("account.backend", "thulium"),
            ("account.url", url),
            ("account.username", "agent"),
            ("account.agent", "391"),
        ]:
            settings.set(key, value)
        settings.save()
        Credentials(account_id(url, "agent")).set("password", PASSWORD)
        yield server
    keyring.set_keyring(previous)


FORMS = (
    PASSWORD,
    base64.b64encode(f"agent:{PASSWORD}".encode()).decode(),
    quote(PASSWORD),
)


def test_echoed_credentials_never_reach_output_history_or_log(
    echoing_thulium: RawServer, dd_paths: paths.Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["call", "601234567", "--json"]) == 4
    assert run(["call", "601234568"]) == 4
    assert run(["history", "--json"]) == 0
    out = capsys.readouterr()
    assert len(echoing_thulium.requests) == 2
    assert "Denied for Basic [redacted]" in out.out  # the PBX's words, minus the secret
    history = b"".join(
        p.read_bytes() for p in dd_paths.history_file.parent.glob("history.sqlite3*")
    )
    log = dd_paths.log_file.read_text() if dd_paths.log_file.exists() else ""
    for form in FORMS:
        assert form not in out.out
        assert form not in out.err
        assert form.encode() not in history
        assert form not in log
