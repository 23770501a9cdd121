"""What the Stages tab changes: adding, ordering and configuring stages, and the explicit
scoring reset that unlocks criteria. Database worker only.

Each function is one local transaction that queues its changes for the server. The server
repeats every check (rules, locked weights); these keep the replica consistent meanwhile.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from desktop.edits import CriterionSpec
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from shared.evaluation import DEFAULT_WEIGHTS

stage_t, criterion_t, score_t = domain["stage"], domain["criterion"], domain["score"]


@dataclass(frozen=True)
class StageSettings:
    title: str
    deadline: dt.datetime | None
    rule: str
    rule_value: float | None = None
    revision_deadline: dt.datetime | None = None
    scale_min: int = 1
    scale_max: int = 10


def add_stage(store: LocalStore, *, contest_id: str, kind: str, title: str,
              criteria: list[CriterionSpec] = ()) -> str:
    """A stage at the end of the contest; screening passes when all evaluators agree,
    scoring is decided by the organizer until a rule is chosen."""
    if kind not in ("screening", "scoring"):
        raise ValueError(f"unknown stage kind {kind!r}")
    stage_id = str(uuid.uuid4())
    with store.tx() as conn:
        last = conn.execute(select(func.max(stage_t.c.position))
                            .where(stage_t.c.contest_id == contest_id)).scalar() or 0
        store._save(conn, "stage", {
            "id": stage_id, "contest_id": contest_id, "org_id": store.org_id,
            "position": last + 1, "kind": kind, "title": title, "status": "open",
            "deadline": None, "rule": "all" if kind == "screening" else "explicit",
            "rule_value": None, "revision_deadline": None,
        })
        for number, spec in enumerate(criteria, start=1):
            _save_criterion(store, conn, stage_id, contest_id, None, spec, number, 1, 10)
    return stage_id


def move_stage(store: LocalStore, *, stage_id: str, delta: int) -> None:
    """Swap the stage with its neighbour before (-1) or after (+1); closed stages stay put."""
    with store.tx() as conn:
        stage = conn.execute(select(stage_t).where(stage_t.c.id == stage_id)).mappings().one()
        ordered = conn.execute(select(stage_t.c.id, stage_t.c.position, stage_t.c.status)
                               .where(stage_t.c.contest_id == stage["contest_id"])
                               .order_by(stage_t.c.position, stage_t.c.id)).mappings().all()
        index = [s["id"] for s in ordered].index(stage_id)
        other = index + delta
        if not 0 <= other < len(ordered):
            return
        if "closed" in (ordered[index]["status"], ordered[other]["status"]):
            raise ValueError("a closed stage keeps its place")
        # Number them 1..n afresh: older data may hold gaps or equal positions.
        ids = [s["id"] for s in ordered]
        ids[index], ids[other] = ids[other], ids[index]
        for position, record_id in enumerate(ids, start=1):
            store._save(conn, "stage", {"id": record_id, "position": position})


def _save_criterion(store: LocalStore, conn: Connection, stage_id: str, contest_id: str,
                    criterion_id: str | None, spec: CriterionSpec, position: int,
                    scale_min: int, scale_max: int) -> None:
    store._save(conn, "criterion", {
        "id": criterion_id or str(uuid.uuid4()), "stage_id": stage_id, "contest_id": contest_id,
        "org_id": store.org_id, "name": spec.name, "description": spec.description,
        "importance": spec.importance.value,
        "weight": spec.weight if spec.weight is not None else DEFAULT_WEIGHTS[spec.importance],
        "scale_min": scale_min, "scale_max": scale_max, "position": position,
    })


def save_stage(store: LocalStore, *, stage_id: str, settings: StageSettings,
               criteria: list[tuple[str | None, CriterionSpec]] | None = None) -> None:
    """The stage's settings and, for a scoring stage, its criteria: (id or None, spec) in
    order; criteria left out are deleted. Criteria are refused once scores exist."""
    with store.tx() as conn:
        stage = conn.execute(select(stage_t).where(stage_t.c.id == stage_id)).mappings().one()
        if stage["status"] != "open":
            raise ValueError("this stage is closed; its settings are final")
        store._save(conn, "stage", {
            "id": stage_id, "title": settings.title, "deadline": settings.deadline,
            "rule": settings.rule, "rule_value": settings.rule_value,
            "revision_deadline": settings.revision_deadline if stage["kind"] == "screening" else None,
        })
        if criteria is None or stage["kind"] != "scoring":
            return
        existing = {r["id"]: dict(r) for r in conn.execute(
            select(criterion_t).where(criterion_t.c.stage_id == stage_id)).mappings()}
        scored = conn.execute(select(score_t.c.id).where(score_t.c.stage_id == stage_id)
                              .limit(1)).first() is not None
        wanted = [(cid, spec) for cid, spec in criteria]
        if scored and _criteria_differ(existing, wanted, settings):
            raise ValueError("scoring has started: reset the scores before changing criteria")
        keep = {cid for cid, _ in wanted if cid}
        for gone in set(existing) - keep:
            store._remove(conn, "criterion", gone)
        for position, (cid, spec) in enumerate(wanted, start=1):
            _save_criterion(store, conn, stage_id, stage["contest_id"], cid, spec, position,
                            settings.scale_min, settings.scale_max)


def _criteria_differ(existing: dict[str, dict], wanted: list[tuple[str | None, CriterionSpec]],
                     settings: StageSettings) -> bool:
    if {cid for cid, _ in wanted} != set(existing):
        return True
    for cid, spec in wanted:
        row = existing[cid]
        if (row["name"], row["importance"], float(row["weight"]), row["scale_min"],
                row["scale_max"]) != (spec.name, spec.importance.value, float(spec.weight or 0),
                                      settings.scale_min, settings.scale_max):
            return True
    return False



def reset_scores(store: LocalStore, *, stage_id: str, reason: str = "") -> int:
    """Ask the server to delete every score of the stage, as one explicit ``score_reset``
    record. The local copies stay until the server's deletions come back, so a refused
    reset loses nothing. Returns how many scores this replica holds for the stage."""
    with store.tx() as conn:
        stage = conn.execute(select(stage_t).where(stage_t.c.id == stage_id)).mappings().one()
        if stage["status"] != "open":
            raise ValueError("this stage is closed; its scores are final")
        held = conn.execute(select(func.count()).select_from(score_t)
                            .where(score_t.c.stage_id == stage_id)).scalar()
        store._save(conn, "score_reset", {
            "id": str(uuid.uuid4()), "stage_id": stage_id, "contest_id": stage["contest_id"],
            "org_id": stage["org_id"], "reason": reason, "scores_deleted": held,
            "reset_by": store.user_id, "reset_at": dt.datetime.now(dt.UTC),
        })
        return held
