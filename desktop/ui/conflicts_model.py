"""Open same-field conflicts as a table: record, field, the server's value, the user's value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.conflicts import Conflict
from desktop.ui.record_words import RecordWords

Index = QModelIndex | QPersistentModelIndex
CONFLICT_ROLE = Qt.ItemDataRole.UserRole
RECORD, FIELD, THEIRS, MINE = range(4)


class ConflictsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []
        self.words = RecordWords(self)

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
        return self.words.record(conflict.kind, conflict.label)

    def field_text(self, field: str) -> str:
        return self.words.field(field)

    def value_text(self, conflict: Conflict, value: Any, *, one_line: bool = False) -> str:
        return self.words.value(conflict.kind, conflict.field, value, conflict.zone,
                                one_line=one_line)
