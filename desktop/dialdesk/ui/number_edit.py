"""The dial box's number field (large type, a clear button, completion from Recent), and
what a drop on the box hands over."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
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


class DropTarget(QObject):
    """Lets ``widget`` take dropped text or links, handing the text to ``dropped``."""

    def __init__(self, widget: QWidget, dropped: Callable[[str], None]) -> None:
        super().__init__(widget)
        self.dropped = dropped
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # By type, not class: a drag *move* is a QDropEvent too.
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if event.mimeData().hasUrls() or event.mimeData().hasText():
                event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            mime = event.mimeData()
            text = mime.urls()[0].toString() if mime.hasUrls() else mime.text()
            event.acceptProposedAction()
            self.dropped(text)
            return True
        return False
