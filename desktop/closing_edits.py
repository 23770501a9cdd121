"""Closing a stage, or returning ideas for improvement, from the confirmed preview.

Database worker only. One local transaction: the rule the preview used becomes the stage's
rule, then one decision per idea, then (for a close) the stage's status, so the server sees
them in that order and never a closed stage without its decisions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Connection, select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from desktop.stage_closing import RETURNED, Closing
from shared.ids import decision_id

stage_t, idea_t = domain["stage"], domain["idea"]


def _decide(store: LocalStore, conn: Connection, stage: dict[str, Any], closing: Closing,
            idea_id: str, outcome: str) -> None:
    idea = conn.execute(select(idea_t.c.author_id).where(idea_t.c.id == idea_id)).mappings().one()
    explicit = closing.is_explicit(idea_id)
    store._save(conn, "decision", {
        "id": decision_id(stage_id=stage["id"], idea_id=idea_id), "stage_id": stage["id"],
        "contest_id": stage["contest_id"], "org_id": stage["org_id"], "idea_id": idea_id,
        "author_id": idea["author_id"], "outcome": outcome,
        "rule": "explicit" if explicit else closing.rule,
        "reason": closing.reason if explicit or outcome == RETURNED else "",
        "score": closing.scores.get(idea_id), "rank": closing.ranks.get(idea_id),
        "tied_at_cut": idea_id in closing.tied, "decided_by": store.user_id,
        "decided_at": dt.datetime.now(dt.UTC),
    })


def close_stage(store: LocalStore, closing: Closing) -> None:
    """Record every decision of the preview and close the stage; refuses a closed stage."""
    with store.tx() as conn:
        stage = dict(conn.execute(select(stage_t).where(stage_t.c.id == closing.stage_id))
                     .mappings().one())
        if stage["status"] != "open":
            raise ValueError("this stage is already closed")
        if closing.ideas(RETURNED):
            raise ValueError("ideas returned for improvement are sent with return_ideas, "
                             "not with a close")
        store._save(conn, "stage", {"id": stage["id"], "rule": closing.rule,
                                    "rule_value": closing.rule_value})
        for idea_id, outcome in closing.decisions.items():
            _decide(store, conn, stage, closing, idea_id, outcome)
        store._save(conn, "stage", {"id": stage["id"], "status": "closed"})


def return_ideas(store: LocalStore, closing: Closing, suggestions: dict[str, list[str]]) -> None:
    """Return the preview's RETURNED ideas to their authors; the stage stays open.

    Each gets a ``returned`` decision and the evaluators' suggestions as feedback released
    to the author at once (purpose ``revision``), without the evaluators' names.
    """
    with store.tx() as conn:
        stage = dict(conn.execute(select(stage_t).where(stage_t.c.id == closing.stage_id))
                     .mappings().one())
        if stage["status"] != "open":
            raise ValueError("this stage is already closed")
        store._save(conn, "stage", {"id": stage["id"], "rule": closing.rule,
                                    "rule_value": closing.rule_value})
        for idea_id in closing.ideas(RETURNED):
            _decide(store, conn, stage, closing, idea_id, RETURNED)
            idea = conn.execute(select(idea_t.c.author_id).where(idea_t.c.id == idea_id)).one()
            for text in suggestions.get(idea_id, []):
                if text.strip():
                    store._save(conn, "feedback", {
                        "id": str(uuid.uuid4()), "stage_id": stage["id"],
                        "contest_id": stage["contest_id"], "org_id": stage["org_id"],
                        "idea_id": idea_id, "author_id": idea.author_id, "purpose": "revision",
                        "text": text.strip(), "created_at": dt.datetime.now(dt.UTC),
                    })
