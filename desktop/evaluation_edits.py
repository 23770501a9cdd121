"""Local edits of evaluation records: checks, conflicts, revisions, released feedback,
the results announcement and implementation tracking (stages and their close live in
``desktop.stage_edits`` and ``desktop.closing_edits``).

Each function is one local transaction on the database worker (never the GUI thread): the
records and their outbox rows are stored together, and the next sync pushes them in this
order. The server repeats every check (sync_server/evaluation_rules.py, screening_rules.py and
stage_closing.py); the fields filled in here only let the replica show the change before the
server confirms it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, func, select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from shared.ids import check_id, implementation_id, interest_conflict_id


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _one(conn: Connection, kind: str, record_id: str) -> dict[str, Any]:
    table = domain[kind]
    return dict(conn.execute(select(table).where(table.c.id == record_id)).mappings().one())


def save_check(store: LocalStore, *, stage_id: str, idea_id: str, answers: Mapping[str, bool],
               suggestions: str = "") -> str:
    """The evaluator's screening check of the idea's current round: requirement -> met."""
    with store.tx() as conn:
        stage, idea = _one(conn, "stage", stage_id), _one(conn, "idea", idea_id)
        round_number = idea.get("revision_number") or 1
        return store._save(conn, "check", {
            "id": check_id(evaluator_id=store.user_id, idea_id=idea_id, stage_id=stage_id,
                           round_number=round_number),
            "stage_id": stage_id, "contest_id": stage["contest_id"], "org_id": stage["org_id"],
            "idea_id": idea_id, "evaluator_id": store.user_id, "round": round_number,
            "met": [r for r, ok in answers.items() if ok],
            "unmet": [r for r, ok in answers.items() if not ok],
            "suggestions": suggestions,
        })


def declare_conflict(store: LocalStore, *, idea_id: str, stage_id: str, reason: str = "") -> str:
    """The evaluator declares a conflict of interest; the server moves the assignment."""
    with store.tx() as conn:
        idea = _one(conn, "idea", idea_id)
        return store._save(conn, "interest_conflict", {
            "id": interest_conflict_id(evaluator_id=store.user_id, idea_id=idea_id),
            "contest_id": idea["contest_id"], "org_id": idea["org_id"], "idea_id": idea_id,
            "evaluator_id": store.user_id, "stage_id": stage_id, "reason": reason,
            "declared_at": _now(),
        })


def _feedback(store: LocalStore, conn: Connection, stage: dict[str, Any], *, idea_id: str,
              texts: Iterable[str], purpose: str) -> None:
    idea = _one(conn, "idea", idea_id)
    for text in texts:
        if text.strip():
            store._save(conn, "feedback", {
                "id": str(uuid.uuid4()), "stage_id": stage["id"], "contest_id": stage["contest_id"],
                "org_id": stage["org_id"], "idea_id": idea_id, "author_id": idea.get("author_id"),
                "purpose": purpose, "text": text, "created_at": _now(),
            })


def release_feedback(store: LocalStore, *, stage_id: str, idea_id: str,
                     texts: Iterable[str]) -> None:
    """Feedback the author receives with the results (suggestions, score comments)."""
    with store.tx() as conn:
        _feedback(store, conn, _one(conn, "stage", stage_id), idea_id=idea_id, texts=texts,
                  purpose="result")


def submit_revision(store: LocalStore, *, idea_id: str, title: str, body: str,
                    benefit: str = "") -> str:
    """The author's revision of a returned idea (the server numbers it and updates the idea)."""
    revision_t = domain["idea_revision"]
    with store.tx() as conn:
        idea = _one(conn, "idea", idea_id)
        last = conn.execute(select(func.max(revision_t.c.number)).where(
            revision_t.c.idea_id == idea_id)).scalar() or 1
        return store._save(conn, "idea_revision", {
            "id": str(uuid.uuid4()), "idea_id": idea_id, "contest_id": idea["contest_id"],
            "org_id": idea["org_id"], "author_id": store.user_id, "number": last + 1,
            "title": title, "body": body, "benefit": benefit, "created_at": _now(),
        })


def announce_results(store: LocalStore, *, contest_id: str) -> None:
    """Announce the contest's results: authors then receive decisions and released feedback."""
    with store.tx() as conn:
        contest = _one(conn, "contest", contest_id)
        store._save(conn, "contest", {**contest, "results_announced_at": _now()})


def save_implementation(store: LocalStore, *, idea_id: str, status: str, progress: int,
                        notes: str = "", started_on: dt.datetime | None = None,
                        due_on: dt.datetime | None = None,
                        finished_on: dt.datetime | None = None) -> str:
    with store.tx() as conn:
        idea = _one(conn, "idea", idea_id)
        return store._save(conn, "implementation", {
            "id": implementation_id(idea_id=idea_id), "idea_id": idea_id,
            "contest_id": idea["contest_id"], "org_id": idea["org_id"],
            "author_id": idea.get("author_id"), "status": status, "progress": progress,
            "notes": notes, "started_on": started_on, "due_on": due_on,
            "finished_on": finished_on, "updated_at": _now(),
        })
