"""An editable table with Add and Remove buttons: named lists in Settings (id, name…) and
campaign fields in the campaign form (field, value)."""

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


class EditableTable(QWidget):
    changed = Signal()

    def __init__(
        self,
        columns: list[tuple[str, str]],
        rows: list[dict[str, Any]] | None = None,
        *,
        optional: tuple[str, ...] = (),
        add_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``columns``: (key, header); ``optional`` keys are left out of a row when empty."""
        super().__init__(parent)
        self.keys = [key for key, _ in columns]
        self.optional = optional
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([header for _, header in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(120)
        for row in rows or []:
            self.add_row(row)
        self.table.itemChanged.connect(lambda _: self.changed.emit())
        add = QPushButton(add_label or self.tr("Add"))
        remove = QPushButton(self.tr("Remove"))
        for button in (add, remove):
            button.setAutoDefault(False)  # Enter in a dialog sends the form, never adds a row
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

    def add_row(self, values: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self.keys):
            self.table.setItem(row, column, QTableWidgetItem(str(values.get(key, ""))))

    def on_add(self) -> None:
        self.add_row({})
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        cell = self.table.item(row, 0)
        if cell is not None:
            self.table.editItem(cell)  # type straight away: that is why Add was pressed
        self.changed.emit()

    def on_remove(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def value(self) -> list[dict[str, str]]:
        """The rows, without empty ones (names trimmed; values as typed)."""
        out = []
        for row in range(self.table.rowCount()):
            entry = {}
            for column, key in enumerate(self.keys):
                cell = self.table.item(row, column)
                text = cell.text() if cell is not None else ""
                text = text.strip() if column == 0 or key != "value" else text
                if text or key not in self.optional:
                    entry[key] = text
            if any(v.strip() for v in entry.values()):
                out.append(entry)
        return out
