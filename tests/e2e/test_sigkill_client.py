"""A real client process killed with SIGKILL in the middle of a sync, on PostgreSQL.

The server is a real process in front of PostgreSQL holding the 1,448 ideas of the Polis
sample (1,452 comments, 4 of them only punctuation and skipped by the importer). The client
(``sync_client_script``) pulls them 50 at a time and is killed between pages, with edits
still in its outbox. What it stored must be exactly the pages up to its cursor; a second
run must finish with the server's data and every queued edit applied exactly once.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.api_client import ApiClient
from desktop.local_store import LocalStore
from desktop.replica_schema import domain, outbox
from shared.roles import Role
from shared.schema import KINDS
from sync_server.db import make_engine
from sync_server.tables import domain as server_domain
from sync_server.tables import mutation_log
from tests.e2e.processes import REPO, ServerProcess, server_cli
from tests.e2e.sync_client_script import contest_id, queued
from tests.sync_server.desktop_clients import assert_replica_equals_server, server_view

PASSWORD = "sigkill-test-pw"
PAGE = 50
POLIS_FILE = "polis_austria_klimarat_ernaehrung_comments.csv"
IMPORTED = 1452 - 4  # rows in the file, minus the punctuation-only ones the importer skips
EDITS_BEFORE = 3


def _run_client(url: str, replica: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.sync_client_script", "--server", url,
         "--username", "org", "--password", PASSWORD, "--replica", str(replica),
         "--page-size", str(PAGE), *extra],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def _peek(replica: Path, sql: str) -> list[tuple]:
    """Read the replica from outside while the client writes it (WAL allows one reader)."""
    try:
        with sqlite3.connect(replica, timeout=5) as conn:
            return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:  # not created yet
        return []


def _kill_mid_pull(proc: subprocess.Popen, replica: Path) -> None:
    """SIGKILL once the pull has stored a page and at least two edits wait in the outbox."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the client finished before it was killed: {proc.stdout.read()}" \
                                    f"{proc.stderr.read()}"
        cursor = _peek(replica, "SELECT value FROM sync_state WHERE key = 'cursor'")
        waiting = _peek(replica, "SELECT count(*) FROM outbox")
        if cursor and int(cursor[0][0]) > 0 and waiting and waiting[0][0] >= 2:
            proc.send_signal(signal.SIGKILL)
            assert proc.wait(timeout=30) == -signal.SIGKILL
            return
        time.sleep(0.005)
    proc.kill()
    raise AssertionError("the client never reached the middle of its pull")


def _pages_up_to(api: ApiClient, cursor: int) -> tuple[set[tuple[str, str, int]], bool]:
    """What the client's pages up to ``cursor`` held, read again with the same page size
    (the feed up to there has not changed since: nothing was pushed after that pull began),
    and whether the server had more after them."""
    records: dict[tuple[str, str], int] = {}
    after = 0
    while after < cursor:
        page = api.pull(after, PAGE)
        for c in page["changes"]:
            if c["deleted"]:
                records.pop((c["kind"], c["id"]), None)
            else:
                records[(c["kind"], c["id"])] = c["data"]["rev"]
        after = page["cursor"]
        more = page["more"]
    assert after == cursor, f"the client's cursor {cursor} is not a page boundary ({after})"
    return {(k, i, r) for (k, i), r in records.items()}, more


def _replica_records(store: LocalStore, skip: set[str]) -> set[tuple[str, str, int]]:
    out = set()
    for kind in KINDS:
        table = domain[kind]
        for row in store.rows(select(table.c.id, table.c.rev).where(table.c.rev > 0)):
            if row["id"] not in skip:
                out.add((kind, row["id"], row["rev"]))
    return out


def test_client_killed_mid_sync_resumes_without_loss_or_duplicates(db_url, tmp_path, shared_data):  # noqa: ANN001
    if not db_url.startswith("postgresql"):
        pytest.skip("this test is about a client killed against a real PostgreSQL server; "
                    "the SQLite server path is covered by the in-process fault tests")
    assert server_cli(db_url, "create-org", "Klimarat").returncode == 0
    made = server_cli(db_url, "create-user", "--org", "Klimarat", "--role", "organizer", "org",
                      stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    imported = server_cli(db_url, "import", "--format", "polis", "--new-contest", "Ernährung",
                          "--org", "Klimarat", str(shared_data / POLIS_FILE))
    assert imported.returncode == 0, imported.stderr
    assert f"imported {IMPORTED}, already present 0, skipped 4" in imported.stdout

    server = ServerProcess(db_url)
    server.start()
    engine = make_engine(db_url)
    replica = tmp_path / "org.sqlite3"
    try:
        api = ApiClient(server.url, timeout=30)
        user = api.login("org", PASSWORD)["user"]
        first = _run_client(server.url, replica, "--edits-before", str(EDITS_BEFORE),
                            "--edits-during", "5", "--page-delay", "0.05", "--tag", "first")
        _kill_mid_pull(first, replica)

        # The killed run left a consistent replica: exactly what its pages up to its cursor
        # held (plus the contests it pushed before pulling), and edits still queued.
        store = LocalStore(replica, role=Role.ORGANIZER, user_id=user["id"],
                           org_id=user["org_id"])
        killed_cursor = store.cursor
        pushed = {contest_id("first-before", n) for n in range(EDITS_BEFORE)}
        expected, more = _pages_up_to(api, killed_cursor)
        assert more, "the sync had finished when the client was killed"
        assert _replica_records(store, pushed) == expected - {("contest", i, 1) for i in pushed}
        ideas_in_pages = sum(1 for k, _, _ in expected if k == "idea")
        assert 0 < len(store.rows(select(domain["idea"].c.id))) == ideas_in_pages < IMPORTED
        waiting = store.pending_count()
        assert waiting >= 2
        store.close()

        second = _run_client(server.url, replica)
        out, err = second.communicate(timeout=300)
        assert second.returncode == 0, err
        assert f"pushed={waiting} " in out and "pending=0" in out

        store = LocalStore(replica, role=Role.ORGANIZER, user_id=user["id"],
                           org_id=user["org_id"])
        assert_replica_equals_server(store, api, "after the killed sync was resumed")
        fresh = server_view(api)  # what a brand-new replica of this user would receive
        ideas = {(i, r) for k, i, r in _replica_records(store, set()) if k == "idea"}
        assert ideas == {(i, d["rev"]) for (k, i), d in fresh.items() if k == "idea"}
        assert len(ideas) == IMPORTED
        assert store.pending_count() == 0
        assert store.rows(select(outbox.c.mutation_id)) == []

        # Every mutation ever queued reached the server once, and nothing else was logged.
        journal = [r["mutation_id"] for r in store.rows(select(queued.c.mutation_id))]
        assert len(journal) == EDITS_BEFORE + waiting
        with engine.connect() as conn:
            logged = conn.execute(select(mutation_log.c.mutation_id)
                                  .where(mutation_log.c.user_id == user["id"])).scalars().all()
            contest_t = server_domain["contest"]
            offline = conn.execute(select(contest_t.c.title, contest_t.c.rev)
                                   .where(contest_t.c.title.like("Offline %"))).all()
        assert sorted(logged) == sorted(journal)
        assert len(set(logged)) == len(logged)
        assert sorted(offline) == sorted(
            [(f"Offline first-before {n}", 1) for n in range(EDITS_BEFORE)]
            + [(f"Offline first-during {n}", 1) for n in range(waiting)])
        store.close()
    finally:
        server.stop()
        engine.dispose()
