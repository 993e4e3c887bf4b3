"""make_backend: what each configuration gives, and what is missing, said plainly."""

from __future__ import annotations

import pytest

from dialdesk import config, paths
from dialdesk.pbx import NotConfigured, make_backend
from dialdesk.pbx.simotel import SimotelBackend
from dialdesk.pbx.thulium import ThuliumBackend
from tests.helpers.secrets import API_KEY, PASSWORD

THULIUM = {
    "account__backend": "thulium",
    "account__url": "acme",
    "account__username": "api",
    "account__agent": "391",
}


def _settings(dd_paths: paths.Paths, **values: object) -> config.Settings:
    settings = config.load(dd_paths)
    for key, value in values.items():
        settings.set(key.replace("__", "."), value)
    return settings


def test_sandbox_needs_no_secret(dd_paths: paths.Paths) -> None:
    def no_secrets(name: str) -> str | None:
        raise AssertionError("the sandbox must not read the keyring")

    backend = make_backend(config.load(dd_paths), no_secrets)
    assert backend.simulated
    assert backend.name == "sandbox"
    backend.close()


def test_thulium_lists_what_is_missing(dd_paths: paths.Paths) -> None:
    settings = _settings(dd_paths, account__backend="thulium", account__url="acme")
    with pytest.raises(NotConfigured, match=r"account.username, account.agent missing"):
        make_backend(settings, lambda name: PASSWORD)


def test_thulium_without_a_password(dd_paths: paths.Paths) -> None:
    settings = _settings(dd_paths, **THULIUM)
    with pytest.raises(NotConfigured, match="No password is stored") as info:
        make_backend(settings, lambda name: None)
    assert "dialdesk secret set password" in (info.value.hint or "")


def test_thulium_ready(dd_paths: paths.Paths) -> None:
    settings = _settings(dd_paths, **THULIUM)
    backend = make_backend(settings, lambda name: PASSWORD)
    assert isinstance(backend, ThuliumBackend)
    assert backend.http.base_url == "https://acme.thulium.com/api/"
    assert backend.sip == "391"


def test_missing_ca_bundle(dd_paths: paths.Paths) -> None:
    settings = _settings(dd_paths, **THULIUM, account__ca_bundle="/nowhere/ca.pem")
    with pytest.raises(NotConfigured, match="CA bundle"):
        make_backend(settings, lambda name: PASSWORD)


def test_simotel_with_api_key_only(dd_paths: paths.Paths) -> None:
    settings = _settings(
        dd_paths,
        account__backend="simotel",
        account__url="http://192.0.2.10/",
        account__agent="557",
        simotel__caller_id="100",
    )
    backend = make_backend(settings, lambda name: API_KEY if name == "api-key" else None)
    assert isinstance(backend, SimotelBackend)
    assert (backend.caller, backend.caller_id, backend.context) == ("557", "100", "main_routing")


def test_simotel_with_neither_user_nor_key(dd_paths: paths.Paths) -> None:
    settings = _settings(
        dd_paths,
        account__backend="simotel",
        account__url="http://192.0.2.10/",
        account__agent="557",
    )
    with pytest.raises(NotConfigured, match="neither an API user nor an API key"):
        make_backend(settings, lambda name: None)


def test_simotel_bare_address_means_http(dd_paths: paths.Paths) -> None:
    settings = _settings(
        dd_paths,
        account__backend="simotel",
        account__url="192.0.2.10",
        account__username="api",
        account__agent="557",
    )
    backend = make_backend(settings, lambda name: PASSWORD)
    assert isinstance(backend, SimotelBackend)
    assert backend.http.base_url == "http://192.0.2.10/"


def test_the_capability_table_matches_the_backends() -> None:
    from dialdesk.pbx import CAPABILITIES
    from dialdesk.pbx.sandbox import SandboxBackend

    assert CAPABILITIES["thulium"] == ThuliumBackend.capabilities
    assert CAPABILITIES["sandbox"] == SandboxBackend.capabilities
    assert CAPABILITIES["simotel"] == SimotelBackend.capabilities


@pytest.mark.parametrize("kind", ["thulium", "simotel", "sandbox"])
def test_every_backend_gets_the_deadline_setting(dd_paths: paths.Paths, kind: str) -> None:
    settings = _settings(dd_paths, **THULIUM, account__deadline_s=7)
    settings.set("account.backend", kind)
    backend = make_backend(settings, lambda name: PASSWORD)
    assert backend.http.deadline == 7  # type: ignore[attr-defined]
    backend.close()
    assert config.load(dd_paths)["account.deadline_s"] == 20  # the default


def test_a_simotel_api_key_that_cannot_go_into_a_header(dd_paths: paths.Paths) -> None:
    settings = _settings(
        dd_paths, account__backend="simotel", account__url="192.0.2.10", account__agent="557"
    )
    with pytest.raises(NotConfigured, match="plain ASCII") as info:
        make_backend(settings, lambda name: "kłucz" if name == "api-key" else None)
    assert info.value.code == "bad-secret"
