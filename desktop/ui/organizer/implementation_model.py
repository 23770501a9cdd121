"""The winning ideas of a contest with their implementation status and progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.implementation_queries import Winner
from desktop.ui.organizer.zones import format_date_in_zone

Index = QModelIndex | QPersistentModelIndex
TITLE, STATUS, PROGRESS, DUE, UPDATED = range(5)
STATUSES = ("planned", "in_progress", "implemented", "dropped")


class ImplementationModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.winners: list[Winner] = []
        self.timezone = "Asia/Baku"

    def set_winners(self, winners: list[Winner], timezone: str) -> None:
        self.beginResetModel()
        self.winners, self.timezone = winners, timezone
        self.endResetModel()

    def status_text(self, status: str | None) -> str:
        return {"planned": self.tr("planned"), "in_progress": self.tr("in progress"),
                "implemented": self.tr("implemented"), "dropped": self.tr("dropped")}.get(
            status or "", self.tr("not tracked yet"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.winners)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Idea"), self.tr("Status"), self.tr("Progress"), self.tr("Due"),
                  self.tr("Updated"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.winners):
            return None
        winner, column = self.winners[index.row()], index.column()
        record = winner.record or {}
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return winner.title
            if column == STATUS:
                return self.status_text(record.get("status"))
            if column == PROGRESS:
                return f"{record['progress']} %" if record else ""
            if column == DUE:
                return format_date_in_zone(record.get("due_on"), self.timezone)
            if column == UPDATED:
                return format_date_in_zone(record.get("updated_at"), self.timezone)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return winner.idea_id
        return None
