"""The Assignment tab: give the ideas selected in the Ideas tab to checked evaluators."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import edits
from desktop.organizer_queries import AssignmentOverview, assignment_overview
from desktop.session import Session
from desktop.ui.organizer.ideas_tab import IdeasTab
from desktop.ui.organizer.stage_dialog import StageDialog


class AssignmentTab(QWidget):
    loaded = Signal()
    assigned = Signal(int)  # how many assignments were created

    def __init__(self, session: Session, ideas: IdeasTab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ideas = ideas
        self.contest: dict[str, Any] | None = None
        self.overview: AssignmentOverview | None = None
        self.stage_dialog: StageDialog | None = None
        self._request = 0
        self.stage = QComboBox()
        self.stage.setMinimumWidth(280)
        self.add_stage = QPushButton(self.tr("Add &scoring stage"))
        self.add_stage.setToolTip(self.tr("Add a stage in which evaluators score ideas on criteria"))
        self.no_stage = QLabel(self.tr("This contest has no scoring stage yet. Add one to assign "
                                       "evaluators."))
        self.no_stage.setWordWrap(True)
        self.chosen_ideas = QListWidget()
        self.chosen_ideas.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.chosen_ideas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.evaluators = QListWidget()
        self.evaluators.setAccessibleName(self.tr("Evaluators"))
        self.selected = QLabel()
        self.assign_button = QPushButton(self.tr("Assign to selected ideas"))
        self.assign_button.setShortcut("Ctrl+Return")
        self.assign_button.setToolTip(self.tr("Every checked evaluator gets every idea selected "
                                              "in the Ideas tab (Ctrl+Enter)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self.add_stage.clicked.connect(self.open_stage_dialog)
        self.assign_button.clicked.connect(self.assign)
        self.evaluators.itemChanged.connect(lambda _: self._update_button())
        self.stage.currentIndexChanged.connect(lambda _: self._stage_chosen())
        ideas.selection_changed.connect(lambda _: self._ideas_selected())
        session.data_changed.connect(self.reload)
        self._ideas_selected()

    def _layout(self) -> None:
        stage_row = QHBoxLayout()
        stage_row.addWidget(QLabel(self.tr("Stage:")))
        stage_row.addWidget(self.stage)
        stage_row.addWidget(self.add_stage)
        stage_row.addStretch(1)
        ideas = QGroupBox(self.tr("Selected ideas (choose them in the Ideas tab)"))
        QVBoxLayout(ideas).addWidget(self.chosen_ideas)
        people = QGroupBox(self.tr("Evaluators to assign"))
        QVBoxLayout(people).addWidget(self.evaluators)
        lists = QHBoxLayout()
        lists.addWidget(ideas, 3)
        lists.addWidget(people, 2)
        action = QHBoxLayout()
        action.addWidget(self.selected, 1)
        action.addWidget(self.assign_button)
        progress = QGroupBox(self.tr("Progress"))
        QVBoxLayout(progress).addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(stage_row)
        layout.addWidget(self.no_stage)
        layout.addLayout(lists, 1)
        layout.addLayout(action)
        layout.addWidget(self.message)
        layout.addWidget(progress)

    # --- loading --------------------------------------------------------------------------

    def set_contest(self, contest: dict[str, Any] | None) -> None:
        changed = (contest or {}).get("id") != (self.contest or {}).get("id")
        self.contest = contest
        if changed:
            self.message.clear()
            self.stage.clear()
            self.reload()

    def reload(self) -> None:
        self._request += 1
        if self.contest is None:
            return
        request, contest_id = self._request, self.contest["id"]
        self.session.run(lambda store: assignment_overview(store, contest_id),
                         lambda result, error: self._loaded(request, result, error))

    def _loaded(self, request: int, overview: AssignmentOverview | None,
                error: BaseException | None) -> None:
        if request != self._request or error is not None or overview is None:
            return
        self.overview = overview
        stage_id = self.stage.currentData()
        self.stage.blockSignals(True)
        self.stage.clear()
        for s in overview.stages:
            self.stage.addItem(s["title"] or self.tr("Stage %1").replace("%1", str(s["position"])),
                               s["id"])
        self.stage.setCurrentIndex(max(self.stage.findData(stage_id), 0))
        self.stage.blockSignals(False)
        self.no_stage.setVisible(not overview.stages)
        self._show_evaluators()
        lines = [self.tr("%1 — ideas with evaluators: %2 of %3")
                 .replace("%1", c.title).replace("%2", str(c.ideas_with_evaluators))
                 .replace("%3", str(c.ideas)) for c in overview.coverage]
        self.summary.setText("\n".join(lines) or self.tr("No stage yet."))
        self._update_button()
        self.loaded.emit()

    def _stage_chosen(self) -> None:
        self._show_evaluators()
        self._update_button()

    def _show_evaluators(self) -> None:
        """The checklist, with each evaluator's workload in the chosen stage; checks are kept."""
        if self.overview is None:
            return
        checked, stage_id = set(self.checked_evaluator_ids()), self.stage.currentData()
        self.evaluators.blockSignals(True)
        self.evaluators.clear()
        for person in self.overview.evaluators:
            name = person["display_name"] or person["username"]
            load = self.overview.load.get((stage_id, person["id"]), 0)
            item = QListWidgetItem(self.tr("%1 (%n idea(s) in this stage)", "", load)
                                   .replace("%1", name))
            item.setData(Qt.ItemDataRole.UserRole, person["id"])
            item.setToolTip(person["username"])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person["id"] in checked
                               else Qt.CheckState.Unchecked)
            self.evaluators.addItem(item)
        self.evaluators.blockSignals(False)

    # --- assigning ------------------------------------------------------------------------

    def checked_evaluator_ids(self) -> list[str]:
        items = (self.evaluators.item(n) for n in range(self.evaluators.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items
                if i.checkState() == Qt.CheckState.Checked]

    def _ideas_selected(self) -> None:
        chosen = self.ideas.selected_ideas()
        self.chosen_ideas.clear()
        self.chosen_ideas.addItems([idea["title"] for idea in chosen])
        self.selected.setText(self.tr("%n idea(s) selected in the Ideas tab.", "", len(chosen))
                              if chosen else self.tr("Select ideas in the Ideas tab first."))
        self._update_button()

    def _update_button(self) -> None:
        self.assign_button.setEnabled(self.stage.currentData() is not None
                                      and bool(self.ideas.selected_idea_ids())
                                      and bool(self.checked_evaluator_ids()))

    def assign(self) -> None:
        stage_id, idea_ids = self.stage.currentData(), self.ideas.selected_idea_ids()
        evaluator_ids = self.checked_evaluator_ids()
        if stage_id is None or not idea_ids or not evaluator_ids:
            return
        self.assign_button.setEnabled(False)
        self.session.edit(lambda store: edits.assign(store, stage_id=stage_id, idea_ids=idea_ids,
                                                     evaluator_ids=evaluator_ids), self._assigned)

    def _assigned(self, created: int | None, error: BaseException | None) -> None:
        self._update_button()
        if error is not None:
            self.message.setText(self.tr("The assignments could not be saved: %1")
                                 .replace("%1", str(error)))
            return
        if created:
            self.message.setText(self.tr("%n assignment(s) created", "", created))
        else:
            self.message.setText(self.tr("No new assignments: the checked evaluators already "
                                         "have these ideas."))
        self.assigned.emit(created or 0)

    def open_stage_dialog(self) -> None:
        if self.contest is None:
            return
        self.stage_dialog = StageDialog(self.session, self.contest["id"], self)
        self.stage_dialog.open()
