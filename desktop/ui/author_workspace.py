"""The author's workspace: "My ideas" and the form for a new idea (Ctrl+N).

An idea is saved locally first and sent when the server can be reached; the server gives
it its tracking code, which is shown as soon as the idea comes back confirmed.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
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
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import edits
from desktop.author_queries import MyIdea, my_ideas, open_contests
from desktop.session import Session

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
        words = {"submitted": self.tr("Submitted"), "withdrawn": self.tr("Withdrawn")}
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


class NewIdeaForm(QWidget):
    """Contest, title, description, expected benefit; checked here before it is saved."""

    idea_submitted = Signal(str, str)  # idea id, title
    cancelled = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.idea_id = str(uuid.uuid4())
        self._checked = False  # after the first attempt, errors follow the typing
        self.contest = QComboBox()
        self.contest.setAccessibleName(self.tr("Contest"))
        self.contest_info = self._note()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("A short name for your idea"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("What do you propose, and how would it work?"))
        self.benefit = QPlainTextEdit()
        self.benefit.setPlaceholderText(self.tr("Who gains what? (optional)"))
        self.benefit.setFixedHeight(90)  # the description gets the room; benefit is a line or two
        for edit in (self.body, self.benefit):
            edit.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else
            edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.errors = {name: self._note("#b00020") for name in ("contest", "title", "body", "benefit")}
        self.counters = {name: self._note() for name in ("title", "body", "benefit")}
        self.submit_button = QPushButton(self.tr("Submit idea"))
        self.submit_button.setToolTip(self.tr("Save the idea and send it (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        heading = QLabel(self.tr("New idea"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, extras in (
                (self.tr("&Contest"), self.contest, (self.contest_info, self.errors["contest"])),
                (self.tr("&Title"), self.title, (self.counters["title"], self.errors["title"])),
                (self.tr("&Description"), self.body, (self.counters["body"], self.errors["body"])),
                (self.tr("Expected &benefit"), self.benefit,
                 (self.counters["benefit"], self.errors["benefit"]))):
            label = QLabel(text)
            label.setBuddy(field)  # Alt+letter jumps to the field itself
            form.addRow(label, self._stack(field, *extras))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            self._shortcut(keys, self.submit)
        self._shortcut("Escape", self.cancelled.emit)
        self.title.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.benefit.textChanged.connect(self._edited)
        self.contest.currentIndexChanged.connect(self._contest_changed)
        self.contests: list[dict[str, Any]] = []
        self._edited()
        for label in self.errors.values():
            label.hide()

    def _shortcut(self, keys: str, slot) -> None:  # noqa: ANN001
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _stack(self, *widgets: QWidget) -> QWidget:
        box = QWidget()
        if self.body not in widgets:  # only the description grows with the window
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for w in widgets:
            layout.addWidget(w)
        return box

    @staticmethod
    def _note(color: str = "#607d8b") -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(f"color: {color}")
        return label

    # --- filling ----------------------------------------------------------------------------

    def start(self) -> None:
        """A fresh form with a new idea id: a second click on Submit sends the same idea."""
        self.idea_id = str(uuid.uuid4())
        self._checked = False
        for w in (self.title, self.body, self.benefit):
            w.clear()
        for label in self.errors.values():
            label.hide()
        self.status.clear()
        self.submit_button.setEnabled(True)
        self.reload_contests()
        self.title.setFocus()

    def reload_contests(self) -> None:
        self.session.run(lambda s: open_contests(s, dt.datetime.now(dt.UTC)), self._contests_loaded)

    def _contests_loaded(self, contests: list[dict[str, Any]] | None,
                         error: BaseException | None) -> None:
        if not isValid(self) or error is not None or contests is None:
            return
        chosen = self.contest.currentData()
        self.contests = contests
        self.contest.blockSignals(True)
        self.contest.clear()
        for c in contests:
            self.contest.addItem(c["title"], c["id"])
        if chosen is not None and self.contest.findData(chosen) >= 0:
            self.contest.setCurrentIndex(self.contest.findData(chosen))
        self.contest.blockSignals(False)
        self._contest_changed()

    def _contest_changed(self) -> None:
        contest = next((c for c in self.contests if c["id"] == self.contest.currentData()), None)
        if contest is None:
            self.contest_info.setText(self.tr("No contest is accepting ideas right now.")
                                      if not self.contests else "")
            return
        lines = [self.tr("Open until %1 (time zone %2).")
                 .replace("%1", local_time_text(contest["ends_at"], contest["timezone"]))
                 .replace("%2", contest["timezone"])]
        if contest.get("visibility") == "internal":
            lines.append(self.tr("For staff of the organization only."))
        lines += [f"• {r}" for r in contest.get("requirements") or []]
        self.contest_info.setText("\n".join(lines))
        if self._checked:
            self.validate()

    # --- checking and saving ----------------------------------------------------------------

    def _edited(self) -> None:
        for name, text, limit in self._texts():
            self.counters[name].setText(self.tr("%1 of %2 characters").replace("%1", str(len(text)))
                                        .replace("%2", str(limit)))
            self.counters[name].setStyleSheet("color: #b00020" if len(text) > limit else "color: #607d8b")
        if self._checked:
            self.validate()

    def _texts(self) -> list[tuple[str, str, int]]:
        return [("title", self.title.text(), MAX_TITLE), ("body", self.body.toPlainText(), MAX_TEXT),
                ("benefit", self.benefit.toPlainText(), MAX_TEXT)]

    def validate(self, *, focus: bool = False) -> bool:
        """Show what is wrong next to each field; ``focus`` moves to the first problem."""
        problems: dict[str, str] = {}
        if self.contest.currentData() is None:
            problems["contest"] = self.tr("Choose the contest for your idea.")
        if not self.title.text().strip():
            problems["title"] = self.tr("Give your idea a title.")
        if not self.body.toPlainText().strip():
            problems["body"] = self.tr("Describe your idea.")
        for name, text, limit in self._texts():
            if len(text) > limit:
                problems[name] = self.tr("This is %1 characters long; at most %2 fit.").replace(
                    "%1", str(len(text))).replace("%2", str(limit))
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        first = next((n for n in ("contest", "title", "body", "benefit") if n in problems), None)
        if focus and first is not None:
            {"contest": self.contest, "title": self.title, "body": self.body,
             "benefit": self.benefit}[first].setFocus()
        return not problems

    def submit(self) -> None:
        self._checked = True
        if not self.validate(focus=True):
            return
        contest_id, idea_id = self.contest.currentData(), self.idea_id
        title, body = self.title.text().strip(), self.body.toPlainText().strip()
        benefit = self.benefit.toPlainText().strip()
        self.submit_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.session.edit(
            lambda s: edits.submit_idea(s, contest_id=contest_id, title=title, body=body,
                                        benefit=benefit, idea_id=idea_id),
            lambda _result, error: self._saved(idea_id, title, error))

    def _saved(self, idea_id: str, title: str, error: BaseException | None) -> None:
        if not isValid(self):
            return
        if error is not None:
            self.submit_button.setEnabled(True)
            self.status.setText(self.tr("Your idea could not be saved: %1").replace("%1", str(error)))
            return
        if idea_id == self.idea_id:  # not an echo of a double click after the form moved on
            self.status.clear()
            self.idea_submitted.emit(idea_id, title)


class AuthorWorkspace(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_submitted: tuple[str, str] | None = None  # idea id, title
        self._generation = 0
        self.model = MyIdeasModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("You have not sent any ideas yet. Press Ctrl+N to write one."))
        self.empty.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("confirmation")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # the title is the user's text
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.new_button = QPushButton(self.tr("New idea"))
        self.new_button.setToolTip(self.tr("Write a new idea (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_idea)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        shortcut.activated.connect(self.new_idea)
        self.form = NewIdeaForm(session)
        self.form.hide()
        self.form.idea_submitted.connect(self._submitted)
        self.form.cancelled.connect(self._close_form)
        heading = QLabel(self.tr("My ideas"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        session.data_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.session.run(my_ideas, lambda ideas, error: self._loaded(generation, ideas, error))
        if self.form.isVisible():
            self.form.reload_contests()

    def _loaded(self, generation: int, ideas: list[MyIdea] | None, error: BaseException | None) -> None:
        if not isValid(self) or generation != self._generation or error is not None:
            return
        selected = self.table.currentIndex()
        selected_id = self.model.ideas[selected.row()].id if selected.isValid() else None
        self.model.set_ideas(ideas or [])
        self.empty.setVisible(not self.model.ideas)
        row = self.model.row_of(selected_id) if selected_id else -1
        if row >= 0:
            self.table.selectRow(row)
        self._show_confirmation()

    def new_idea(self) -> None:
        if self.form.isVisible():  # already writing one: never wipe it
            self.form.title.setFocus()
            return
        self.form.show()
        self.splitter.setSizes([self.width() * 11 // 20, self.width() * 9 // 20])
        self.form.start()

    def _close_form(self) -> None:
        self.form.hide()
        self.table.setFocus()

    def _submitted(self, idea_id: str, title: str) -> None:
        self.last_submitted = (idea_id, title)
        self._close_form()
        self.reload()

    def _show_confirmation(self) -> None:
        if self.last_submitted is None:
            return
        idea_id, title = self.last_submitted
        row = self.model.row_of(idea_id)
        if row < 0:
            return
        self.table.selectRow(row)
        idea = self.model.ideas[row]
        if idea.refused:
            text = fill(self.tr("Your idea “%1” was not accepted: %2"), title, idea.refused)
            style = "background: #fdecea; color: #8e0000"
        elif idea.sent:
            text = fill(self.tr("Your idea “%1” was received. Its tracking code is %2 — keep it to "
                                "follow your idea."), title, idea.tracking_code)
            style = "background: #e8f5e9; color: #1b5e20"
        else:
            text = fill(self.tr("Your idea “%1” is saved on this computer and will be sent as soon as "
                                "the server can be reached. Its tracking code will appear here then."),
                        title)
            style = "background: #fff8e1; color: #5d4037"
        self.banner.setText(text)
        self.banner.setStyleSheet(style + "; border-radius: 4px; padding: 8px; font-size: 11pt")
        self.banner.show()
