"""What the screens read from the local replica. Runs on the database worker only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select

from desktop.idea_search import matching
from desktop.local_store import LocalStore
from desktop.replica_schema import domain, idea_search, rejected
from shared.evaluation import idea_scores, ranking

contest_t, stage_t, criterion_t, idea_t, assignment_t, score_t, user_t = (
    domain[k] for k in ("contest", "stage", "criterion", "idea", "assignment", "score", "user"))


def list_contests(store: LocalStore) -> list[dict[str, Any]]:
    counts = (select(idea_t.c.contest_id, func.count().label("ideas"))
              .group_by(idea_t.c.contest_id).subquery())
    return store.rows(
        select(contest_t, func.coalesce(counts.c.ideas, 0).label("ideas"))
        .outerjoin(counts, counts.c.contest_id == contest_t.c.id)
        .order_by(contest_t.c.ends_at.desc(), contest_t.c.title.collate("AZ"))
    )


def open_public_contests(store: LocalStore, now: dt.datetime) -> list[dict[str, Any]]:
    return store.rows(
        select(contest_t)
        .where(contest_t.c.visibility == "public", contest_t.c.status == "open",
               contest_t.c.starts_at <= now, contest_t.c.ends_at > now)
        .order_by(contest_t.c.ends_at, contest_t.c.title.collate("AZ"))
    )


def list_ideas(store: LocalStore, contest_id: str, text: str = "") -> list[dict[str, Any]]:
    stmt = (select(idea_t.c.id, idea_t.c.title, idea_t.c.body, idea_t.c.channel,
                   idea_t.c.status, idea_t.c.created_at, idea_t.c.source_id)
            .where(idea_t.c.contest_id == contest_id)
            .order_by(idea_t.c.created_at, idea_t.c.id))
    if text.strip():
        # Folded copies kept beside the ideas: İ/ı, Ə/ə and friends match as people expect.
        stmt = stmt.where(matching(idea_search, idea_t.c.id, text))
    return store.rows(stmt)


def list_evaluators(store: LocalStore) -> list[dict[str, Any]]:
    return store.rows(select(user_t).where(user_t.c.role == "evaluator")
                      .order_by(user_t.c.display_name.collate("AZ")))


def stages_of(store: LocalStore, contest_id: str) -> list[dict[str, Any]]:
    return store.rows(select(stage_t).where(stage_t.c.contest_id == contest_id)
                      .order_by(stage_t.c.position))


def criteria_of(store: LocalStore, stage_id: str) -> list[dict[str, Any]]:
    return store.rows(select(criterion_t).where(criterion_t.c.stage_id == stage_id)
                      .order_by(criterion_t.c.position, criterion_t.c.name))


def assignments_of(store: LocalStore, stage_id: str) -> list[dict[str, Any]]:
    return store.rows(select(assignment_t).where(assignment_t.c.stage_id == stage_id))


@dataclass(frozen=True)
class QueueItem:
    assignment_id: str
    contest_title: str
    stage_id: str
    stage_title: str
    stage_status: str
    idea_id: str
    title: str
    body: str
    benefit: str
    scored: int  # screening: requirements answered in this evaluator's current check
    criteria: int  # screening: the contest's requirements
    refused: str  # the server's reason when a score for this idea was not accepted
    stage_kind: str = "scoring"

    @property
    def done(self) -> bool:
        return self.criteria > 0 and self.scored >= self.criteria


def evaluator_queue(store: LocalStore) -> list[QueueItem]:
    """The ideas assigned to this evaluator, grouped by contest and stage."""
    scored = (select(score_t.c.stage_id, score_t.c.idea_id, func.count().label("n"))
              .where(score_t.c.evaluator_id == store.user_id)
              .group_by(score_t.c.stage_id, score_t.c.idea_id).subquery())
    n_criteria = (select(criterion_t.c.stage_id, func.count().label("n"))
                  .group_by(criterion_t.c.stage_id).subquery())
    rows = store.rows(
        select(assignment_t.c.id.label("assignment_id"), contest_t.c.title.label("contest_title"),
               stage_t.c.id.label("stage_id"), stage_t.c.title.label("stage_title"),
               stage_t.c.status.label("stage_status"), stage_t.c.kind.label("stage_kind"),
               idea_t.c.id.label("idea_id"),
               idea_t.c.title, idea_t.c.body, idea_t.c.benefit,
               func.coalesce(scored.c.n, 0).label("scored"),
               func.coalesce(n_criteria.c.n, 0).label("criteria"))
        .join(idea_t, idea_t.c.id == assignment_t.c.idea_id)
        .join(stage_t, stage_t.c.id == assignment_t.c.stage_id)
        .join(contest_t, contest_t.c.id == stage_t.c.contest_id)
        .outerjoin(scored, and_(scored.c.stage_id == stage_t.c.id, scored.c.idea_id == idea_t.c.id))
        .outerjoin(n_criteria, n_criteria.c.stage_id == stage_t.c.id)
        .where(assignment_t.c.evaluator_id == store.user_id)
        .order_by(contest_t.c.title.collate("AZ"), stage_t.c.position, idea_t.c.created_at)
    )
    refusals = {}
    for r in store.rows(select(rejected.c.fields, rejected.c.message)
                        .where(rejected.c.kind.in_(("score", "check")))):
        refusals[r["fields"].get("idea_id")] = r["message"]
    screening = _screening_progress(store, [r for r in rows if r["stage_kind"] == "screening"])
    for row in rows:
        if row["stage_kind"] == "screening":
            row["scored"], row["criteria"] = screening[(row["stage_id"], row["idea_id"])]
    return [QueueItem(**row, refused=refusals.get(row["idea_id"], "")) for row in rows]


def _screening_progress(store: LocalStore,
                        rows: list[dict[str, Any]]) -> dict[tuple[str, str], tuple[int, int]]:
    """(requirements answered in my check of the idea's current round, requirements)."""
    if not rows:
        return {}
    check_t = domain["check"]
    ideas = {r["id"]: r for r in store.rows(
        select(idea_t.c.id, idea_t.c.revision_number, contest_t.c.requirements)
        .join(contest_t, contest_t.c.id == idea_t.c.contest_id)
        .where(idea_t.c.id.in_([r["idea_id"] for r in rows])))}
    checks = {(c["stage_id"], c["idea_id"], c["round"]): c for c in store.rows(
        select(check_t).where(check_t.c.evaluator_id == store.user_id))}
    progress = {}
    for row in rows:
        idea = ideas[row["idea_id"]]
        requirements = list(idea["requirements"] or [])
        check = checks.get((row["stage_id"], row["idea_id"], idea["revision_number"] or 1))
        answered = set(check["met"] or []) | set(check["unmet"] or []) if check else set()
        progress[(row["stage_id"], row["idea_id"])] = (
            len(answered & set(requirements)), len(requirements))
    return progress


def my_scores(store: LocalStore, stage_id: str, idea_id: str) -> dict[str, dict[str, Any]]:
    rows = store.rows(select(score_t).where(score_t.c.stage_id == stage_id,
                                            score_t.c.idea_id == idea_id,
                                            score_t.c.evaluator_id == store.user_id))
    return {r["criterion_id"]: r for r in rows}


@dataclass(frozen=True)
class RankingRow:
    rank: int | None  # None while incomplete
    idea_id: str
    title: str
    score: float | None
    evaluators: int
    complete: bool


def stage_ranking(store: LocalStore, stage_id: str) -> list[RankingRow]:
    """Ranked complete ideas first (ties share a rank), then the incomplete ones."""
    criteria = criteria_of(store, stage_id)
    weights = {c["id"]: c["weight"] for c in criteria}
    assignments = [(a["idea_id"], a["evaluator_id"]) for a in assignments_of(store, stage_id)]
    scores = [(s["idea_id"], s["evaluator_id"], s["criterion_id"], s["value"])
              for s in store.rows(select(score_t).where(score_t.c.stage_id == stage_id))]
    scored = idea_scores(weights=weights, assignments=assignments, scores=scores)
    titles = {r["id"]: r["title"] for r in store.rows(
        select(idea_t.c.id, idea_t.c.title).where(idea_t.c.id.in_([s.idea_id for s in scored])))}
    ranked = ranking(scored)
    rows = [RankingRow(r.rank, r.idea_id, titles.get(r.idea_id, ""), r.score,
                       next(s.evaluators for s in scored if s.idea_id == r.idea_id), True)
            for r in ranked]
    rows += [RankingRow(None, s.idea_id, titles.get(s.idea_id, ""), None, s.evaluators, False)
             for s in scored if not s.complete]
    return rows



