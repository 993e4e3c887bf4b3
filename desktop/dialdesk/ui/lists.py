"""An editable table for a named list setting (queues, campaigns, statuses)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class NamedListEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        items: list[dict[str, Any]],
        *,
        with_system: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = ["id", "name", *(["system"] if with_system else [])]
        headers = [
            self.tr("Id"),
            self.tr("Name"),
            *([self.tr("System status")] if with_system else []),
        ]
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(110)
        for item in items:
            self.add_row(item)
        self.table.itemChanged.connect(lambda _: self.changed.emit())
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self.on_add)
        remove.clicked.connect(self.on_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, item: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self.columns):
            self.table.setItem(row, column, QTableWidgetItem(str(item.get(key, ""))))

    def on_add(self) -> None:
        self.add_row({})
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.changed.emit()

    def on_remove(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def value(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            entry = {}
            for column, key in enumerate(self.columns):
                cell = self.table.item(row, column)
                text = cell.text().strip() if cell is not None else ""
                if text or key != "system":
                    entry[key] = text
            if any(entry.values()):
                out.append(entry)
        return out
