"""One editor per option type, for Settings: text, number, on/off, a choice, a country, a
list of named entries, the quick statuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from dialdesk import config, numbers
from dialdesk.ui import option_words
from dialdesk.ui.lists import EditableTable
from dialdesk.ui.wording import country_name


class _WheelWhenFocused(QObject):
    """A scroll wheel turned over a drop-down or number field that the agent did not pick
    scrolls the page, not the value: scrolling Settings changed "Numbers in unknown ranges"
    to "block" on its way past (seen under Xvfb)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        parent = watched.parentWidget()
        if parent is not None:
            QCoreApplication.sendEvent(parent, event)  # on to the page, and its scroll area
        return True


_wheel_filter: _WheelWhenFocused | None = None


def _wheel_only_when_focused(widget: QWidget) -> None:
    global _wheel_filter
    if _wheel_filter is None:
        _wheel_filter = _WheelWhenFocused(QCoreApplication.instance())
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give it focus
    widget.installEventFilter(_wheel_filter)


def editor_for(opt: config.Option, value: Any, changed: Callable[[], None]) -> QWidget:
    """The editor for ``opt`` showing ``value``; ``changed`` runs at every edit."""
    widget: QWidget
    if opt.section == "hotkeys":
        keys = QKeySequenceEdit(QKeySequence(str(value), QKeySequence.SequenceFormat.PortableText))
        keys.setMaximumSequenceLength(1)  # one combination, not "Ctrl+K, Ctrl+D"
        keys.setClearButtonEnabled(True)  # empty: the shortcut is off
        keys.keySequenceChanged.connect(lambda *_: changed())
        widget = keys
    elif opt.type is list and opt.key == "thulium.quick_statuses":
        quick = QLineEdit(", ".join(str(v) for v in value))
        quick.setPlaceholderText(
            QCoreApplication.translate("SettingsDialog", "status ids, e.g. 3, 8")
        )
        quick.textChanged.connect(lambda *_: changed())
        widget = quick
    elif opt.type is list:
        columns = [
            ("id", QCoreApplication.translate("SettingsDialog", "Id")),
            ("name", QCoreApplication.translate("SettingsDialog", "Name")),
        ]
        if opt.key == "thulium.record_statuses":
            columns.append(
                ("system", QCoreApplication.translate("SettingsDialog", "System status"))
            )
        editor = EditableTable(columns, list(value), optional=("system",))
        editor.changed.connect(lambda *_: changed())
        widget = editor
    elif opt.type is bool:
        box = QCheckBox()
        box.setChecked(bool(value))
        box.toggled.connect(lambda *_: changed())
        widget = box
    elif opt.type is int:
        spin = QSpinBox()
        spin.setRange(opt.minimum or 0, opt.maximum or 1_000_000)
        spin.setValue(int(value))
        spin.valueChanged.connect(lambda *_: changed())
        _wheel_only_when_focused(spin)
        widget = spin
    elif opt.choices or opt.key == "dialing.region":
        combo = QComboBox()
        if opt.key == "dialing.region":
            regions = [r for r in numbers.regions() if len(r) == 2 and r.isalpha()]
            named = sorted((f"{country_name(r)} ({r})", r) for r in regions)
            for label, code in named:
                combo.addItem(label, code)
        else:
            names = option_words.choice_labels()
            for choice in opt.choices:
                combo.addItem(names.get(choice, choice), choice)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(lambda *_: changed())
        _wheel_only_when_focused(combo)
        widget = combo
    else:
        edit = QLineEdit(str(value))
        edit.textChanged.connect(lambda *_: changed())
        widget = edit
    return widget


def shortcut_problems(value: Callable[[str], Any]) -> dict[str, str]:
    """What the options cannot check one by one: the two shortcuts must differ."""
    from dialdesk.platform.hotkeys import same_shortcut

    if same_shortcut(str(value("hotkeys.dial")), str(value("hotkeys.dial_selection"))):
        return {
            "hotkeys.dial_selection": QCoreApplication.translate(
                "Options", "is the same as the other shortcut"
            )
        }
    return {}


def shortcut_notice() -> str:
    """What the running app could not grab (taken, refused, no way here), or ""."""
    from dialdesk.ui.hotkeys import current_notice

    return current_notice()
