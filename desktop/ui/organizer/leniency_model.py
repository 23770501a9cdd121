"""The evaluator leniency report: each evaluator's mean deviation from the panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.fairness_queries import EvaluatorLeniency

Index = QModelIndex | QPersistentModelIndex
NAME, IDEAS, DEVIATION, VERDICT = range(4)
# Within a tenth of a point of the panel an evaluator is "in line": smaller gaps are noise
# of whole-number scores, not a habit worth pointing out.
IN_LINE = 0.1


class LeniencyModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EvaluatorLeniency] = []

    def set_rows(self, rows: list[EvaluatorLeniency]) -> None:
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
        titles = (self.tr("Evaluator"), self.tr("Ideas scored"), self.tr("Mean deviation"),
                  self.tr("Tendency"))
        return titles[section] if 0 <= section < len(titles) else None

    def verdict(self, deviation: float) -> str:
        if deviation > IN_LINE:
            return self.tr("lenient")
        if deviation < -IN_LINE:
            return self.tr("harsh")
        return self.tr("in line with the panel")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row.name
            if column == IDEAS:
                return str(row.ideas)
            if column == DEVIATION:
                # An explicit sign: "+0.50" reads as "half a point above the panel".
                text = QLocale().toString(abs(row.deviation), "f", 2)
                return ("+" if row.deviation >= 0 else "−") + text
            if column == VERDICT:
                return self.verdict(row.deviation)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (IDEAS, DEVIATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.evaluator_id
        return None
