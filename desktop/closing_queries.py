"""What the close-stage dialog reads: the stage, its ideas and their results. DB worker only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.queries import assignments_of, stage_ranking
from desktop.replica_schema import domain
from desktop.stage_closing import ClosingIdea
from shared.text import az_sort_key

stage_t, contest_t, idea_t, check_t = (domain[k] for k in ("stage", "contest", "idea", "check"))


@dataclass(frozen=True)
class ClosingData:
    stage: dict[str, Any]
    timezone: str
    ideas: list[ClosingIdea]
    # screening only: idea id -> evaluator id -> {requirement: met}, latest round of checks
    checks: dict[str, dict[str, dict[str, bool]]] = field(default_factory=dict)
    suggestions: dict[str, list[str]] = field(default_factory=dict)  # by idea id

    @property
    def revision_deadline(self) -> dt.datetime | None:
        return self.stage.get("revision_deadline")


def closing_data(store: LocalStore, stage_id: str) -> ClosingData:
    stage = store.rows(select(stage_t).where(stage_t.c.id == stage_id))[0]
    contest = store.rows(select(contest_t.c.timezone, contest_t.c.requirements)
                         .where(contest_t.c.id == stage["contest_id"]))[0]
    if stage["kind"] == "screening":
        return _screening_data(store, stage, contest)
    ideas = [ClosingIdea(r.idea_id, r.title, r.rank, r.score) for r in stage_ranking(store, stage_id)]
    return ClosingData(stage, contest["timezone"], ideas)


def _screening_data(store: LocalStore, stage: dict[str, Any], contest: dict[str, Any]) -> ClosingData:
    """The latest round of checks of each idea: a revision starts a new round, so checks of
    the text before it no longer count."""
    idea_ids = sorted({a["idea_id"] for a in assignments_of(store, stage["id"])})
    ideas = {r["id"]: r for r in store.rows(
        select(idea_t.c.id, idea_t.c.title, idea_t.c.revision_number, idea_t.c.status)
        .where(idea_t.c.id.in_(idea_ids)))}
    requirements = list(contest["requirements"] or [])
    checks: dict[str, dict[str, dict[str, bool]]] = {i: {} for i in ideas}
    suggestions: dict[str, list[str]] = {i: [] for i in ideas}
    for c in store.rows(select(check_t).where(check_t.c.stage_id == stage["id"])
                        .order_by(check_t.c.evaluator_id)):
        idea = ideas.get(c["idea_id"])
        if idea is None or c["round"] != (idea["revision_number"] or 1):
            continue
        met = set(c["met"] or [])
        # A requirement the evaluator left unanswered counts as not met.
        checks[c["idea_id"]][c["evaluator_id"]] = {r: r in met for r in requirements or met}
        if c["suggestions"].strip():
            suggestions[c["idea_id"]].append(c["suggestions"].strip())
    rows = []
    for idea_id, idea in sorted(ideas.items(), key=lambda kv: az_sort_key(kv[1]["title"])):
        answers = checks[idea_id].values()
        rows.append(ClosingIdea(idea_id, idea["title"],
                                approvals=sum(all(a.values()) for a in answers),
                                checkers=len(checks[idea_id])))
    return ClosingData(stage, contest["timezone"], rows, checks, suggestions)
