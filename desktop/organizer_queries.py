"""Reads the organizer's screens need beyond ``desktop.queries``. Database worker only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desktop import queries
from desktop.local_store import LocalStore, domain

stage_t, idea_t, assignment_t = (domain[k] for k in ("stage", "idea", "assignment"))


@dataclass(frozen=True)
class StageCoverage:
    stage_id: str
    title: str
    ideas_with_evaluators: int
    ideas: int


def stage_coverage(store: LocalStore, contest_id: str) -> list[StageCoverage]:
    """For each stage of a contest: how many of its ideas have at least one evaluator."""
    total = _count_ideas(store, contest_id)
    covered = {
        r["stage_id"]: r["n"] for r in store.rows(
            select(assignment_t.c.stage_id,
                   func.count(func.distinct(assignment_t.c.idea_id)).label("n"))
            .where(assignment_t.c.contest_id == contest_id)
            .group_by(assignment_t.c.stage_id))
    }
    stages = store.rows(select(stage_t.c.id, stage_t.c.title)
                        .where(stage_t.c.contest_id == contest_id).order_by(stage_t.c.position))
    return [StageCoverage(s["id"], s["title"], covered.get(s["id"], 0), total) for s in stages]


def _count_ideas(store: LocalStore, contest_id: str) -> int:
    rows = store.rows(select(func.count().label("n")).select_from(idea_t)
                      .where(idea_t.c.contest_id == contest_id))
    return int(rows[0]["n"])


@dataclass(frozen=True)
class AssignmentOverview:
    stages: list[dict[str, Any]]
    evaluators: list[dict[str, Any]]
    coverage: list[StageCoverage]
    load: dict[tuple[str, str], int]  # (stage id, evaluator id) -> ideas assigned


def assignment_overview(store: LocalStore, contest_id: str) -> AssignmentOverview:
    """Everything the Assignment tab shows, read in one trip to the database worker."""
    load = {(r["stage_id"], r["evaluator_id"]): r["n"] for r in store.rows(
        select(assignment_t.c.stage_id, assignment_t.c.evaluator_id, func.count().label("n"))
        .where(assignment_t.c.contest_id == contest_id)
        .group_by(assignment_t.c.stage_id, assignment_t.c.evaluator_id))}
    return AssignmentOverview(stages=queries.stages_of(store, contest_id),
                              evaluators=queries.list_evaluators(store),
                              coverage=stage_coverage(store, contest_id), load=load)


@dataclass(frozen=True)
class RankingOverview:
    stages: list[dict[str, Any]]
    stage_id: str | None  # the stage ranked: the one asked for, else the first
    rows: list[queries.RankingRow]


def ranking_overview(store: LocalStore, contest_id: str, stage_id: str | None) -> RankingOverview:
    stages = queries.stages_of(store, contest_id)
    ids = [s["id"] for s in stages]
    chosen = stage_id if stage_id in ids else (ids[0] if ids else None)
    rows = queries.stage_ranking(store, chosen) if chosen else []
    return RankingOverview(stages, chosen, rows)
