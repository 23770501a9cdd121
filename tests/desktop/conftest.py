"""Desktop fixtures: a live demo server in a thread, signed-in sessions, an in-memory keyring."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.api_client import ApiClient
from desktop.profile import Profile
from desktop.session import Session
from desktop.sync_engine import sync_once

# Test runs write screenshots to build/ (ignored); `make screenshots` points them at
# docs/screenshots, the copies the README shows, so a test run leaves the tree clean.
SCREENSHOTS = Path(os.environ.get("IDEABANK_SCREENSHOTS",
                                  Path(__file__).resolve().parents[2] / "build" / "screenshots"))


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """Settings in a file of the test's own, never the user's real QSettings."""
    monkeypatch.setenv("IDEABANK_SETTINGS", str(tmp_path / "settings.ini"))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class LiveServer:
    def __init__(self, url: str, db_url: str, passwords: dict[str, str]) -> None:
        self.url = url
        self.db_url = db_url
        self.passwords = passwords


@pytest.fixture()
def demo_server(tmp_path) -> Iterator[LiveServer]:  # noqa: ANN001
    """The demo organization (leyla, rashad, aysel, kamran, kiosk1) with the sample
    Azerbaijani contest, served by waitress on a free loopback port in this process."""
    from sync_server.demo import seed_demo
    from tests.conftest import ThreadedServer

    db_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    passwords = seed_demo(db_url, kiosk_pin=False)  # kiosk tests set their own PIN
    server = ThreadedServer(db_url)
    yield LiveServer(server.url, db_url, passwords)
    server.close()


@pytest.fixture()
def make_session(demo_server, tmp_path, qtbot) -> Iterator[Callable[[str], Session]]:  # noqa: ANN001
    """``make_session("rashad")``: a signed-in, already synced session of a demo user."""
    sessions: list[Session] = []

    def make(username: str, *, sync: bool = True) -> Session:
        api = ApiClient(demo_server.url, timeout=10)
        user = api.login(username, demo_server.passwords[username])["user"]
        profile = Profile(folder=tmp_path / "profiles" / username, server=demo_server.url,
                          username=username, user_id=user["id"], org_id=user["org_id"],
                          role=user["role"], display_name=user["display_name"])
        profile.save()
        session = Session(profile, api.token)
        if sync:
            sync_once(session.store, session.api)  # workers are idle: safe before start()
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.timer.stop()
        session.close()


def save_screenshot(widget, name: str) -> Path:  # noqa: ANN001
    """Save what a person would see, to look at (and, via `make screenshots`, for the README)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path
