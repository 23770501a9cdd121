"""The author's workspace: "My ideas" and the form for a new idea (Ctrl+N).

An idea is saved locally first and sent when the server can be reached; the server gives
it its tracking code, which is shown as soon as the idea comes back confirmed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.author_queries import MyIdea, my_ideas
from desktop.session import Session
from desktop.ui.author.idea_outcome import IdeaOutcomeView
from desktop.ui.author.my_ideas_model import MyIdeasModel, fill
from desktop.ui.author.new_idea_form import NewIdeaForm


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
        self.outcome = IdeaOutcomeView(session)
        ideas = QSplitter(Qt.Orientation.Vertical)
        ideas.addWidget(self.table)
        ideas.addWidget(self.outcome)
        ideas.setChildrenCollapsible(False)
        ideas.setSizes([300, 460])
        left_layout.addWidget(ideas, 1)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.outcome.show_idea(
                self.model.ideas[current.row()].id if current.isValid() else None))
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
