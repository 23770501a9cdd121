"""The evaluator's queue as a tree: contest → stage → idea, with a state per idea."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.queries import QueueItem

Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, str]  # (stage id, idea id)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_INDEX = QModelIndex()  # a shared default: Qt passes the parent explicitly anyway


class State(StrEnum):
    NOT_STARTED = "not_started"
    DRAFT = "draft"
    DONE = "done"
    REFUSED = "refused"


def state_of(item: QueueItem) -> State:
    # A refusal wins: the local values look complete but the server does not have them.
    if item.refused:
        return State.REFUSED
    if item.done:
        return State.DONE
    return State.DRAFT if item.scored else State.NOT_STARTED


def is_unfinished(item: QueueItem) -> bool:
    return state_of(item) != State.DONE and item.stage_status == "open"


_COLORS = {State.DONE: "#1b5e20", State.DRAFT: "#8a5300", State.REFUSED: "#b00020",
           State.NOT_STARTED: "#37474f"}


@dataclass(eq=False)
class _Node:
    text: str
    parent: _Node | None = None
    item: QueueItem | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: _Node) -> _Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child

    def ideas(self) -> list[QueueItem]:
        if self.item is not None:
            return [self.item]
        return [i for c in self.children for i in c.ideas()]


class QueueModel(QAbstractItemModel):
    """Two columns: the title (contest, stage or idea) and the state or progress."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node("")
        self.items: list[QueueItem] = []  # everything assigned, also what the filter hides

    # --- filling ----------------------------------------------------------------------------

    def set_items(self, items: list[QueueItem], *, only_unfinished: bool = False,
                  keep: Key | None = None) -> None:
        """Rebuild the tree; ``keep`` stays visible under the filter (the open idea)."""
        self.beginResetModel()
        self.items = list(items)
        root = _Node("")
        contests: dict[str, _Node] = {}
        stages: dict[str, _Node] = {}
        for item in items:  # already ordered by contest, stage position, idea date
            if only_unfinished and not is_unfinished(item) and (item.stage_id, item.idea_id) != keep:
                continue
            if item.contest_title not in contests:
                contests[item.contest_title] = root.add(_Node(item.contest_title))
            if item.stage_id not in stages:
                stages[item.stage_id] = contests[item.contest_title].add(_Node(item.stage_title))
            stages[item.stage_id].add(_Node(item.title, item=item))
        self._root = root
        self.endResetModel()

    def index_of(self, key: Key) -> QModelIndex:
        for contest in self._root.children:
            for stage in contest.children:
                for node in stage.children:
                    if node.item is not None and (node.item.stage_id, node.item.idea_id) == key:
                        return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def item_at(self, index: Index) -> QueueItem | None:
        return self._node(index).item if index.isValid() else None

    def visible_keys(self) -> list[Key]:
        return [(i.stage_id, i.idea_id) for i in self._root.ideas()]

    # --- QAbstractItemModel -----------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if self._node(index).item is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Idea"), self.tr("State"))[section] if 0 <= section < 2 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        item = node.item
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return node.text
            if item is not None:
                return self.state_text(state_of(item))
            ideas = node.ideas()
            done = sum(state_of(i) == State.DONE for i in ideas)
            return self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(len(ideas)))
        if role == Qt.ItemDataRole.ToolTipRole:
            if item is not None and item.refused:
                return self.tr("The server did not accept your scores: %1").replace("%1", item.refused)
            return node.text if index.column() == 0 else None
        if role == Qt.ItemDataRole.ForegroundRole and item is not None and index.column() == 1:
            return QBrush(QColor(_COLORS[state_of(item)]))
        if role == Qt.ItemDataRole.FontRole and item is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE and item is not None:
            return f"{item.stage_id}/{item.idea_id}"
        return None

    def state_text(self, state: State) -> str:
        return {
            State.DONE: self.tr("✓ Done"),
            State.DRAFT: self.tr("◐ Partly scored"),
            State.NOT_STARTED: self.tr("○ Not started"),
            State.REFUSED: self.tr("⚠ Refused by the server"),
        }[state]
