"""credentials: the real Secret Service (gnome-keyring in a private D-Bus session), refusal of
unsafe keyrings, and bounded waits on a keyring that hangs or is locked."""

from __future__ import annotations

import os
import time

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyrings.alt.file import PlaintextKeyring

from dialdesk import credentials
from dialdesk.credentials import Credentials, CredentialsError
from tests.helpers.secrets import API_KEY, PASSWORD


@pytest.mark.secret_service
def test_round_trip_in_the_real_secret_service(secret_service: KeyringBackend) -> None:
    creds = Credentials(
        credentials.account_id("https://acme.thulium.com/api/", "agent"), secret_service
    )
    creds.set("password", PASSWORD)
    creds.set("api-key", API_KEY)
    assert creds.get("password") == PASSWORD
    assert creds.status() == {"password": True, "api-key": True}
    assert secret_service.get_password("dialdesk", creds.account + "#password") == PASSWORD
    assert creds.delete("password") is True
    assert creds.delete("password") is False
    assert creds.get("password") is None
    creds.delete("api-key")


@pytest.mark.secret_service
def test_accounts_never_share_secrets(secret_service: KeyringBackend) -> None:
    first = Credentials(
        credentials.account_id("https://a.thulium.com/api", "agent"), secret_service
    )
    second = Credentials(
        credentials.account_id("https://b.thulium.com/api", "agent"), secret_service
    )
    first.set("password", PASSWORD)
    try:
        assert second.get("password") is None
    finally:
        first.delete("password")


def test_account_id_ignores_case_and_trailing_slash() -> None:
    assert credentials.account_id(
        "https://ACME.thulium.com/api/", "agent"
    ) == credentials.account_id("https://acme.thulium.com/api", "agent")


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        (PlaintextKeyring(), "plain text file"),
        (null.Keyring(), "throws every secret away"),
        (fail.Keyring(), "cannot store anything"),
    ],
)
def test_unsafe_keyrings_are_refused_by_name(backend: KeyringBackend, words: str) -> None:
    creds = Credentials("agent@x", backend)
    with pytest.raises(CredentialsError) as info:
        creds.set("password", PASSWORD)
    assert words in str(info.value)
    assert type(backend).__module__ in str(info.value)
    assert "Secret Service" in str(info.value)


class _Chain:
    """Stands for keyring's ChainerBackend: only its ``backends`` list matters here."""

    def __init__(self, *members: KeyringBackend) -> None:
        self.backends = list(members)


@pytest.mark.secret_service
def test_a_chain_uses_only_its_safe_member(secret_service: KeyringBackend) -> None:
    plaintext = PlaintextKeyring()
    chain = _Chain(secret_service, plaintext)
    chosen = credentials.choose_backend(chain)  # type: ignore[arg-type]
    assert chosen is secret_service


def test_a_chain_of_only_unsafe_keyrings_is_refused() -> None:
    with pytest.raises(CredentialsError, match="plain text file"):
        credentials.choose_backend(_Chain(PlaintextKeyring()))  # type: ignore[arg-type]
    with pytest.raises(CredentialsError, match="No keyring is available"):
        credentials.choose_backend(_Chain())  # type: ignore[arg-type]


def test_plaintext_keyring_never_receives_the_secret(tmp_path: object) -> None:
    backend = PlaintextKeyring()
    with pytest.raises(CredentialsError):
        Credentials("agent@x", backend).set("password", PASSWORD)
    assert not os.path.exists(backend.file_path) or PASSWORD not in open(backend.file_path).read()


class _Hanging(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        time.sleep(3)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        time.sleep(3)

    def delete_password(self, service: str, username: str) -> None:
        time.sleep(3)


class _Locked(_Hanging):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"could not store {password}")


def test_a_keyring_that_does_not_answer_is_an_error_not_a_hang() -> None:
    creds = Credentials("agent@x", _Hanging(), timeout=0.2)
    started = time.monotonic()
    with pytest.raises(CredentialsError, match="did not answer within 0.2 s"):
        creds.get("password")
    assert time.monotonic() - started < 2


def test_locked_keyring_says_what_to_do() -> None:
    with pytest.raises(CredentialsError, match="locked.*Unlock it"):
        Credentials("agent@x", _Locked()).get("password")


def test_a_failed_write_never_quotes_the_secret() -> None:
    with pytest.raises(CredentialsError) as info:
        Credentials("agent@x", _Locked()).set("password", PASSWORD)
    assert PASSWORD not in str(info.value)
    assert "PasswordSetError" in str(info.value)


def test_unknown_secret_name_and_empty_value() -> None:
    creds = Credentials("agent@x", _Locked())
    with pytest.raises(CredentialsError, match="password or api-key"):
        creds.get("pin")
    with pytest.raises(CredentialsError, match="empty"):
        creds.set("password", "")


class _Recording(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.stored: dict[str, str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop(username, None)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("password", "pasted\nline"),
        ("api-key", "key\r\nX-Evil: 1"),
        ("api-key", "kłucz-123"),
        ("password", "p" * 1281),  # Credential Manager: 2,560 bytes of UTF-16
        ("password", "😀" * 641),  # 641 characters, 2,564 bytes
        ("api-key", "k" * 1281),
    ],
)
def test_a_secret_that_cannot_be_sent_is_never_stored(name: str, value: str) -> None:
    backend = _Recording()
    with pytest.raises(CredentialsError, match="Nothing was stored"):
        Credentials("agent@x", backend).set(name, value)
    assert backend.stored == {}
    Credentials("agent@x", backend).set("password", "zażółć-gęślą")  # Polish letters are fine
    assert backend.stored == {"agent@x#password": "zażółć-gęślą"}


def test_credential_manager_limits_hold_to_the_byte() -> None:
    assert credentials.secret_problem("password", "p" * 1280) is None
    assert credentials.secret_problem("password", "😀" * 640) is None
    problem = credentials.secret_problem("password", "😀" * 641)
    assert problem is not None and problem.code == "too-long"
    assert "2,564 bytes" in problem.message and "Credential Manager" in problem.message
    assert "😀" not in problem.message


def test_an_account_name_over_credential_managers_limit_is_refused_saying_why() -> None:
    backend = _Recording()
    account = credentials.account_id("https://pbx.example.com/" + "a" * 480, "api")
    with pytest.raises(CredentialsError, match="at most 513") as info:
        Credentials(account, backend).set("password", PASSWORD)
    assert "Nothing was stored" in str(info.value)
    assert PASSWORD not in str(info.value)
    assert backend.stored == {}
    short = credentials.account_id("https://pbx.example.com/" + "a" * 470, "api")
    Credentials(short, backend).set("password", PASSWORD)  # 513 with "#password": fits
    assert len(next(iter(backend.stored))) <= 513


@pytest.mark.parametrize(
    ("name", "stdin", "words"),
    [
        ("password", "p" * 1281 + "\n", "Credential Manager keeps at most 2,560"),
        ("password", "line\x00break\n", "at position 5"),
        ("api-key", "key\rX-Evil: 1\n", "control character"),
        ("api-key", "kłucz-123\n", "plain ASCII"),
    ],
)
def test_cli_secret_set_refuses_what_cannot_be_sent(
    name: str, stdin: str, words: str, dialdesk_home: object
) -> None:
    """The same check as Settings, before the keyring is touched: exit 2, one clear line."""
    import subprocess
    import sys

    for key, value in [("account.url", "acme"), ("account.username", "api")]:
        subprocess.run(
            [sys.executable, "-m", "dialdesk", "config", "set", key, value],
            check=True,
            capture_output=True,
            timeout=60,
        )
    result = subprocess.run(
        [sys.executable, "-m", "dialdesk", "secret", "set", name],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 2, result.stderr
    assert words in result.stderr
    assert "Nothing was stored" in result.stderr
    assert "Traceback" not in result.stderr
    assert stdin.strip() not in result.stderr


class _KeychainError(Exception):
    """What keyring.backends.macOS.api raises: (OSStatus, text)."""


_KeychainError.__module__ = "keyring.backends.macOS.api"


class _Keychain(_Recording):
    """keyring's macOS backend as it wraps a Security status (see its get_password)."""

    def __init__(self, status: int) -> None:
        super().__init__()
        self.status = status

    def get_password(self, service: str, username: str) -> str | None:
        cause = _KeychainError(self.status, "Keychain Access Denied")
        if self.status == credentials.ERR_USER_CANCELED:  # keyring: KeychainDenied → Locked
            raise keyring.errors.KeyringLocked(f"Can't get password: {cause}") from cause
        raise keyring.errors.KeyringError(f"Can't get password: {cause}") from cause


def test_a_keychain_deny_is_not_called_a_locked_keyring() -> None:
    with pytest.raises(CredentialsError, match="Deny") as info:
        Credentials("agent@x", _Keychain(-128)).get("password")
    assert "locked" not in str(info.value)
    assert "Always Allow" in str(info.value)


def test_a_locked_keychain_that_may_not_ask_says_locked() -> None:
    with pytest.raises(CredentialsError, match="keychain is locked"):
        Credentials("agent@x", _Keychain(-25308)).get("password")


def test_macos_waits_for_the_keychain_prompt() -> None:
    assert credentials.default_timeout("darwin") >= 60  # a person answers it
    assert credentials.default_timeout("linux") == credentials.default_timeout("win32") == 10
