"""The Statistics tab: charts of one contest or of the whole organization, from the replica.

Works offline: every figure is read from the local copy. Figures are read again after each
change while the tab is shown, and on showing it after changes made while it was hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.session import Session
from desktop.statistics_queries import Statistics, statistics_if_changed
from desktop.ui.organizer.statistics_card import ChartCard
from desktop.ui.organizer.statistics_chart import BarChart, LineChart
from desktop.ui.organizer.statistics_figures import TOP_CONTESTS, StatisticsFigures

CONTEST, ORGANIZATION = "contest", "organization"
TWO_COLUMNS_FROM = 1100  # pixels of tab width


class StatisticsTab(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest: dict[str, Any] | None = None
        self.stats: Statistics | None = None
        self.figures = StatisticsFigures(self)
        self._request = 0
        self._stale = True
        self._stamp: tuple | None = None  # the replica's change stamp when the figures were read
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Show figures for"))
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        scope_label = QLabel(self.tr("Show figures &for:"))
        scope_label.setBuddy(self.scope)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.cards = {
            "timeline": ChartCard(key="timeline", chart=LineChart(),
                                  title=self.tr("Ideas received over time, by channel")),
            "contests": ChartCard(key="contests", chart=BarChart(),
                                  title=self.tr("Ideas per contest and channel")),
            "statuses": ChartCard(key="statuses", chart=BarChart(),
                                  title=self.tr("Ideas by status")),
            "funnel": ChartCard(key="funnel", chart=BarChart(),
                                title=self.tr("Stage funnel and pass rates"),
                                note=self.tr("An idea is in a stage once it is assigned to an "
                                             "evaluator or decided on there. Pass rate: the "
                                             "ideas that advanced, of those decided; ideas "
                                             "returned for improvement are not decided yet.")),
            "criteria": ChartCard(key="criteria", chart=BarChart(),
                                  title=self.tr("Average score per criterion")),
            "progress": ChartCard(key="progress", chart=BarChart(),
                                  title=self.tr("Evaluator progress: finished of assigned")),
            "leniency": ChartCard(key="leniency", chart=BarChart(),
                                  title=self.tr("Evaluator leniency"),
                                  note=self.tr("How far an evaluator's scores lie from the "
                                               "other evaluators' scores for the same ideas, in "
                                               "scale points: above zero lenient, below zero "
                                               "harsh.")),
            "implemented": ChartCard(key="implemented", chart=BarChart(),
                                     title=self.tr("Ideas implemented"),
                                     note=self.tr("Taken up for implementation: planned, "
                                                  "in progress or finished. Implemented: recorded "
                                                  "as finished.")),
        }
        grid_widget = QWidget()
        self.grid = QGridLayout(grid_widget)
        self.columns = 0
        self._lay_out(2)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_widget)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        top = QHBoxLayout()
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self._fill_scope()
        self.scope.currentIndexChanged.connect(lambda _: self.reload())
        session.data_changed.connect(self._data_changed)

    def _lay_out(self, columns: int) -> None:
        """Cards in ``columns`` columns: two side by side only where each chart keeps room
        for its labels."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for n, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, n // columns, n % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(len(self.cards) + 1):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(-(-len(self.cards) // columns), 1)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._lay_out(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)

    def _fill_scope(self) -> None:
        # The contest's own figures first; a choice of the whole organization is kept.
        chosen = self.scope.currentData() if self.scope.count() > 1 else CONTEST
        self.scope.blockSignals(True)
        self.scope.clear()
        if self.contest is not None:
            self.scope.addItem(self.tr("This contest"), CONTEST)
        self.scope.addItem(self.tr("The whole organization"), ORGANIZATION)
        index = self.scope.findData(chosen)
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    def set_contest(self, contest: dict[str, Any] | None) -> None:
        changed = (contest or {}).get("id") != (self.contest or {}).get("id")
        self.contest = contest
        if changed or self.stats is None:
            self._fill_scope()
            self._stale = True
            if self.isVisible():
                self.reload()

    def contest_id(self) -> str | None:
        if self.scope.currentData() == CONTEST and self.contest is not None:
            return self.contest["id"]
        return None

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the figures again, unless nothing changed since those shown were read."""
        self._request += 1
        self._stale = False
        request, contest_id = self._request, self.contest_id()
        same_scope = self.stats is not None and self.stats.contest_id == contest_id
        since = self._stamp if same_scope else None
        self.session.run(lambda store: statistics_if_changed(store, contest_id, since),
                         lambda result, error: self._stamped(request, result, error))

    def _stamped(self, request: int, result: tuple[tuple, Statistics | None] | None,
                 error: BaseException | None) -> None:
        if request != self._request:
            return
        if error is None and result is not None:
            self._stamp, stats = result
            if stats is None:
                return  # nothing changed: the figures shown are current
            self._loaded(request, stats, None)
        else:
            self._loaded(request, None, error)

    def _loaded(self, request: int, stats: Statistics | None, error: BaseException | None) -> None:
        if request != self._request:
            return
        if error is not None or stats is None:
            self.summary.setText(self.tr("The figures could not be read: %1")
                                 .replace("%1", str(error)))
            return
        self.stats = stats
        organization = stats.contest_id is None
        self.summary.setText(self.tr("%n idea(s), from the data on this computer", "",
                                     stats.total_ideas))
        contests = self.cards["contests"]
        contests.title.setText(self.tr("Ideas per contest and channel") if organization
                               else self.tr("Ideas by channel"))
        wide = organization and len([c for c in stats.contests if c.total]) > TOP_CONTESTS
        contests.note.setText(self.tr("The %1 contests with the most ideas are drawn; the numbers "
                                      "and the CSV file have all of them.")
                              .replace("%1", str(TOP_CONTESTS)) if wide else "")
        contests.note.setVisible(wide)
        timeline = self.cards["timeline"]
        timeline.note.setText(self.tr("Dates in the %1 time zone.").replace("%1", stats.zone))
        timeline.note.setVisible(True)
        for key, card in self.cards.items():
            figure = getattr(self.figures, key)(stats, card.chart)
            card.show_figure(figure.headers, figure.rows, figure.draw, figure.empty)
        self.loaded.emit()

