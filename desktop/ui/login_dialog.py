"""Signing in: server address, user name, password. The network call runs off the GUI."""

from __future__ import annotations

from collections.abc import Callable

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

from desktop.api_client import ApiClient, NeedsLogin, Offline, SyncError, TooOld
from desktop.worker import Worker


class LoginDialog(QDialog):
    """On success ``result_body`` holds the server's answer and ``api`` the client."""

    def __init__(self, *, server: str, username: str = "", net: Worker,
                 api_factory: Callable[[str], ApiClient] = ApiClient,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Idea Bank — sign in"))
        self.net = net
        self.api_factory = api_factory
        self.api: ApiClient | None = None
        self.result_body: dict | None = None
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
        api = self.api_factory(server)
        self.net.submit(lambda: api.login(username, password),
                        lambda body, error: self._done(api, body, error))

    def _done(self, api: ApiClient, body: dict | None, error: BaseException | None) -> None:
        self.buttons.setEnabled(True)
        if error is None:
            self.api, self.result_body = api, body
            self.password.clear()
            self.accept()
            return
        if isinstance(error, Offline):
            self.error.setText(self.tr("The server cannot be reached. Check the address and "
                                       "the network."))
        elif isinstance(error, NeedsLogin):
            self.error.setText(self.tr("Wrong user name or password."))
        elif isinstance(error, TooOld):
            self.error.setText(self.tr("Please update Idea Bank: the server no longer accepts "
                                       "this version."))
        elif isinstance(error, SyncError):
            self.error.setText(self.tr("The server refused: %1").replace("%1", error.message))
        else:
            self.error.setText(self.tr("Unexpected error: %1").replace("%1", str(error)))
