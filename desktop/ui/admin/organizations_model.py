"""Organizations for the platform administrator: name, status, people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
NAME, STATUS, PEOPLE = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PENDING = QColor("#b26a00")


class OrganizationsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Organization"), self.tr("Status"), self.tr("People"))[section] \
            if 0 <= section < 3 else None

    def status_text(self, row: dict[str, Any]) -> str:
        text = {"pending": self.tr("Waiting for approval"), "approved": self.tr("Approved"),
                "rejected": self.tr("Rejected")}.get(row["status"], row["status"])
        return self.tr("%1 (not sent yet)").replace("%1", text) if row["unsent"] else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row["name"]
            if column == STATUS:
                return self.status_text(row)
            if column == PEOPLE:
                return row["people"]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row["status"] == "pending":
            return PENDING
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
