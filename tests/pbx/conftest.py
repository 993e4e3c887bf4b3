from __future__ import annotations

from collections.abc import Iterator

import pytest

from dialdesk.pbx.http import HttpClient
from dialdesk.pbx.simotel import SimotelBackend
from dialdesk.pbx.thulium import ThuliumBackend
from dialdesk.sandbox import SandboxServer
from tests.helpers.secrets import API_KEY, PASSWORD


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(user="agent", password=PASSWORD, api_key=API_KEY).start()
    yield server
    server.stop()


def thulium_client(
    sandbox: SandboxServer,
    *,
    password: str = PASSWORD,
    read_timeout: float = 5.0,
    language: str = "en",
) -> ThuliumBackend:
    http = HttpClient(
        sandbox.thulium_url, auth=("agent", password), read_timeout=read_timeout, language=language
    )
    return ThuliumBackend(http, "391")


@pytest.fixture
def thulium(sandbox: SandboxServer) -> Iterator[ThuliumBackend]:
    backend = thulium_client(sandbox)
    yield backend
    backend.close()


@pytest.fixture
def simotel(sandbox: SandboxServer) -> Iterator[SimotelBackend]:
    http = HttpClient(sandbox.url, auth=("agent", PASSWORD), headers={"X-APIKEY": API_KEY})
    backend = SimotelBackend(
        http, caller="557", context="main_routing", trunk_name="cisco", call_limit=120
    )
    yield backend
    backend.close()
