"""The organizer's contests: title, idea count, deadline in the contest's zone, visibility."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop import queries
from desktop.session import Session
from desktop.ui.organizer.zones import format_in_zone

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
CONTEST_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2


class ContestListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contests: list[dict[str, Any]] = []

    def set_contests(self, contests: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.contests = contests
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.contests)

    def row_of(self, contest_id: str | None) -> int:
        return next((n for n, c in enumerate(self.contests) if c["id"] == contest_id), -1)

    def details(self, contest: dict[str, Any]) -> str:
        n, deadline = contest["ideas"], format_in_zone(contest["ends_at"], contest["timezone"])
        if contest["visibility"] == "internal":
            text = self.tr("Internal · %n idea(s)\nDeadline: %1 (%2)", "", n)
        else:
            text = self.tr("Public · %n idea(s)\nDeadline: %1 (%2)", "", n)
        return text.replace("%1", deadline).replace("%2", contest["timezone"])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.contests):
            return None
        contest = self.contests[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return contest["title"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{contest['title']}\n{self.details(contest)}"
        if role == DETAIL_ROLE:
            return self.details(contest)
        if role == ID_ROLE:
            return contest["id"]
        if role == CONTEST_ROLE:
            return contest
        return None


class ContestDelegate(QStyledItemDelegate):
    """Title in bold, wrapped; the details line beneath it in the muted text colour."""

    MARGIN = 8

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _rects(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, QRect]:
        bold, plain = self._fonts(option)
        width = max(option.rect.width(), 200) - 2 * self.MARGIN
        flags = int(Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), flags,
                                                index.data() or "")
        detail = QFontMetrics(plain).boundingRect(QRect(0, 0, width, 10_000), flags,
                                                  index.data(DETAIL_ROLE) or "")
        left, top = option.rect.left() + self.MARGIN, option.rect.top() + self.MARGIN
        title_rect = QRect(left, top, width, title.height())
        return title_rect, QRect(left, title_rect.bottom() + 4, width, detail.height())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        title, detail = self._rects(option, index)
        return QSize(option.rect.width(), detail.bottom() - title.top() + 2 * self.MARGIN + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = text if selected else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        bold, plain = self._fonts(option)
        title_rect, detail_rect = self._rects(option, index)
        painter.save()
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(title_rect, flags, index.data() or "")
        painter.setFont(plain)
        painter.setPen(muted)
        painter.drawText(detail_rect, flags, index.data(DETAIL_ROLE) or "")
        painter.restore()


class ContestList(QWidget):
    """Call ``reload()`` once its signals are connected; it reloads on data_changed after."""

    contest_selected = Signal(object)  # the contest's row (dict), or None
    new_contest_requested = Signal()
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._request = 0
        self._wanted: str | None = None
        self.model = ContestListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ContestDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Contests"))
        self.new_button = QPushButton(self.tr("&New contest"))
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setToolTip(self.tr("Create a contest with its scoring criteria (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_contest_requested)
        self.empty = QLabel(self.tr("No contests yet. Create the first one with New contest."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        heading = QLabel(self.tr("Contests"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold")
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        session.data_changed.connect(self.reload)

    def reload(self) -> None:
        self._request += 1
        request = self._request
        self.session.run(queries.list_contests, lambda rows, error: self._loaded(request, rows, error))

    def _loaded(self, request: int, rows: list[dict[str, Any]] | None, error: BaseException | None) -> None:
        if request != self._request or error is not None or rows is None:
            return  # a newer reload is on its way; a failed read keeps what is shown
        keep = self._wanted or self.current_id()
        self._wanted = None
        self.view.selectionModel().blockSignals(True)
        self.model.set_contests(rows)
        row = self.model.row_of(keep)
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.selectionModel().blockSignals(False)
        self.empty.setVisible(not rows)
        # Emitted after every load: the details (idea count, dates) may have changed too.
        self.contest_selected.emit(self.current_contest())
        self.loaded.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.contest_selected.emit(current.data(CONTEST_ROLE) if current.isValid() else None)

    def current_contest(self) -> dict[str, Any] | None:
        index = self.view.selectionModel().currentIndex()
        return index.data(CONTEST_ROLE) if index.isValid() else None

    def current_id(self) -> str | None:
        contest = self.current_contest()
        return contest["id"] if contest else None

    def select_contest(self, contest_id: str) -> None:
        """Select a contest now, or as soon as a reload brings it (e.g. a new one)."""
        row = self.model.row_of(contest_id)
        if row < 0:
            self._wanted = contest_id
            return
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
