"""What the evaluator's screening form changes. Database worker only.

One local transaction each, queued for the server, which repeats every check (assigned,
stage open, current round, known requirements).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select

from desktop.local_store import LocalStore, domain
from shared.ids import check_id, interest_conflict_id

stage_t, idea_t = domain["stage"], domain["idea"]


def save_check(store: LocalStore, *, stage_id: str, idea_id: str, answers: Mapping[str, bool],
               suggestions: str = "") -> str:
    """This evaluator's check of the idea's current round: requirement -> met. A
    requirement left out is unanswered (a draft); the server counts it as not met."""
    with store.tx() as conn:
        stage = conn.execute(select(stage_t).where(stage_t.c.id == stage_id)).mappings().one()
        idea = conn.execute(select(idea_t.c.revision_number)
                            .where(idea_t.c.id == idea_id)).mappings().one()
        round_number = idea["revision_number"] or 1
        return store._save(conn, "check", {
            "id": check_id(evaluator_id=store.user_id, idea_id=idea_id, stage_id=stage_id,
                           round_number=round_number),
            "stage_id": stage_id, "contest_id": stage["contest_id"], "org_id": stage["org_id"],
            "idea_id": idea_id, "evaluator_id": store.user_id, "round": round_number,
            "met": [r for r, ok in answers.items() if ok],
            "unmet": [r for r, ok in answers.items() if not ok],
            "suggestions": suggestions.strip(),
        })


def declare_conflict(store: LocalStore, *, stage_id: str, idea_id: str, reason: str) -> str:
    """Declare a conflict of interest; the server moves the idea to another evaluator."""
    if not reason.strip():
        raise ValueError("a conflict of interest needs a reason")
    with store.tx() as conn:
        stage = conn.execute(select(stage_t).where(stage_t.c.id == stage_id)).mappings().one()
        return store._save(conn, "interest_conflict", {
            "id": interest_conflict_id(evaluator_id=store.user_id, idea_id=idea_id),
            "contest_id": stage["contest_id"], "org_id": stage["org_id"], "idea_id": idea_id,
            "evaluator_id": store.user_id, "stage_id": stage_id, "reason": reason.strip(),
            "declared_at": dt.datetime.now(dt.UTC),
        })
