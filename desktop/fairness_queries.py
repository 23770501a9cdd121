"""The fairness columns of a stage's results: normalised scores, disagreement, leniency.

Runs on the database worker only. The maths is ``shared.fairness``; this module gathers
each evaluator's weighted mean per idea (only where that evaluator scored every criterion,
so a half-finished score sheet never moves anyone's numbers).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.queries import assignments_of, criteria_of
from desktop.replica_schema import domain
from shared.evaluation import weighted_mean
from shared.fairness import disagreement, leniency, normalised_scores

score_t, user_t = domain["score"], domain["user"]


@dataclass(frozen=True)
class EvaluatorLeniency:
    evaluator_id: str
    name: str
    ideas: int  # ideas this evaluator scored completely
    deviation: float  # mean deviation from the panel: + lenient, − harsh


@dataclass(frozen=True)
class StageFairness:
    scale_min: int = 1
    scale_max: int = 10
    normalised: dict[str, float] = field(default_factory=dict)  # by idea id
    disagreement: dict[str, bool] = field(default_factory=dict)  # by idea id
    leniency: list[EvaluatorLeniency] = field(default_factory=list)


def evaluator_means(store: LocalStore, stage_id: str) -> dict[str, dict[str, float]]:
    """evaluator id -> {idea id: that evaluator's weighted mean}, complete score sheets only."""
    weights = {c["id"]: c["weight"] for c in criteria_of(store, stage_id)}
    if not weights:
        return {}
    assigned = {(a["idea_id"], a["evaluator_id"]) for a in assignments_of(store, stage_id)}
    given: dict[tuple[str, str], dict[str, float]] = {}
    for r in store.rows(select(score_t.c.idea_id, score_t.c.evaluator_id, score_t.c.criterion_id,
                               score_t.c.value).where(score_t.c.stage_id == stage_id)):
        if (r["idea_id"], r["evaluator_id"]) in assigned and r["criterion_id"] in weights:
            given.setdefault((r["idea_id"], r["evaluator_id"]), {})[r["criterion_id"]] = r["value"]
    means: dict[str, dict[str, float]] = {}
    for (idea_id, evaluator_id), values in given.items():
        if len(values) == len(weights):
            means.setdefault(evaluator_id, {})[idea_id] = weighted_mean(values, weights)
    return means


def stage_fairness(store: LocalStore, stage_id: str, *, threshold: float = 0.3) -> StageFairness:
    criteria = criteria_of(store, stage_id)
    if not criteria:
        return StageFairness()
    # Criteria of one stage normally share a scale; if not, the widest covers every mean.
    low = min(int(c["scale_min"]) for c in criteria)
    high = max(int(c["scale_max"]) for c in criteria)
    means = evaluator_means(store, stage_id)
    per_idea: dict[str, list[float]] = {}
    for scores in means.values():
        for idea_id, value in scores.items():
            per_idea.setdefault(idea_id, []).append(value)
    names = {r["id"]: r["display_name"] or r["username"] for r in store.rows(
        select(user_t.c.id, user_t.c.display_name, user_t.c.username)
        .where(user_t.c.id.in_(list(means))))}
    report = [EvaluatorLeniency(evaluator_id, names.get(evaluator_id, evaluator_id),
                                len(means[evaluator_id]), deviation)
              for evaluator_id, deviation in leniency(means).items()]
    report.sort(key=lambda e: (-e.deviation, e.name))
    return StageFairness(
        scale_min=low, scale_max=high,
        normalised=normalised_scores(means, scale_min=low, scale_max=high),
        disagreement=disagreement(per_idea, scale_min=low, scale_max=high, threshold=threshold),
        leniency=report)
