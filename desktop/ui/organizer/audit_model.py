"""The audit log's rows: when, who, what, about what (newest first, read-only)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.ui.organizer.audit_words import action_words, target_words
from desktop.ui.organizer.zones import format_in_zone

Index = QModelIndex | QPersistentModelIndex
WHEN, WHO, ACTION, TARGET = range(4)


def _parse(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[dict[str, Any]] = []
        self.zone: str | None = None  # a contest's IANA zone, or None for this computer's

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def append(self, entries: list[dict[str, Any]]) -> None:
        if not entries:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self.entries.extend(entries)
        self.endInsertRows()

    def set_zone(self, zone: str | None) -> None:
        self.zone = zone
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, WHEN, WHEN)
        if self.entries:
            self.dataChanged.emit(self.index(0, WHEN), self.index(len(self.entries) - 1, WHEN))

    def oldest_seq(self) -> int | None:
        return self.entries[-1]["seq"] if self.entries else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        when = (self.tr("When (%1)").replace("%1", self.zone) if self.zone
                else self.tr("When (this computer's time)"))
        titles = (when, self.tr("Who"), self.tr("Action"), self.tr("About"))
        return titles[section] if 0 <= section < len(titles) else None

    def when(self, entry: dict[str, Any]) -> str:
        at = _parse(entry["at"])
        if self.zone:
            return format_in_zone(at, self.zone)
        local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))  # this computer's zone
        return QLocale().toString(local, QLocale.FormatType.ShortFormat)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == WHEN:
                return self.when(entry)
            if column == WHO:
                if entry.get("actor"):
                    return entry["actor"]
                # No actor: the command line on the server, or the server itself (mail).
                return self.tr("system") if not entry.get("actor_id") else entry["actor_id"][:8]
            if column == ACTION:
                return action_words(entry["action"])
            if column == TARGET:
                return target_words(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry["seq"]
        return None
