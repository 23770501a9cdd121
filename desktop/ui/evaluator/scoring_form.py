"""Scoring one idea: a score and a comment per criterion, saved to the outbox.

Built for the keyboard: Tab runs score, comment, next score...; typing a number replaces
"Not scored"; Ctrl+S saves a draft, Ctrl+Enter saves and asks for the next idea.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import edits
from desktop.evaluator_queries import ScoringContext, scoring_context
from desktop.queries import QueueItem
from desktop.session import Session


class ScoreSpinBox(QSpinBox):
    """Selects its text on every focus-in, so the typed number replaces "Not scored"."""

    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        QTimer.singleShot(0, lambda: isValid(self) and self.selectAll())
        self.focused.emit()


def local_time_text(when: dt.datetime, timezone: str) -> str:
    """``when`` in the contest's zone, formatted the way the user's locale writes it."""
    try:
        local = when.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        local = when
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


class _Row:
    def __init__(self, criterion: dict[str, Any], spin: ScoreSpinBox, comment: QLineEdit,
                 widgets: list[QWidget]) -> None:
        self.criterion, self.spin, self.comment, self.widgets = criterion, spin, comment, widgets

    @property
    def scored(self) -> bool:
        return self.spin.value() > self.spin.minimum()


class ScoringForm(QWidget):
    scores_saved = Signal(str, str, bool)  # stage id, idea id, whether to move on
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item: QueueItem | None = None
        self.loaded_key: tuple[str, str] | None = None  # the idea whose values are shown
        self.rows: list[_Row] = []
        self.dirty = False
        self._filling = False
        self._generation = 0
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setStyleSheet("background: #fdecea; color: #8e0000; border: 1px solid #e57373;"
                                   " border-radius: 4px; padding: 6px")
        self.closed_note = QLabel(self.tr("This stage is closed: scores can no longer be changed. "
                                          "Your scores are shown as they were saved."))
        self.closed_note.setObjectName("closedNote")
        self.closed_note.setWordWrap(True)
        self.closed_note.setStyleSheet("background: #eceff1; color: #263238; border-radius: 4px;"
                                       " padding: 6px")
        self.heading = QLabel(self.tr("Your scores"))
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.deadline = QLabel()
        self.deadline.setStyleSheet("color: #546e7a")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(3, 1)
        self.grid.setHorizontalSpacing(12)
        self.help = QLabel()
        self.help.setObjectName("criterionHelp")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setStyleSheet("color: #37474f; font-style: italic")
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.save_draft = QPushButton(self.tr("Save draft"))
        self.save_draft.setToolTip(self.tr("Save the scores given so far (Ctrl+S)"))
        self.save_next = QPushButton(self.tr("Save and next"))
        self.save_next.setToolTip(self.tr("Save and open the next unfinished idea (Ctrl+Enter)"))
        self.save_next.setDefault(True)
        self.save_draft.clicked.connect(lambda: self.save(advance=False))
        self.save_next.clicked.connect(lambda: self.save(advance=True))
        hint = QLabel(self.tr("Tab moves to the next field. Ctrl+S saves a draft; Ctrl+Enter saves "
                              "and opens the next unfinished idea."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.deadline)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_draft)
        buttons.addWidget(self.save_next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 8)
        layout.addWidget(self.refusal)
        layout.addWidget(self.closed_note)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addWidget(self.help)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.refusal.hide()
        self.closed_note.hide()

    # --- loading ----------------------------------------------------------------------------

    def load(self, item: QueueItem) -> None:
        """Show ``item``'s criteria and this evaluator's saved scores."""
        self.loaded_key = None
        self.message.clear()
        self._fetch(item)

    def refresh(self, item: QueueItem) -> None:
        """The same idea after a reload: new state, and new values unless the user is typing."""
        if self.dirty:
            self.item = item
            self._show_state(item)
        else:
            self._fetch(item)  # keeps "Saved at…" and other messages in place

    def _fetch(self, item: QueueItem) -> None:
        self.item = item
        self.dirty = False
        self._show_state(item)
        self._generation += 1
        generation = self._generation
        self.session.run(lambda s: scoring_context(s, item.stage_id, item.idea_id),
                         lambda ctx, error: self._loaded(generation, ctx, error))

    def _loaded(self, generation: int, ctx: ScoringContext | None,
                error: BaseException | None) -> None:
        if not isValid(self) or generation != self._generation:
            return  # a newer load is on its way
        if error is not None or ctx is None:
            self.message.setText(self.tr("The scores could not be read: %1").replace("%1", str(error)))
            return
        if self.dirty and self.loaded_key == (ctx.stage_id, ctx.idea_id):
            return  # he started typing while this was read: his values win
        ids = [c["id"] for c in ctx.criteria]
        if ids != [r.criterion["id"] for r in self.rows]:
            self._build_rows(ctx.criteria)
        self._filling = True
        for row in self.rows:
            saved = ctx.scores.get(row.criterion["id"])
            row.spin.setValue(int(round(saved["value"])) if saved else row.spin.minimum())
            row.comment.setText(saved["comment"] if saved else "")
        self._filling = False
        self.deadline.setText(self.tr("Scoring closes on %1 (time zone %2).")
                              .replace("%1", local_time_text(ctx.deadline, ctx.timezone))
                              .replace("%2", ctx.timezone) if ctx.deadline else "")
        self.loaded_key = (ctx.stage_id, ctx.idea_id)
        if self.item is not None:
            self._show_state(self.item)
        self.loaded.emit()

    def _build_rows(self, criteria: list[dict[str, Any]]) -> None:
        for row in self.rows:
            for w in row.widgets:
                self.grid.removeWidget(w)
                w.deleteLater()
        self.rows = []
        for number, c in enumerate(criteria):
            name = QLabel(c["name"])
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setStyleSheet("font-weight: bold")
            importance = QLabel(self.importance_text(c["importance"], c["weight"]))
            importance.setStyleSheet("color: #546e7a")
            spin = ScoreSpinBox()
            spin.setRange(int(c["scale_min"]) - 1, int(c["scale_max"]))
            spin.setSpecialValueText(self.tr("Not scored"))
            spin.setAccessibleName(c["name"])
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            comment = QLineEdit()
            comment.setPlaceholderText(self.tr("Comment (optional)"))
            comment.setAccessibleName(self.tr("Comment on %1").replace("%1", c["name"]))
            description = c.get("description") or ""
            for w in (name, spin, comment):
                w.setToolTip(description)
            scale = self.tr("Scale %1–%2").replace("%1", str(c["scale_min"])).replace(
                "%2", str(c["scale_max"]))
            spin.setStatusTip(scale)
            spin.focused.connect(lambda n=c["name"], d=description, s=scale: self.help.setText(
                f"{n} — {d} ({s})" if d else f"{n} ({s})"))
            spin.valueChanged.connect(self._changed)
            comment.textEdited.connect(self._changed)
            for column, w in enumerate((name, importance, spin, comment)):
                self.grid.addWidget(w, number, column)
            self.rows.append(_Row(c, spin, comment, [name, importance, spin, comment]))
        chain: list[QWidget] = [w for r in self.rows for w in (r.spin, r.comment)]
        chain += [self.save_draft, self.save_next]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.help.clear()

    def importance_text(self, importance: str, weight: float) -> str:
        value = QLocale().toString(float(weight), "g", 4)
        texts = {"low": self.tr("Low importance (weight %1)"),
                 "medium": self.tr("Medium importance (weight %1)"),
                 "high": self.tr("Very important (weight %1)")}
        return texts.get(importance, self.tr("Weight %1")).replace("%1", value)

    def _show_state(self, item: QueueItem) -> None:
        closed = item.stage_status != "open"
        self.refusal.setText(self.tr("The server did not accept your scores for this idea: %1\n"
                                     "Your values are still shown below.")
                             .replace("%1", item.refused))
        self.refusal.setVisible(bool(item.refused))
        self.closed_note.setVisible(closed)
        for row in self.rows:
            row.spin.setReadOnly(closed)
            row.comment.setReadOnly(closed)
        self.save_draft.setEnabled(not closed)
        self.save_next.setEnabled(not closed)

    def _changed(self) -> None:
        if not self._filling:
            self.dirty = True
            self.message.clear()

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].spin.setFocus(Qt.FocusReason.TabFocusReason)

    # --- saving -----------------------------------------------------------------------------

    def values(self) -> tuple[dict[str, float], dict[str, str]]:
        scored = [r for r in self.rows if r.scored]
        return ({r.criterion["id"]: float(r.spin.value()) for r in scored},
                {r.criterion["id"]: r.comment.text().strip() for r in scored})

    def save(self, *, advance: bool) -> None:
        item = self.item
        if item is None or item.stage_status != "open":
            return
        orphans = [r.criterion["name"] for r in self.rows if not r.scored and r.comment.text().strip()]
        if orphans:
            self.message.setText(self.tr("A comment is saved only with a score. Give a score for "
                                         "%1 or clear its comment.").replace("%1", ", ".join(orphans)))
            return
        values, comments = self.values()
        if not values:
            if advance:
                self.scores_saved.emit(item.stage_id, item.idea_id, True)
            else:
                self.message.setText(self.tr("Score at least one criterion to save a draft."))
            return
        self.save_draft.setEnabled(False)
        self.save_next.setEnabled(False)
        self.session.edit(
            lambda s: edits.save_scores(s, stage_id=item.stage_id, idea_id=item.idea_id,
                                        values=values, comments=comments),
            lambda _result, error: self._saved(item, advance, error))

    def _saved(self, item: QueueItem, advance: bool, error: BaseException | None) -> None:
        if not isValid(self):
            return
        if self.item is not None:
            self._show_state(self.item)
        if error is not None:
            self.message.setText(self.tr("Your scores could not be saved: %1").replace("%1", str(error)))
            return
        if self.item is item or (self.item and self.item.idea_id == item.idea_id):
            self.dirty = False
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.message.setText(self.tr("Saved at %1. Scores are sent to the server whenever it can "
                                     "be reached.").replace("%1", when))
        self.scores_saved.emit(item.stage_id, item.idea_id, advance)
