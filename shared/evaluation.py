"""Evaluation maths: weights, weighted means, ranking with ties. Pure functions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Importance(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"  # shown as "very important"


DEFAULT_WEIGHTS: dict[Importance, float] = {
    Importance.LOW: 1.0,
    Importance.MEDIUM: 2.0,
    Importance.HIGH: 3.0,
}


@dataclass(frozen=True)
class IdeaScore:
    idea_id: str
    score: float | None  # None while any assigned evaluator misses a criterion
    evaluators: int
    complete: bool


def weighted_mean(scores: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """Σ weight·score / Σ weight over the criteria in ``weights``; all must be scored."""
    total_weight = sum(weights.values())
    if total_weight <= 0:
        raise ValueError("criterion weights must add up to more than zero")
    return sum(weights[c] * scores[c] for c in weights) / total_weight


def idea_scores(
    *,
    weights: Mapping[str, float],
    assignments: Iterable[tuple[str, str]],
    scores: Iterable[tuple[str, str, str, float]],
) -> list[IdeaScore]:
    """Score every assigned idea: the mean over its evaluators of their weighted means.

    ``assignments`` are (idea_id, evaluator_id); ``scores`` are (idea_id, evaluator_id,
    criterion_id, value). An idea is complete only when every assigned evaluator scored
    every criterion; an incomplete idea gets no score, so it cannot be ranked early.
    """
    by_pair: dict[tuple[str, str], dict[str, float]] = {}
    for idea_id, evaluator_id, criterion_id, value in scores:
        if criterion_id in weights:
            by_pair.setdefault((idea_id, evaluator_id), {})[criterion_id] = value
    panel: dict[str, list[str]] = {}
    for idea_id, evaluator_id in assignments:
        panel.setdefault(idea_id, []).append(evaluator_id)
    result = []
    for idea_id, evaluators in panel.items():
        means = []
        for evaluator_id in evaluators:
            given = by_pair.get((idea_id, evaluator_id), {})
            if all(c in given for c in weights):
                means.append(weighted_mean(given, weights))
        complete = len(means) == len(evaluators) and bool(weights)
        score = sum(means) / len(means) if complete else None
        result.append(IdeaScore(idea_id, score, len(evaluators), complete))
    return result


def competition_ranks(values: list[float], *, places: int = 9) -> list[int]:
    """Standard competition ranking, highest first: 9, 8, 8, 7 -> 1, 2, 2, 4.

    Scores are compared after rounding to ``places`` decimals so that two means that are
    equal on paper are not split by floating-point noise.
    """
    keyed = [round(v, places) for v in values]
    ordered = sorted(keyed, reverse=True)
    first_place = {}
    for position, value in enumerate(ordered, start=1):
        first_place.setdefault(value, position)
    return [first_place[v] for v in keyed]


@dataclass(frozen=True)
class RankedIdea:
    rank: int
    idea_id: str
    score: float


def ranking(scored: Iterable[IdeaScore]) -> list[RankedIdea]:
    """Complete ideas ranked by score (ties share a rank); incomplete ones are left out."""
    complete = sorted(
        (s for s in scored if s.complete and s.score is not None),
        key=lambda s: (-s.score, s.idea_id),
    )
    ranks = competition_ranks([s.score for s in complete])
    return [RankedIdea(r, s.idea_id, s.score) for r, s in zip(ranks, complete, strict=True)]
