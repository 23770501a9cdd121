"""Changes the server refused, with its reason, for the list and for the item concerned.

``LocalStore.store_push_results`` keeps each refused mutation in the ``rejected`` table
(what was sent, the server's code and message) until a later change of the same record is
accepted. The user sees them on the item (the organizer's contest, the evaluator's queue
row, the author's idea) and all together in a list, where one can be dismissed once read.
Database worker only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from desktop.conflicts import record_label, record_zone
from desktop.local_store import LocalStore
from desktop.replica_schema import domain, rejected


@dataclass(frozen=True)
class Refusal:
    mutation_id: str
    kind: str
    record_id: str
    label: str
    code: str
    message: str  # the server's reason, as it gave it
    fields: dict[str, Any]  # what was sent, as wire values
    at: dt.datetime
    contest_id: str | None  # the contest the record belongs to, to show it there
    zone: str | None


def list_refusals(store: LocalStore, contest_id: str | None = None) -> list[Refusal]:
    """Every kept refusal, oldest first; with ``contest_id``, only that contest's."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(rejected).order_by(rejected.c.at, rejected.c.mutation_id)) \
            .mappings().all()
        found = [Refusal(mutation_id=r["mutation_id"], kind=r["kind"], record_id=r["record_id"],
                         label=record_label(conn, r["kind"], r["record_id"]), code=r["code"],
                         message=r["message"], fields=dict(r["fields"] or {}), at=r["at"],
                         contest_id=_contest_of(conn, r["kind"], r["record_id"], r["fields"]),
                         zone=record_zone(conn, r["kind"], r["record_id"]))
                 for r in rows]
    return [r for r in found if contest_id is None or r.contest_id == contest_id]


def count_refusals(store: LocalStore) -> int:
    with store.engine.connect() as conn:
        return len(conn.execute(select(rejected.c.mutation_id)).all())


def dismiss(store: LocalStore, mutation_id: str) -> None:
    """The user has read it: forget the refusal (the server never had the change)."""
    with store.tx() as conn:
        conn.execute(delete(rejected).where(rejected.c.mutation_id == mutation_id))


def _contest_of(conn, kind: str, record_id: str, fields: dict[str, Any] | None) -> str | None:  # noqa: ANN001
    if kind == "contest":
        return record_id
    table = domain.get(kind)
    if table is not None and "contest_id" in table.c:
        found = conn.execute(select(table.c.contest_id).where(table.c.id == record_id)).scalar()
        if found:
            return found
    return (fields or {}).get("contest_id")  # a new record that never reached the server


__all__ = ["Refusal", "count_refusals", "dismiss", "list_refusals"]
