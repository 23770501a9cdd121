"""The main window: the workspace of the signed-in user's role, and the sync status line."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from desktop.session import Session
from shared.roles import Role


def workspace_for(session: Session, parent: QWidget | None = None) -> QWidget:
    if session.role == Role.ORGANIZER:
        from desktop.ui.organizer.workspace import OrganizerWorkspace

        return OrganizerWorkspace(session, parent)
    if session.role == Role.EVALUATOR:
        from desktop.ui.evaluator.workspace import EvaluatorWorkspace

        return EvaluatorWorkspace(session, parent)
    if session.role == Role.AUTHOR:
        from desktop.ui.author.workspace import AuthorWorkspace

        return AuthorWorkspace(session, parent)
    if session.role == Role.ADMIN:
        from desktop.ui.admin.organizations_screen import OrganizationsScreen

        return OrganizationsScreen(session, parent)
    label = QLabel(parent)
    label.setText(QMainWindow.tr("This account has no workspace in the desktop client."))
    label.setWordWrap(True)
    return label


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        from desktop.ui.conflicts_dialog import RESOLVE_SHORTCUT
        from desktop.ui.sync_status import SyncStatus

        self.session = session
        self.setWindowTitle(self.tr("Idea Bank — %1").replace("%1", session.profile.display_name))
        self.workspace = workspace_for(session, self)
        self.setCentralWidget(self.workspace)
        self.status = SyncStatus(session, self)
        self.statusBar().addPermanentWidget(self.status, 1)
        menu = self.menuBar().addMenu(self.tr("&File"))
        sync = QAction(self.tr("&Sync now"), self)
        sync.triggered.connect(session.sync_now)
        menu.addAction(sync)
        resolve = QAction(self.tr("Resolve &conflicts…"), self)
        resolve.setShortcut(RESOLVE_SHORTCUT)
        resolve.triggered.connect(self.status.open_conflicts)
        menu.addAction(resolve)
        refused = QAction(self.tr("&Refused changes…"), self)
        refused.triggered.connect(self.status.open_refusals)
        menu.addAction(refused)
        menu.addSeparator()
        preferences = QAction(self.tr("S&ettings…"), self)
        preferences.setShortcut(QKeySequence("Ctrl+,"))
        preferences.triggered.connect(self.open_settings)
        menu.addAction(preferences)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.resize(1280, 800)

    def open_settings(self) -> None:
        from PySide6.QtCore import QLocale

        from desktop.ui.settings_dialog import SettingsDialog

        language = QLocale().name().split("_")[0]
        self.settings_dialog = SettingsDialog(language, self)
        self.settings_dialog.open()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.session.close()
        super().closeEvent(event)
