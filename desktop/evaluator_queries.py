"""What the evaluator's scoring form reads. Runs on the database worker only.

Nothing here reads author identity: an evaluator's replica has none, and the form must
not depend on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.queries import criteria_of, my_scores
from desktop.replica_schema import domain

stage_t, contest_t = domain["stage"], domain["contest"]


@dataclass(frozen=True)
class ScoringContext:
    """Everything the form needs for one idea, read in one trip to the database worker."""

    stage_id: str
    idea_id: str
    criteria: list[dict[str, Any]] = field(default_factory=list)
    scores: dict[str, dict[str, Any]] = field(default_factory=dict)  # by criterion id
    deadline: dt.datetime | None = None
    timezone: str = "Asia/Baku"


def scoring_context(store: LocalStore, stage_id: str, idea_id: str) -> ScoringContext:
    stage = store.rows(
        select(stage_t.c.deadline, contest_t.c.timezone)
        .join(contest_t, contest_t.c.id == stage_t.c.contest_id)
        .where(stage_t.c.id == stage_id)
    )
    deadline, timezone = (stage[0]["deadline"], stage[0]["timezone"]) if stage else (None, "Asia/Baku")
    return ScoringContext(stage_id=stage_id, idea_id=idea_id,
                          criteria=criteria_of(store, stage_id),
                          scores=my_scores(store, stage_id, idea_id),
                          deadline=deadline, timezone=timezone or "Asia/Baku")
