"""Closing a stage: a preview of who advances under the stage's rule, then one confirmation.

Nothing is written until "Close stage" is pressed; then the decisions and the closed stage
go to the outbox in one local transaction (``desktop.edits.close_stage``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import closing_edits
from desktop.closing_queries import ClosingData, closing_data
from desktop.session import Session
from desktop.stage_closing import (
    ADVANCED,
    NOT_ADVANCED,
    RETURNED,
    Closing,
    scoring_closing,
    screening_closing,
)
from desktop.ui.organizer.closing_model import DECISION, RANK, RESULT, TITLE, ClosingModel
from desktop.ui.organizer.zones import format_in_zone
from shared.stage_rules import default_rule

NOTE_STYLE = ("background: #fff4e5; color: #663c00; border: 1px solid #ffb74d; border-radius: 4px;"
              " padding: 6px")


class CloseStageDialog(QDialog):
    loaded = Signal()
    stage_closed = Signal(str)  # the stage's id
    ideas_returned = Signal(str)  # the stage's id; it stays open

    def __init__(self, session: Session, stage_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stage_id = stage_id
        self.data: ClosingData | None = None
        self.closing: Closing | None = None
        self.setWindowTitle(self.tr("Close stage"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold")
        intro = QLabel(self.tr("Check who advances under the rule below. Nothing changes until "
                               "you press Close stage; after that the stage takes no more "
                               "scores and the decisions are recorded."))
        intro.setWordWrap(True)
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Advancement rule"))
        self.n = QSpinBox()
        self.n.setRange(1, 100000)
        self.n.setAccessibleName(self.tr("Number of ideas that advance"))
        self.minimum = QDoubleSpinBox()
        self.minimum.setDecimals(2)
        self.minimum.setRange(0, 1000)
        self.minimum.setAccessibleName(self.tr("Minimum score"))
        self.model = ClosingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Ideas of the stage"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (RANK, RESULT, DECISION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        self.summary = QLabel()
        self.summary.setObjectName("closingSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold")
        self.tie = QLabel()
        self.tie.setObjectName("closingTie")
        self.tie.setWordWrap(True)
        self.tie.setStyleSheet(NOTE_STYLE)
        self.tie.hide()
        self.returning = QLabel()
        self.returning.setObjectName("returningNote")
        self.returning.setWordWrap(True)
        self.returning.setStyleSheet(NOTE_STYLE)
        self.returning.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm.setText(self.tr("Close stage"))
        self.confirm.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.confirm_close)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Rule"), self.rule)
        self.form.addRow(self.tr("Ideas that &advance"), self.n)
        self.form.addRow(self.tr("&Minimum score"), self.minimum)
        self.reason_label = QLabel(self.tr("R&eason (recorded with the decisions)"))
        self.reason_label.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.tie)
        layout.addWidget(self.returning)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self.rule.currentIndexChanged.connect(lambda _: self._rule_chosen())
        self.n.valueChanged.connect(lambda _: self.update_preview())
        self.minimum.valueChanged.connect(lambda _: self.update_preview())
        self.reason.textChanged.connect(self.update_preview)
        self.model.choice_changed.connect(self.update_preview)
        session.run(lambda store: closing_data(store, stage_id), self._loaded)

    # --- loading ----------------------------------------------------------------------------

    def _loaded(self, data: ClosingData | None, error: BaseException | None) -> None:
        if not isValid(self):
            return
        if error is not None or data is None:
            self.error.setText(self.tr("The stage could not be read: %1").replace("%1", str(error)))
            return
        self.data = data
        stage = data.stage
        screening = stage["kind"] == "screening"
        self.heading.setText(self.tr("Close stage “%1”").replace("%1", stage["title"]))
        self.model.set_ideas(data.ideas, screening=screening)
        self.rule.blockSignals(True)
        self.rule.clear()
        rules = ((("all", self.tr("Every evaluator finds every requirement met")),
                  ("majority", self.tr("A majority of evaluators find every requirement met")))
                 if screening else
                 (("top_n", self.tr("The N best ideas (ties at the cut all advance)")),
                  ("threshold", self.tr("Every idea with at least a minimum score")),
                  ("explicit", self.tr("The organizer's choice, with a reason"))))
        for value, label in rules:
            self.rule.addItem(label, value)
        configured = stage.get("rule") or default_rule(stage["kind"])
        value = stage.get("rule_value")
        self.rule.setCurrentIndex(max(self.rule.findData(configured), 0))
        self.rule.blockSignals(False)
        if configured == "top_n" and value:
            self.n.setValue(int(value))
        else:
            self.n.setValue(max(1, min(10, len(data.ideas))))
        if configured == "threshold" and value is not None:
            self.minimum.setValue(float(value))
        self.table.setColumnHidden(RANK, screening)
        self._rule_chosen()
        self.loaded.emit()

    # --- the preview ------------------------------------------------------------------------

    def _rule_chosen(self) -> None:
        rule = self.rule.currentData()
        for widget, visible in ((self.n, rule == "top_n"), (self.minimum, rule == "threshold")):
            widget.setVisible(visible)
            self.form.labelForField(widget).setVisible(visible)
        self.update_preview()

    def update_preview(self) -> None:
        if self.data is None:
            return
        rule = self.rule.currentData()
        if self.data.stage["kind"] == "screening":
            self.closing = screening_closing(
                stage_id=self.stage_id, checks=self.data.checks, rule=rule,
                returned=self.model.returned, reason=self.reason.toPlainText())
        else:
            self.closing = scoring_closing(
                stage_id=self.stage_id, rule=rule, n=self.n.value(), minimum=self.minimum.value(),
                scores={i.idea_id: i.score for i in self.data.ideas}, chosen=self.model.chosen,
                reason=self.reason.toPlainText())
        self.model.set_closing(self.closing, explicit=rule == "explicit")
        self.summary.setText(self.summary_text(self.closing))
        tie = self.tie_text(self.closing)
        self.tie.setText(tie)
        self.tie.setVisible(bool(tie))
        self.error.setText(self.problem_text(self.closing))
        returning = bool(self.closing.ideas(RETURNED))
        deadline = self.data.revision_deadline
        self.returning.setVisible(returning)
        if returning and deadline is None:
            self.returning.setText(self.tr("Set the stage's revision deadline first (Stages tab): "
                                           "authors must know by when to revise."))
        elif returning:
            self.returning.setText(
                self.tr("The returned ideas go back to their authors with the evaluators' "
                        "suggestions; revisions are due by %1 (%2 time). The stage stays open "
                        "and the revised ideas are checked again.")
                .replace("%1", format_in_zone(deadline, self.data.timezone))
                .replace("%2", self.data.timezone))
        self.confirm.setText(self.tr("Return for improvement") if returning
                             else self.tr("Close stage"))
        self.confirm.setEnabled(bool(self.data.ideas) and not self.closing.problems
                                and not (returning and deadline is None))

    def problem_text(self, closing: Closing) -> str:
        if "reason_required" not in closing.problems:
            return ""
        if closing.rule == "explicit":
            return self.tr("Write the reason for your choice: it is recorded with the decisions.")
        return self.tr("Some ideas are not fully judged, so the rule cannot decide them: write "
                       "why the stage closes without them.")

    def summary_text(self, closing: Closing) -> str:
        total = len(closing.decisions)
        if total == 0:
            return self.tr("This stage has no ideas to decide on yet.")
        text = self.tr("%1 of %2 ideas advance.").replace("%1", str(len(closing.ideas(ADVANCED)))) \
            .replace("%2", str(total))
        returned = len(closing.ideas(RETURNED))
        if returned:
            text += " " + self.tr("%n returned for improvement.", "", returned)
        not_advancing = len(closing.ideas(NOT_ADVANCED))
        if not_advancing:
            text += " " + self.tr("%n do(es) not advance.", "", not_advancing)
        if closing.unjudged:
            text += " " + self.tr("%n not fully judged: the rule cannot decide them.", "",
                                  len(closing.unjudged))
        return text

    def tie_text(self, closing: Closing) -> str:
        if not closing.tied:
            return ""
        return self.tr("%n ideas tied at place %1 — all advance.", "", len(closing.tied)) \
            .replace("%1", str(closing.tied_place))

    # --- confirming -------------------------------------------------------------------------

    def confirm_close(self) -> None:
        closing = self.closing
        if closing is None or closing.problems:
            return
        self.buttons.setEnabled(False)
        if closing.ideas(RETURNED):
            suggestions = dict(self.data.suggestions) if self.data else {}
            self.session.edit(lambda store: closing_edits.return_ideas(store, closing, suggestions),
                              self._returned)
        else:
            self.session.edit(lambda store: closing_edits.close_stage(store, closing), self._saved)

    def _returned(self, _result: object, error: BaseException | None) -> None:
        if not isValid(self):
            return
        self.buttons.setEnabled(True)
        if error is not None:
            self.error.setText(self.tr("The ideas could not be returned: %1").replace("%1", str(error)))
            return
        self.ideas_returned.emit(self.stage_id)
        self.accept()

    def _saved(self, _result: object, error: BaseException | None) -> None:
        if not isValid(self):
            return
        self.buttons.setEnabled(True)
        if error is not None:
            self.error.setText(self.tr("The stage could not be closed: %1").replace("%1", str(error)))
            return
        self.stage_closed.emit(self.stage_id)
        self.accept()


