"""UI tests: real widgets offscreen, the real sandbox over loopback, real worker threads."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dialdesk.sandbox import SandboxServer
from dialdesk.ui.app import Application, Controller


@pytest.fixture(scope="session")
def qapp_cls() -> type[Application]:
    """pytest-qt makes the same application object the app runs on."""
    return Application


@pytest.fixture
def controller(qtbot: object, sandbox: SandboxServer) -> Iterator[Controller]:
    ctl = Controller(tray=False)
    ctl.start()
    yield ctl
    ctl.tasks.wait(5000)
    ctl.shutdown()
    ctl.deleteLater()
    qtbot.wait(10)  # type: ignore[attr-defined]  # runs the deferred deletes
