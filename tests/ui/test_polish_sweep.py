"""In Polish, no window shows English: every window and form is opened, in the states an
agent sees, and every visible text (labels, buttons, placeholders, tabs, headers, items,
tooltips, titles) is compared with the English source strings of the translation file.
A new string left out of tr(), or added without its Polish, fails here."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dialdesk.sandbox import Fault, SandboxServer
from dialdesk.sandbox import state as sandbox_state
from dialdesk.ui import i18n
from dialdesk.ui.app import Controller
from tests.ui.conftest import close_controller

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "dialdesk_pl.ts"

# Words that are the same in both languages, or data rather than UI (the sandbox's lists).
SAME = {"OK", "PBX", "API", "Thulium", "Simotel", "English", "Polski", "dialdesk", "VoIP"}
# English words Polish never uses ("status" it does), lower case or capitalised.
_WORDS = [
    *("the", "and", "is", "are", "was", "not", "your", "you", "call", "calls", "number"),
    *("please", "with", "from", "missing", "must", "settings", "open", "failed", "placed"),
    *("refused", "request", "campaign", "queue"),
]
COMMON_ENGLISH = re.compile(r"\b(" + "|".join(w + "|" + w.capitalize() for w in _WORDS) + r")\b")


def english_sources() -> list[re.Pattern[str]]:
    """Each English source whose Polish differs, as a pattern (%1 → anything)."""
    patterns = []
    messages = list(ET.parse(TS).getroot().iter("message"))  # noqa: S314 - our own file
    polish_words = {
        w.lower() for m in messages for w in re.findall(r"\w+", m.findtext("translation") or "")
    }
    for message in messages:
        source = message.findtext("source") or ""
        polish = message.findtext("translation") or ""
        if not source.strip() or source == polish or source in SAME:
            continue
        if re.fullmatch(r"\w+", source) and source.lower() in polish_words:
            continue  # "status" is a Polish word too
        parts = [re.escape(p) for p in re.split(r"%\d", source)]
        body = ".+?".join(parts)
        # A source word must stand alone: "Call" in "Call anyway", not in "Callback".
        patterns.append(re.compile(rf"(?<![\w]){body}(?![\w])"))
    return patterns


def data_names() -> set[str]:
    names = set()
    for items in sandbox_state.named_lists().values():
        for item in items:
            if isinstance(item, dict):
                names.add(str(item["name"]))
                names.add(str(item.get("system", "")))
    return names


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything the agent can read in ``window``."""
    out: list[tuple[str, str]] = [("title", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if widget.toolTip():
            out.append((name + " tooltip", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            out.append((name, widget.text()))
        elif isinstance(widget, QLineEdit):
            out.append((name + " placeholder", widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            out += [(name + " tab", widget.tabText(i)) for i in range(widget.count())]
            out += [(name + " tab tip", widget.tabToolTip(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            out += [(name + " row", widget.item(i).text()) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            out += [(name + " item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                if header is not None:
                    out.append((name + " header", header.text()))
    return [(where, text) for where, text in out if text.strip()]


def english_in(window: QWidget, patterns: list[re.Pattern[str]]) -> list[str]:
    data = data_names()
    found = []
    for where, text in visible_texts(window):
        plain = re.sub(r"<[^>]+>", " ", text)  # rich text: the words, not the tags
        for name in sorted(data - {""}, key=len, reverse=True):
            plain = plain.replace(name, " ")
        hits = [p.pattern for p in patterns if p.search(plain)]
        if hits or COMMON_ENGLISH.search(plain):
            found.append(f"{where}: {text!r}")
    return found


@pytest.fixture
def polish_ctl(qtbot: QtBot, qapp: QApplication, sandbox: SandboxServer) -> Iterator[Controller]:
    if not (i18n.QM_DIR / "dialdesk_pl.qm").exists():
        pytest.fail("the Polish translation is not compiled: run make translations")
    installed = i18n.install(qapp, "pl")
    ctl = Controller(tray=False)
    ctl.start()
    yield ctl
    close_controller(qtbot, ctl)
    i18n.uninstall(qapp, installed)


def idle(qtbot: QtBot, ctl: Controller) -> None:
    qtbot.waitUntil(lambda: not ctl.busy and not ctl.tasks.in_flight, timeout=10000)
    qtbot.wait(20)


def test_every_window_and_form_speaks_polish(
    qtbot: QtBot, polish_ctl: Controller, sandbox: SandboxServer
) -> None:
    ctl = polish_ctl
    patterns = english_sources()
    problems: list[str] = []

    def check(what: str, window: QWidget) -> None:
        problems.extend(f"[{what}] {p}" for p in english_in(window, patterns))

    # Settings, every page, with an error on one of them.
    dialog = ctl.settings_dialog
    assert dialog is not None
    field = dialog.fields["thulium.queue_id"]
    assert isinstance(field, QLineEdit)
    field.setText("x")
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        check(f"settings tab {index}", dialog)
    field.setText("")
    dialog.test_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=5000)
    check("settings tested", dialog)
    dialog.close()

    box = ctl.dialbox
    check("dial box, empty", box)
    box.number_edit.setText("601 234 567 wew. 12")
    check("dial box, typed", box)
    box.call_button.click()
    idle(qtbot, ctl)
    check("dial box, placed", box)
    box.call_button.click()  # the same number again: the quiet duplicate hint
    idle(qtbot, ctl)
    check("dial box, pressed again", box)
    box.quick.buttons[0].click()
    idle(qtbot, ctl)
    check("dial box, quick status", box)
    box.number_edit.setText("+48 701 234 567")
    box.call_button.click()
    qtbot.waitUntil(box.confirm_frame.isVisible, timeout=5000)
    check("dial box, confirmation", box)
    box.cancel_button.click()
    ctl.settings.set("dialing.confirm_links", True)
    ctl.on_link("tel:+48221234567")
    qtbot.waitUntil(box.confirm_frame.isVisible, timeout=5000)
    check("dial box, link", box)
    box.cancel_button.click()
    ctl.on_link("mailto:someone@example.com")
    idle(qtbot, ctl)
    check("dial box, not a number", box)
    box.number_edit.setText("112")
    check("dial box, emergency", box)
    sandbox.add_fault(Fault(status=400, json={"request_id": "r1", "errors": []}))
    box.number_edit.setText("22 123 45 67")
    box.call_button.click()
    idle(qtbot, ctl)
    check("dial box, refused by the PBX", box)
    sandbox.add_fault(Fault(status=500))
    box.number_edit.setText("22 123 45 68")
    box.call_button.click()
    idle(qtbot, ctl)
    check("dial box, outcome unknown", box)

    box.number_edit.setText("601 234 569")
    for kind in ("schedule", "campaign", "status"):
        ctl.open_action(kind)
        form = ctl.action_dialog
        assert form is not None
        check(f"form {kind}", form)
        form.ok_button.click()
        idle(qtbot, ctl)
        check(f"form {kind}, sent", box)
        if kind == "schedule":
            assert "zadzwoni pod numer +48 601 234 569" in box.status_label.text()
        form.close()
        ctl.action_dialog = None
    assert problems == [], "\n".join(problems)
