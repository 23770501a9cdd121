"""Signing in: server address, user name, password. The password is checked off the GUI
thread: against the profile's local verifier, and by the server when it must be."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import accounts
from desktop.api_client import ApiClient, NeedsLogin, Offline, SyncError, TooOld
from desktop.worker import Worker


class LoginDialog(QDialog):
    """On success ``unlocked`` holds the opened profile and its token (if any)."""

    def __init__(self, *, server: str, username: str = "", net: Worker,
                 api_factory: Callable[[str], ApiClient] = ApiClient,
                 folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Idea Bank — sign in"))
        self.net = net
        self.api_factory = api_factory
        self.folder = folder  # a chosen profile folder; else the user name's own folder
        self.unlocked: accounts.Unlocked | None = None
        self.server = QLineEdit(server)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        # Qt has no Azerbaijani catalogue of its own: its "Cancel" would stay English.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sign in to Idea Bank"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 16pt; font-weight: bold")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        server, username, password = (self.server.text().strip(), self.username.text().strip(),
                                      self.password.text())
        if not server or not username or not password:
            self.error.setText(self.tr("Enter the server, your user name and your password."))
            return
        self.error.setText(self.tr("Signing in…"))
        self.buttons.setEnabled(False)
        folder, factory = self.folder, self.api_factory
        self.net.submit(lambda: accounts.unlock(server, username, password, folder,
                                                api_factory=factory), self._done)

    def _done(self, unlocked: accounts.Unlocked | None, error: BaseException | None) -> None:
        self.buttons.setEnabled(True)
        if error is None and unlocked is not None:
            self.unlocked = unlocked
            self.password.clear()
            self.accept()
            return
        self.password.selectAll()
        self.password.setFocus()
        if isinstance(error, accounts.WrongPassword) and error.offline:
            self.error.setText(self.tr("Wrong password. The server cannot be reached, so it "
                                       "was checked against this computer's copy of your "
                                       "profile."))
        elif isinstance(error, accounts.WrongPassword):
            self.error.setText(self.tr("Wrong user name or password."))
        elif isinstance(error, accounts.ProfileOfAnotherUser):
            self.error.setText(self.tr("This profile folder belongs to %1. Sign in as %1, or "
                                       "start without choosing a profile folder.")
                               .replace("%1", error.owner))
        elif isinstance(error, Offline):
            self.error.setText(self.tr("The server cannot be reached. Check the address and "
                                       "the network."))
        elif isinstance(error, NeedsLogin):
            self.error.setText(self.tr("Wrong user name or password."))
        elif isinstance(error, TooOld):
            self.error.setText(self.tr("Please update Idea Bank: the server no longer accepts "
                                       "this version."))
        elif isinstance(error, SyncError) and error.code == "too_many_attempts":
            self.error.setText(self.tr("Too many failed sign-ins. Try again at %1.")
                               .replace("%1", _local_time(error.details.get("retry_at"))))
        elif isinstance(error, SyncError) and error.code == "org_pending":
            self.error.setText(self.tr("Your organization is waiting for approval by the "
                                       "platform administrator. You can sign in once it is "
                                       "approved."))
        elif isinstance(error, SyncError) and error.code == "org_rejected":
            self.error.setText(self.tr("Your organization's registration was not approved. "
                                       "Please contact the platform administrator."))
        elif isinstance(error, SyncError):
            self.error.setText(self.tr("The server refused: %1").replace("%1", error.message))
        else:
            self.error.setText(self.tr("Unexpected error: %1").replace("%1", str(error)))


def _local_time(stamp: object) -> str:
    """The server's UTC ``retry_at`` as this computer's HH:MM ("?" if it is missing)."""
    try:
        when = dt.datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except ValueError:
        return "?"
    return when.astimezone().strftime("%H:%M")
