"""The Ranking tab: a stage's ideas by weighted mean score, refreshed as scores arrive."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.organizer_queries import RankingOverview, ranking_overview
from desktop.session import Session
from desktop.ui.organizer.ranking_model import EVALUATORS, RANK, SCORE, TITLE, RankingModel


class RankingTab(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest: dict[str, Any] | None = None
        self._request = 0
        self.model = RankingModel(self)
        self.stage = QComboBox()
        self.stage.setMinimumWidth(280)
        self.status = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (RANK, SCORE, EVALUATORS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        explain = QLabel(self.tr("Score: the mean over the assigned evaluators of each one's "
                                 "weighted mean of the criteria. An idea is ranked once every "
                                 "assigned evaluator has scored every criterion."))
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stage:")))
        top.addWidget(self.stage)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(explain)
        self.stage.currentIndexChanged.connect(lambda _: self.reload())
        session.data_changed.connect(self.reload)

    def set_contest(self, contest: dict[str, Any] | None) -> None:
        changed = (contest or {}).get("id") != (self.contest or {}).get("id")
        self.contest = contest
        if changed:
            self.stage.blockSignals(True)
            self.stage.clear()
            self.stage.blockSignals(False)
            self.model.set_rows([])
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
        self.stage.blockSignals(True)
        self.stage.clear()
        for s in overview.stages:
            self.stage.addItem(s["title"] or self.tr("Stage %1").replace("%1", str(s["position"])),
                               s["id"])
        self.stage.setCurrentIndex(self.stage.findData(overview.stage_id))
        self.stage.blockSignals(False)
        self.model.set_rows(overview.rows)
        ranked = sum(1 for r in overview.rows if r.complete)
        if not overview.stages:
            self.status.setText(self.tr("This contest has no scoring stage yet."))
        elif not overview.rows:
            self.status.setText(self.tr("No idea is assigned to an evaluator in this stage yet."))
        else:
            self.status.setText(self.tr("%1 ranked, %2 waiting for scores")
                                .replace("%1", str(ranked))
                                .replace("%2", str(len(overview.rows) - ranked)))
        self.loaded.emit()
