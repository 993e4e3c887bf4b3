"""UI tests: real widgets offscreen, the real sandbox over loopback, real worker threads."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialdesk import config
from dialdesk.sandbox import SandboxServer
from dialdesk.ui import i18n
from dialdesk.ui.app import Application, Controller


@pytest.fixture(scope="session")
def qapp_cls() -> type[Application]:
    """pytest-qt makes the same application object the app runs on."""
    return Application


def close_controller(qtbot: QtBot, ctl: Controller) -> None:
    """The end of a test's app session: work in flight finishes, windows and tray go, and
    the deferred deletes run."""
    ctl.tasks.wait(5000)
    ctl.shutdown()
    ctl.deleteLater()
    qtbot.wait(10)


@pytest.fixture
def controller(qtbot: QtBot, sandbox: SandboxServer) -> Iterator[Controller]:
    ctl = Controller(tray=False)
    ctl.start()
    yield ctl
    close_controller(qtbot, ctl)


@pytest.fixture
def polish(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app in Polish, as under a Polish desktop (LANG=pl_PL.UTF-8)."""
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    if not (i18n.QM_DIR / "dialdesk_pl.qm").exists():
        pytest.fail("the Polish translation is not compiled: run make translations")
    installed = i18n.install(qapp, config.load().language())
    yield
    i18n.uninstall(qapp, installed)
