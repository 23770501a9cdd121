"""Fixtures shared by every test: data paths, server databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
PG_ADMIN_URL = os.environ.get("IDEABANK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data folder {SHARED_DATA} is absent (it sits beside the repository)")
    return SHARED_DATA


def _pg_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except Exception as exc:  # any failure to reach the server
        return f"{exc.__class__.__name__}: {exc}"


@pytest.fixture(scope="session")
def postgres_admin() -> str:
    problem = _pg_available()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI and is not reachable: {problem}")
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    return PG_ADMIN_URL


def _create_pg_database(admin_url: str) -> tuple[str, str]:
    import psycopg

    name = f"ideabank_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return name, f"{base}/{name}"


def _drop_pg_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:  # noqa: ANN001
    """A fresh, migrated server database on each backend."""
    from sync_server.db import upgrade

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
        upgrade(url)
        yield url
        return
    admin = request.getfixturevalue("postgres_admin")
    name, url = _create_pg_database(admin)
    try:
        upgrade(url)
        yield url
    finally:
        from sqlalchemy import create_engine  # noqa: F401  (engines are disposed by users)

        _drop_pg_database(admin, name)


class ThreadedServer:
    """The WSGI application served by waitress on a free loopback port, in this process."""

    def __init__(self, db_url: str) -> None:
        import threading

        from waitress.server import create_server

        from sync_server.app import Application
        from sync_server.db import make_engine

        self.engine = make_engine(db_url)
        self._server = create_server(Application(self.engine), host="127.0.0.1", port=0, threads=4)
        self.url = f"http://127.0.0.1:{self._server.socket.getsockname()[1]}"
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()

    def close(self) -> None:
        # Close the sockets from inside the server's own loop: closing them from this thread
        # races with its select() and ends it with "Bad file descriptor".
        server = self._server

        def stop() -> None:
            for channel in list(server._map.values()):
                channel.close()

        server.trigger.pull_trigger(stop)
        self._thread.join(timeout=10)
        server.task_dispatcher.shutdown()
        self.engine.dispose()


@pytest.fixture()
def live_server(db_url) -> Iterator[ThreadedServer]:  # noqa: ANN001
    server = ThreadedServer(db_url)
    yield server
    server.close()


@pytest.fixture()
def cheap_hashing(monkeypatch):  # noqa: ANN001, ANN201
    """Argon2id with the smallest cost, for tests that log in hundreds of times: the
    hashing is the same code, only cheaper (the accounts tests keep the real cost)."""
    from argon2 import PasswordHasher

    from sync_server import accounts, passwords

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(passwords, "hasher", cheap)
    monkeypatch.setattr(accounts, "_DUMMY_HASH", cheap.hash("not a password"))
