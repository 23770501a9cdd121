"""The form for a new idea: contest, title, description, expected benefit."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import edits
from desktop.author_queries import open_contests
from desktop.session import Session
from desktop.ui.author.my_ideas_model import MAX_TEXT, MAX_TITLE, local_time_text


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


