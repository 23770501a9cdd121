"""Change numbers become visible in commit order, so a reader's cursor never skips one."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid

from shared.roles import Role
from sync_server import feed
from sync_server.caller import Caller
from sync_server.db import make_engine
from sync_server.tables import domain

NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def _contest(org_id: str, title: str) -> dict:
    return {"id": str(uuid.uuid4()), "org_id": org_id, "title": title, "description": "",
            "requirements": [], "starts_at": NOW, "ends_at": NOW + dt.timedelta(days=9),
            "timezone": "Asia/Baku", "visibility": "public", "status": "open",
            "categories": [], "rev": 1}


def _write(conn, record: dict) -> None:  # noqa: ANN001
    conn.execute(domain["contest"].insert().values(**record))
    feed.record_changes(conn, [("contest", record)])


def _pull_ids(engine, caller, after: int) -> tuple[list[str], int]:  # noqa: ANN001
    with engine.connect() as conn, conn.begin():
        page = feed.pull(conn, caller, after=after, limit=100)
    return [c["id"] for c in page.changes], page.cursor


def test_a_transaction_holding_a_number_delays_later_writers_until_it_commits(db_url):
    engine = make_engine(db_url)
    org = str(uuid.uuid4())
    caller = Caller(user_id=str(uuid.uuid4()), org_id=org, role=Role.ORGANIZER, username="o")
    a, b = _contest(org, "A"), _contest(org, "B")

    conn_a = engine.connect().execution_options(write=True)
    tx_a = conn_a.begin()
    _write(conn_a, a)  # A has taken its change number and stays open

    b_done = threading.Event()

    def writer_b() -> None:
        with engine.connect().execution_options(write=True) as conn, conn.begin():
            _write(conn, b)
        b_done.set()

    thread = threading.Thread(target=writer_b)
    thread.start()
    time.sleep(0.5)
    # B cannot commit a higher number while A holds a lower one uncommitted.
    assert not b_done.is_set()
    seen, cursor = _pull_ids(engine, caller, 0)
    assert seen == [] and cursor == 0
    tx_a.commit()
    conn_a.close()
    thread.join(timeout=10)
    assert b_done.is_set()
    seen, cursor = _pull_ids(engine, caller, cursor)
    assert seen == [a["id"], b["id"]]
    engine.dispose()


def test_twenty_concurrent_writers_and_a_pulling_reader_see_every_change_once(db_url):
    engine = make_engine(db_url)
    org = str(uuid.uuid4())
    caller = Caller(user_id=str(uuid.uuid4()), org_id=org, role=Role.ORGANIZER, username="o")
    written: list[str] = []
    lock = threading.Lock()

    def writer(n: int) -> None:
        for i in range(10):
            record = _contest(org, f"{n}-{i}")
            with engine.connect().execution_options(write=True) as conn, conn.begin():
                _write(conn, record)
            with lock:
                written.append(record["id"])

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    received: list[str] = []
    cursor = 0
    while any(t.is_alive() for t in threads):
        ids, cursor = _pull_ids(engine, caller, cursor)
        received.extend(ids)
    for t in threads:
        t.join()
    ids, cursor = _pull_ids(engine, caller, cursor)
    received.extend(ids)
    assert len(written) == 200
    assert sorted(received) == sorted(written)  # every change, none twice
    engine.dispose()
