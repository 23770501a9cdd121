"""The Stages tab: a contest's stages in order, added, reordered and configured here.

A contest is judged in two or more stages; the tab says so while it has fewer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import stage_edits
from desktop.edits import CriterionSpec
from desktop.session import Session
from desktop.stage_queries import StagesOverview, stages_overview
from desktop.ui.organizer.criteria_editor import DEFAULT_CRITERIA
from desktop.ui.organizer.stage_editor import StageEditor
from desktop.ui.organizer.stages_model import StagesModel


class StagesTab(QWidget):
    loaded = Signal()
    saved = Signal(str)  # what was done, for tests and the status line

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest: dict[str, Any] | None = None
        self.overview: StagesOverview | None = None
        self.selected_id: str | None = None
        self._request = 0
        self.model = StagesModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Stages in order"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_screening = QPushButton(self.tr("Add scr&eening stage"))
        self.add_scoring = QPushButton(self.tr("Add scori&ng stage"))
        self.move_up = QPushButton(self.tr("Move &up"))
        self.move_up.setShortcut("Alt+Up")
        self.move_up.setToolTip(self.tr("Move the selected stage earlier (Alt+Up)"))
        self.move_down = QPushButton(self.tr("Move &down"))
        self.move_down.setShortcut("Alt+Down")
        self.move_down.setToolTip(self.tr("Move the selected stage later (Alt+Down)"))
        self.note = QLabel()
        self.note.setObjectName("stagesNote")
        self.note.setWordWrap(True)
        self.editor = StageEditor()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        heading = QLabel(self.tr("Stages, in the order ideas go through them"))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.note)
        left_layout.addWidget(self.add_screening)
        left_layout.addWidget(self.add_scoring)
        moves = QHBoxLayout()
        moves.addWidget(self.move_up)
        moves.addWidget(self.move_down)
        left_layout.addLayout(moves)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        left.setMaximumWidth(300)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.selectionModel().currentChanged.connect(lambda current, _: self._chosen(current))
        self.add_screening.clicked.connect(lambda: self.add_stage("screening"))
        self.add_scoring.clicked.connect(lambda: self.add_stage("scoring"))
        self.move_up.clicked.connect(lambda: self.move(-1))
        self.move_down.clicked.connect(lambda: self.move(1))
        self.editor.save_requested.connect(self.save_stage)
        self.editor.reset_requested.connect(self.reset_scores)
        session.data_changed.connect(self.reload)
        self._update_buttons()

    def set_contest(self, contest: dict[str, Any] | None) -> None:
        if (contest or {}).get("id") != (self.contest or {}).get("id"):
            self.selected_id = None
            self.overview = None
            self.model.set_stages([])
            self.editor.set_info(None, "Asia/Baku", [])
        self.contest = contest
        self.reload()

    def reload(self) -> None:
        self._request += 1
        if self.contest is None:
            return
        request, contest_id = self._request, self.contest["id"]
        self.session.run(lambda store: stages_overview(store, contest_id),
                         lambda result, error: self._loaded(request, result, error))

    def _loaded(self, request: int, overview: StagesOverview | None,
                error: BaseException | None) -> None:
        if not isValid(self) or request != self._request or error is not None or overview is None:
            return
        self.overview = overview
        self.model.set_stages(overview.stages)
        row = self.model.row_of(self.selected_id)
        if row < 0 and overview.stages:
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
            self._show(overview.stages[row].stage["id"])
        else:
            self._show(None)
        count = len(overview.stages)
        self.note.setText("" if count >= 2 else self.tr(
            "A contest is judged in two or more stages, for example a screening against the "
            "requirements and then a scoring on criteria. Add the missing stage below."))
        self.note.setVisible(count < 2)
        self.loaded.emit()

    def _chosen(self, index) -> None:  # noqa: ANN001
        stage_id = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if stage_id != self.selected_id:
            self._show(stage_id)

    def _show(self, stage_id: str | None) -> None:
        self.selected_id = stage_id
        info = next((s for s in self.overview.stages if s.stage["id"] == stage_id), None) \
            if self.overview else None
        current = self.editor.info
        same_stage = current is not None and info is not None \
            and current.stage["id"] == info.stage["id"]
        if same_stage and self.editor.dirty:
            self.editor.info = info  # fresher counts and lock, the user's typing stays
            self.editor.refresh_lock()
        elif current is None or info is None or current != info:
            self.editor.set_info(info, self.overview.timezone if self.overview else "Asia/Baku",
                                 self.overview.requirements if self.overview else [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_contest = self.contest is not None
        self.add_screening.setEnabled(has_contest)
        self.add_scoring.setEnabled(has_contest)
        row = self.model.row_of(self.selected_id)
        stages = self.model.stages

        def movable(other: int) -> bool:
            return 0 <= row and 0 <= other < len(stages) and all(
                stages[n].stage["status"] == "open" for n in (row, other))
        self.move_up.setEnabled(movable(row - 1))
        self.move_down.setEnabled(movable(row + 1))

    # --- changes ----------------------------------------------------------------------------

    def _done(self, what: str, message: str) -> Any:
        def done(result: Any, error: BaseException | None) -> None:
            if not isValid(self):
                return
            if error is not None:
                self.editor.message.setStyleSheet("color: #b00020")
                self.editor.message.setText(self.tr("Not saved: %1").replace("%1", str(error)))
                return
            if what == "added":
                self.selected_id = result
            self.editor.dirty = False
            self.editor.message.setStyleSheet("")
            self.editor.message.setText(message)
            self.saved.emit(what)
        return done

    def add_stage(self, kind: str) -> None:
        if self.contest is None:
            return
        contest_id = self.contest["id"]
        title = self.tr("Screening") if kind == "screening" else self.tr("Expert evaluation")
        criteria = [] if kind == "screening" else [
            CriterionSpec(name=name, importance=importance) for name, importance in DEFAULT_CRITERIA]
        self.session.edit(lambda store: stage_edits.add_stage(
            store, contest_id=contest_id, kind=kind, title=title, criteria=criteria),
            self._done("added", self.tr("Stage added. Set its deadline and rule, then save.")))

    def move(self, delta: int) -> None:
        stage_id = self.selected_id
        if stage_id is None:
            return
        self.session.edit(lambda store: stage_edits.move_stage(store, stage_id=stage_id, delta=delta),
                          self._done("moved", self.tr("Order saved.")))

    def save_stage(self, stage_id: str, settings: stage_edits.StageSettings,
                   criteria: list | None) -> None:
        self.session.edit(lambda store: stage_edits.save_stage(
            store, stage_id=stage_id, settings=settings, criteria=criteria),
            self._done("saved", self.tr("Stage saved.")))

    def reset_scores(self, stage_id: str) -> None:
        self.session.edit(lambda store: stage_edits.reset_scores(store, stage_id=stage_id),
                          self._done("reset", self.tr("The scores are deleted once the server has "
                                                      "the reset; criteria unlock then.")))
