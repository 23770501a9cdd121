"""Accounts on a shared workstation: a profile per user, opened only with that user's password
(checked locally when offline), and no secret on disk with or without a keyring."""

from __future__ import annotations

import stat

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtWidgets import QMessageBox

from desktop import accounts, credentials, startup
from desktop.api_client import ApiClient
from desktop.profile import HOME_ENV, Profile
from desktop.ui.login_dialog import LoginDialog
from tests.desktop.test_startup import _args, _fill_and_accept, qtbot_app

DEAD = "http://127.0.0.1:9"  # nothing listens there: the server is out of reach


def files_of(folder) -> bytes:  # noqa: ANN001
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_without_a_keyring_the_password_is_asked_at_each_start(demo_server, tmp_path, qtbot,  # noqa: ANN001
                                                               monkeypatch):
    keyring.set_keyring(NoKeyring())
    password = demo_server.passwords["aysel"]
    told: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    fill = _fill_and_accept("aysel", password, demo_server.url)
    monkeypatch.setattr(LoginDialog, "exec", lambda d: asked.append(d.username.text()) or fill(d))

    first = startup.start(_args(profile=tmp_path / "a"), qtbot_app())
    qtbot.addWidget(first)
    token = first.session.api.token
    first.close()
    assert len(told) == 1 and "ask for your password at the next start" in told[0]
    profile = Profile.load(tmp_path / "a")
    assert profile.verifier.startswith("$argon2id$")
    assert accounts.password_matches(profile.verifier, password)
    assert not accounts.password_matches(profile.verifier, password + "x")

    second = startup.start(_args(profile=tmp_path / "a"), qtbot_app())
    qtbot.addWidget(second)
    # Asked again (the user name filled in from the profile), signed in again, told once only.
    assert asked == ["", "aysel"] and len(told) == 1
    assert second.session.api.token and second.session.api.token != token
    on_disk = files_of(tmp_path / "a")
    for secret in (token, second.session.api.token, password):
        assert secret.encode() not in on_disk
    second.close()


def test_two_users_of_one_workstation(demo_server, tmp_path, qtbot, monkeypatch,  # noqa: ANN001
                                      memory_keyring):
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    windows = []
    for user in ("leyla", "rashad"):
        monkeypatch.setattr(LoginDialog, "exec", _fill_and_accept(
            user, demo_server.passwords[user], demo_server.url))
        window = startup.start(_args(), qtbot_app())
        qtbot.addWidget(window)
        windows.append(window)
    root = tmp_path / "home" / "profiles"
    leyla, rashad = root / "leyla", root / "rashad"
    assert windows[0].session.store.path == leyla / "replica.sqlite3"
    assert windows[1].session.store.path == rashad / "replica.sqlite3"
    for folder in (leyla, rashad):  # only this operating-system account may enter the folder
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for window in windows:
        window.close()

    rashad_pw, leyla_pw = demo_server.passwords["rashad"], demo_server.passwords["leyla"]
    # Rashad cannot open Leyla's profile with his own password: online the server says no...
    with pytest.raises(accounts.WrongPassword) as online:
        accounts.unlock(demo_server.url, "leyla", rashad_pw)
    assert not online.value.offline
    # ...and offline the local verifier does.
    unreachable = lambda _url: ApiClient(DEAD, timeout=2)  # noqa: E731
    with pytest.raises(accounts.WrongPassword) as offline:
        accounts.unlock(demo_server.url, "leyla", rashad_pw, api_factory=unreachable)
    assert offline.value.offline
    # Pointing the application at her folder with his own account is refused too.
    with pytest.raises(accounts.ProfileOfAnotherUser) as other:
        accounts.unlock(demo_server.url, "rashad", rashad_pw, leyla)
    assert other.value.owner == "leyla"
    # Leyla herself opens it offline, with the token her keyring holds.
    opened = accounts.unlock(demo_server.url, "leyla", leyla_pw, api_factory=unreachable)
    assert opened.profile.folder == leyla and opened.profile.username == "leyla"
    assert opened.token == credentials.load_token(demo_server.url, "leyla")


def test_a_profile_opens_offline_without_a_stored_token(tmp_path, memory_keyring):  # noqa: ANN001
    Profile(folder=tmp_path / "k", server=DEAD, username="kamran", user_id="u", org_id="o",
            role="author", display_name="Kamran",
            verifier=accounts.make_verifier("kamran-pass")).save()
    opened = accounts.unlock(DEAD, "kamran", "kamran-pass", tmp_path / "k")
    # No token: the work is local until the next start can reach the server.
    assert opened.token is None and opened.profile.display_name == "Kamran"
    assert b"kamran-pass" not in files_of(tmp_path / "k")
