"""Fairness checks on a panel's scores: per-evaluator normalisation, disagreement, leniency.

Every function takes the scores each evaluator gave (their weighted means, see
``shared.evaluation.weighted_mean``) and is pure: no I/O, no state, same output for the
same input.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from statistics import fmean, pstdev

# Floating-point slack when comparing a spread with the disagreement threshold, so that a
# spread equal on paper to the threshold (2.7 on a 1–10 scale at 30 %) is not missed because
# 0.3 * 9 == 2.6999999999999997. Nine places matches ``shared.evaluation.competition_ranks``.
_EPSILON = 1e-9


def _check_scale(scale_min: float, scale_max: float) -> None:
    if not scale_max > scale_min:
        raise ValueError(f"scale_max ({scale_max}) must be greater than scale_min ({scale_min})")


def _z_scores(scores: Mapping[str, float]) -> dict[str, float]:
    """z = (score − evaluator mean) / population std; all 0 for one idea or no spread."""
    values = list(scores.values())
    # Compared exactly rather than via pstdev == 0: the mean of identical floats can carry
    # rounding noise, which would blow the noise up into large z-scores.
    if len(values) < 2 or max(values) == min(values):
        return {idea_id: 0.0 for idea_id in scores}
    mean = fmean(values)
    spread = pstdev(values, mu=mean)
    return {idea_id: (value - mean) / spread for idea_id, value in scores.items()}


def normalised_scores(
    per_evaluator: Mapping[str, Mapping[str, float]], *, scale_min: float, scale_max: float
) -> dict[str, float]:
    """Each idea's score after removing every evaluator's personal level and spread.

    ``per_evaluator`` maps evaluator_id -> {idea_id: that evaluator's weighted mean}.

    Mapping: for each evaluator, over the ideas it scored, z = (score − its mean) / its
    population standard deviation (z = 0 for every idea when it scored a single idea or gave
    the same score everywhere). z is mapped back onto the scale around its midpoint:
    ``value = (scale_min + scale_max) / 2 + z * (scale_max − scale_min) / 6`` — so ±3σ spans
    the whole scale — and clamped to [scale_min, scale_max]. The idea's normalised score is
    the plain mean of these values over the evaluators who scored it.

    Ideas nobody scored are absent from the result. Raises ``ValueError`` unless
    ``scale_max > scale_min``.
    """
    _check_scale(scale_min, scale_max)
    mid = (scale_min + scale_max) / 2
    unit = (scale_max - scale_min) / 6
    mapped: dict[str, list[float]] = {}
    for scores in per_evaluator.values():
        for idea_id, z in _z_scores(scores).items():
            value = min(scale_max, max(scale_min, mid + z * unit))
            mapped.setdefault(idea_id, []).append(value)
    return {idea_id: fmean(values) for idea_id, values in mapped.items()}


def disagreement(
    per_idea: Mapping[str, Sequence[float]],
    *,
    scale_min: float,
    scale_max: float,
    threshold: float = 0.3,
) -> dict[str, bool]:
    """Flag ideas whose evaluators disagree: max − min ≥ threshold × (scale_max − scale_min).

    ``per_idea`` maps idea_id -> the evaluators' scores for it. The comparison allows 1e-9 of
    floating-point slack, so a spread exactly at the threshold flags. An idea with fewer than
    two scores has no spread and is never flagged. Raises ``ValueError`` unless
    ``scale_max > scale_min``.
    """
    _check_scale(scale_min, scale_max)
    limit = threshold * (scale_max - scale_min)
    flags: dict[str, bool] = {}
    for idea_id, scores in per_idea.items():
        if len(scores) < 2:
            flags[idea_id] = False
        else:
            flags[idea_id] = max(scores) - min(scores) >= limit - _EPSILON
    return flags


def leniency(per_evaluator: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Each evaluator's mean deviation from the panel; positive = lenient, negative = harsh.

    For every idea an evaluator scored: its score − the mean of all evaluators' scores for
    that idea; the evaluator's leniency is the mean of these deviations over its ideas. An
    idea only it scored counts as deviation 0 (there is no panel to compare with), and an
    evaluator who scored nothing gets 0.
    """
    by_idea: dict[str, list[float]] = {}
    for scores in per_evaluator.values():
        for idea_id, value in scores.items():
            by_idea.setdefault(idea_id, []).append(value)
    panel_mean = {idea_id: fmean(values) for idea_id, values in by_idea.items()}
    result: dict[str, float] = {}
    for evaluator_id, scores in per_evaluator.items():
        deviations = [
            # A lone evaluator has no panel to deviate from.
            0.0 if len(by_idea[idea_id]) == 1 else value - panel_mean[idea_id]
            for idea_id, value in scores.items()
        ]
        result[evaluator_id] = fmean(deviations) if deviations else 0.0
    return result
