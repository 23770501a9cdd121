"""The Ranking tab: a stage's ideas by weighted mean score, refreshed as scores arrive.

Beside each raw score its normalised score and a disagreement flag; below, how lenient or
harsh each evaluator was. From here the organizer closes the stage (a preview first).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import evaluation_edits
from desktop.organizer_queries import RankingOverview, ranking_overview
from desktop.session import Session
from desktop.ui.organizer.close_stage_dialog import CloseStageDialog
from desktop.ui.organizer.leniency_model import NAME, LeniencyModel
from desktop.ui.organizer.protocol_export import ProtocolExporter
from desktop.ui.organizer.ranking_model import TITLE, RankingModel
from desktop.ui.organizer.zones import format_in_zone


def _table(model, name: str, stretch: int) -> QTableView:  # noqa: ANN001
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


class RankingTab(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest: dict[str, Any] | None = None
        self.overview: RankingOverview | None = None
        self.close_dialog: CloseStageDialog | None = None
        self._request = 0
        self.model = RankingModel(self)
        self.leniency_model = LeniencyModel(self)
        self.stage = QComboBox()
        self.stage.setMinimumWidth(280)
        self.stage.setAccessibleName(self.tr("Stage"))
        self.status = QLabel()
        self.close_stage = QPushButton(self.tr("C&lose stage…"))
        self.close_stage.setToolTip(self.tr("See who advances under the stage's rule, then "
                                            "confirm to close the stage"))
        self.close_stage.clicked.connect(self.open_close_dialog)
        self.announce = QPushButton(self.tr("A&nnounce results…"))
        self.announce.setToolTip(self.tr("Tell the authors their outcomes and release their "
                                         "feedback; possible once every stage is closed"))
        self.announce.clicked.connect(self.announce_results)
        self.announce_note = QLabel()
        self.announce_note.setObjectName("announceNote")
        self.announce_note.setWordWrap(True)
        self.exporter = ProtocolExporter(session, self)
        self.export_button = QPushButton(self.tr("Export protocol…"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setAccessibleName(self.tr("Export the contest protocol"))
        self.export_button.setToolTip(self.tr("Save the contest protocol (stages, criteria and "
                                              "weights, evaluators, scores, ranking, decisions) "
                                              "as PDF, Excel or CSV (Ctrl+E)"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_protocol)
        self.export_note = QLabel()
        self.export_note.setWordWrap(True)
        self.export_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exporter.started.connect(self._export_started)
        self.exporter.exported.connect(self._exported)
        self.exporter.failed.connect(self._export_failed)
        self.table = _table(self.model, self.tr("Ranking"), TITLE)
        self.leniency = _table(self.leniency_model, self.tr("Evaluator leniency"), NAME)
        # Three evaluators in view even when the explanations wrap to two lines (Russian).
        self.leniency.setMinimumHeight(3 * self.leniency.verticalHeader().defaultSectionSize()
                                       + self.leniency.horizontalHeader().sizeHint().height()
                                       + 2 * self.leniency.frameWidth())
        explain = QLabel(self.tr("Score: the mean over the assigned evaluators of each one's "
                                 "weighted mean of the criteria. An idea is ranked once every "
                                 "assigned evaluator has scored every criterion."))
        explain.setWordWrap(True)
        self.leniency_note = QLabel()
        self.leniency_note.setWordWrap(True)
        top = QHBoxLayout()
        stage_label = QLabel(self.tr("&Stage:"))
        stage_label.setBuddy(self.stage)
        top.addWidget(stage_label)
        top.addWidget(self.stage)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.close_stage)
        top.addWidget(self.export_button)
        results_row = QHBoxLayout()
        results_row.addWidget(self.announce_note, 1)
        results_row.addWidget(self.announce)
        ranking = QWidget()
        ranking_layout = QVBoxLayout(ranking)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        ranking_layout.addWidget(self.table, 1)
        ranking_layout.addWidget(explain)
        report = QWidget()
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Evaluator leniency"))
        heading.setStyleSheet("font-weight: bold")
        report_layout.addWidget(heading)
        report_layout.addWidget(self.leniency, 1)
        report_layout.addWidget(self.leniency_note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(ranking)
        splitter.addWidget(report)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(results_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.export_note)
        self.stage.currentIndexChanged.connect(lambda _: self.reload())
        session.data_changed.connect(self.reload)

    def set_contest(self, contest: dict[str, Any] | None) -> None:
        changed = (contest or {}).get("id") != (self.contest or {}).get("id")
        self.contest = contest
        self.export_button.setEnabled(contest is not None and not self.exporter.busy)
        if changed:
            self.export_note.clear()
            self.stage.blockSignals(True)
            self.stage.clear()
            self.stage.blockSignals(False)
            self.model.set_rows([])
            self.leniency_model.set_rows([])
            self.overview = None
            self._update_close_button()
            self.reload()

    def reload(self) -> None:
        self._request += 1
        if self.contest is None:
            return
        request, contest_id, stage_id = self._request, self.contest["id"], self.stage.currentData()
        self.session.run(lambda store: ranking_overview(store, contest_id, stage_id),
                         lambda result, error: self._loaded(request, result, error))

    def _loaded(self, request: int, overview: RankingOverview | None,
                error: BaseException | None) -> None:
        if request != self._request or error is not None or overview is None:
            return
        self.overview = overview
        self.stage.blockSignals(True)
        self.stage.clear()
        for s in overview.stages:
            self.stage.addItem(s["title"] or self.tr("Stage %1").replace("%1", str(s["position"])),
                               s["id"])
        self.stage.setCurrentIndex(self.stage.findData(overview.stage_id))
        self.stage.blockSignals(False)
        fairness = overview.fairness
        screening = (self.current_stage() or {}).get("kind") == "screening"
        # A screening stage checks requirements and ranks nothing: no rows that would all
        # read "incomplete".
        self.model.set_rows([] if screening else overview.rows, normalised=fairness.normalised,
                            disagreement=fairness.disagreement)
        self.leniency_model.set_rows(fairness.leniency)
        self.leniency_note.setText(
            self.tr("Mean deviation: how far an evaluator's scores lie, on average, from the "
                    "panel's mean for the same ideas (+ lenient, − harsh).")
            if fairness.leniency else
            self.tr("The leniency report appears once evaluators have fully scored ideas."))
        ranked = sum(1 for r in overview.rows if r.complete)
        if not overview.stages:
            self.status.setText(self.tr("This contest has no scoring stage yet."))
        elif not overview.rows:
            self.status.setText(self.tr("No idea is assigned to an evaluator in this stage yet."))
        elif screening:
            self.status.setText(self.tr("A screening stage ranks nothing: Close stage… shows "
                                        "who passes the requirements."))
        else:
            self.status.setText(self.tr("%1 ranked, %2 waiting for scores")
                                .replace("%1", str(ranked))
                                .replace("%2", str(len(overview.rows) - ranked)))
        self._update_close_button()
        self._update_announce()
        self.loaded.emit()

    def current_stage(self) -> dict[str, Any] | None:
        if self.overview is None:
            return None
        return next((s for s in self.overview.stages if s["id"] == self.overview.stage_id), None)

    def _update_close_button(self) -> None:
        stage = self.current_stage()
        is_open = stage is not None and stage["status"] == "open"
        self.close_stage.setEnabled(is_open and bool(self.overview and self.overview.rows))
        self.close_stage.setText(self.tr("C&lose stage…") if stage is None or is_open
                                 else self.tr("Stage closed"))

    def _update_announce(self) -> None:
        overview = self.overview
        contest = overview.contest if overview else None
        announced = contest.get("results_announced_at") if contest else None
        stages = overview.stages if overview else []
        open_stages = [s for s in stages if s["status"] != "closed"]
        self.announce.setEnabled(contest is not None and announced is None and bool(stages)
                                 and not open_stages)
        if announced is not None:
            self.announce_note.setText(
                self.tr("Results announced on %1 (%2 time). Authors see their outcomes and "
                        "feedback; the results are final.")
                .replace("%1", format_in_zone(announced, contest["timezone"]))
                .replace("%2", contest["timezone"]))
        elif not stages:
            self.announce_note.setText("")
        elif open_stages:
            self.announce_note.setText(self.tr("Results can be announced once every stage is "
                                               "closed (%n still open).", "", len(open_stages)))
        else:
            self.announce_note.setText(self.tr("Every stage is closed: the results can be "
                                               "announced to the authors."))

    def confirm_announce(self, title: str) -> bool:
        """Ask before announcing; a separate method so tests can answer it."""
        answer = QMessageBox.question(
            self, self.tr("Announce results"),
            self.tr("Announce the results of “%1”? Every author then sees the outcome of their "
                    "idea and the feedback released to them (never the evaluators' names). "
                    "This cannot be undone.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def announce_results(self) -> None:
        contest = self.overview.contest if self.overview else None
        if contest is None or not self.announce.isEnabled() \
                or not self.confirm_announce(contest["title"]):
            return
        contest_id = contest["id"]
        self.announce.setEnabled(False)
        self.session.edit(lambda store: evaluation_edits.announce_results(store, contest_id=contest_id),
                          lambda _result, error: self._announced(error))

    def _announced(self, error: BaseException | None) -> None:
        if error is not None:
            self.announce_note.setText(self.tr("The results could not be announced: %1")
                                       .replace("%1", str(error)))
            self.announce.setEnabled(True)

    def open_close_dialog(self) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        self.close_dialog = CloseStageDialog(self.session, stage["id"], self)
        self.close_dialog.open()


    # --- the protocol ---------------------------------------------------------------------

    def export_protocol(self) -> None:
        if self.contest is not None:
            self.exporter.export(self.contest)

    def _export_started(self) -> None:
        self.export_button.setEnabled(False)
        self.export_note.setText(self.tr("Writing the protocol…"))

    def _exported(self, path: str) -> None:
        self.export_button.setEnabled(self.contest is not None)
        self.export_note.setText(self.tr("Protocol saved to %1").replace("%1", path))

    def _export_failed(self, message: str) -> None:
        self.export_button.setEnabled(self.contest is not None)
        self.export_note.setText(message)
