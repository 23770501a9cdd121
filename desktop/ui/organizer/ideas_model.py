"""The ideas of one contest as a table: title, channel, when it arrived, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.ui.organizer.zones import format_in_zone

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
IDEA_ROLE = Qt.ItemDataRole.UserRole + 1

TITLE, CHANNEL, CREATED, STATUS = range(4)


class IdeasModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ideas: list[dict[str, Any]] = []
        self.zone = "Asia/Baku"

    def set_ideas(self, ideas: list[dict[str, Any]], zone: str) -> None:
        self.beginResetModel()
        self.ideas, self.zone = ideas, zone
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ideas)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Title"), self.tr("Channel"), self.tr("Received"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def channel_text(self, channel: str) -> str:
        return {"desktop": self.tr("Desktop"), "kiosk": self.tr("Kiosk"),
                "import": self.tr("Imported")}.get(channel, channel)

    def status_text(self, status: str) -> str:
        return {"submitted": self.tr("Submitted"), "withdrawn": self.tr("Withdrawn"),
                "shortlisted": self.tr("Shortlisted"), "rejected": self.tr("Rejected"),
                "winner": self.tr("Winner")}.get(status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ideas):
            return None
        idea = self.ideas[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return idea["title"]
            if column == CHANNEL:
                return self.channel_text(idea["channel"])
            if column == CREATED:
                return format_in_zone(idea["created_at"], self.zone)
            if column == STATUS:
                return self.status_text(idea["status"])
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return idea["title"]
        if role == ID_ROLE:
            return idea["id"]
        if role == IDEA_ROLE:
            return idea
        return None

    def row_of(self, idea_id: str) -> int:
        return next((n for n, i in enumerate(self.ideas) if i["id"] == idea_id), -1)
