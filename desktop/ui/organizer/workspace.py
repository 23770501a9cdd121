"""The organizer's workspace: contests on the left, the selected contest's tabs on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop import refusals
from desktop.session import Session
from desktop.ui.organizer.assignment_tab import AssignmentTab
from desktop.ui.organizer.audit_tab import AuditTab
from desktop.ui.organizer.contest_dialog import ContestDialog
from desktop.ui.organizer.contest_list import ContestList
from desktop.ui.organizer.ideas_tab import IdeasTab
from desktop.ui.organizer.implementation_tab import ImplementationTab
from desktop.ui.organizer.ranking_tab import RankingTab
from desktop.ui.organizer.stages_tab import StagesTab
from desktop.ui.organizer.statistics_tab import StatisticsTab
from desktop.ui.organizer.zones import format_in_zone
from desktop.ui.record_words import RecordWords


class OrganizerWorkspace(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contest: dict[str, Any] | None = None
        self.contest_dialog: ContestDialog | None = None
        self._parked_tab: QWidget | None = None
        self.contests = ContestList(session)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setStyleSheet("background: #fdecea; color: #8e0000; border: 1px solid #e57373;"
                                   " padding: 4px")
        self.refusal.hide()
        self.ideas = IdeasTab(session)
        self.assignment = AssignmentTab(session, self.ideas)
        self.ranking = RankingTab(session)
        self.statistics = StatisticsTab(session)
        self.stages = StagesTab(session)
        self.implementation = ImplementationTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.ideas, self.tr("&Ideas"))
        self.tabs.addTab(self.assignment, self.tr("&Assignment"))
        self.tabs.addTab(self.ranking, self.tr("&Ranking"))
        self.tabs.addTab(self.statistics, self.tr("S&tatistics"))
        self.tabs.addTab(self.stages, self.tr("Sta&ges"))
        self.tabs.addTab(self.implementation, self.tr("I&mplementation"))
        self.audit = AuditTab(session)  # the organization's, whichever contest is selected
        self.tabs.addTab(self.audit, self.tr("Audit &log"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.refusal)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contests)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 940])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for number in range(self.tabs.count()):  # Ctrl+1, Ctrl+2, … switch tabs
            QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self,
                      lambda n=number: self.tabs.setCurrentIndex(n),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.contests.contest_selected.connect(self.show_contest)
        self.contests.new_contest_requested.connect(self.new_contest)
        session.data_changed.connect(self._load_refusals)
        self.show_contest(None)
        self.contests.reload()  # only now: a fast read may call back before run() returns

    def show_contest(self, contest: dict[str, Any] | None) -> None:
        self.contest = contest
        # The contest's tabs wait for a contest; the audit log is the organization's. Qt moves
        # off a tab that gets disabled: come back to it once a contest is selected.
        current = self.tabs.currentWidget()
        for tab in (self.ideas, self.assignment, self.ranking, self.statistics, self.stages,
                    self.implementation):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), contest is not None)
        if contest is None and current is not self.audit:
            self._parked_tab = current
        elif contest is not None and self._parked_tab is not None:
            self.tabs.setCurrentWidget(self._parked_tab)
            self._parked_tab = None
        if contest is None:
            self.title.setText(self.tr("No contest selected"))
            self.details.setText(self.tr("Select a contest on the left, or create one with "
                                         "New contest (Ctrl+N)."))
        else:
            zone = contest["timezone"]
            template = (self.tr("Internal contest, open from %1 to %2 (%3 time)")
                        if contest["visibility"] == "internal" else
                        self.tr("Public contest, open from %1 to %2 (%3 time)"))
            self.title.setText(contest["title"])
            self.details.setText(template.replace("%1", format_in_zone(contest["starts_at"], zone))
                                 .replace("%2", format_in_zone(contest["ends_at"], zone))
                                 .replace("%3", zone))
        for tab in (self.ideas, self.assignment, self.ranking, self.statistics, self.stages,
                    self.implementation, self.audit):
            tab.set_contest(contest)
        self._load_refusals()

    def _load_refusals(self) -> None:
        """Changes to this contest (its stages, criteria, assignments) the server refused."""
        contest_id = (self.contest or {}).get("id")
        if contest_id is None:
            self.refusal.hide()
            return

        def show(found: list[refusals.Refusal] | None, error: BaseException | None) -> None:
            if error is not None or found is None or (self.contest or {}).get("id") != contest_id:
                return
            self.refusal.setVisible(bool(found))
            if found:
                words = RecordWords(self)
                lines = [f"{words.record(r.kind, r.label)}: {r.message or r.code}" for r in found]
                self.refusal.setText(self.tr("The server refused %n change(s) to this contest "
                                             "(File › Refused changes):", "", len(found))
                                     + "\n" + "\n".join(lines))

        self.session.run(lambda store: refusals.list_refusals(store, contest_id), show)

    def new_contest(self) -> None:
        """Opens without blocking, so sync and reloads carry on while the dialog is up."""
        self.contest_dialog = ContestDialog(self.session, self)
        self.contest_dialog.contest_created.connect(self.contests.select_contest)
        self.contest_dialog.open()
