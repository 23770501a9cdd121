"""Reads for running a stage on the organizer's replica: the close preview, revisions,
decisions and released outcomes. Database worker only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.local_store import LocalStore, domain
from shared.evaluation import idea_scores
from shared.revision_diff import FieldDiff, compare_revisions
from shared.stage_rules import Proposal, default_rule, preview_scoring, preview_screening

stage_t, contest_t, idea_t = domain["stage"], domain["contest"], domain["idea"]
assignment_t, criterion_t, score_t = domain["assignment"], domain["criterion"], domain["score"]
check_t, revision_t, decision_t = domain["check"], domain["idea_revision"], domain["decision"]


def _stage(store: LocalStore, stage_id: str) -> dict[str, Any]:
    return store.rows(select(stage_t).where(stage_t.c.id == stage_id))[0]


def close_preview(store: LocalStore, stage_id: str, *,
                  chosen: tuple[str, ...] = ()) -> list[Proposal]:
    """Who advances if the stage closed now under its rule (nothing is changed).

    Scoring: weighted idea scores over the stage's assignments, ranked, top N with the
    whole tie at the cut flagged; an idea some evaluator has not fully scored is
    ``undecided``. Screening: the latest round of checks of each assigned idea.
    """
    stage = _stage(store, stage_id)
    rule = stage["rule"] or default_rule(stage["kind"])
    pairs = [(r["idea_id"], r["evaluator_id"]) for r in store.rows(
        select(assignment_t.c.idea_id, assignment_t.c.evaluator_id)
        .where(assignment_t.c.stage_id == stage_id))]
    if stage["kind"] == "screening":
        return preview_screening(_latest_checks(store, stage_id), rule=rule,
                                 requirements=_requirements(store, stage["contest_id"]),
                                 idea_ids=sorted({i for i, _ in pairs}))
    weights = {r["id"]: r["weight"] for r in store.rows(
        select(criterion_t.c.id, criterion_t.c.weight).where(criterion_t.c.stage_id == stage_id))}
    scores = [(r["idea_id"], r["evaluator_id"], r["criterion_id"], r["value"]) for r in store.rows(
        select(score_t.c.idea_id, score_t.c.evaluator_id, score_t.c.criterion_id, score_t.c.value)
        .where(score_t.c.stage_id == stage_id))]
    scored = idea_scores(weights=weights, assignments=pairs, scores=scores)
    return preview_scoring(scored, rule=rule, rule_value=stage["rule_value"], chosen=chosen)


def _requirements(store: LocalStore, contest_id: str) -> list[str]:
    return store.rows(select(contest_t.c.requirements).where(contest_t.c.id == contest_id))[0][
        "requirements"]


def _latest_checks(store: LocalStore, stage_id: str) -> dict[str, dict[str, dict[str, bool]]]:
    """idea -> evaluator -> {requirement: met}, from each idea's current round only."""
    rows = store.rows(
        select(check_t.c.idea_id, check_t.c.evaluator_id, check_t.c.met, check_t.c.unmet,
               check_t.c.round, idea_t.c.revision_number)
        .join(idea_t, idea_t.c.id == check_t.c.idea_id).where(check_t.c.stage_id == stage_id))
    out: dict[str, dict[str, dict[str, bool]]] = {}
    for r in rows:
        if r["round"] != (r["revision_number"] or 1):
            continue
        answers = {**{q: True for q in r["met"]}, **{q: False for q in r["unmet"]}}
        out.setdefault(r["idea_id"], {})[r["evaluator_id"]] = answers
    return out


def revisions(store: LocalStore, idea_id: str) -> list[dict[str, Any]]:
    """The idea's kept revisions, oldest first (number 1 is the text first sent)."""
    return store.rows(select(revision_t).where(revision_t.c.idea_id == idea_id)
                      .order_by(revision_t.c.number))


def compare(store: LocalStore, idea_id: str, older: int, newer: int) -> list[FieldDiff]:
    by_number = {r["number"]: r for r in revisions(store, idea_id)}
    return compare_revisions(by_number[older], by_number[newer])


def decisions(store: LocalStore, stage_id: str) -> dict[str, dict[str, Any]]:
    """idea_id -> its decision in the stage."""
    return {r["idea_id"]: r for r in store.rows(
        select(decision_t).where(decision_t.c.stage_id == stage_id))}
