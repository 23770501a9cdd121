"""The platform administrator's screen: organizations that registered, approve or reject.

Decisions are edits of the local replica like any other: they reach the server at the next
sync, and the organization's administrator can sign in as soon as the server has it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import admin_queries
from desktop.session import Session
from desktop.ui.admin.organizations_model import ID_ROLE, OrganizationsModel


class OrganizationsScreen(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = OrganizationsModel(self)
        title = QLabel(self.tr("Organizations"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold")
        intro = QLabel(self.tr("Organizations register themselves and wait here. Approve one "
                               "and its administrator can sign in and invite its staff."))
        intro.setWordWrap(True)
        self.pending_only = QCheckBox(self.tr("&Only those waiting for approval"))
        self.pending_only.setChecked(True)
        self.pending_only.setAccessibleName(self.tr("Show only organizations waiting for approval"))
        self.pending_only.toggled.connect(self.reload)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Organizations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; padding: 24px")
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve the selected organization"))
        self.approve_button.clicked.connect(lambda: self.decide(approve=True))
        self.reject_button = QPushButton(self.tr("&Reject…"))
        self.reject_button.setAccessibleName(self.tr("Reject the selected organization"))
        self.reject_button.clicked.connect(lambda: self.decide(approve=False))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self.decide(approve=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pending_only)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.data_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        pending_only = self.pending_only.isChecked()
        self.session.run(lambda s: admin_queries.organizations(s, pending_only=pending_only),
                         self._loaded)

    def _loaded(self, rows, error) -> None:  # noqa: ANN001
        if error is not None:
            self.empty.setText(self.tr("The organizations could not be read: %1")
                               .replace("%1", str(error)))
            rows = []
        selected = self.selected_id()
        self.model.set_rows(rows or [])
        if error is None:
            self.empty.setText(self.tr("No organization is waiting for approval. New "
                                       "registrations appear here after the next sync (File → "
                                       "Sync now).") if self.pending_only.isChecked() else
                               self.tr("No organizations yet. They appear here after the next "
                                       "sync."))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        for r, row in enumerate(self.model.rows):
            if row["id"] == selected:
                self.table.selectRow(r)
                break
        else:
            if rows:
                self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return indexes[0].data(ID_ROLE) if indexes else None

    def _selected_row(self) -> dict | None:
        selected = self.selected_id()
        return next((r for r in self.model.rows if r["id"] == selected), None)

    def _update_buttons(self, *_args: object) -> None:
        row = self._selected_row()
        self.approve_button.setEnabled(row is not None and row["status"] != "approved")
        self.reject_button.setEnabled(row is not None and row["status"] != "rejected")

    def decide(self, *, approve: bool) -> None:
        row = self._selected_row()
        if row is None or row["status"] == ("approved" if approve else "rejected"):
            return
        if not approve:
            answer = QMessageBox.question(
                self, self.tr("Reject the organization"),
                self.tr("Reject %1? Its people cannot sign in, and any sessions they have "
                        "end.").replace("%1", row["name"]))
            if answer != QMessageBox.StandardButton.Yes:
                return
        org_id = row["id"]
        self.session.edit(lambda s: admin_queries.decide(s, org_id, approve=approve))
