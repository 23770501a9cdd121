"""What the evaluator's screening form reads for one idea. Database worker only.

Blind review as for scoring: nothing here reads the author's identity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain

stage_t, contest_t, idea_t, check_t, conflict_t = (
    domain[k] for k in ("stage", "contest", "idea", "check", "interest_conflict"))


@dataclass(frozen=True)
class ScreeningContext:
    stage_id: str
    idea_id: str
    round: int  # the idea's current round: a revision starts a new one
    requirements: list[str] = field(default_factory=list)
    answers: dict[str, bool] = field(default_factory=dict)  # my current check
    suggestions: str = ""
    deadline: dt.datetime | None = None
    timezone: str = "Asia/Baku"
    idea_status: str = "submitted"  # "returned": with its author, nothing to check now
    conflict_declared: bool = False


def screening_context(store: LocalStore, stage_id: str, idea_id: str) -> ScreeningContext:
    row = store.rows(
        select(stage_t.c.deadline, contest_t.c.timezone, contest_t.c.requirements)
        .join(contest_t, contest_t.c.id == stage_t.c.contest_id).where(stage_t.c.id == stage_id))[0]
    idea = store.rows(select(idea_t.c.revision_number, idea_t.c.status)
                      .where(idea_t.c.id == idea_id))[0]
    round_number = idea["revision_number"] or 1
    mine = store.rows(select(check_t).where(
        check_t.c.stage_id == stage_id, check_t.c.idea_id == idea_id,
        check_t.c.evaluator_id == store.user_id, check_t.c.round == round_number))
    answers: dict[str, bool] = {}
    suggestions = ""
    if mine:
        answers = {r: True for r in mine[0]["met"] or []} | {r: False for r in mine[0]["unmet"] or []}
        suggestions = mine[0]["suggestions"]
    declared = bool(store.rows(select(conflict_t.c.id).where(
        conflict_t.c.idea_id == idea_id, conflict_t.c.evaluator_id == store.user_id)))
    return ScreeningContext(stage_id, idea_id, round_number, list(row["requirements"] or []),
                            answers, suggestions, row["deadline"], row["timezone"] or "Asia/Baku",
                            idea["status"], declared)
