"""A desktop client as its own process, for tests that kill it with SIGKILL mid-sync.

It logs in, opens the replica at ``--replica``, queues ``--edits-before`` new contests,
then runs one ``sync_once`` with a small page size. While the pull runs it queues one more
contest after each of the first ``--edits-during`` pages (a user working during a sync,
so the outbox is not empty when the process dies) and sleeps ``--page-delay`` seconds, so
the test has time to kill it between pages.

Every queued mutation id is also written to the ``test_queued`` table of the replica file
in the same local transaction as the edit, so the test knows exactly which mutations were
ever queued, even those of a run that was killed: an edit and its journal line are
committed together or not at all.

Run as ``python -m tests.e2e.sync_client_script`` from the repository root.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import Column, MetaData, String, Table, insert, select

from desktop.api_client import ApiClient
from desktop.local_store import LocalStore
from desktop.replica_schema import outbox
from desktop.sync_engine import sync_once
from shared.roles import Role

journal_metadata = MetaData()
queued = Table(
    "test_queued",
    journal_metadata,
    Column("mutation_id", String(36), primary_key=True),
    Column("record_id", String(36), nullable=False),
)


def contest_id(tag: str, n: int) -> str:
    """Deterministic ids, so the test can find each run's contests on the server."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ideabank-test/sigkill/{tag}/{n}"))


def queue_contest(store: LocalStore, tag: str, n: int) -> None:
    now = dt.datetime.now(dt.UTC)
    record_id = contest_id(tag, n)
    with store.tx() as conn:
        store._save(conn, "contest", {
            "id": record_id, "org_id": store.org_id, "title": f"Offline {tag} {n}",
            "description": "", "requirements": [], "starts_at": now - dt.timedelta(days=1),
            "ends_at": now + dt.timedelta(days=30), "timezone": "Europe/Vienna",
            "visibility": "internal", "status": "open", "categories": [],
        })
        ids = conn.execute(select(outbox.c.mutation_id)
                           .where(outbox.c.record_id == record_id)).scalars().all()
        conn.execute(insert(queued), [{"mutation_id": m, "record_id": record_id} for m in ids])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--replica", required=True, type=Path)
    parser.add_argument("--page-size", type=int, default=50)
    parser.add_argument("--page-delay", type=float, default=0.0)
    parser.add_argument("--edits-before", type=int, default=0)
    parser.add_argument("--edits-during", type=int, default=0)
    parser.add_argument("--tag", default="run")
    args = parser.parse_args(argv)

    api = ApiClient(args.server, timeout=30)
    user = api.login(args.username, args.password)["user"]
    store = LocalStore(args.replica, role=Role(user["role"]), user_id=user["id"],
                       org_id=user["org_id"])
    journal_metadata.create_all(store.engine)
    for n in range(args.edits_before):
        queue_contest(store, f"{args.tag}-before", n)
    during = iter(range(args.edits_during))

    def after_page(_done: int, _total: int) -> None:
        n = next(during, None)
        if n is not None:
            queue_contest(store, f"{args.tag}-during", n)
        time.sleep(args.page_delay)

    report = sync_once(store, api, page_size=args.page_size, progress=after_page)
    print(f"synced pushed={report.pushed} pulled={report.pulled} "
          f"pending={store.pending_count()}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
