"""The Ideas tab: a searchable table of a contest's ideas and the selected idea's text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
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

from desktop import organizer_queries, queries
from desktop.idea_search import MAX_SEARCH
from desktop.session import Session
from desktop.ui.organizer.ideas_model import (
    CHANNEL,
    CREATED,
    ID_ROLE,
    IDEA_ROLE,
    PLACEHOLDER,
    STATUS,
    TITLE,
    IdeasModel,
    row_runs,
)

SEARCH_DELAY_MS = 250  # wait for a pause in typing before asking the database
FIRST_ROWS = 100  # read with the ids, so the table opens filled rather than with placeholders
KEEP_ROWS = 500  # selected ideas read with the ids; the rest as the Assignment tab asks
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any": no limit on that side


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
        self.search.setMaxLength(MAX_SEARCH)
        self.count = QLabel()
        self._make_filters()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Every row is one line high: the view need not ask each row for its height.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSortIndicator(CREATED, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized once from the header and a sample of rows, not from all 50,000 on every change.
        header.setResizeContentsPrecision(FIRST_ROWS)
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
        self.model.rows_needed.connect(self._read_rows)
        self.model.sort_requested.connect(self.reload)
        session.data_changed.connect(self.reload)
        session.data_changed.connect(
            lambda: self.contest is not None and self._load_stages(self.contest["id"]))
        self._show_current()

    def _make_filters(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status, text in (("submitted", self.tr("Submitted")),
                             ("shortlisted", self.tr("Shortlisted")),
                             ("rejected", self.tr("Rejected")), ("winner", self.tr("Winner")),
                             ("withdrawn", self.tr("Withdrawn"))):
            self.status_filter.addItem(text, status)
        self.stage_filter = QComboBox()
        self.stage_filter.setAccessibleName(self.tr("Filter by stage"))
        self.stage_filter.setToolTip(self.tr("Ideas assigned to evaluators in this stage"))
        self.stage_filter.addItem(self.tr("Any stage"), None)
        self.channel_filter = QComboBox()
        self.channel_filter.setAccessibleName(self.tr("Filter by channel"))
        self.channel_filter.addItem(self.tr("Any channel"), None)
        for channel, text in (("desktop", self.tr("Desktop")), ("kiosk", self.tr("Kiosk")),
                              ("import", self.tr("Imported"))):
            self.channel_filter.addItem(text, channel)
        self.from_filter = self._date_edit(self.tr("Received from"))
        self.to_filter = self._date_edit(self.tr("Received until"))
        for combo in (self.status_filter, self.stage_filter, self.channel_filter):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        for edit in (self.from_filter, self.to_filter):
            edit.dateChanged.connect(lambda *_: self.reload())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setToolTip(self.tr("%1 (a day in the contest's time zone; the first value "
                                "means any day)").replace("%1", name))
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_DATE)
        return edit

    def filters(self) -> organizer_queries.IdeaFilter:
        def day(edit: QDateEdit):  # noqa: ANN202
            date = edit.date()
            return None if date == NO_DATE else date.toPython()

        return organizer_queries.IdeaFilter(
            status=self.status_filter.currentData(), stage_id=self.stage_filter.currentData(),
            channel=self.channel_filter.currentData(), received_from=day(self.from_filter),
            received_to=day(self.to_filter),
            zone=(self.contest or {}).get("timezone") or "Asia/Baku")

    def clear_filters(self) -> None:
        widgets = (self.status_filter, self.stage_filter, self.channel_filter, self.from_filter,
                   self.to_filter)
        for w in widgets:
            w.blockSignals(True)
        for combo in widgets[:3]:
            combo.setCurrentIndex(0)
        self.from_filter.setDate(NO_DATE)
        self.to_filter.setDate(NO_DATE)
        for w in widgets:
            w.blockSignals(False)

    def _load_stages(self, contest_id: str) -> None:
        def show(stages: list[dict[str, Any]] | None, error: BaseException | None) -> None:
            if error is not None or stages is None or (self.contest or {}).get("id") != contest_id:
                return
            chosen = self.stage_filter.currentData()
            self.stage_filter.blockSignals(True)
            while self.stage_filter.count() > 1:
                self.stage_filter.removeItem(1)
            for stage in stages:
                self.stage_filter.addItem(stage["title"] or self.tr("Stage %1")
                                          .replace("%1", str(stage["position"])), stage["id"])
            found = self.stage_filter.findData(chosen)
            self.stage_filter.setCurrentIndex(max(found, 0))
            self.stage_filter.blockSignals(False)
            if chosen is not None and found < 0:
                self.reload()  # the chosen stage is gone: show every stage again
        self.session.run(lambda store: queries.stages_of(store, contest_id), show)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        # Two short rows rather than one long one: at 150% text size a single row would push
        # the detail pane off the window.
        choices = QHBoxLayout()
        for combo in (self.status_filter, self.stage_filter, self.channel_filter):
            # A stage title may be long: the combo shrinks to share the row, the list shows it.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            choices.addWidget(combo, 1)
        dates = QHBoxLayout()
        for text, edit in ((self.tr("From"), self.from_filter), (self.tr("until"), self.to_filter)):
            label = QLabel(text)
            label.setBuddy(edit)
            dates.addWidget(label)
            dates.addWidget(edit)
        dates.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(choices)
        left_layout.addLayout(dates)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.detail_body, 1)
        # Room for a readable line of the idea's text at any font size.
        right.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
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
            self.clear_filters()
            self.stage_filter.blockSignals(True)
            while self.stage_filter.count() > 1:
                self.stage_filter.removeItem(1)
            self.stage_filter.blockSignals(False)
            self.model.set_ids([], "UTC", {})
            if contest is not None:
                self._load_stages(contest["id"])
            self.reload()

    def reload(self) -> None:
        self.timer.stop()
        self._request += 1
        if self.contest is None:
            self.model.set_ids([], "UTC", {})
            self._show_count()
            return
        request, contest, text = self._request, self.contest, self.search.text()
        filters = self.filters()
        sort, descending = self.model.sort_key, self.model.descending
        top = max(self.table.rowAt(0), 0)  # read the rows now on screen too, not only the first
        windows = ((0, FIRST_ROWS), (top, top + FIRST_ROWS))
        current = self.table.currentIndex().data(ID_ROLE)
        keep = tuple(self.selected_idea_ids()[:KEEP_ROWS]) + ((current,) if current else ())
        self.session.run(
            lambda store: organizer_queries.idea_list(store, contest["id"], text=text, sort=sort,
                                                      descending=descending, windows=windows,
                                                      keep=keep, filters=filters),
            lambda result, error: self._loaded(request, contest, result, error))

    def _loaded(self, request: int, contest: dict[str, Any],
                result: organizer_queries.IdeaList | None, error: BaseException | None) -> None:
        if request != self._request or error is not None or result is None:
            return
        selected = self.selected_idea_ids()
        current = self.table.currentIndex().data(ID_ROLE)
        self.model.set_ids(result.ids, contest["timezone"], result.rows)
        self._restore_selection(selected, current)
        self._show_count()
        self._show_current()
        self.loaded.emit()

    def _read_rows(self, ids: list[str]) -> None:
        """The model met rows it has not read yet: read them on the database worker."""
        request = self._request
        self.session.run(lambda store: organizer_queries.idea_rows(store, ids),
                         lambda rows, error: self._rows_read(request, ids, rows, error))

    def _rows_read(self, request: int, ids: list[str], rows: dict[str, dict[str, Any]] | None,
                   error: BaseException | None) -> None:
        if request != self._request or error is not None or rows is None:
            # Read before a reload (maybe out of date) or failed: the view may ask again.
            self.model.forget_requests(ids)
            return
        self.model.add_rows(rows)
        current = self.table.currentIndex().data(ID_ROLE)
        if current in rows:
            self._show_current()
        if not rows.keys().isdisjoint(self.selected_idea_ids()):
            self.selection_changed.emit(self.selected_idea_ids())  # titles for the Assignment tab

    def _restore_selection(self, selected: list[str], current: str | None) -> None:
        """A reload must not lose what the organizer picked for assignment."""
        selection = QItemSelection()
        rows = sorted(r for r in map(self.model.row_of, selected) if r >= 0)
        for first, last in row_runs(rows):  # one range per run: Ctrl+A over 50,000 stays quick
            selection.select(self.model.index(first, 0), self.model.index(last, STATUS))
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
        elif n == 0 and self.filters() != organizer_queries.IdeaFilter(zone=self.filters().zone):
            self.count.setText(self.tr("No idea matches these filters."))
        else:
            self.count.setText(self.tr("%n idea(s)", "", n))

    def _selection_changed(self) -> None:
        self._show_current()
        self.selection_changed.emit(self.selected_idea_ids())

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        idea = index.data(IDEA_ROLE) if index.isValid() else None
        if idea is None and index.isValid():
            self.detail_title.setText(PLACEHOLDER)  # _rows_read shows it when it arrives
            self.detail_body.clear()
            return
        if idea is None:
            self.detail_title.setText(self.tr("Select an idea to read it here. Select several "
                                              "with Ctrl or Shift to assign them together."))
            self.detail_body.clear()
            return
        self.detail_title.setText(idea["title"])
        self.detail_body.setPlainText(idea["body"])

    def selected_ideas(self) -> list[dict[str, Any]]:
        """The selected ideas; those not read yet are stubs (id, placeholder title) and are
        asked for, and ``selection_changed`` comes again when they arrive."""
        ids = self.selected_idea_ids()
        self.model.request_ids([i for i in ids if i not in self.model.cache][:KEEP_ROWS])
        return [self.model.idea(i) for i in ids]

    def selected_idea_ids(self) -> list[str]:
        ranges = self.table.selectionModel().selection()
        rows = sorted({r for span in ranges for r in range(span.top(), span.bottom() + 1)})
        return [self.model.ids[r] for r in rows if r < len(self.model.ids)]

    def select_ideas(self, idea_ids: list[str]) -> None:
        self._restore_selection(idea_ids, idea_ids[0] if idea_ids else None)

