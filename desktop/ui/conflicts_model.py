"""Open same-field conflicts as a table: record, field, the server's value, the user's value.

Values arrive as wire values (times as ISO strings in UTC, lists as JSON); a person reads
times in the contest's zone and lists as lists, so each value is made readable here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.conflicts import Conflict
from desktop.local_store import domain
from desktop.ui.organizer.zones import format_in_zone
from shared.schema import UTCDateTime
from shared.wire import decode_time

Index = QModelIndex | QPersistentModelIndex
CONFLICT_ROLE = Qt.ItemDataRole.UserRole
RECORD, FIELD, THEIRS, MINE = range(4)


class ConflictsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Record"), self.tr("Field"), self.tr("Theirs (on the server)"),
                  self.tr("Mine (your change)"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        conflict = self.conflicts[index.row()]
        if role == CONFLICT_ROLE:
            return conflict
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == RECORD:
                return self.record_text(conflict)
            if column == FIELD:
                return self.field_text(conflict.field)
            value = conflict.theirs if column == THEIRS else conflict.mine
            # One line in the table; the tooltip and the panes below show a list's items
            # one a line.
            return self.value_text(conflict, value,
                                   one_line=role == Qt.ItemDataRole.DisplayRole)
        return None

    def record_text(self, conflict: Conflict) -> str:
        kinds = {"contest": self.tr("Contest"), "stage": self.tr("Stage"),
                 "criterion": self.tr("Criterion"), "idea": self.tr("Idea"),
                 "assignment": self.tr("Assignment"), "score": self.tr("Score")}
        return self.tr("%1 “%2”").replace("%1", kinds.get(conflict.kind, conflict.kind)) \
            .replace("%2", conflict.label)

    def field_text(self, field: str) -> str:
        names = {
            "title": self.tr("Title"), "description": self.tr("Description"),
            "requirements": self.tr("Requirements"), "starts_at": self.tr("Opens"),
            "ends_at": self.tr("Closes"), "timezone": self.tr("Time zone"),
            "visibility": self.tr("Visibility"), "status": self.tr("Status"),
            "categories": self.tr("Categories"), "position": self.tr("Position"),
            "kind": self.tr("Kind"), "deadline": self.tr("Deadline"), "name": self.tr("Name"),
            "importance": self.tr("Importance"), "weight": self.tr("Weight"),
            "scale_min": self.tr("Lowest score"), "scale_max": self.tr("Highest score"),
            "value": self.tr("Score"), "comment": self.tr("Comment"), "body": self.tr("Text"),
            "benefit": self.tr("Benefit"), "category": self.tr("Category"),
        }
        return names.get(field, field)

    def value_text(self, conflict: Conflict, value: Any, *, one_line: bool = False) -> str:
        """A wire value as a person reads it; several lines for a list."""
        if value is None or value == "" or value == [] or value == {}:
            return self.tr("(empty)")
        table = domain.get(conflict.kind)
        column = table.c.get(conflict.field) if table is not None else None
        if column is not None and isinstance(column.type, UTCDateTime) and isinstance(value, str):
            try:
                when = decode_time(value)
            except ValueError:
                return value
            zone = conflict.zone or "UTC"
            return self.tr("%1 (%2 time)").replace("%1", format_in_zone(when, zone)) \
                .replace("%2", zone)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, list):
            items = [self._plain(item) for item in value]
            return "; ".join(items) if one_line else "\n".join(f"• {item}" for item in items)
        if isinstance(value, dict):
            pairs = [f"{k}: {self._plain(v)}" for k, v in value.items()]
            return "; ".join(pairs) if one_line else "\n".join(pairs)
        return str(value)

    @staticmethod
    def _plain(value: Any) -> str:
        return str(value) if not isinstance(value, (list, dict)) else repr(value)
