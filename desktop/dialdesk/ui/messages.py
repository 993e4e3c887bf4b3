"""The dial box's message area: one place for the confirmation question and the outcome.

The confirmation and the message that replaces it share one slot, and the slot keeps its
height until the number changes: answering *Call anyway* never slides another button
under the pointer.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dialdesk.ui.steady import SteadyButton
from dialdesk.ui.wording import WARN_STYLE, Tone


class MessageSlot(QWidget):
    confirmed = Signal()
    cancelled = Signal()
    settings_requested = Signal()
    number_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone: Tone | None = None
        self.details = ""

        self.confirm_frame = QFrame()
        self.confirm_frame.setObjectName("confirm")
        self.confirm_frame.setStyleSheet("QFrame#confirm{" + WARN_STYLE + "}")
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_button = SteadyButton(self.tr("Call anyway"))
        self.cancel_button = SteadyButton(self.tr("Cancel"))
        confirm_row = QHBoxLayout()
        confirm_row.addStretch()
        confirm_row.addWidget(self.cancel_button)
        confirm_row.addWidget(self.confirm_button)
        confirm_box = QVBoxLayout(self.confirm_frame)
        confirm_box.addWidget(self.confirm_label)
        confirm_box.addLayout(confirm_row)
        self.confirm_frame.hide()

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tab stop only with links
        self.status_label.linkActivated.connect(self.number_chosen)
        self.status_label.hide()
        self.copy_button = SteadyButton(self.tr("Copy details"))
        self.copy_button.setToolTip(
            self.tr("Copy the error, the PBX's messages and the request id, for support")
        )
        self.copy_button.hide()
        self.settings_button = SteadyButton(self.tr("Open Settings"))
        self.settings_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.confirm_frame)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.confirm_button.clicked.connect(self.confirmed)
        self.cancel_button.clicked.connect(self.cancelled)
        self.settings_button.clicked.connect(self.settings_requested)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.details))

    @property
    def asking(self) -> bool:
        return self.confirm_frame.isVisibleTo(self)

    @property
    def showing(self) -> bool:
        return self.asking or self.status_label.isVisibleTo(self)

    def show_message(
        self, text: str, tone: Tone, details: str = "", offer_settings: bool = False
    ) -> None:
        self._hold()
        self.confirm_frame.hide()
        self.tone = tone
        self.status_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # plain words: no stop
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setText(f"{tone.sign} {text}")
        self.status_label.setStyleSheet(tone.style + "padding:6px;")
        self.status_label.setAccessibleDescription(tone.value)
        self.status_label.show()
        self.details = details
        self.copy_button.setVisible(bool(details))
        self.settings_button.setVisible(offer_settings)

    def offer_choice(self, text: str, numbers: Sequence[str]) -> None:
        """Information with each number as a link: a click puts it in the box."""
        self.show_message(text, Tone.INFO)
        links = " · ".join(f"<a href='{html.escape(n)}'>{html.escape(n)}</a>" for n in numbers)
        self.status_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # its numbers are links
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setText(f"{Tone.INFO.sign} {html.escape(text)}<br>{links}")

    def ask(self, reasons: Sequence[str], question: str) -> None:
        self._hold()
        self.status_label.hide()
        self.copy_button.hide()
        self.settings_button.hide()
        self.confirm_label.setText("\n".join([*reasons, question]))
        self.confirm_frame.show()
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def end_question(self) -> None:
        self._hold()
        self.confirm_frame.hide()

    def clear(self) -> None:
        """Nothing to say: the slot gives its room back."""
        self.confirm_frame.hide()
        self.status_label.hide()
        self.status_label.clear()
        self.copy_button.hide()
        self.settings_button.hide()
        self.tone = None
        self.details = ""
        self.setMinimumHeight(0)

    def _hold(self) -> None:
        """Keep at least the current height: what replaces a message never pulls the
        buttons below it up under the pointer."""
        if self.showing:
            self.setMinimumHeight(max(self.minimumHeight(), self.height()))
