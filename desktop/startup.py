"""From command line to open window: pick the profile, sign in if needed, open the
workspace of the user's role (or the kiosk)."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import credentials, i18n, settings
from desktop.profile import DEFAULT_SERVER, Profile
from desktop.session import Session
from desktop.ui.login_dialog import LoginDialog
from desktop.worker import Worker


def sign_in(args: argparse.Namespace, app: QApplication) -> tuple[Profile, str | None] | None:
    """Ask for the password and open the user's profile (offline too, see desktop.accounts).

    A kiosk runs unattended and must come back by itself after a power cut: it opens its
    profile with the token the keyring holds, and asks only when there is none.
    """
    existing = Profile.load(args.profile) if args.profile else None
    server = args.server or (existing.server if existing else DEFAULT_SERVER)
    if args.kiosk and existing is not None and existing.server == server:
        token = credentials.load_token(existing.server, existing.username)
        if token:
            return existing, token
    net = Worker("ideabank-login")
    try:
        dialog = LoginDialog(server=server, username=existing.username if existing else "",
                             net=net, folder=args.profile)
        if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.unlocked is None:
            return None
    finally:
        net.shutdown()
    unlocked = dialog.unlocked
    if unlocked.keyring_missing:
        QMessageBox.information(
            # An explicit context: app.tr() would look in "QApplication", not where lupdate
            # files these texts.
            None, QCoreApplication.translate("Startup", "Idea Bank"),
            QCoreApplication.translate(
                "Startup", "This computer has no password keyring, so your sign-in cannot be "
                "kept. Idea Bank will ask for your password at the next start; nothing secret "
                "is written to disk."))
    return unlocked.profile, unlocked.token


def start(args: argparse.Namespace, app: QApplication) -> QWidget | None:
    signed = sign_in(args, app)
    if signed is None:
        return None
    profile, token = signed
    # The account's language, unless one was chosen on the command line or in the settings.
    if args.lang is None and not settings.get("language") and profile.language in i18n.LANGUAGES:
        i18n.install(app, profile.language)
    session = Session(profile, token)
    if args.kiosk:
        from desktop.ui.kiosk.window import KioskWindow

        window: QWidget = KioskWindow(session)
        window.showFullScreen()
    else:
        from desktop.ui.main_window import MainWindow

        window = MainWindow(session)
        window.show()
    session.start()
    app.setProperty("ideabank_window", window)  # keep a reference for the event loop's life
    return window
