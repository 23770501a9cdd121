"""What the close-stage dialog reads: the stage, its ideas and their results. DB worker only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from desktop.local_store import LocalStore, domain
from desktop.queries import stage_ranking
from desktop.stage_closing import ClosingIdea

stage_t = domain["stage"]


@dataclass(frozen=True)
class ClosingData:
    stage: dict[str, Any]
    ideas: list[ClosingIdea]
    # screening only: idea id -> evaluator id -> {requirement: met}
    checks: dict[str, dict[str, dict[str, bool]]] = field(default_factory=dict)


def closing_data(store: LocalStore, stage_id: str) -> ClosingData:
    stage = store.rows(select(stage_t).where(stage_t.c.id == stage_id))[0]
    if stage["kind"] == "screening":
        return _screening_data(store, stage)
    ideas = [ClosingIdea(r.idea_id, r.title, r.rank, r.score) for r in stage_ranking(store, stage_id)]
    return ClosingData(stage, ideas)


def _screening_data(store: LocalStore, stage: dict[str, Any]) -> ClosingData:
    return ClosingData(stage, [])
