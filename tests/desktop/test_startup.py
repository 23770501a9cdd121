"""Start-up: sign in, profiles, keyring, and opening offline."""

from __future__ import annotations

import argparse

import keyring
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtWidgets import QMessageBox

from desktop import accounts, credentials, startup
from desktop.app import main
from desktop.profile import Profile
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow


def _args(**over) -> argparse.Namespace:
    values = {"server": None, "profile": None, "kiosk": False, "lang": "en"}
    values.update(over)
    return argparse.Namespace(**values)


def _fill_and_accept(username: str, password: str, server: str):  # noqa: ANN202
    def fake_exec(dialog: LoginDialog) -> int:
        dialog.server.setText(server)
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.try_login()
        # The network call runs on the dialog's worker; wait for its answer on this thread.
        from PySide6.QtCore import QCoreApplication

        for _ in range(500):
            QCoreApplication.processEvents()
            if dialog.result() or dialog.error.text() not in ("", dialog.tr("Signing in…")):
                break
            import time

            time.sleep(0.01)
        return dialog.result()

    return fake_exec


def test_sign_in_stores_the_token_in_the_keyring_and_the_profile_has_no_secret(
        demo_server, tmp_path, qtbot, monkeypatch, memory_keyring):  # noqa: ANN001
    monkeypatch.setattr(LoginDialog, "exec",
                        _fill_and_accept("leyla", demo_server.passwords["leyla"], demo_server.url))
    window = startup.start(_args(profile=tmp_path / "leyla"), qtbot_app())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    profile = Profile.load(tmp_path / "leyla")
    assert profile.role == "organizer" and profile.username == "leyla"
    token = credentials.load_token(demo_server.url, "leyla")
    assert token and len(token) > 20
    on_disk = b"".join(p.read_bytes() for p in (tmp_path / "leyla").iterdir() if p.is_file())
    assert token.encode() not in on_disk
    assert demo_server.passwords["leyla"].encode() not in on_disk
    window.close()


def test_existing_profile_opens_offline_with_the_password_and_its_keyring_token(
        tmp_path, qtbot, monkeypatch):  # noqa: ANN001
    offline = "http://127.0.0.1:9"  # nothing listens there
    profile = Profile(folder=tmp_path / "p", server=offline, username="rashad", user_id="u1",
                      org_id="o1", role="evaluator", display_name="Rəşad",
                      verifier=accounts.make_verifier("rashad-pass"))
    profile.save()
    credentials.save_token(profile.server, "rashad", "stored-token")
    monkeypatch.setattr(LoginDialog, "exec", _fill_and_accept("rashad", "rashad-pass", offline))
    window = startup.start(_args(profile=tmp_path / "p"), qtbot_app())
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert window.session.api.token == "stored-token"
    with qtbot.waitSignal(window.session.sync_failed, timeout=10000) as failed:
        window.session.sync_now()
    assert failed.args[0] == "offline"
    window.close()


def test_offline_a_wrong_password_does_not_open_the_profile(tmp_path, qtbot, monkeypatch):  # noqa: ANN001
    offline = "http://127.0.0.1:9"
    Profile(folder=tmp_path / "p", server=offline, username="rashad", user_id="u1", org_id="o1",
            role="evaluator", display_name="Rəşad",
            verifier=accounts.make_verifier("rashad-pass")).save()
    credentials.save_token(offline, "rashad", "stored-token")
    shown: list[str] = []

    def fill(dialog: LoginDialog) -> int:
        result = _fill_and_accept("rashad", "not-his-pass", offline)(dialog)
        shown.append(dialog.error.text())
        return result

    monkeypatch.setattr(LoginDialog, "exec", fill)
    assert startup.start(_args(profile=tmp_path / "p"), qtbot_app()) is None
    assert shown == ["Wrong password. The server cannot be reached, so it was checked against "
                     "this computer's copy of your profile."]


def test_without_a_keyring_the_user_is_told_and_nothing_is_written(
        demo_server, tmp_path, qtbot, monkeypatch):  # noqa: ANN001
    keyring.set_keyring(NoKeyring())
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(LoginDialog, "exec",
                        _fill_and_accept("rashad", demo_server.passwords["rashad"], demo_server.url))
    window = startup.start(_args(profile=tmp_path / "r"), qtbot_app())
    qtbot.addWidget(window)
    assert len(told) == 1 and "ask for your password at the next start" in told[0]
    on_disk = b"".join(p.read_bytes() for p in (tmp_path / "r").iterdir() if p.is_file())
    assert window.session.api.token.encode() not in on_disk
    window.close()


def test_wrong_password_keeps_the_dialog_open_with_a_message(demo_server, qtbot):  # noqa: ANN001
    from desktop.worker import Worker

    net = Worker("test-login")
    dialog = LoginDialog(server=demo_server.url, username="leyla", net=net)
    qtbot.addWidget(dialog)
    dialog.password.setText("not-the-password")
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.error.text() == "Wrong user name or password.", timeout=10000)
    assert dialog.result() == 0 and dialog.username.text() == "leyla"
    net.shutdown()


def test_no_display_is_one_clear_line(monkeypatch, capsys):  # noqa: ANN001
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert main([]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no display" in err[0]


def qtbot_app():  # noqa: ANN201
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
