"""The ideas of one contest as a table: title, channel, when it arrived, status.

As Anki's browser table: the model holds only the ids in the order shown, plus a cache of
the rows already read. A row not read yet shows a placeholder and asks, through
``rows_needed``, for a window of rows around it; the tab reads them on the database
worker and hands them back with ``add_rows``. Sorting is done by SQL too: ``sort()`` only
says which order is wanted (``sort_requested``) and the tab reloads the ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, overload

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from desktop.ui.organizer.zones import format_in_zone

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
IDEA_ROLE = Qt.ItemDataRole.UserRole + 1

TITLE, CHANNEL, CREATED, STATUS = range(4)
SORT_KEYS = ("title", "channel", "created", "status")  # by column, as organizer_queries.IDEA_SORTS
PLACEHOLDER = "…"
WINDOW = 200  # rows read in one trip: a few screens around the row the view asked for


class CachedIdeas(Sequence):
    """``model.ideas[row]``: the row's idea if read, else a stub with its id only."""

    def __init__(self, model: IdeasModel) -> None:
        self.model = model

    def __len__(self) -> int:
        return len(self.model.ids)

    @overload
    def __getitem__(self, row: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, row: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, row: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(row, slice):
            return [self.model.idea(i) for i in self.model.ids[row]]
        return self.model.idea(self.model.ids[row])


class IdeasModel(QAbstractTableModel):
    rows_needed = Signal(list)  # ids whose rows the view wants and nobody has asked for yet
    sort_requested = Signal()  # sort_key / descending changed: the ids must be read again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[str] = []
        self.cache: dict[str, dict[str, Any]] = {}
        self.zone = "Asia/Baku"
        self.sort_key = "created"
        self.descending = False
        self._rows: dict[str, int] = {}
        self._pending: set[str] = set()

    @property
    def ideas(self) -> CachedIdeas:
        return CachedIdeas(self)

    def idea(self, idea_id: str) -> dict[str, Any]:
        return self.cache.get(idea_id) or {"id": idea_id, "title": PLACEHOLDER, "body": ""}

    def set_ids(self, ids: list[str], zone: str, rows: dict[str, dict[str, Any]]) -> None:
        """New ids (a reload): rows read before may be out of date, so only ``rows`` stay."""
        self.beginResetModel()
        self.ids, self.zone, self.cache = ids, zone, dict(rows)
        self._rows = {idea_id: n for n, idea_id in enumerate(ids)}
        self._pending.clear()
        self.endResetModel()

    def add_rows(self, rows: dict[str, dict[str, Any]]) -> None:
        """Rows read on the database worker: cache them and repaint the cells they fill."""
        changed = sorted(self._rows[i] for i in rows if i in self._rows)
        self.cache.update((i, r) for i, r in rows.items() if i in self._rows)
        self._pending.difference_update(rows)
        for first, last in row_runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, STATUS))

    def forget_requests(self, ids: list[str]) -> None:
        """A read that failed or came too late: let the view ask for these rows again."""
        self._pending.difference_update(ids)

    def request_ids(self, ids: list[str]) -> None:
        missing = [i for i in ids if i not in self.cache and i not in self._pending]
        if missing:
            self._pending.update(missing)
            self.rows_needed.emit(missing)

    def _request_around(self, row: int) -> None:
        start = max(0, row - WINDOW // 4)  # people mostly scroll down: read more below
        self.request_ids(self.ids[start:start + WINDOW])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Title"), self.tr("Channel"), self.tr("Received"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        key, descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.sort_requested.emit()

    def channel_text(self, channel: str) -> str:
        return {"desktop": self.tr("Desktop"), "kiosk": self.tr("Kiosk"),
                "import": self.tr("Imported")}.get(channel, channel)

    def status_text(self, status: str) -> str:
        return {"submitted": self.tr("Submitted"), "withdrawn": self.tr("Withdrawn"),
                "shortlisted": self.tr("Shortlisted"), "rejected": self.tr("Rejected"),
                "winner": self.tr("Winner")}.get(status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        idea_id = self.ids[index.row()]
        if role == ID_ROLE:
            return idea_id
        idea = self.cache.get(idea_id)
        if idea is None:
            if role in (Qt.ItemDataRole.DisplayRole, IDEA_ROLE):
                self._request_around(index.row())
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return idea["title"]
            if column == CHANNEL:
                return self.channel_text(idea["channel"])
            if column == CREATED:
                return format_in_zone(idea["created_at"], self.zone)
            if column == STATUS:
                return self.status_text(idea["status"])
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return idea["title"]
        if role == IDEA_ROLE:
            return idea
        return None

    def row_of(self, idea_id: str) -> int:
        return self._rows.get(idea_id, -1)


def row_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
