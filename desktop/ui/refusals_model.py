"""Changes the server refused, as a table: record, what was sent, the server's reason, when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.refusals import Refusal
from desktop.ui.record_words import RecordWords

Index = QModelIndex | QPersistentModelIndex
REFUSAL_ROLE = Qt.ItemDataRole.UserRole
RECORD, SENT, REASON, WHEN = range(4)


class RefusalsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refusals: list[Refusal] = []
        self.words = RecordWords(self)

    def set_refusals(self, refusals: list[Refusal]) -> None:
        self.beginResetModel()
        self.refusals = list(refusals)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.refusals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Record"), self.tr("Your change"), self.tr("Reason given by the server"),
                  self.tr("Refused"))
        return titles[section] if 0 <= section < len(titles) else None

    def sent_text(self, refusal: Refusal) -> str:
        if not refusal.fields:
            return self.tr("Removal")
        return self.words.fields(refusal.kind, refusal.fields, refusal.zone)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.refusals):
            return None
        refusal = self.refusals[index.row()]
        if role == REFUSAL_ROLE:
            return refusal
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == RECORD:
            return self.words.record(refusal.kind, refusal.label)
        if column == SENT:
            text = self.sent_text(refusal)
            return text.replace("\n", "; ") if role == Qt.ItemDataRole.DisplayRole else text
        if column == REASON:
            return refusal.message or refusal.code
        if column == WHEN:
            return QLocale().toString(refusal.at.astimezone(), QLocale.FormatType.ShortFormat)
        return None
