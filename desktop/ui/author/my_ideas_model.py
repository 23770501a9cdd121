"""My ideas: the author's own ideas with status and tracking code, and shared helpers."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFontDatabase

from desktop.author_queries import MyIdea

MAX_TITLE, MAX_TEXT = 200, 5000  # the server's limits (sync_server.record_rules)
_NO_INDEX = QModelIndex()


def local_time_text(when: dt.datetime, timezone: str, fmt=QLocale.FormatType.ShortFormat) -> str:  # noqa: ANN001
    """``when`` in the contest's time zone, written the way the user's locale writes dates."""
    try:
        when = when.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        pass
    qdt = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return QLocale().toString(qdt, fmt)


def fill(text: str, *values: str) -> str:
    """Put ``values`` into %1, %2... in one pass, so a value's own "%2" stays as typed."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values)
                  else m[0], text)


class MyIdeasModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ideas: list[MyIdea] = []

    def set_ideas(self, ideas: list[MyIdea]) -> None:
        self.beginResetModel()
        self.ideas = list(ideas)
        self.endResetModel()

    def row_of(self, idea_id: str) -> int:
        return next((n for n, i in enumerate(self.ideas) if i.id == idea_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ideas)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Title"), self.tr("Contest"), self.tr("Status"), self.tr("Tracking code"),
                 self.tr("Created"))
        return names[section] if 0 <= section < len(names) else None

    def status_text(self, idea: MyIdea) -> str:
        if idea.refused:
            return self.tr("Not accepted: %1").replace("%1", idea.refused)
        if not idea.sent:
            return self.tr("Waiting to be sent")
        words = {"submitted": self.tr("Submitted"), "withdrawn": self.tr("Withdrawn"),
                 "returned": self.tr("Returned for improvement"), "revised": self.tr("Revised")}
        return words.get(idea.status, idea.status)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ideas):
            return None
        idea, column = self.ideas[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return idea.title
            if column == 1:
                return idea.contest_title
            if column == 2:
                return self.status_text(idea)
            if column == 3:
                if idea.sent:
                    return idea.tracking_code
                return (self.tr("The server gives the code when the idea reaches it.")
                        if role == Qt.ItemDataRole.ToolTipRole else self.tr("after sending"))
            if column == 4:
                return local_time_text(idea.created_at, idea.timezone)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 2 and idea.refused:
                return QBrush(QColor("#b00020"))
            if (column == 2 or column == 3) and not idea.sent:
                return QBrush(QColor("#8a5300" if column == 2 else "#78909c"))
        if role == Qt.ItemDataRole.FontRole and column == 3 and idea.sent:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None


