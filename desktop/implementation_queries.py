"""What the Implementation tab reads: the contest's winning ideas and how far each has got.

A winner is an idea that advanced in the contest's last stage once that stage is closed;
the server tracks implementation for those only. Database worker only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.queries import stages_of
from desktop.replica_schema import domain
from shared.text import az_sort_key

contest_t, idea_t, decision_t, implementation_t = (
    domain[k] for k in ("contest", "idea", "decision", "implementation"))


@dataclass(frozen=True)
class Winner:
    idea_id: str
    title: str
    record: dict[str, Any] | None  # the implementation record, None until first saved


@dataclass(frozen=True)
class ImplementationOverview:
    timezone: str
    last_stage_closed: bool
    winners: list[Winner] = field(default_factory=list)


def implementation_overview(store: LocalStore, contest_id: str) -> ImplementationOverview:
    zone = store.rows(select(contest_t.c.timezone).where(contest_t.c.id == contest_id))
    timezone = (zone[0]["timezone"] if zone else None) or "Asia/Baku"
    stages = stages_of(store, contest_id)
    if not stages or stages[-1]["status"] != "closed":
        return ImplementationOverview(timezone, False)
    rows = store.rows(
        select(idea_t.c.id, idea_t.c.title)
        .join(decision_t, decision_t.c.idea_id == idea_t.c.id)
        .where(decision_t.c.stage_id == stages[-1]["id"], decision_t.c.outcome == "advanced"))
    records = {r["idea_id"]: r for r in store.rows(
        select(implementation_t).where(implementation_t.c.contest_id == contest_id))}
    winners = [Winner(r["id"], r["title"], records.get(r["id"])) for r in rows]
    winners.sort(key=lambda w: az_sort_key(w.title))
    return ImplementationOverview(timezone, True, winners)
