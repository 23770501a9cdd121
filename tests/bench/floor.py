"""The floor: the organizer's records inserted straight into an empty replica file.

The same tables as the client's replica, the same rows as its first sync stores, written
with ``sqlite3.executemany`` in one transaction: no HTTP, no JSON, no SQLAlchemy. A first
sync cannot be faster than this on the same disk. Only the inserts and the commit are
timed; turning the values into SQLite's column formats is done before.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from desktop.replica_schema import metadata


def _column_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def measure(rows_by_kind: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="ideabank-bench-floor-"))
    path = folder / "floor.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    metadata.create_all(engine)  # the replica's tables and indexes, as the client has them
    engine.dispose()
    from desktop.replica_schema import domain

    statements = []
    for kind, rows in rows_by_kind.items():
        if not rows:
            continue
        columns = list(rows[0])
        sql = (f'INSERT INTO "{domain[kind].name}" ({", ".join(columns)}) '
               f'VALUES ({", ".join("?" * len(columns))})')
        statements.append((sql, [tuple(_column_value(r[c]) for c in columns) for r in rows]))
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")  # as the replica
    began = time.perf_counter()
    db.execute("BEGIN")
    for sql, values in statements:
        db.executemany(sql, values)
    db.execute("COMMIT")
    seconds = time.perf_counter() - began
    db.close()
    size = path.stat().st_size
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    return {"seconds": seconds, "rows": sum(len(v) for _, v in statements), "bytes": size}
