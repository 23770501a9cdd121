"""The Audit log tab: the organization's log read from the server, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.api_client import SyncError
from desktop.session import Session
from desktop.ui.organizer.audit_model import ACTION, TARGET, WHEN, WHO, AuditModel

PAGE = 500


class AuditTab(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._request = 0
        self.more = False
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (WHEN, WHO, ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.refresh = QPushButton(self.tr("&Refresh"))
        self.refresh.setAccessibleName(self.tr("Refresh the audit log"))
        self.load_more = QPushButton(self.tr("Load &older entries"))
        self.load_more.setAccessibleName(self.tr("Load older audit log entries"))
        self.load_more.setEnabled(False)
        explain = QLabel(self.tr("Who did what in your organization: logins, contests, stages, "
                                 "criteria, assignments and user accounts. The log is kept on "
                                 "the server and cannot be changed; it needs a connection."))
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(explain, 1)
        bottom.addWidget(self.load_more)
        layout.addLayout(bottom)
        self.refresh.clicked.connect(self.reload)
        self.load_more.clicked.connect(self.fetch_older)
        self.shown_once = False

    def set_contest(self, contest: dict[str, Any] | None) -> None:
        """Times in the selected contest's zone; with no contest, in this computer's."""
        self.model.set_zone(contest["timezone"] if contest else None)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self.shown_once:  # read on first view, not at start-up: it needs the network
            self.shown_once = True
            self.reload()

    def reload(self) -> None:
        self._fetch(None)

    def fetch_older(self) -> None:
        oldest = self.model.oldest_seq()
        if oldest is not None:
            self._fetch(oldest)

    def _fetch(self, before: int | None) -> None:
        self._request += 1
        request = self._request
        self.status.setText(self.tr("Reading the audit log from the server…"))
        self.refresh.setEnabled(False)
        self.load_more.setEnabled(False)
        self.session.ask_server(lambda api: api.audit(before=before, limit=PAGE),
                                lambda result, error: self._loaded(request, before, result, error))

    def _loaded(self, request: int, before: int | None, result: dict | None,
                error: BaseException | None) -> None:
        if request != self._request:
            return
        self.refresh.setEnabled(True)
        if error is not None:
            message = error.message if isinstance(error, SyncError) else str(error)
            self.status.setText(self.tr("The audit log could not be read: %1 Try Refresh when "
                                        "the server can be reached.").replace("%1", message))
            self.load_more.setEnabled(self.more)
            self.loaded.emit()
            return
        entries = result["entries"]
        if before is None:
            self.model.set_entries(entries)
        else:
            self.model.append(entries)
        self.more = bool(result["more"])
        self.load_more.setEnabled(self.more)
        count = self.model.rowCount()
        if count == 0:
            self.status.setText(self.tr("The log is empty: nothing has been recorded for your "
                                        "organization yet."))
        elif self.more:
            self.status.setText(self.tr("The newest %n entries; load older ones below.", "",
                                        count))
        else:
            self.status.setText(self.tr("All %n entries.", "", count))
        self.loaded.emit()
