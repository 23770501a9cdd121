"""Screening one idea: each announced requirement met or not met, and suggestions for the
author. Built for the keyboard: Tab runs Met, Not met, Met… then the suggestions; Space
chooses. Ctrl+S saves a draft (unanswered requirements allowed); Ctrl+Enter finalizes,
which needs every requirement answered.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import evaluation_edits
from desktop.queries import QueueItem
from desktop.screening_queries import ScreeningContext, screening_context
from desktop.session import Session
from desktop.ui.evaluator.scoring_form import local_time_text

NOTE_STYLE = "background: #eceff1; color: #263238; border-radius: 4px; padding: 6px"


class _Requirement:
    def __init__(self, text: str, met: QRadioButton, unmet: QRadioButton,
                 widgets: list[QWidget]) -> None:
        self.text, self.met, self.unmet, self.widgets = text, met, unmet, widgets
        # Exclusive by hand: a QButtonGroup would make Tab skip the unchecked button.
        met.toggled.connect(lambda on: on and unmet.setChecked(False))
        unmet.toggled.connect(lambda on: on and met.setChecked(False))

    def answer(self) -> bool | None:
        if self.met.isChecked():
            return True
        return False if self.unmet.isChecked() else None


class ScreeningForm(QWidget):
    saved = Signal(str, str, bool)  # stage id, idea id, whether to move on
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item: QueueItem | None = None
        self.context: ScreeningContext | None = None
        self.rows: list[_Requirement] = []
        self.dirty = False
        self._filling = False
        self._generation = 0
        self.heading = QLabel(self.tr("Your check of the requirements"))
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.deadline = QLabel()
        self.deadline.setStyleSheet("color: #546e7a")
        self.note = QLabel()
        self.note.setObjectName("screeningNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(12)
        self.suggestions = QPlainTextEdit()
        self.suggestions.setTabChangesFocus(True)
        self.suggestions.setFixedHeight(90)
        self.suggestions.setAccessibleName(self.tr("Suggestions for the author"))
        self.suggestions.setPlaceholderText(self.tr("What the author could improve. The author "
                                                    "sees this without your name."))
        self.suggestions.textChanged.connect(self._changed)
        suggestions_label = QLabel(self.tr("&Suggestions for the author"))
        suggestions_label.setBuddy(self.suggestions)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.save_draft = QPushButton(self.tr("Save draft"))
        self.save_draft.setToolTip(self.tr("Save the answers given so far (Ctrl+S)"))
        self.finalize = QPushButton(self.tr("Finalize"))
        self.finalize.setToolTip(self.tr("Every requirement answered: save and open the next "
                                         "idea (Ctrl+Enter)"))
        self.finalize.setDefault(True)
        self.save_draft.clicked.connect(lambda: self.save(advance=False))
        self.finalize.clicked.connect(lambda: self.save(advance=True))
        hint = QLabel(self.tr("Tab moves between Met and Not met; Space chooses. Ctrl+S saves a "
                              "draft; Ctrl+Enter finalizes and opens the next idea."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.deadline)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_draft)
        buttons.addWidget(self.finalize)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 8)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addWidget(suggestions_label)
        layout.addWidget(self.suggestions)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """A splitter honours only the minimum height, which counts each wrapped hint as one
        line: at a narrow width (Russian, 150 % text) the buttons would cover the suggestions."""
        self.setMinimumHeight(0)  # the layout's own minimum, not the last width's
        need = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    # --- loading ----------------------------------------------------------------------------

    def load(self, item: QueueItem) -> None:
        self.message.clear()
        self._fetch(item)

    def refresh(self, item: QueueItem) -> None:
        self.item = item
        if not self.dirty:
            self._fetch(item)

    def _fetch(self, item: QueueItem) -> None:
        self.item = item
        self.dirty = False
        self._generation += 1
        generation = self._generation
        self.session.run(lambda s: screening_context(s, item.stage_id, item.idea_id),
                         lambda ctx, error: self._loaded(generation, ctx, error))

    def _loaded(self, generation: int, ctx: ScreeningContext | None,
                error: BaseException | None) -> None:
        if not isValid(self) or generation != self._generation:
            return
        if error is not None or ctx is None:
            self.message.setText(self.tr("The check could not be read: %1").replace("%1", str(error)))
            return
        self.context = ctx
        if [r.text for r in self.rows] != ctx.requirements:
            self._build_rows(ctx.requirements)
        self._filling = True
        for row in self.rows:
            answer = ctx.answers.get(row.text)
            row.met.setChecked(answer is True)
            row.unmet.setChecked(answer is False)
        self.suggestions.setPlainText(ctx.suggestions)
        self._filling = False
        self.dirty = False
        self.deadline.setText(self.tr("Checks close on %1 (time zone %2).")
                              .replace("%1", local_time_text(ctx.deadline, ctx.timezone))
                              .replace("%2", ctx.timezone) if ctx.deadline else "")
        self._show_state()
        # After the new rows are shown: Qt shows widgets added to a visible form a moment later.
        QTimer.singleShot(0, self, self._fit_height)
        self.loaded.emit()

    def _build_rows(self, requirements: list[str]) -> None:
        for row in self.rows:
            for w in row.widgets:
                self.grid.removeWidget(w)
                w.deleteLater()
        self.rows = []
        for number, text in enumerate(requirements):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            met = QRadioButton(self.tr("Met"))
            unmet = QRadioButton(self.tr("Not met"))
            for button, name in ((met, self.tr("%1: met")), (unmet, self.tr("%1: not met"))):
                # Each button its own Tab stop, so Tab and Space alone answer every line;
                # Space on a checked one clears it again (unanswered).
                button.setAutoExclusive(False)
                button.setAccessibleName(name.replace("%1", text))
                button.toggled.connect(self._changed)
            for column, w in enumerate((label, met, unmet)):
                self.grid.addWidget(w, number, column)
            self.rows.append(_Requirement(text, met, unmet, [label, met, unmet]))
        chain: list[QWidget] = [b for r in self.rows for b in (r.met, r.unmet)]
        chain += [self.suggestions, self.save_draft, self.finalize]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_state(self) -> None:
        item, ctx = self.item, self.context
        closed = item is not None and item.stage_status != "open"
        returned = ctx is not None and ctx.idea_status == "returned"
        empty = ctx is not None and not ctx.requirements
        if closed:
            self.note.setText(self.tr("This stage is closed: the check can no longer change."))
        elif returned:
            self.note.setText(self.tr("This idea is with its author for improvement. It comes back "
                                      "here to be checked again once revised."))
        elif empty:
            self.note.setText(self.tr("The contest announces no requirements to check. Ask the "
                                      "organizer to add them."))
        self.note.setVisible(closed or returned or empty)
        editable = not (closed or returned or empty)
        for row in self.rows:
            row.met.setEnabled(editable)
            row.unmet.setEnabled(editable)
        self.suggestions.setReadOnly(not editable)
        self.save_draft.setEnabled(editable)
        self.finalize.setEnabled(editable)

    def _changed(self, *_args: object) -> None:
        if not self._filling:
            self.dirty = True
            self.message.clear()

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].met.setFocus(Qt.FocusReason.TabFocusReason)

    # --- saving -----------------------------------------------------------------------------

    def answers(self) -> dict[str, bool]:
        return {r.text: a for r in self.rows if (a := r.answer()) is not None}

    def save(self, *, advance: bool) -> None:
        item = self.item
        if item is None or not self.finalize.isEnabled():
            return
        answers = self.answers()
        missing = [r.text for r in self.rows if r.answer() is None]
        if advance and missing:
            self.message.setText(self.tr("Answer every requirement to finalize: %1 still open.")
                                 .replace("%1", str(len(missing))))
            return
        if not answers and not self.suggestions.toPlainText().strip():
            self.message.setText(self.tr("Answer at least one requirement to save a draft."))
            return
        suggestions = self.suggestions.toPlainText().strip()
        self.save_draft.setEnabled(False)
        self.finalize.setEnabled(False)
        self.session.edit(
            lambda s: evaluation_edits.save_check(s, stage_id=item.stage_id, idea_id=item.idea_id,
                                                 answers=answers, suggestions=suggestions),
            lambda _result, error: self._saved(item, advance, error))

    def _saved(self, item: QueueItem, advance: bool, error: BaseException | None) -> None:
        if not isValid(self):
            return
        self._show_state()
        if error is not None:
            self.message.setText(self.tr("Your check could not be saved: %1").replace("%1", str(error)))
            return
        self.dirty = False
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.message.setText((self.tr("Finalized at %1.") if advance else self.tr("Draft saved at %1."))
                             .replace("%1", when))
        self.saved.emit(item.stage_id, item.idea_id, advance)
