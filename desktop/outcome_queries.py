"""What an author sees about one of their ideas after sending it: a return for improvement
with its suggestions and deadline, and, once results are announced, the decisions, the
feedback released to them and how its implementation goes. Database worker only.

Nothing here names an evaluator: the author's replica holds no evaluator identity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain

contest_t, stage_t, idea_t = domain["contest"], domain["stage"], domain["idea"]
decision_t, feedback_t, implementation_t = (
    domain[k] for k in ("decision", "feedback", "implementation"))


@dataclass(frozen=True)
class StageOutcome:
    stage_title: str
    outcome: str  # advanced | not_advanced | returned
    reason: str


@dataclass(frozen=True)
class IdeaOutcome:
    idea_id: str
    title: str
    body: str
    benefit: str
    status: str
    timezone: str
    revision_due: dt.datetime | None = None
    announced_at: dt.datetime | None = None
    suggestions: list[str] = field(default_factory=list)  # sent with a return
    decisions: list[StageOutcome] = field(default_factory=list)  # released at announcement
    feedback: list[str] = field(default_factory=list)  # released at announcement
    implementation: dict[str, Any] | None = None


def idea_outcome(store: LocalStore, idea_id: str) -> IdeaOutcome | None:
    found = store.rows(
        select(idea_t.c.id, idea_t.c.title, idea_t.c.body, idea_t.c.benefit, idea_t.c.status,
               idea_t.c.revision_due, contest_t.c.timezone, contest_t.c.results_announced_at)
        .outerjoin(contest_t, contest_t.c.id == idea_t.c.contest_id)
        .where(idea_t.c.id == idea_id, idea_t.c.author_id == store.user_id))
    if not found:
        return None
    idea = found[0]
    texts = store.rows(select(feedback_t.c.purpose, feedback_t.c.text)
                       .where(feedback_t.c.idea_id == idea_id)
                       .order_by(feedback_t.c.created_at, feedback_t.c.id))
    decisions = [StageOutcome(r["title"] or "", r["outcome"], r["reason"]) for r in store.rows(
        select(stage_t.c.title, decision_t.c.outcome, decision_t.c.reason)
        .join(stage_t, stage_t.c.id == decision_t.c.stage_id)
        .where(decision_t.c.idea_id == idea_id).order_by(stage_t.c.position))]
    implementation = store.rows(select(implementation_t)
                                .where(implementation_t.c.idea_id == idea_id))
    return IdeaOutcome(
        idea_id=idea_id, title=idea["title"], body=idea["body"], benefit=idea["benefit"],
        status=idea["status"], timezone=idea["timezone"] or "Asia/Baku",
        revision_due=idea["revision_due"], announced_at=idea["results_announced_at"],
        suggestions=[t["text"] for t in texts if t["purpose"] == "revision"],
        decisions=decisions, feedback=[t["text"] for t in texts if t["purpose"] == "result"],
        implementation=implementation[0] if implementation else None)
