"""Every test runs with its own DIALDESK_HOME below one session folder that is scanned for
secrets when the suite ends; admin defaults come from a file the test controls."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from dialdesk import paths
from dialdesk.sandbox import SandboxServer
from tests.helpers.secrets import leaked_secrets

_SESSION_ROOT: Path | None = None


@pytest.fixture(scope="session")
def session_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    global _SESSION_ROOT
    _SESSION_ROOT = tmp_path_factory.mktemp("dialdesk-homes")
    return _SESSION_ROOT


@pytest.fixture(autouse=True)
def dialdesk_home(
    session_root: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    name = "".join(c if c.isalnum() else "_" for c in request.node.nodeid)[-80:]
    home = session_root / name
    home.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("DIALDESK_HOME", str(home))
    monkeypatch.setenv("DIALDESK_DEFAULTS", str(home / "admin-defaults.toml"))
    monkeypatch.delenv("DIALDESK_SANDBOX_URL", raising=False)
    yield home


@pytest.fixture
def dd_paths(dialdesk_home: Path) -> paths.Paths:
    return paths.current()


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    """A sandbox PBX on loopback that the app's sandbox backend talks to."""
    server = SandboxServer().start()
    monkeypatch.setenv("DIALDESK_SANDBOX_URL", server.url)
    yield server
    server.stop()


@pytest.fixture
def secret_service() -> Iterator[KeyringBackend]:
    """The real Secret Service of tests/run.sh's private D-Bus session."""
    try:
        from keyring.backends.SecretService import Keyring

        backend = Keyring()
        assert backend.priority > 0
        backend.get_password("dialdesk-probe", "probe")
    except Exception as exc:  # noqa: BLE001 - any failure means "no Secret Service here"
        if os.environ.get("DIALDESK_REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail(f"DIALDESK_REQUIRE_SECRET_SERVICE=1 but none is usable: {exc!r}")
        pytest.skip(f"no Secret Service ({exc!r}); run the suite through tests/run.sh")
    yield backend


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """After the whole suite: no secret value may sit in any file dialdesk wrote."""
    if _SESSION_ROOT is None or os.environ.get("PYTEST_XDIST_WORKER"):
        return
    leaks = leaked_secrets(_SESSION_ROOT)
    if leaks:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line("SECRET LEAK: a test secret was written to:", red=True)
            for leak in leaks:
                reporter.write_line(f"  {leak}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
