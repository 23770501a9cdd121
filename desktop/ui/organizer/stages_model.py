"""A contest's stages in order, one line each: position, title, kind and state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.stage_queries import StageInfo

Index = QModelIndex | QPersistentModelIndex
MUTED = QColor("#6b6b6b")


class StagesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stages: list[StageInfo] = []

    def set_stages(self, stages: list[StageInfo]) -> None:
        self.beginResetModel()
        self.stages = stages
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.stages)

    def kind_text(self, kind: str) -> str:
        return self.tr("screening") if kind == "screening" else self.tr("scoring")

    def row_of(self, stage_id: str | None) -> int:
        return next((n for n, s in enumerate(self.stages) if s.stage["id"] == stage_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.stages):
            return None
        info = self.stages[index.row()]
        stage = info.stage
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.tr("%1. %2 — %3").replace("%1", str(index.row() + 1)) \
                .replace("%2", stage["title"] or self.tr("(untitled)")) \
                .replace("%3", self.kind_text(stage["kind"]))
            if stage["status"] != "open":
                text += " · " + self.tr("closed")
            return text
        if role == Qt.ItemDataRole.ForegroundRole and stage["status"] != "open":
            return MUTED
        if role == Qt.ItemDataRole.UserRole:
            return stage["id"]
        return None
