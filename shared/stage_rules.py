"""Advancement rules of a stage, and the preview of a close: who advances under the rule.

Pure functions. The desktop shows ``preview_scoring`` / ``preview_screening`` before the
organizer confirms a close; the confirmed close pushes one decision per idea from it (with
an explicit choice and its reason wherever the organizer overrides the rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from shared.advancement import Advancement, screening_passed, threshold, top_n
from shared.evaluation import IdeaScore, ranking

SCREENING_RULES: tuple[str, ...] = ("all", "majority")
SCORING_RULES: tuple[str, ...] = ("top_n", "threshold", "explicit")


def default_rule(stage_kind: str) -> str:
    """Screening passes an idea when every evaluator finds every requirement met; a scoring
    stage leaves the choice to the organizer until a rule is set."""
    return "all" if stage_kind == "screening" else "explicit"


@dataclass(frozen=True)
class Proposal:
    """What closing the stage would decide for one idea.

    ``outcome``: advanced, not_advanced, or undecided (not yet fully judged: no score from
    some evaluator, no check at all) — the organizer must decide those explicitly.
    ``tied_at_cut``: tied with others at a top-N cut, so more than N advance.
    """

    idea_id: str
    outcome: str
    rule: str
    score: float | None = None
    rank: int | None = None
    tied_at_cut: bool = False


def preview_scoring(scored: Iterable[IdeaScore], *, rule: str, rule_value: float | None = None,
                    chosen: Iterable[str] = ()) -> list[Proposal]:
    """Proposals for a scoring stage, ranked ideas first (rank order), incomplete ones last.

    top_n: rank ≤ N advances, every idea tied at the cut too (flagged); threshold: score ≥
    rule_value advances; explicit: ``chosen`` advance (the reason is asked for when the
    decisions are made: the server refuses an explicit decision without one).
    """
    scored = list(scored)
    ranked = ranking(scored)
    scores = {r.idea_id: r.score for r in ranked}
    if rule == "top_n":
        outcome = top_n(scores, int(rule_value or 0))
    elif rule == "threshold":
        if rule_value is None:
            raise ValueError("a threshold rule needs its minimum score")
        outcome = threshold(scores, rule_value)
    elif rule == "explicit":
        outcome = Advancement(frozenset(chosen), frozenset(), None)
    else:
        raise ValueError(f"unknown scoring rule {rule!r}")
    proposals = [
        Proposal(r.idea_id, "advanced" if r.idea_id in outcome.advancing else "not_advanced",
                 rule, r.score, r.rank, r.idea_id in outcome.tied_at_cut)
        for r in ranked
    ]
    incomplete = sorted(s.idea_id for s in scored if s.idea_id not in scores)
    for idea_id in incomplete:
        advancing = rule == "explicit" and idea_id in outcome.advancing
        proposals.append(Proposal(idea_id, "advanced" if advancing else "undecided", rule))
    return proposals


def preview_screening(checks: Mapping[str, Mapping[str, Mapping[str, bool]]], *, rule: str,
                      requirements: Iterable[str], idea_ids: Iterable[str] = ()) -> list[Proposal]:
    """Proposals for a screening stage from the latest round of checks.

    ``checks`` maps idea_id -> evaluator_id -> {requirement: met}; every announced
    requirement an evaluator left unanswered counts as not met. ``idea_ids`` lists the
    stage's ideas, so one nobody checked yet shows as undecided. Sorted by idea id.
    """
    if rule not in SCREENING_RULES:
        raise ValueError(f"unknown screening rule {rule!r}")
    wanted = list(requirements)
    proposals = []
    for idea_id in sorted(set(checks) | set(idea_ids)):
        by_evaluator = checks.get(idea_id) or {}
        if not by_evaluator:
            proposals.append(Proposal(idea_id, "undecided", rule))
            continue
        full = {e: {r: bool(a.get(r, False)) for r in wanted} or dict(a)
                for e, a in by_evaluator.items()}
        passed = screening_passed(full, rule=rule)  # type: ignore[arg-type]
        proposals.append(Proposal(idea_id, "advanced" if passed else "not_advanced", rule))
    return proposals
