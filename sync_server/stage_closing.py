"""Server rules for a stage's settings, its closing and the contest's announcement (called
from ``record_rules``): a stage closes only when every assigned idea has the decision its
rule gives, and an announcement releases every outcome to the authors.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, select

from shared.evaluation import idea_scores
from shared.stage_rules import (
    SCORING_RULES,
    SCREENING_RULES,
    Proposal,
    default_rule,
    preview_scoring,
    preview_screening,
)
from shared.text import az_sort_key
from sync_server.caller import Caller
from sync_server.evaluation_rules import (
    assignment_t,
    check_t,
    contest_t,
    criterion_t,
    decision_t,
    idea_t,
    score_t,
    stage_t,
)
from sync_server.rule_basics import (
    Refusal,
    Touched,
)
from sync_server.tables import domain

NAMED_IDEAS = 3  # a refusal names this many ideas, then says how many more



def check_stage_rule(row: dict[str, Any]) -> None:
    """Fill in and check a stage's advancement rule and revision deadline."""
    if row.get("rule") is None:
        row["rule"] = default_rule(row["kind"])
    allowed = SCREENING_RULES if row["kind"] == "screening" else SCORING_RULES
    if row["rule"] not in allowed:
        raise Refusal("invalid_value", f"a {row['kind']} stage's rule must be one of "
                                       f"{', '.join(allowed)}, not {row['rule']!r}")
    value = row.get("rule_value")
    if row["rule"] == "top_n":
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 1 \
                or value != int(value):
            raise Refusal("invalid_value", "rule top_n needs rule_value: how many ideas advance "
                                           "(a whole number of at least 1)")
        row["rule_value"] = float(int(value))
    elif row["rule"] == "threshold":
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise Refusal("invalid_value", "rule threshold needs rule_value: the minimum score")
    else:
        row["rule_value"] = None
    if row.get("revision_deadline") is not None and row["kind"] != "screening":
        raise Refusal("invalid_value", "only a screening stage has a revision deadline")


def check_stage_close(conn: Connection, stage: dict[str, Any]) -> None:
    """A stage closes only with a final decision for every idea assigned in it."""
    assigned = set(conn.execute(select(assignment_t.c.idea_id).where(
        assignment_t.c.stage_id == stage["id"])).scalars())
    decided = dict(conn.execute(select(decision_t.c.idea_id, decision_t.c.outcome).where(
        decision_t.c.stage_id == stage["id"])).all())
    missing = assigned - set(decided)
    if missing:
        raise Refusal("decisions_missing",
                      f"{len(missing)} idea(s) of this stage have no decision; push a decision "
                      "for every idea before closing the stage")
    waiting = sorted(i for i, outcome in decided.items() if outcome == "returned")
    if waiting:
        raise Refusal("decisions_missing",
                      f"{len(waiting)} idea(s) are still returned for improvement; decide "
                      "advanced or not advanced for them before closing the stage")
    mismatched = _decisions_against_rule(conn, stage)
    if mismatched:
        titles = sorted(mismatched, key=az_sort_key)
        named = ", ".join(f"“{t}”" for t in titles[:NAMED_IDEAS])
        more = f" and {len(titles) - NAMED_IDEAS} more" if len(titles) > NAMED_IDEAS else ""
        raise Refusal("decision_mismatch",
                      f"the stage's rule does not give these decisions: {named}{more}; decide "
                      "them by the rule, or as the organizer's explicit choice with a reason")


def rule_outcomes(conn: Connection, stage: dict[str, Any]) -> dict[str, str]:
    """What the stage's rule gives each assigned idea, from the server's own scores and checks.

    advanced, not_advanced or undecided (not fully judged), by the same functions and from
    the same inputs as the close dialog's preview (``desktop.closing_queries``), so a close
    the organizer confirmed there agrees with this.
    """
    rule = stage.get("rule") or default_rule(stage["kind"])
    pairs = [(r.idea_id, r.evaluator_id) for r in conn.execute(
        select(assignment_t.c.idea_id, assignment_t.c.evaluator_id)
        .where(assignment_t.c.stage_id == stage["id"]))]
    if stage["kind"] == "screening":
        return {p.idea_id: p.outcome for p in _screening_proposals(conn, stage, rule, pairs)}
    weights = dict(conn.execute(select(criterion_t.c.id, criterion_t.c.weight)
                                .where(criterion_t.c.stage_id == stage["id"])).all())
    scores = [(s.idea_id, s.evaluator_id, s.criterion_id, s.value) for s in conn.execute(
        select(score_t.c.idea_id, score_t.c.evaluator_id, score_t.c.criterion_id, score_t.c.value)
        .where(score_t.c.stage_id == stage["id"]))]
    scored = idea_scores(weights=weights, assignments=pairs, scores=scores)
    return {p.idea_id: p.outcome
            for p in preview_scoring(scored, rule=rule, rule_value=stage.get("rule_value"))}


def _screening_proposals(conn: Connection, stage: dict[str, Any], rule: str,
                         pairs: list[tuple[str, str]]) -> list[Proposal]:
    """The latest round of checks of each idea (a revision starts a new round); a
    requirement an evaluator left unanswered counts as not met."""
    idea_ids = sorted({i for i, _ in pairs})
    rounds = {r.id: r.revision_number or 1 for r in conn.execute(
        select(idea_t.c.id, idea_t.c.revision_number).where(idea_t.c.id.in_(idea_ids)))}
    requirements = list(conn.execute(select(contest_t.c.requirements).where(
        contest_t.c.id == stage["contest_id"])).scalar() or [])
    checks: dict[str, dict[str, dict[str, bool]]] = {i: {} for i in idea_ids}
    for c in conn.execute(select(check_t.c.idea_id, check_t.c.evaluator_id, check_t.c.round,
                                 check_t.c.met).where(check_t.c.stage_id == stage["id"])):
        if c.idea_id not in rounds or c.round != rounds[c.idea_id]:
            continue
        met = set(c.met or [])
        checks[c.idea_id][c.evaluator_id] = {r: r in met for r in requirements or met}
    return preview_screening(checks, rule=rule, requirements=requirements, idea_ids=idea_ids)


def _decisions_against_rule(conn: Connection, stage: dict[str, Any]) -> list[str]:
    """Titles of the ideas whose decision claims the stage's rule but is not what it gives.

    A decision by a rule the stage no longer has, or for an idea the rule cannot decide yet
    (undecided), is a mismatch too: only an explicit choice, with its reason, decides those.
    """
    stage_rule = stage.get("rule") or default_rule(stage["kind"])
    claimed = {d.idea_id: (d.rule, d.outcome) for d in conn.execute(
        select(decision_t.c.idea_id, decision_t.c.rule, decision_t.c.outcome)
        .where(decision_t.c.stage_id == stage["id"]))
        if d.rule != "explicit" and d.outcome != "returned"}
    if not claimed:
        return []
    given = rule_outcomes(conn, stage)
    wrong = [i for i, (rule, outcome) in claimed.items()
             if rule != stage_rule or given.get(i) != outcome]
    if not wrong:
        return []
    titles = dict(conn.execute(select(idea_t.c.id, idea_t.c.title)
                               .where(idea_t.c.id.in_(wrong))).all())
    return [titles.get(i) or str(i) for i in wrong]


def announce(conn: Connection, caller: Caller, contest: dict[str, Any],
             row: dict[str, Any], now: dt.datetime) -> Touched:
    """Check an announcement and release every outcome of the contest to its authors."""
    stages = conn.execute(select(stage_t.c.title, stage_t.c.status).where(
        stage_t.c.contest_id == contest["id"])).all()
    if not stages:
        raise Refusal("stages_open", "the contest has no stages, so it has no results to announce")
    open_stages = [s.title or "?" for s in stages if s.status != "closed"]
    if open_stages:
        raise Refusal("stages_open", "close every stage before announcing results; still open: "
                                     + ", ".join(open_stages))
    row["results_announced_at"] = now  # the server's time: ordering never trusts clocks
    row["status"] = "announced"
    touched: Touched = []
    for kind in ("decision", "feedback", "implementation"):
        table = domain[kind]
        for record in conn.execute(select(table).where(table.c.contest_id == contest["id"])).mappings():
            touched.append((kind, dict(record)))
    return touched

