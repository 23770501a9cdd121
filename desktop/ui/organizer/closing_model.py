"""The ideas of a stage being closed, with the decision the preview gives each one.

Checkable where the organizer decides: "Advances" under an explicit choice, "Return for
improvement" for a screening idea that did not pass. Space toggles the current check.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.stage_closing import ADVANCED, NOT_ADVANCED, RETURNED, Closing, ClosingIdea

Index = QModelIndex | QPersistentModelIndex
RANK, TITLE, RESULT, DECISION = range(4)
COLOURS = {ADVANCED: QColor("#1b5e20"), NOT_ADVANCED: QColor("#6b6b6b"), RETURNED: QColor("#8a4b00")}


class ClosingModel(QAbstractTableModel):
    choice_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ideas: list[ClosingIdea] = []
        self.screening = False
        self.explicit = False
        self.closing: Closing | None = None
        self.chosen: set[str] = set()  # explicit choice: advancing
        self.returned: set[str] = set()  # screening: returned for improvement

    def set_ideas(self, ideas: list[ClosingIdea], *, screening: bool) -> None:
        self.beginResetModel()
        self.ideas, self.screening = ideas, screening
        self.chosen, self.returned = set(), set()
        self.closing = None
        self.endResetModel()

    def set_closing(self, closing: Closing, *, explicit: bool) -> None:
        self.closing, self.explicit = closing, explicit
        if self.ideas:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ideas) - 1, DECISION))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ideas)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Rank"), self.tr("Idea"),
                  self.tr("Screening") if self.screening else self.tr("Score"), self.tr("Decision"))
        return titles[section] if 0 <= section < len(titles) else None

    def decision_of(self, idea_id: str) -> str | None:
        return self.closing.decisions.get(idea_id) if self.closing else None

    def _checkable(self, idea: ClosingIdea) -> bool:
        if self.screening:
            return self.decision_of(idea.idea_id) in (NOT_ADVANCED, RETURNED)
        return self.explicit

    def decision_text(self, decision: str | None) -> str:
        return {ADVANCED: self.tr("advances"), NOT_ADVANCED: self.tr("does not advance"),
                RETURNED: self.tr("returned for improvement")}.get(decision or "", "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DECISION and self._checkable(self.ideas[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ideas):
            return None
        idea, column = self.ideas[index.row()], index.column()
        decision = self.decision_of(idea.idea_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RANK:
                return "" if idea.rank is None else str(idea.rank)
            if column == TITLE:
                return idea.title
            if column == RESULT:
                if self.screening:
                    return self.tr("%1 of %2 evaluators: all requirements met") \
                        .replace("%1", str(idea.approvals)).replace("%2", str(idea.checkers))
                if idea.score is None:
                    return self.tr("incomplete — not ranked")
                return QLocale().toString(idea.score, "f", 2)
            if column == DECISION:
                return self.decision_text(decision)
        if role == Qt.ItemDataRole.CheckStateRole and column == DECISION and self._checkable(idea):
            on = idea.idea_id in (self.returned if self.screening else self.chosen)
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == DECISION and decision:
            return COLOURS[decision]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, RESULT) \
                and not self.screening:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == DECISION and self._checkable(idea):
            return (self.tr("Checked: the author gets the suggestions and may send a revision")
                    if self.screening else self.tr("Checked: this idea advances"))
        if role == Qt.ItemDataRole.UserRole:
            return idea.idea_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or index.column() != DECISION or not self._checkable(self.ideas[index.row()])):
            return False
        target = self.returned if self.screening else self.chosen
        idea_id = self.ideas[index.row()].idea_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            target.add(idea_id)
        else:
            target.discard(idea_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.choice_changed.emit()
        return True
