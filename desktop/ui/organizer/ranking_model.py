"""A stage's ranking: ranked ideas (ties share a rank), then those still being scored.

Beside the raw score: the normalised score (each evaluator's level and spread removed,
see ``shared.fairness``) and a flag where the evaluators disagree widely.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.queries import RankingRow

Index = QModelIndex | QPersistentModelIndex
RANK, TITLE, SCORE, NORMALISED, EVALUATORS, DISAGREEMENT = range(6)
WARNING = QColor("#b26a00")
MUTED = QColor("#6b6b6b")


class RankingModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RankingRow] = []
        self.normalised: dict[str, float] = {}
        self.disagreement: dict[str, bool] = {}

    def set_rows(self, rows: list[RankingRow], *, normalised: dict[str, float] | None = None,
                 disagreement: dict[str, bool] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.normalised = normalised or {}
        self.disagreement = disagreement or {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Rank"), self.tr("Idea"), self.tr("Score"), self.tr("Normalised"),
                  self.tr("Evaluators"), self.tr("Disagreement"))
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
            if column == NORMALISED:
                value = self.normalised.get(row.idea_id) if row.complete else None
                return "" if value is None else QLocale().toString(value, "f", 2)
            if column == EVALUATORS:
                return str(row.evaluators)
            if column == DISAGREEMENT:
                return self.tr("wide") if self.disagreement.get(row.idea_id) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, SCORE, NORMALISED,
                                                                    EVALUATORS):
            if column == SCORE and row.score is None:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DISAGREEMENT:
                return WARNING
            return None if row.complete else MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return row.title
            if column == DISAGREEMENT and self.disagreement.get(row.idea_id):
                return self.tr("The evaluators' scores for this idea lie far apart: at least 30% "
                               "of the scale. Worth a look before closing the stage.")
            if column == NORMALISED:
                return self.tr("Each evaluator's scores rescaled so that lenient and harsh "
                               "evaluators count alike")
        if role == Qt.ItemDataRole.UserRole:
            return row.idea_id
        return None
