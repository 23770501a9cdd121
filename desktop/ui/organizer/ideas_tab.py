"""The Ideas tab: a searchable table of a contest's ideas and the selected idea's text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import queries
from desktop.session import Session
from desktop.ui.organizer.ideas_model import CHANNEL, CREATED, ID_ROLE, IDEA_ROLE, STATUS, TITLE, IdeasModel

SEARCH_DELAY_MS = 250  # wait for a pause in typing before asking the database


class IdeasTab(QWidget):
    selection_changed = Signal(list)  # ids of the selected ideas
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest: dict[str, Any] | None = None
        self._request = 0
        self.model = IdeasModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in titles and texts (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (CHANNEL, CREATED, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_title.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.detail_body = QPlainTextEdit()
        self.detail_body.setReadOnly(True)
        self.detail_body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.detail_body.setAccessibleName(self.tr("Text of the idea"))
        self._layout()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self.timer.start)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        session.data_changed.connect(self.reload)
        self._show_current()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.detail_body, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_contest(self, contest: dict[str, Any] | None) -> None:
        changed = (contest or {}).get("id") != (self.contest or {}).get("id")
        self.contest = contest
        if changed:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.set_ideas([], "UTC")
            self.reload()

    def reload(self) -> None:
        self.timer.stop()
        self._request += 1
        if self.contest is None:
            self.model.set_ideas([], "UTC")
            self._show_count()
            return
        request, contest, text = self._request, self.contest, self.search.text()
        self.session.run(lambda store: queries.list_ideas(store, contest["id"], text),
                         lambda rows, error: self._loaded(request, contest, rows, error))

    def _loaded(self, request: int, contest: dict[str, Any], rows: list[dict[str, Any]] | None,
                error: BaseException | None) -> None:
        if request != self._request or error is not None or rows is None:
            return
        selected = self.selected_idea_ids()
        current = self.table.currentIndex().data(ID_ROLE)
        self.model.set_ideas(rows, contest["timezone"])
        self._restore_selection(selected, current)
        self._show_count()
        self._show_current()
        self.loaded.emit()

    def _restore_selection(self, selected: list[str], current: str | None) -> None:
        """A reload must not lose what the organizer picked for assignment."""
        selection = QItemSelection()
        for idea_id in selected:
            row = self.model.row_of(idea_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, STATUS))
        chooser = self.table.selectionModel()
        chooser.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current is not None and self.model.row_of(current) >= 0:
            chooser.setCurrentIndex(self.model.index(self.model.row_of(current), 0),
                                    QItemSelectionModel.SelectionFlag.NoUpdate)
        self.selection_changed.emit(self.selected_idea_ids())

    def _show_count(self) -> None:
        n, text = self.model.rowCount(), self.search.text().strip()
        if n == 0 and text:
            self.count.setText(self.tr("No idea matches “%1”.").replace("%1", text))
        else:
            self.count.setText(self.tr("%n idea(s)", "", n))

    def _selection_changed(self) -> None:
        self._show_current()
        self.selection_changed.emit(self.selected_idea_ids())

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        idea = index.data(IDEA_ROLE) if index.isValid() else None
        if idea is None:
            self.detail_title.setText(self.tr("Select an idea to read it here. Select several "
                                              "with Ctrl or Shift to assign them together."))
            self.detail_body.clear()
            return
        self.detail_title.setText(idea["title"])
        self.detail_body.setPlainText(idea["body"])

    def selected_ideas(self) -> list[dict[str, Any]]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.ideas[r] for r in rows if r < len(self.model.ideas)]

    def selected_idea_ids(self) -> list[str]:
        return [idea["id"] for idea in self.selected_ideas()]

    def select_ideas(self, idea_ids: list[str]) -> None:
        self._restore_selection(idea_ids, idea_ids[0] if idea_ids else None)
