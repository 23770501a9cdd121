"""What the author's screens read from the local replica. Runs on the database worker only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.queries import open_public_contests
from desktop.replica_schema import domain, rejected
from shared.text import az_sort_key

contest_t, idea_t = domain["contest"], domain["idea"]


def open_internal_contests(store: LocalStore, now: dt.datetime) -> list[dict[str, Any]]:
    """Open staff-only contests of the author's own organization."""
    return store.rows(
        select(contest_t)
        .where(contest_t.c.visibility == "internal", contest_t.c.org_id == store.org_id,
               contest_t.c.status == "open", contest_t.c.starts_at <= now,
               contest_t.c.ends_at > now)
    )


def open_contests(store: LocalStore, now: dt.datetime) -> list[dict[str, Any]]:
    """Every contest the author may send an idea to now: closing soonest first."""
    found = {c["id"]: c for c in open_public_contests(store, now) + open_internal_contests(store, now)}
    return sorted(found.values(), key=lambda c: (c["ends_at"], az_sort_key(c["title"])))


@dataclass(frozen=True)
class MyIdea:
    id: str
    title: str
    contest_title: str
    timezone: str
    status: str
    tracking_code: str
    created_at: dt.datetime
    sent: bool  # the server has it (and gave it its tracking code)
    refused: str  # the server's reason when it did not accept the idea


def my_ideas(store: LocalStore) -> list[MyIdea]:
    """The signed-in author's ideas, newest first."""
    rows = store.rows(
        select(idea_t.c.id, idea_t.c.title, idea_t.c.status, idea_t.c.tracking_code,
               idea_t.c.created_at, idea_t.c.rev, contest_t.c.title.label("contest_title"),
               contest_t.c.timezone)
        .outerjoin(contest_t, contest_t.c.id == idea_t.c.contest_id)
        .where(idea_t.c.author_id == store.user_id)
        .order_by(idea_t.c.created_at.desc(), idea_t.c.id)
    )
    refusals = {r["record_id"]: r["message"] for r in store.rows(
        select(rejected.c.record_id, rejected.c.message).where(rejected.c.kind == "idea")
        .order_by(rejected.c.at))}
    return [MyIdea(id=r["id"], title=r["title"], contest_title=r["contest_title"] or "",
                   timezone=r["timezone"] or "Asia/Baku", status=r["status"],
                   tracking_code=r["tracking_code"] or "", created_at=r["created_at"],
                   sent=r["rev"] > 0, refused=refusals.get(r["id"], ""))
            for r in rows]
