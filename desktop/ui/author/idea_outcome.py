"""The author's view of one idea after sending it: returned for improvement (suggestions,
deadline, a Revise form), and after the announcement the decisions, feedback and
implementation. Evaluators are never named: the data holds no evaluator identity.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import evaluation_edits
from desktop.outcome_queries import IdeaOutcome, idea_outcome
from desktop.session import Session
from desktop.ui.author.my_ideas_model import MAX_TITLE, fill, local_time_text

BOX = "border-radius: 4px; padding: 8px;"
RETURNED_STYLE = "background: #fff4e5; color: #663c00; " + BOX
RESULT_STYLE = "background: #e8f5e9; color: #1b5e20; " + BOX
NEUTRAL_STYLE = "background: #eceff1; color: #263238; " + BOX


def _label(style: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # texts come from people, never HTML
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(style)
    return label


class RevisionForm(QWidget):
    """The returned idea's text, to be revised and sent again before the deadline."""

    submitted = Signal(str)  # idea id
    cancelled = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.idea_id: str | None = None
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE)
        self.title.setAccessibleName(self.tr("Title"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Description"))
        self.body.setMinimumHeight(90)
        self.benefit = QPlainTextEdit()
        self.benefit.setTabChangesFocus(True)
        self.benefit.setFixedHeight(70)
        self.benefit.setAccessibleName(self.tr("Expected benefit"))
        self.error = _label("color: #b00020")
        self.send = QPushButton(self.tr("Send revision"))
        self.send.setDefault(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.send.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("&Title"), self.title), (self.tr("&Description"), self.body),
                             (self.tr("Expected &benefit"), self.benefit)):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.send)
        layout.addLayout(buttons)

    def start(self, outcome: IdeaOutcome) -> None:
        self.idea_id = outcome.idea_id
        self.title.setText(outcome.title)
        self.body.setPlainText(outcome.body)
        self.benefit.setPlainText(outcome.benefit)
        self.error.clear()
        self.body.setFocus()

    def submit(self) -> None:
        title, body = self.title.text().strip(), self.body.toPlainText().strip()
        if not title or not body:
            self.error.setText(self.tr("A revision needs a title and a description."))
            return
        idea_id, benefit = self.idea_id, self.benefit.toPlainText().strip()
        if idea_id is None:
            return
        self.send.setEnabled(False)
        self.session.edit(lambda store: evaluation_edits.submit_revision(
            store, idea_id=idea_id, title=title, body=body, benefit=benefit),
            lambda _r, error: self._sent(idea_id, error))

    def _sent(self, idea_id: str, error: BaseException | None) -> None:
        if not isValid(self):
            return
        self.send.setEnabled(True)
        if error is not None:
            self.error.setText(self.tr("The revision could not be saved: %1").replace("%1", str(error)))
            return
        self.submitted.emit(idea_id)


class IdeaOutcomeView(QScrollArea):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.outcome: IdeaOutcome | None = None
        self.idea_id: str | None = None
        self._generation = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.heading = _label("font-size: 12pt; font-weight: bold")
        self.returned = _label(RETURNED_STYLE)
        self.returned.setObjectName("returnedNote")
        self.revise = QPushButton(self.tr("&Revise…"))
        self.revise.setToolTip(self.tr("Improve the idea along the suggestions and send it again"))
        self.revise.clicked.connect(self.open_revision)
        self.revision_form = RevisionForm(session)
        self.revision_form.submitted.connect(self._revised)
        self.revision_form.cancelled.connect(self._close_revision)
        self.revision_form.hide()
        self.results = _label(RESULT_STYLE)
        self.results.setObjectName("resultsNote")
        self.implementation = _label(NEUTRAL_STYLE)
        self.implementation.setObjectName("implementationNote")
        self.waiting = _label("color: #546e7a")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.returned)
        layout.addWidget(self.revise, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.revision_form)
        layout.addWidget(self.results)
        layout.addWidget(self.implementation)
        layout.addWidget(self.waiting)
        layout.addStretch(1)
        self.setWidget(body)
        session.data_changed.connect(self.reload)
        self.show_outcome(None)

    def show_idea(self, idea_id: str | None) -> None:
        if idea_id != self.idea_id:
            self._close_revision()
        self.idea_id = idea_id
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, idea_id = self._generation, self.idea_id
        if idea_id is None:
            self.show_outcome(None)
            return
        self.session.run(lambda store: idea_outcome(store, idea_id),
                         lambda result, error: self._loaded(generation, result, error))

    def _loaded(self, generation: int, outcome: IdeaOutcome | None,
                error: BaseException | None) -> None:
        if not isValid(self) or generation != self._generation or error is not None:
            return
        self.show_outcome(outcome)
        self.loaded.emit()

    def outcome_text(self, outcome: str) -> str:
        return {"advanced": self.tr("went on to the next stage"),
                "not_advanced": self.tr("did not go on"),
                "returned": self.tr("returned for improvement")}.get(outcome, outcome)

    def status_text(self, status: str) -> str:
        return {"planned": self.tr("planned"), "in_progress": self.tr("in progress"),
                "implemented": self.tr("implemented"), "dropped": self.tr("dropped")}.get(status, status)

    def show_outcome(self, outcome: IdeaOutcome | None) -> None:
        self.outcome = outcome
        self.heading.setText(outcome.title if outcome else self.tr("Select one of your ideas to "
                                                                    "see how it is doing."))
        returned = outcome is not None and outcome.status == "returned"
        self.returned.setVisible(returned)
        self.revise.setVisible(returned and not self.revision_form.isVisible())
        if returned:
            lines = [self.tr("Your idea was returned for improvement. The evaluators suggest:")]
            lines += [f"• {s}" for s in outcome.suggestions] or [self.tr("(no suggestions given)")]
            if outcome.revision_due is not None:
                lines.append(fill(self.tr("Send your revision by %1 (%2 time)."),
                                  local_time_text(outcome.revision_due, outcome.timezone),
                                  outcome.timezone))
            self.returned.setText("\n".join(lines))
        announced = outcome is not None and outcome.announced_at is not None
        self.results.setVisible(announced)
        if announced:
            lines = [fill(self.tr("Results announced on %1."),
                          local_time_text(outcome.announced_at, outcome.timezone))]
            for d in outcome.decisions:
                line = fill(self.tr("%1: %2"), d.stage_title, self.outcome_text(d.outcome))
                lines.append(line + (f" — {d.reason}" if d.reason else ""))
            if outcome.feedback:
                lines.append(self.tr("Feedback for you:"))
                lines += [f"• {t}" for t in outcome.feedback]
            self.results.setText("\n".join(lines))
        record = outcome.implementation if outcome else None
        self.implementation.setVisible(record is not None)
        if record is not None:
            lines = [fill(self.tr("Implementation: %1, %2% done."),
                          self.status_text(record["status"]), str(record["progress"]))]
            if record.get("due_on"):
                lines.append(fill(self.tr("Planned to be done by %1."),
                                  local_time_text(record["due_on"], outcome.timezone)))
            if record.get("notes"):
                lines.append(record["notes"])
            self.implementation.setText("\n".join(lines))
        self.waiting.setVisible(outcome is not None and not returned and not announced)
        self.waiting.setText(self.tr("The outcome appears here once the organizer announces "
                                     "the results."))

    def open_revision(self) -> None:
        if self.outcome is None:
            return
        self.revision_form.show()
        self.revise.hide()
        self.revision_form.start(self.outcome)

    def _close_revision(self) -> None:
        self.revision_form.hide()
        if self.outcome is not None and self.outcome.status == "returned":
            self.revise.show()

    def _revised(self, _idea_id: str) -> None:
        self.revision_form.hide()
        self.reload()
