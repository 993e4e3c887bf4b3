"""Secrets in the OS keyring: the API ``password`` and the Simotel ``api-key``.

Stored under service ``dialdesk``, keyed by account (API user + server address), so two
accounts never share a secret. Keyrings that keep secrets in clear text, or drop them, are
refused with a message that names the backend found and says what to do. Every keyring call
is bounded in time: a locked or hung keyring is an error, never a frozen app.
"""

from __future__ import annotations

import sys
import threading
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeVar

from dialdesk import logs

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring is imported where it is used: with its Secret Service backend it loads
# secretstorage, jeepney and cryptography (about 15 MiB and 30 ms), which the tray app
# needs only when a secret is read, not to sit in the tray.

SERVICE: Final = "dialdesk"
NAMES: Final = ("password", "api-key")


def default_timeout(platform: str = sys.platform) -> float:
    """How long a keyring call may take. macOS asks the agent (Allow / Always Allow /
    Deny) the first time an app reads its keychain item, and after every update whose
    signature differs: that prompt waits for a person, so dialdesk waits for it too."""
    return 120.0 if platform == "darwin" else 10.0


TIMEOUT_S: Final = default_timeout()
# Security framework statuses keyring's macOS backend passes on (SecBase.h, MacErrors.h).
ERR_USER_CANCELED: Final = -128  # the agent chose Deny (or Cancel) in the keychain prompt
ERR_INTERACTION_NOT_ALLOWED: Final = -25308  # locked, and no prompt may be shown

T = TypeVar("T")

# Windows Credential Manager's limits (wincred.h, CREDENTIALW): the secret is stored as
# UTF-16 in at most CRED_MAX_CREDENTIAL_BLOB_SIZE = 5 * 512 bytes, the user name in at
# most CRED_MAX_USERNAME_LENGTH = 256 + 1 + 256 characters. Held on every OS, so a secret
# that works on one agent's Mac works on the next one's Windows PC.
MAX_SECRET_UTF16_BYTES: Final = 2560
MAX_USER_NAME: Final = 513

# Backends that would keep a secret in clear text, drop it, or ask on a terminal the
# agent cannot see (keyrings.alt's EncryptedKeyring prompts on stdin).
_REFUSED: Final = {
    "keyring.backends.fail.Keyring": "cannot store anything",
    "keyring.backends.null.Keyring": "throws every secret away",
    "keyrings.alt.file.PlaintextKeyring": "keeps secrets in a plain text file",
    "keyrings.alt.file.EncryptedKeyring": "asks for its own password on a terminal",
}

WHAT_TO_DO: Final = (
    "Use the system's keyring: GNOME Keyring or KWallet on Linux (a running, unlocked "
    "Secret Service), Credential Manager on Windows, Keychain on macOS. "
    "PYTHON_KEYRING_BACKEND chooses one explicitly."
)


class CredentialsError(Exception):
    exit_code = 6


class SecretProblem(NamedTuple):
    """Why a value cannot be stored as a secret. ``code`` lets the UI say it in the agent's
    language; ``position`` (1-based) points at the character, never quoting the secret."""

    code: str
    message: str
    position: int = 0


def secret_problem(name: str, value: str) -> SecretProblem | None:
    """Why ``value`` cannot be sent to a PBX as the secret ``name``, or None when it can.

    The one check for every way a secret is stored (``dialdesk secret set``, Settings) and
    for a secret read back from the keyring. The password travels inside HTTP Basic auth as
    UTF-8 (RFC 7617), so any text goes except control characters, which RFC 7617 forbids
    and which in practice are a pasted line break. The API key goes verbatim into the
    ``X-APIKEY`` header, so it must be visible ASCII (spaces only inside): anything else
    either cannot be put into a header or would be changed on the way.
    """
    what = "API key" if name == "api-key" else name
    if not value:
        return SecretProblem("empty", f"The {what} is empty.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return SecretProblem(
            "not-text",
            f"The {what} holds bytes that are not text (character {exc.start + 1}).",
            exc.start + 1,
        )
    for n, char in enumerate(value, start=1):
        if unicodedata.category(char) == "Cc":
            return SecretProblem(
                "control",
                f"The {what} contains a control character (a line break, tab or similar) "
                f"at position {n}, which cannot be sent to the PBX.",
                n,
            )
        if name == "api-key" and not (" " <= char <= "~"):
            return SecretProblem(
                "api-key-ascii",
                "The API key can hold only letters, digits and punctuation of plain ASCII "
                f"(it goes into the X-APIKEY header); character {n} is not one.",
                n,
            )
    if name == "api-key" and value != value.strip(" "):
        return SecretProblem(
            "api-key-space", "The API key starts or ends with a space, which a header drops."
        )
    size = len(value.encode("utf-16-le", "surrogatepass"))
    if size > MAX_SECRET_UTF16_BYTES:
        return SecretProblem(
            "too-long",
            f"The {what} is too long to keep in a keyring: it takes {size:,} bytes as "
            f"UTF-16, and Windows Credential Manager keeps at most {MAX_SECRET_UTF16_BYTES:,} "
            f"(about {MAX_SECRET_UTF16_BYTES // 2:,} letters); dialdesk holds every system "
            "to that.",
            MAX_SECRET_UTF16_BYTES // 2 + 1,
        )
    return None


def check_secret(name: str, value: str) -> None:
    """Raise CredentialsError when ``value`` cannot be stored as the secret ``name``."""
    problem = secret_problem(name, value)
    if problem is not None:
        raise CredentialsError(f"{problem.message} Nothing was stored.")


def account_id(url: str, username: str) -> str:
    return f"{username.strip()}@{url.strip().rstrip('/').lower()}"


def _qualified(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


_FRIENDLY: Final = {
    "keyring.backends.SecretService.Keyring": "GNOME Keyring / KWallet (Secret Service)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
}


def describe(backend: KeyringBackend) -> str:
    """The keyring's name for people, with the backend's own name for support."""
    inner = getattr(backend, "backends", None)
    if inner is not None:
        return " + ".join(describe(b) for b in inner) or "no keyring at all"
    name = _qualified(backend)
    friendly = _FRIENDLY.get(name)
    return f"{friendly} [{name}]" if friendly else name


def _unsafe(backend: KeyringBackend) -> str | None:
    name = _qualified(backend)
    why = _REFUSED.get(name)
    if why is None and name.startswith("keyrings.alt.file."):
        why = "keeps secrets in a file of its own"
    return why


def choose_backend(backend: KeyringBackend) -> KeyringBackend:
    """The keyring to use: ``backend`` itself, or the best safe member of a chain.

    keyring's ChainerBackend writes to the first member that accepts a secret, so a
    failing Secret Service would let it fall through to a plain-text file. We use the
    highest-priority safe member alone; unsafe ones are never handed a secret.
    """
    inner = getattr(backend, "backends", None)
    members = list(inner) if inner is not None else [backend]
    if not members:
        raise CredentialsError(f"No keyring is available to keep secrets. {WHAT_TO_DO}")
    for member in members:
        if _unsafe(member) is None:
            return member
    first = members[0]
    raise CredentialsError(
        f"The keyring found is {_qualified(first)}, which {_unsafe(first)}; dialdesk will "
        "not use it. " + WHAT_TO_DO
    )


def _bounded(func: Callable[[], T], timeout: float, doing: str) -> T:
    """Run a keyring call with a time limit; map its errors to CredentialsError."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            box["error"] = exc

    thread = threading.Thread(target=work, name="dialdesk-keyring", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise CredentialsError(
            f"The keyring did not answer within {timeout:g} s while {doing}. It may be "
            "waiting for you to unlock it: unlock it and try again."
        )
    error = box.get("error")
    if error is None:
        return box["value"]  # type: ignore[no-any-return]
    import keyring.errors

    status = _keychain_status(error)
    if status == ERR_USER_CANCELED:
        raise CredentialsError(
            f"The keychain refused dialdesk ({doing}): “Deny” was chosen when macOS asked. "
            "Try again and choose “Always Allow”; or in Keychain Access, open the dialdesk "
            "item and allow dialdesk under Access Control."
        ) from None
    if status == ERR_INTERACTION_NOT_ALLOWED:
        raise CredentialsError(
            f"The keychain is locked ({doing}) and macOS may not ask now. Unlock it (log "
            "in again, or in Keychain Access) and try again."
        ) from None
    if isinstance(error, keyring.errors.KeyringLocked):
        raise CredentialsError(
            f"The keyring is locked ({doing}). Unlock it (log in again, or open your "
            "password manager) and try again."
        ) from None
    if isinstance(error, keyring.errors.NoKeyringError):
        raise CredentialsError(f"No keyring is available. {WHAT_TO_DO}") from None
    # Never str(error) for a write: a backend's message could quote what it was given.
    raise CredentialsError(
        f"The keyring failed while {doing} ({type(error).__name__}). {WHAT_TO_DO}"
    ) from None


def _keychain_status(error: BaseException) -> int | None:
    """The macOS Security status behind a keyring error (keyring wraps its api.Error,
    whose first argument is the OSStatus), or None."""
    for cause in (error, error.__cause__):
        if cause is not None and type(cause).__module__.startswith("keyring.backends.macOS"):
            code = cause.args[0] if cause.args else None
            if isinstance(code, int):
                return code
    return None


class Credentials:
    """The secrets of one account."""

    def __init__(
        self, account: str, backend: KeyringBackend | None = None, timeout: float = TIMEOUT_S
    ) -> None:
        self.account = account
        self.timeout = timeout
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            import keyring

            found = _bounded(keyring.get_keyring, self.timeout, "opening the keyring")
            self._backend = choose_backend(found)
        return choose_backend(self._backend)

    def _user(self, name: str) -> str:
        if name not in NAMES:
            raise CredentialsError(f"Unknown secret “{name}”: use {' or '.join(NAMES)}.")
        return f"{self.account}#{name}"

    def get(self, name: str) -> str | None:
        user, backend = self._user(name), self.backend
        value = _bounded(
            lambda: backend.get_password(SERVICE, user), self.timeout, f"reading the {name}"
        )
        if value:
            logs.register_secret(value)
        return value

    def set(self, name: str, value: str) -> None:
        user = self._user(name)
        check_secret(name, value)
        if len(user) > MAX_USER_NAME:
            raise CredentialsError(
                f"The account name (API user and server address, “{user}”) has {len(user)} "
                f"characters; Windows Credential Manager keeps at most {MAX_USER_NAME} in a "
                "user name, and dialdesk holds every system to that. Shorten the API user or "
                "the server address. Nothing was stored."
            )
        backend = self.backend
        logs.register_secret(value)
        _bounded(
            lambda: backend.set_password(SERVICE, user, value), self.timeout, f"storing the {name}"
        )

    def delete(self, name: str) -> bool:
        user, backend = self._user(name), self.backend

        import keyring.errors

        def remove() -> bool:
            try:
                backend.delete_password(SERVICE, user)
            except keyring.errors.PasswordDeleteError:
                return False
            return True

        return _bounded(remove, self.timeout, f"deleting the {name}")

    def status(self) -> dict[str, bool]:
        return {name: self.get(name) is not None for name in NAMES}
