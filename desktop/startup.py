"""From command line to open window: pick the profile, sign in if needed, open the
workspace of the user's role (or the kiosk)."""

from __future__ import annotations

import argparse
import shutil

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import credentials, i18n
from desktop.profile import DEFAULT_SERVER, Profile, default_profile_dir
from desktop.session import Session
from desktop.ui.login_dialog import LoginDialog
from desktop.worker import Worker


def sign_in(args: argparse.Namespace, app: QApplication) -> tuple[Profile, str | None] | None:
    """An existing profile opens offline with its stored token; otherwise ask to sign in."""
    existing = Profile.load(args.profile) if args.profile else None
    server = args.server or (existing.server if existing else DEFAULT_SERVER)
    if existing is not None and existing.server == server:
        token = credentials.load_token(existing.server, existing.username)
        if token:
            return existing, token
    net = Worker("ideabank-login")
    try:
        dialog = LoginDialog(server=server, username=existing.username if existing else "", net=net)
        if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.result_body is None:
            return None
    finally:
        net.shutdown()
    user = dialog.result_body["user"]
    folder = args.profile or default_profile_dir(user["username"])
    previous = Profile.load(folder)
    if previous is not None and (previous.user_id != user["id"] or previous.server != dialog.api.base_url):
        # Another account or server used this folder: start a fresh replica, keep the old one aside.
        shutil.move(str(previous.database), str(previous.database) + ".old") \
            if previous.database.exists() else None
    profile = Profile(folder=folder, server=dialog.api.base_url, username=user["username"],
                      user_id=user["id"], org_id=user["org_id"], role=user["role"],
                      display_name=user["display_name"], language=user.get("language", "az"))
    profile.save()
    token = dialog.api.token
    try:
        credentials.save_token(profile.server, profile.username, token)
    except credentials.KeyringUnavailable:
        QMessageBox.information(
            # An explicit context: app.tr() would look in "QApplication", not where lupdate
            # files these texts.
            None, QCoreApplication.translate("Startup", "Idea Bank"),
            QCoreApplication.translate(
                "Startup", "This computer has no password keyring, so your sign-in cannot be "
                "kept. Idea Bank will ask for your password at the next start; nothing secret "
                "is written to disk."))
    return profile, token


def start(args: argparse.Namespace, app: QApplication) -> QWidget | None:
    signed = sign_in(args, app)
    if signed is None:
        return None
    profile, token = signed
    if args.lang is None and profile.language in i18n.LANGUAGES:
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
