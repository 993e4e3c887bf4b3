"""The dial box's number field: large type, a clear button, completion from Recent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from dialdesk.ui.icons import clear_icon


class NumberEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("DialBox", "Number, e.g. 22 123 45 67"))
        self.clear_action = self.addAction(clear_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.clear_action.setToolTip(QCoreApplication.translate("DialBox", "Clear"))
        self.clear_action.triggered.connect(self.clear)
        self.textChanged.connect(lambda text: self.clear_action.setVisible(bool(text)))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)
        self.setMinimumHeight(36)
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.clear_action.setVisible(False)
