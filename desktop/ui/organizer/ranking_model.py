"""A stage's ranking: ranked ideas (ties share a rank), then those still being scored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.queries import RankingRow

Index = QModelIndex | QPersistentModelIndex
RANK, TITLE, SCORE, EVALUATORS = range(4)
MUTED = QColor("#6b6b6b")


class RankingModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RankingRow] = []

    def set_rows(self, rows: list[RankingRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Rank"), self.tr("Idea"), self.tr("Score"), self.tr("Evaluators"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RANK:
                return "" if row.rank is None else str(row.rank)
            if column == TITLE:
                return row.title
            if column == SCORE:
                if row.score is None:
                    return self.tr("incomplete — not ranked yet")
                return QLocale().toString(row.score, "f", 2)
            if column == EVALUATORS:
                return str(row.evaluators)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, SCORE, EVALUATORS):
            if column == SCORE and row.score is None:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.complete:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.title
        if role == Qt.ItemDataRole.UserRole:
            return row.idea_id
        return None
