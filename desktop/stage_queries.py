"""What the Stages tab reads: a contest's stages in order, their criteria, and how far
scoring and screening have gone in each (which locks criteria). Database worker only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desktop.local_store import LocalStore
from desktop.queries import criteria_of, stages_of
from desktop.replica_schema import domain

contest_t, score_t, check_t = domain["contest"], domain["score"], domain["check"]


@dataclass(frozen=True)
class StageInfo:
    stage: dict[str, Any]
    criteria: list[dict[str, Any]]
    scores: int  # scores given in the stage: criteria and weights are locked while > 0
    checks: int  # screening checks made


@dataclass(frozen=True)
class StagesOverview:
    contest_id: str
    timezone: str
    requirements: list[str]
    stages: list[StageInfo]


def _counts(store: LocalStore, table, contest_id: str) -> dict[str, int]:  # noqa: ANN001
    return {r["stage_id"]: r["n"] for r in store.rows(
        select(table.c.stage_id, func.count().label("n"))
        .where(table.c.contest_id == contest_id).group_by(table.c.stage_id))}


def stages_overview(store: LocalStore, contest_id: str) -> StagesOverview:
    contest = store.rows(select(contest_t.c.timezone, contest_t.c.requirements)
                         .where(contest_t.c.id == contest_id))[0]
    scores, checks = _counts(store, score_t, contest_id), _counts(store, check_t, contest_id)
    stages = [StageInfo(s, criteria_of(store, s["id"]), scores.get(s["id"], 0),
                        checks.get(s["id"], 0)) for s in stages_of(store, contest_id)]
    return StagesOverview(contest_id, contest["timezone"] or "Asia/Baku",
                          list(contest["requirements"] or []), stages)
