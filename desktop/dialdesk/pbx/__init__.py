"""PBX backends: one module per PBX, the errors they raise, and the factory.

Nothing above this package sees a ``requests`` exception: every fault is a
:class:`~dialdesk.pbx.errors.PbxError`.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from dialdesk.config import Settings
from dialdesk.pbx.base import Backend, CampaignRecord, Capability, Result
from dialdesk.pbx.errors import (
    AuthFailed,
    BadAnswer,
    ConnectFailed,
    NotConfigured,
    NotFound,
    OutcomeUnknown,
    PbxError,
    RateLimited,
    Rejected,
    ServerFailed,
    TlsFailed,
    Unsupported,
    UnusableAnswer,
)

__all__ = [
    "CAPABILITIES",
    "AuthFailed",
    "Backend",
    "BadAnswer",
    "CampaignRecord",
    "Capability",
    "ConnectFailed",
    "NotConfigured",
    "NotFound",
    "OutcomeUnknown",
    "PbxError",
    "RateLimited",
    "Rejected",
    "Result",
    "ServerFailed",
    "TlsFailed",
    "Unsupported",
    "UnusableAnswer",
    "capabilities_of",
    "make_backend",
]

SecretSource = Callable[[str], str | None]


def _verify(settings: Settings) -> bool | str:
    bundle = settings.text("account.ca_bundle")
    if bundle:
        path = os.path.expanduser(bundle)
        if not os.path.isfile(path):
            raise NotConfigured(
                f"The CA bundle {bundle} does not exist.",
                hint="Fix account.ca_bundle or leave it empty.",
                code="ca-bundle",
                params={"path": bundle},
            )
        return path
    return settings.flag("account.verify_tls")


REQUIRED = {
    "sandbox": (),
    "thulium": ("account.url", "account.username", "account.agent"),
    "simotel": ("account.url", "account.agent"),
}


# What each backend kind can do, known without creating it (which may read the keyring);
# tests/pbx/test_factory.py keeps this equal to the backend classes' own flags.
CAPABILITIES = {
    "sandbox": frozenset(Capability),
    "thulium": frozenset(Capability),
    "simotel": frozenset({Capability.CALL}),
}


def capabilities_of(settings: Settings) -> frozenset[Capability]:
    return CAPABILITIES.get(settings.text("account.backend"), frozenset())


def missing_settings(settings: Settings) -> list[str]:
    """Settings the chosen backend needs that are empty (no keyring access: cheap)."""
    keys = REQUIRED.get(settings.text("account.backend"), ())
    return [key for key in keys if not settings.text(key)]


def _need(settings: Settings, *keys: str) -> None:
    missing = [key for key in keys if not settings.text(key)]
    if missing:
        names = ", ".join(missing)
        raise NotConfigured(
            f"The {settings.text('account.backend').capitalize()} account is not set up: "
            f"{names} missing.",
            hint="Open Settings, or: dialdesk config set " + missing[0] + " VALUE",
            code="not-set-up",
            params={"missing": names},
        )


def _secret(secrets: SecretSource, name: str) -> str:
    value = secrets(name)
    if not value:
        raise NotConfigured(
            f"No {name} is stored in the keyring for this account.",
            hint=f"Open Settings, or: dialdesk secret set {name}",
            code="no-secret",
            params={"name": name},
        )
    _usable(name, value)
    return value


def _usable(name: str, value: str) -> None:
    """A secret stored before dialdesk checked them, or typed in Settings and only tested."""
    from dialdesk.credentials import secret_problem

    problem = secret_problem(name, value)
    if problem is not None:
        raise NotConfigured(
            f"{problem.message} The stored {name} was not used: nothing was sent.",
            hint=f"Store it again: open Settings, or: dialdesk secret set {name}",
            code="bad-secret",
            params={"name": name},
        )


def _mask(user: str | None, secret: str) -> None:
    """From now on, mask ``secret`` (and its Basic-auth pair) wherever a PBX quotes it.
    Here, not in the keyring wrapper alone: Test connection uses typed secrets too. The
    sandbox's published login is no secret and is not masked."""
    from dialdesk import logs

    logs.register_secret(secret, user=user)


def _username(settings: Settings) -> str:
    user = settings.text("account.username")
    if ":" in user or any(ord(c) < 32 or ord(c) == 127 for c in user):
        raise NotConfigured(
            "The API user contains a colon or a control character, which HTTP Basic auth "
            "cannot carry (RFC 7617).",
            hint="Fix account.username.",
            code="bad-username",
        )
    return user


def _deadline(settings: Settings) -> float:
    return float(settings.number("account.deadline_s"))


def make_backend(settings: Settings, secrets: SecretSource) -> Backend:
    """The backend ``account.backend`` names, ready to use. Secrets are read only here."""
    from dialdesk.pbx.http import HttpClient

    kind = settings.text("account.backend")
    language = settings.language()
    if kind == "sandbox":
        from dialdesk.pbx.sandbox import sandbox_backend

        return sandbox_backend(settings.text("account.agent"), language, _deadline(settings))
    if kind == "thulium":
        from dialdesk.pbx.thulium import ThuliumBackend, base_url

        _need(settings, *REQUIRED["thulium"])
        url = base_url(settings.text("account.url"))
        login = (_username(settings), _secret(secrets, "password"))
        _mask(*login)
        http = HttpClient(
            url,
            auth=login,
            verify=_verify(settings),
            deadline=_deadline(settings),
            language=language,
        )
        return ThuliumBackend(http, settings.text("account.agent"))
    if kind == "simotel":
        from dialdesk.pbx.simotel import SimotelBackend

        _need(settings, *REQUIRED["simotel"])
        headers = {}
        key = secrets("api-key")
        if key:
            _usable("api-key", key)
            _mask(None, key)
            headers["X-APIKEY"] = key
        user = _username(settings)
        auth = (user, _secret(secrets, "password")) if user else None
        if auth is not None:
            _mask(*auth)
        if auth is None and not key:
            raise NotConfigured(
                "The Simotel account has neither an API user nor an API key.",
                hint="Set account.username and the password, and the api-key.",
            )
        url = settings.text("account.url")
        if "://" not in url:
            url = "http://" + url  # a bare LAN address, as in Simotel's own examples
        http = HttpClient(
            url,
            auth=auth,
            headers=headers,
            verify=_verify(settings),
            deadline=_deadline(settings),
            language=language,
        )
        return SimotelBackend(
            http,
            caller=settings.text("account.agent"),
            context=settings.text("simotel.context"),
            caller_id=settings.text("simotel.caller_id"),
            trunk_name=settings.text("simotel.trunk_name"),
            timeout=settings.number("simotel.timeout"),
            call_limit=settings.number("simotel.call_limit"),
        )
    raise NotConfigured(f"Unknown backend {kind!r}.")
