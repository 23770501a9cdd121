"""What closing a stage would decide, worked out before anything is saved.

Pure (no Qt, no database): the close-stage dialog shows this as its preview, and only the
organizer's confirmation turns it into decision records (``desktop.edits.close_stage``).
The server recomputes every decision sent under the stage's rule with
``shared.stage_rules.preview_scoring`` / ``preview_screening`` and refuses the close when
they differ (``decision_mismatch``), so the maths here must stay that of ``shared.advancement``
and an idea the rule cannot decide must go as an explicit choice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from shared import advancement
from shared.evaluation import competition_ranks

ADVANCED, NOT_ADVANCED, RETURNED = "advanced", "not_advanced", "returned"
SCORING_RULES = ("top_n", "threshold", "explicit")
SCREENING_RULES = ("all", "majority")


@dataclass(frozen=True)
class ClosingIdea:
    idea_id: str
    title: str
    rank: int | None = None  # scoring: competition rank, None while incomplete
    score: float | None = None
    approvals: int = 0  # screening: evaluators who found every requirement met
    checkers: int = 0  # screening: evaluators who checked it


@dataclass(frozen=True)
class Closing:
    """The decision for every idea of the stage, and what the screen must say about it."""

    stage_id: str
    rule: str
    decisions: dict[str, str]  # idea id -> ADVANCED / NOT_ADVANCED / RETURNED
    reason: str = ""
    rule_value: float | None = None  # N of top N, the minimum of a threshold
    scores: dict[str, float] = field(default_factory=dict)  # ranked ideas only
    ranks: dict[str, int] = field(default_factory=dict)
    tied: frozenset[str] = frozenset()  # ideas tied at a top-N cut, all advancing
    tied_place: int | None = None  # their shared rank
    # Not fully judged (no complete scores, or no check at all): the rule cannot decide
    # them, so they are turned down by the organizer's explicit choice, with the reason.
    unjudged: frozenset[str] = frozenset()
    problems: list[str] = field(default_factory=list)  # keys of what blocks confirming

    def ideas(self, decision: str) -> list[str]:
        return [i for i, d in self.decisions.items() if d == decision]

    def is_explicit(self, idea_id: str) -> bool:
        """Decided by the organizer rather than by the stage's rule."""
        return self.rule == "explicit" or idea_id in self.unjudged


def scoring_closing(*, stage_id: str, scores: Mapping[str, float | None], rule: str,
                    n: int = 0, minimum: float = 0.0, chosen: Iterable[str] = (),
                    reason: str = "") -> Closing:
    """Decide a scoring stage. ``scores``: every idea of the stage, None while incomplete.

    An incomplete idea never advances by top N or threshold (it has no score to compare);
    the organizer may still choose it explicitly, with the reason that requires.
    """
    if rule not in SCORING_RULES:
        raise ValueError(f"unknown scoring rule {rule!r}")
    complete = {i: s for i, s in scores.items() if s is not None}
    ideas = list(complete)
    ranks = dict(zip(ideas, competition_ranks([complete[i] for i in ideas]), strict=True))
    unjudged = frozenset() if rule == "explicit" else frozenset(
        i for i, s in scores.items() if s is None)
    problems: list[str] = []
    if not reason.strip() and (rule == "explicit" or unjudged):
        problems.append("reason_required")
    tied_place, rule_value = None, None
    if rule == "explicit":
        result = advancement.Advancement(frozenset(set(chosen) & set(scores)), frozenset(), None)
    elif rule == "top_n":
        rule_value = float(max(n, 1))
        result = advancement.top_n(complete, max(n, 1))
        if result.tied_at_cut:
            tied_place = ranks[next(iter(result.tied_at_cut))]
    else:
        rule_value = float(minimum)
        result = advancement.threshold(complete, minimum)
    decisions = {i: ADVANCED if i in result.advancing else NOT_ADVANCED for i in scores}
    return Closing(stage_id=stage_id, rule=rule, decisions=decisions, reason=reason.strip(),
                   rule_value=rule_value, scores=complete, ranks=ranks, tied=result.tied_at_cut,
                   tied_place=tied_place, unjudged=unjudged, problems=problems)


def screening_closing(*, stage_id: str, checks: Mapping[str, Mapping[str, Mapping[str, bool]]],
                      rule: str, returned: Iterable[str] = (), reason: str = "") -> Closing:
    """Decide a screening stage. ``checks``: idea id -> evaluator id -> {requirement: met}.

    An idea passes by ``shared.advancement.screening_passed``; one that did not pass may be
    returned for improvement instead of being turned down (the author then sees the
    suggestions and may revise; the stage stays open until it is checked again). An idea
    no evaluator checked is unjudged: turned down only with the organizer's reason.
    """
    if rule not in SCREENING_RULES:
        raise ValueError(f"unknown screening rule {rule!r}")
    returned = set(returned)
    decisions: dict[str, str] = {}
    for idea_id, by_evaluator in checks.items():
        if by_evaluator and advancement.screening_passed(by_evaluator, rule=rule):
            decisions[idea_id] = ADVANCED
        else:
            decisions[idea_id] = RETURNED if idea_id in returned else NOT_ADVANCED
    unjudged = frozenset(i for i, by in checks.items() if not by and decisions[i] != RETURNED)
    returning = any(d == RETURNED for d in decisions.values())
    problems = ["reason_required"] if unjudged and not returning and not reason.strip() else []
    return Closing(stage_id=stage_id, rule=rule, decisions=decisions, reason=reason.strip(),
                   unjudged=unjudged, problems=problems)
