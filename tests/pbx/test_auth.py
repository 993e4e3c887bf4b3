"""Credentials on the wire: Basic auth as UTF-8 bytes (RFC 7617) for both backends, secrets
that cannot be sent refused up front, and a PBX that quotes the credentials back."""

from __future__ import annotations

import base64
import json
import logging
import socket

import pytest

from dialdesk import config, logs, paths
from dialdesk.credentials import secret_problem
from dialdesk.pbx import Backend, NotConfigured, Rejected, ServerFailed, make_backend
from dialdesk.pbx.http import HttpClient
from dialdesk.pbx.simotel import SimotelBackend
from dialdesk.pbx.thulium import ThuliumBackend
from tests.helpers.rawserver import RawServer, header, reply, serving

SIMOTEL_OK = json.dumps({"success": 1, "data": {"originated_call_id": "orig.1"}}).encode()


def _basic(user: str, password: str) -> bytes:
    return b"Basic " + base64.b64encode(f"{user}:{password}".encode())


@pytest.mark.parametrize(
    ("user", "password"),
    [
        ("api_user", "zażółć"),
        ("api_user", "S3cr3t-ąę!x"),
        ("api_user", "é-only-latin1"),  # Latin-1 can hold it; it still goes out as UTF-8
        ("użytkownik", "gęślą-jaźń"),
    ],
)
def test_thulium_sends_basic_auth_as_utf8(user: str, password: str) -> None:
    with serving(reply(200, b"")) as server:
        http = HttpClient(server.url() + "api/", auth=(user, password))
        ThuliumBackend(http, "391").call("666777888")
        http.close()
    (request,) = server.requests
    assert header(request, "Authorization") == _basic(user, password)
    assert base64.b64decode(header(request, "Authorization")[6:]).decode("utf-8") == (  # type: ignore[index]
        f"{user}:{password}"
    )


def test_simotel_sends_basic_auth_as_utf8_and_the_api_key() -> None:
    with serving(reply(200, SIMOTEL_OK)) as server:
        http = HttpClient(
            server.url(), auth=("łukasz", "żółw-é"), headers={"X-APIKEY": "key-123_ABC.~"}
        )
        result = SimotelBackend(http, caller="557", context="main_routing").call("552")
        http.close()
    assert result.pbx_id == "orig.1"
    (request,) = server.requests
    assert header(request, "Authorization") == _basic("łukasz", "żółw-é")
    assert header(request, "X-APIKEY") == b"key-123_ABC.~"


@pytest.mark.parametrize(
    ("name", "value", "code"),
    [
        ("password", "", "empty"),
        ("password", "pass\nword", "control"),
        ("password", "pass\rword", "control"),
        ("password", "tab\tbed", "control"),
        ("password", "nul\x00", "control"),
        ("password", "bad\udcffbytes", "not-text"),
        ("api-key", "key\r\nX-Evil: 1", "control"),
        ("api-key", "kłucz", "api-key-ascii"),
        ("api-key", "key\u00a0nbsp", "api-key-ascii"),
        ("api-key", " key", "api-key-space"),
    ],
)
def test_secrets_that_cannot_be_sent_are_named(name: str, value: str, code: str) -> None:
    problem = secret_problem(name, value)
    assert problem is not None
    assert problem.code == code
    if len(value.strip()) > 3:
        assert value not in problem.message


@pytest.mark.parametrize(
    ("name", "value"),
    [("password", "zażółć"), ("password", "S3cr3t-ąę!x"), ("password", "with space"),
     ("api-key", "Abc-123_xyz.~+/=")],
)  # fmt: skip
def test_secrets_that_can_be_sent_pass(name: str, value: str) -> None:
    assert secret_problem(name, value) is None


def _thulium_settings(dd_paths: paths.Paths, username: str = "api") -> config.Settings:
    settings = config.load(dd_paths)
    for key, value in {
        "account.backend": "thulium",
        "account.url": "acme",
        "account.username": username,
        "account.agent": "391",
    }.items():
        settings.set(key, value)
    return settings


def test_a_stored_secret_that_cannot_be_sent_is_a_clear_error(dd_paths: paths.Paths) -> None:
    with pytest.raises(NotConfigured, match="control character") as info:
        make_backend(_thulium_settings(dd_paths), lambda name: "secret\n")
    assert info.value.code == "bad-secret"
    assert "dialdesk secret set password" in (info.value.hint or "")


def test_a_username_with_a_colon_is_refused(dd_paths: paths.Paths) -> None:
    with pytest.raises(NotConfigured, match="colon") as info:
        make_backend(_thulium_settings(dd_paths, username="api:user"), lambda name: "pw-1234")
    assert info.value.code == "bad-username"


# --- a PBX that quotes the credentials back ----------------------------------------------

ECHO_PASSWORD = "Echo-zażółć-5e1d"
ECHO_KEY = "EchoKey-77aa31"


def _echo(status: int, *, field: str) -> object:
    def behaviour(conn: socket.socket, server: RawServer) -> None:
        request = server.read_request(conn)
        auth = (header(request, "Authorization") or b"").decode()
        key = (header(request, "X-APIKEY") or b"").decode()
        token = auth.removeprefix("Basic ")
        said = (
            f"Bad login {auth} (token {token}, user:password "
            f"{base64.b64decode(token).decode()}, key {key})"
        )
        body = json.dumps({"success": 0, field: said}).encode()
        if field == "errors":
            body = json.dumps(
                {"request_id": f"rid-{token}", "errors": [{"message": said}]}
            ).encode()
        conn.sendall(
            f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )

    return behaviour


def _no_secret_in(text: str) -> None:
    for needle in (
        ECHO_PASSWORD,
        ECHO_KEY,
        base64.b64encode(f"agent:{ECHO_PASSWORD}".encode()).decode(),
    ):
        assert needle not in text


def _backend_at(dd_paths: paths.Paths, kind: str, url: str) -> Backend:
    """The backend as the app makes it: secrets from the (here: given) keyring."""
    settings = config.load(dd_paths)
    for key, value in {
        "account.backend": kind,
        "account.url": url,
        "account.username": "agent",
        "account.agent": "557",
    }.items():
        settings.set(key, value)
    return make_backend(settings, {"password": ECHO_PASSWORD, "api-key": ECHO_KEY}.get)


@pytest.mark.parametrize("status", [400, 500])
def test_credentials_quoted_by_thulium_are_redacted(
    status: int, caplog: pytest.LogCaptureFixture, dd_paths: paths.Paths
) -> None:
    caplog.set_level(logging.DEBUG)
    with serving(_echo(status, field="errors")) as server:  # type: ignore[arg-type]
        backend = _backend_at(dd_paths, "thulium", server.url() + "api/")
        with pytest.raises(Rejected if status == 400 else ServerFailed) as info:
            backend.call("666777888")
        backend.close()
    error = info.value
    shown = error.details() + str(error) + repr(error.args) + json.dumps(error.params)
    _no_secret_in(shown + caplog.text)
    assert logs.MASK in error.messages[0]
    assert error.request_id == f"rid-{logs.MASK}"


def test_credentials_quoted_by_simotel_are_redacted(dd_paths: paths.Paths) -> None:
    with serving(_echo(200, field="message")) as server:  # type: ignore[arg-type]
        backend = _backend_at(dd_paths, "simotel", server.url())
        with pytest.raises(Rejected) as info:
            backend.call("552")
        backend.close()
    assert logs.MASK in info.value.messages[0]
    _no_secret_in(info.value.details())


def test_the_sandbox_login_is_no_secret_and_not_masked(dd_paths: paths.Paths) -> None:
    backend = make_backend(config.load(dd_paths), lambda name: None)
    backend.close()
    assert logs.redact("Simulated by the sandbox.") == "Simulated by the sandbox."
