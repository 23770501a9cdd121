"""Small SQL helpers both sides need: dialect-neutral upsert, a record read by id.

Statements are built once and reused: building and keying a new statement costs more than
running it, and sync runs these once per record.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Select, Table, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite


@functools.cache
def by_id(table: Table, *, for_update: bool = False) -> Select:
    """``SELECT * FROM table WHERE id = :record_id``, locking the row if ``for_update``."""
    query = select(table).where(table.c.id == bindparam("record_id"))
    return query.with_for_update() if for_update else query


@functools.cache
def _upsert_statement(dialect: str, table: Table, key: tuple[str, ...], columns: tuple[str, ...]):  # noqa: ANN202
    if dialect == "postgresql":
        stmt = postgresql.insert(table)
    elif dialect == "sqlite":
        stmt = sqlite.insert(table)
    else:  # pragma: no cover - the product runs on these two only
        raise NotImplementedError(dialect)
    if columns:
        return stmt.on_conflict_do_update(
            index_elements=list(key), set_={c: stmt.excluded[c] for c in columns})
    return stmt.on_conflict_do_nothing(index_elements=list(key))


def upsert(
    conn: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    *,
    key: Sequence[str] = ("id",),
) -> None:
    """Insert ``rows``, replacing the non-key columns of rows whose ``key`` already exists.

    Every row must carry the same columns: one statement, executed as a batch.
    """
    if not rows:
        return
    columns = tuple(c for c in rows[0] if c not in key)
    stmt = _upsert_statement(conn.dialect.name, table, tuple(key), columns)
    conn.execute(stmt, list(rows))
