"""What Simotel cannot do or tell, said as such: scheduling names Simotel, not a missing
Thulium queue; a refused account names the password or the API key, not the password."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dialdesk import config, paths
from dialdesk.dialer import Dialer, Source
from dialdesk.history import History
from dialdesk.pbx import AuthFailed, Unsupported
from dialdesk.pbx.http import HttpClient
from dialdesk.pbx.simotel import SimotelBackend
from dialdesk.sandbox import SandboxServer
from tests.helpers.secrets import API_KEY, PASSWORD


@pytest.fixture
def simotel_dialer(simotel: SimotelBackend, dd_paths: paths.Paths) -> Iterator[Dialer]:
    d = Dialer(config.load(dd_paths), lambda: simotel, History(dd_paths.history_file))
    yield d
    d.close()


@pytest.mark.parametrize("queue", ["", "2"])
def test_schedule_on_simotel_says_simotel_cannot_schedule(
    simotel_dialer: Dialer, queue: str
) -> None:
    with pytest.raises(Unsupported) as refused:
        simotel_dialer.schedule("601234567", queue, None, Source.CLI)
    assert "Simotel cannot schedule" in str(refused.value)
    assert "queue_id" not in str(refused.value) + str(getattr(refused.value, "hint", ""))


@pytest.mark.parametrize(
    ("password", "api_key"), [(PASSWORD, "wrong-key"), ("wrong-password", API_KEY)]
)
def test_a_refused_simotel_account_names_password_or_api_key(
    sandbox: SandboxServer, password: str, api_key: str
) -> None:
    # Simotel's 401 is the same for both: the message must not blame the password alone.
    http = HttpClient(sandbox.url, auth=("agent", password), headers={"X-APIKEY": api_key})
    backend = SimotelBackend(http, caller="557", context="main_routing")
    try:
        with pytest.raises(AuthFailed) as refused:
            backend.call("601234567")
    finally:
        backend.close()
    assert refused.value.code == "unauthorized-account"
    assert "API key" in refused.value.message and "password" in refused.value.message
    assert refused.value.exit_code == AuthFailed.exit_code
