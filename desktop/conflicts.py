"""Same-field conflicts on the client: list them, and let the user pick a side.

Where a conflict comes from: the server merges a pushed edit field by field; a field that
someone else changed to another value since this client saw the record is not applied and
comes back as ``{field, theirs, mine}``. ``LocalStore.store_push_results`` stores it in the
``conflict`` table and puts the server's record in the replica, so the screens show the
server's value, and the user's own value waits in the conflict row.

Why the conflict lives in a table and not in the sync cursor: holding the cursor until the
user decides would stop every other change from arriving (one open conflict would freeze
the whole replica), and a cursor is a position in the feed, not a per-field state. So each
pulled page is stored and the cursor moves on as usual, while ``LocalStore.apply_page``, in
the same transaction as the page, updates ``theirs`` of every open conflict to the newest
server value of that field. Nothing is overwritten silently: the conflict stays listed, with
the value picking "theirs" would really keep, until the user picks.

Picking a side:

* ``theirs`` - the replica already holds the server's value; the row is removed and nothing
  is sent.
* ``mine`` - the user's value becomes an ordinary local edit through ``LocalStore._save``,
  made on the record's current revision with the server's current value as its base, so the
  server applies it cleanly (unless someone changed the field yet again, which is then a new
  conflict). The edit, its outbox row and the removal of the conflict row are one local
  transaction: a crash leaves either the conflict or the queued edit, never neither.

Every function here runs on the database worker, like the rest of ``LocalStore``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, delete, select

from desktop.local_store import LocalStore
from desktop.replica_schema import conflicts, domain
from shared.wire import decode_record

Choice = Literal["theirs", "mine"]

#: The column that names a record for a person, per kind; other kinds show kind and id.
LABEL_COLUMNS: dict[str, str] = {
    "contest": "title",
    "stage": "title",
    "criterion": "name",
    "idea": "title",
    "organization": "name",
    "user": "display_name",
}


@dataclass(frozen=True)
class Conflict:
    """One field of one record where the server and this user disagree.

    ``theirs`` and ``mine`` are wire values (times as ISO strings), as the server sent them.
    """

    kind: str
    record_id: str
    field: str
    theirs: Any
    mine: Any
    label: str
    at: dt.datetime
    zone: str | None = None  # the time zone of the record's contest, to show its times in


def count_conflicts(store: LocalStore) -> int:
    with store.engine.connect() as conn:
        return len(conn.execute(select(conflicts.c.record_id)).all())


def list_conflicts(store: LocalStore) -> list[Conflict]:
    """Open conflicts, oldest first, each with a label the user recognises."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(conflicts).order_by(conflicts.c.at, conflicts.c.kind, conflicts.c.record_id,
                                       conflicts.c.field)
        ).mappings().all()
        return [
            Conflict(kind=r["kind"], record_id=r["record_id"], field=r["field"],
                     theirs=r["theirs"], mine=r["mine"],
                     label=_label(conn, r["kind"], r["record_id"]), at=r["at"],
                     zone=_zone(conn, r["kind"], r["record_id"]))
            for r in rows
        ]


def resolve(store: LocalStore, *, kind: str, record_id: str, field: str, choice: Choice) -> None:
    """Close one conflict with the user's choice; see the module docstring for each side."""
    if choice not in ("theirs", "mine"):
        raise ValueError(f"choice must be 'theirs' or 'mine', not {choice!r}")
    key = ((conflicts.c.kind == kind) & (conflicts.c.record_id == record_id)
           & (conflicts.c.field == field))
    with store.tx() as conn:
        row = conn.execute(select(conflicts).where(key)).mappings().first()
        if row is None:
            raise LookupError(f"no open conflict on {kind} {record_id} field {field}")
        if choice == "mine":
            table = domain[kind]
            present = conn.execute(select(table.c.id).where(table.c.id == record_id)).first()
            if present is None:
                # Without the record there is no current revision to base the edit on.
                raise LookupError(f"{kind} {record_id} is not in the replica")
            value = decode_record(table, {field: row["mine"]})[field]
            # Only the id and the chosen field: _save diffs against the current row, so the
            # mutation carries this one field, base_rev = the current rev, base = theirs.
            store._save(conn, kind, {"id": record_id, field: value})
        conn.execute(delete(conflicts).where(key))


def _zone(conn: Connection, kind: str, record_id: str) -> str | None:
    """The time zone of the contest the record belongs to (its own, for a contest)."""
    table, contest = domain.get(kind), domain["contest"]
    if table is None:
        return None
    if kind == "contest":
        contest_id: str | None = record_id
    elif "contest_id" in table.c:
        contest_id = conn.execute(select(table.c.contest_id).where(table.c.id == record_id)).scalar()
    else:
        return None
    return conn.execute(select(contest.c.timezone).where(contest.c.id == contest_id)).scalar()


def record_label(conn: Connection, kind: str, record_id: str) -> str:
    """What a person calls the record: its title or name, else its kind and short id."""
    return _label(conn, kind, record_id)


def record_zone(conn: Connection, kind: str, record_id: str) -> str | None:
    return _zone(conn, kind, record_id)


def _label(conn: Connection, kind: str, record_id: str) -> str:
    column = LABEL_COLUMNS.get(kind)
    table = domain.get(kind)
    if column is not None and table is not None and column in table.c:
        value = conn.execute(select(table.c[column]).where(table.c.id == record_id)).scalar()
        if value:
            return str(value)
    return f"{kind} {record_id[:8]}"


__all__ = ["Choice", "Conflict", "LABEL_COLUMNS", "count_conflicts", "list_conflicts",
           "record_label", "record_zone", "resolve"]
