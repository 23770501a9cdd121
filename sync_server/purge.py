"""Removing old tombstones, and remembering how far that went.

A client whose cursor is older than the newest purged tombstone may have missed a deletion
for good, so its pulls are answered with ``resync_required`` until it re-downloads.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Engine, delete, func, select

from shared.sqlutil import upsert
from sync_server.tables import change_log, meta, mutation_log

HORIZON_KEY = "purged_through"


def purge(engine: Engine, *, older_than: dt.timedelta, now: dt.datetime | None = None) -> int:
    """Delete tombstones (and stored mutation results) older than ``older_than``."""
    cutoff = (now or dt.datetime.now(dt.UTC)) - older_than
    old = (change_log.c.deleted.is_(True)) & (change_log.c.changed_at < cutoff)
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        newest = conn.execute(select(func.max(change_log.c.seq)).where(old)).scalar()
        if newest is None:
            return 0
        removed = conn.execute(delete(change_log).where(old)).rowcount
        conn.execute(delete(mutation_log).where(mutation_log.c.applied_at < cutoff))
        if newest > horizon(conn):
            upsert(conn, meta, [{"key": HORIZON_KEY, "value": str(newest)}], key=("key",))
    return removed


def horizon(conn: Connection) -> int:
    value = conn.execute(select(meta.c.value).where(meta.c.key == HORIZON_KEY)).scalar()
    return int(value) if value else 0
