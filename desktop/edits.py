"""What the screens change in the local replica. Runs on the database worker only.

Each function is one local transaction that also queues the change for the server.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from shared.evaluation import DEFAULT_WEIGHTS, Importance
from shared.ids import score_id
from shared.tracking import new_tracking_code


@dataclass(frozen=True)
class CriterionSpec:
    name: str
    importance: Importance
    description: str = ""
    weight: float | None = None


def create_contest(
    store: LocalStore,
    *,
    title: str,
    description: str,
    requirements: list[str],
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    timezone: str,
    visibility: str,
    stage_title: str,
    criteria: list[CriterionSpec],
) -> str:
    """A contest with one scoring stage and its criteria, in one local transaction."""
    contest_id = str(uuid.uuid4())
    with store.tx() as conn:
        store._save(conn, "contest", {
            "id": contest_id, "org_id": store.org_id, "title": title, "description": description,
            "requirements": requirements, "starts_at": starts_at, "ends_at": ends_at,
            "timezone": timezone, "visibility": visibility, "status": "open", "categories": [],
        })
        _add_stage(store, conn, contest_id=contest_id, position=1, title=stage_title,
                   criteria=criteria)
    return contest_id


def add_scoring_stage(store: LocalStore, *, contest_id: str, title: str,
                      criteria: list[CriterionSpec]) -> str:
    """A further scoring stage on an existing contest (e.g. one that was imported)."""
    stage_t = domain["stage"]
    with store.tx() as conn:
        positions = conn.execute(select(stage_t.c.position)
                                 .where(stage_t.c.contest_id == contest_id)).scalars().all()
        return _add_stage(store, conn, contest_id=contest_id,
                          position=max(positions, default=0) + 1, title=title, criteria=criteria)


def _add_stage(store: LocalStore, conn, *, contest_id: str, position: int, title: str,  # noqa: ANN001
               criteria: list[CriterionSpec]) -> str:
    stage_id = str(uuid.uuid4())
    store._save(conn, "stage", {
        "id": stage_id, "contest_id": contest_id, "org_id": store.org_id, "position": position,
        "kind": "scoring", "title": title, "status": "open", "deadline": None,
    })
    for number, c in enumerate(criteria, start=1):
        store._save(conn, "criterion", {
            "id": str(uuid.uuid4()), "stage_id": stage_id, "contest_id": contest_id,
            "org_id": store.org_id, "name": c.name, "description": c.description,
            "importance": c.importance.value,
            "weight": c.weight if c.weight is not None else DEFAULT_WEIGHTS[c.importance],
            "scale_min": 1, "scale_max": 10, "position": number,
        })
    return stage_id


def assign(store: LocalStore, *, stage_id: str, idea_ids: list[str],
           evaluator_ids: list[str]) -> int:
    """Assign every evaluator to every idea, skipping pairs already assigned."""
    stage_t, assignment_t = domain["stage"], domain["assignment"]
    created = 0
    with store.tx() as conn:
        stage = conn.execute(select(stage_t).where(stage_t.c.id == stage_id)).mappings().one()
        existing = {(r.idea_id, r.evaluator_id) for r in conn.execute(
            select(assignment_t.c.idea_id, assignment_t.c.evaluator_id)
            .where(assignment_t.c.stage_id == stage_id))}
        for idea_id in idea_ids:
            for evaluator_id in evaluator_ids:
                if (idea_id, evaluator_id) in existing:
                    continue
                store._save(conn, "assignment", {
                    "id": str(uuid.uuid4()), "stage_id": stage_id,
                    "contest_id": stage["contest_id"], "org_id": stage["org_id"],
                    "idea_id": idea_id, "evaluator_id": evaluator_id,
                })
                created += 1
    return created


def save_scores(store: LocalStore, *, stage_id: str, idea_id: str,
                values: dict[str, float], comments: dict[str, str] | None = None) -> None:
    """The evaluator's scores for one idea, one record per criterion."""
    stage_t = domain["stage"]
    comments = comments or {}
    with store.tx() as conn:
        stage = conn.execute(select(stage_t).where(stage_t.c.id == stage_id)).mappings().one()
        for criterion_id, value in values.items():
            store._save(conn, "score", {
                "id": score_id(evaluator_id=store.user_id, idea_id=idea_id,
                               criterion_id=criterion_id),
                "stage_id": stage_id, "contest_id": stage["contest_id"],
                "org_id": stage["org_id"], "idea_id": idea_id,
                "evaluator_id": store.user_id, "criterion_id": criterion_id,
                "value": float(value), "comment": comments.get(criterion_id, ""),
            })


def submit_idea(
    store: LocalStore,
    *,
    contest_id: str,
    title: str,
    body: str,
    benefit: str = "",
    category: str = "",
    contact_name: str | None = None,
    contact_phone: str | None = None,
    contact_email: str | None = None,
    idea_id: str | None = None,
    created_at: dt.datetime | None = None,
) -> tuple[str, str]:
    """Queue a new idea; returns (idea id, tracking code). Passing the same ``idea_id``
    again while the idea is still queued here (a second tap on Send) changes nothing.
    ``created_at`` is when the person started writing it (default now)."""
    contest_t, idea_t = domain["contest"], domain["idea"]
    idea_id = idea_id or str(uuid.uuid4())
    with store.tx() as conn:
        existing = conn.execute(select(idea_t.c.tracking_code)
                                .where(idea_t.c.id == idea_id)).scalar()
        if existing is not None:
            return idea_id, existing
        contest = conn.execute(select(contest_t).where(contest_t.c.id == contest_id)).mappings().one()
        code = new_tracking_code()
        store._save(conn, "idea", {
            "id": idea_id, "contest_id": contest_id, "org_id": contest["org_id"],
            "title": title, "body": body, "benefit": benefit, "category": category,
            "channel": "kiosk" if store.role.value == "kiosk" else "desktop",
            "author_id": None if store.role.value == "kiosk" else store.user_id,
            "contact_name": contact_name, "contact_phone": contact_phone,
            "contact_email": contact_email, "tracking_code": code, "status": "submitted",
            "created_at": created_at or dt.datetime.now(dt.UTC), "late_synced": False,
            "extra": {},
        })
    return idea_id, code
