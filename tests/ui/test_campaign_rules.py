"""The Add-to-campaign form applies rules.py, the same rules as ``dialdesk campaign add``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from dialdesk.sandbox import SandboxServer
from dialdesk.ui.actions import CampaignDialog
from dialdesk.ui.app import Controller


@pytest.fixture
def form(controller: Controller) -> Iterator[CampaignDialog]:
    if controller.settings_dialog is not None:
        controller.settings_dialog.close()
    controller.dialbox.number_edit.setText("601 234 567")
    controller.dialbox.action_buttons["campaign"].click()
    dialog = controller.action_dialog
    assert isinstance(dialog, CampaignDialog)
    dialog.campaign.setCurrentIndex(dialog.campaign.findData("00001"))
    yield dialog


def test_a_typed_system_status_is_checked_like_on_the_command_line(
    form: CampaignDialog, sandbox: SandboxServer
) -> None:
    form.status.setEditText("MY_RECORD")
    form.agent_login.setText("j.doe")
    form.ok_button.click()
    assert "MY_RECORD needs the next call date" in form.error_label.text()
    assert sandbox.calls() == []


def test_a_typed_status_name_is_sent_as_its_id(
    qtbot: QtBot, form: CampaignDialog, sandbox: SandboxServer
) -> None:
    form.status.setEditText("my record")
    form.agent_login.setText("j.doe")
    form.next_call_on.setChecked(True)
    form.next_call.setDateTime(QDateTime(datetime(2030, 5, 24, 12, 24)))
    form.ok_button.click()
    qtbot.waitUntil(lambda: bool(sandbox.calls()), timeout=5000)
    body = sandbox.calls()[0]["body"]
    assert (body["status_id"], body["agent_login"]) == ("2", "j.doe")


@pytest.mark.parametrize(("kind", "words"), [("schedule", "Choose a queue"), ("status", "Choose")])
def test_ids_are_ascii_digits_in_every_form(
    controller: Controller, sandbox: SandboxServer, kind: str, words: str
) -> None:
    controller.dialbox.number_edit.setText("601 234 567")
    controller.dialbox.action_buttons[kind].click()
    dialog = controller.action_dialog
    assert dialog is not None
    combo = dialog.queue if kind == "schedule" else dialog.status  # type: ignore[attr-defined]
    combo.setEditText("²")  # str.isdigit() says yes
    dialog.ok_button.click()
    assert words in dialog.error_label.text()
    assert sandbox.calls() == []
