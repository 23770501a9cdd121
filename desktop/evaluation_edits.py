"""Local edits that run a stage: checks, conflicts, returns, revisions, closing, results.

Each function is one local transaction on the database worker (never the GUI thread): the
records and their outbox rows are stored together, and the next sync pushes them in this
order. The server repeats every check (sync_server/evaluation_rules.py); the fields filled
in here only let the replica show the change before the server confirms it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, func, select

from desktop.local_store import LocalStore, domain
from shared.ids import check_id, decision_id, implementation_id, interest_conflict_id
from shared.stage_rules import Proposal, default_rule


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


def _decision(store: LocalStore, conn: Connection, stage: dict[str, Any], *, idea_id: str,
              outcome: str, rule: str, reason: str = "", score: float | None = None,
              rank: int | None = None, tied_at_cut: bool = False) -> str:
    idea = _one(conn, "idea", idea_id)
    return store._save(conn, "decision", {
        "id": decision_id(stage_id=stage["id"], idea_id=idea_id), "stage_id": stage["id"],
        "contest_id": stage["contest_id"], "org_id": stage["org_id"], "idea_id": idea_id,
        "author_id": idea.get("author_id"), "outcome": outcome, "rule": rule, "reason": reason,
        "score": score, "rank": rank, "tied_at_cut": tied_at_cut, "decided_by": store.user_id,
        "decided_at": _now(),
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


def return_for_improvement(store: LocalStore, *, stage_id: str, idea_id: str,
                           suggestions: Iterable[str], reason: str = "") -> str:
    """Return an idea to its author with the suggestions released to him or her at once.

    Pushes a ``returned`` decision (by the stage's rule, or ``explicit`` with a reason)
    and one ``feedback`` record of purpose ``revision`` per suggestion."""
    with store.tx() as conn:
        stage = _one(conn, "stage", stage_id)
        rule = "explicit" if reason.strip() else (stage.get("rule") or default_rule(stage["kind"]))
        record_id = _decision(store, conn, stage, idea_id=idea_id, outcome="returned", rule=rule,
                              reason=reason)
        _feedback(store, conn, stage, idea_id=idea_id, texts=suggestions, purpose="revision")
        return record_id


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


def close_stage(store: LocalStore, *, stage_id: str, proposals: Iterable[Proposal],
                overrides: Mapping[str, tuple[str, str]] | None = None) -> None:
    """The confirmed close: one decision per idea, then the stage's status ``closed``.

    ``proposals`` come from the preview (shared.stage_rules); ``overrides`` maps idea_id ->
    (outcome, reason) where the organizer decides otherwise — recorded as an explicit
    choice with its reason. An idea left ``undecided`` must be overridden."""
    overrides = overrides or {}
    with store.tx() as conn:
        stage = _one(conn, "stage", stage_id)
        for p in proposals:
            if p.idea_id in overrides:
                outcome, reason = overrides[p.idea_id]
                rule = "explicit"
            elif p.outcome == "undecided":
                raise ValueError(f"idea {p.idea_id} is not fully judged; decide it explicitly")
            else:
                outcome, reason, rule = p.outcome, "", p.rule
            _decision(store, conn, stage, idea_id=p.idea_id, outcome=outcome, rule=rule,
                      reason=reason, score=p.score, rank=p.rank, tied_at_cut=p.tied_at_cut)
        store._save(conn, "stage", {**stage, "status": "closed"})


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


def reset_scores(store: LocalStore, *, stage_id: str, reason: str) -> str:
    """Delete every score of the stage (explicitly, as its own record), so its criteria and
    weights may change again. Local copies of the scores go when the tombstones arrive."""
    with store.tx() as conn:
        stage = _one(conn, "stage", stage_id)
        return store._save(conn, "score_reset", {
            "id": str(uuid.uuid4()), "stage_id": stage_id, "contest_id": stage["contest_id"],
            "org_id": stage["org_id"], "reason": reason, "scores_deleted": 0,
            "reset_by": store.user_id, "reset_at": _now(),
        })


def add_screening_stage(store: LocalStore, *, contest_id: str, title: str, rule: str = "all",
                        revision_deadline: dt.datetime | None = None) -> str:
    """A screening stage after the contest's existing stages."""
    stage_t = domain["stage"]
    with store.tx() as conn:
        positions = conn.execute(select(stage_t.c.position)
                                 .where(stage_t.c.contest_id == contest_id)).scalars().all()
        return store._save(conn, "stage", {
            "id": str(uuid.uuid4()), "contest_id": contest_id, "org_id": store.org_id,
            "position": max(positions, default=0) + 1, "kind": "screening", "title": title,
            "status": "open", "deadline": None, "rule": rule, "rule_value": None,
            "revision_deadline": revision_deadline,
        })


def set_stage_rule(store: LocalStore, *, stage_id: str, rule: str,
                   rule_value: float | None = None) -> None:
    with store.tx() as conn:
        stage = _one(conn, "stage", stage_id)
        store._save(conn, "stage", {**stage, "rule": rule, "rule_value": rule_value})
