"""Which ideas advance to the next stage: top N, a minimum score, an explicit choice, screening.

Pure functions over idea scores (see ``shared.evaluation.idea_scores``). Scores are compared
after rounding to the same nine decimals as ``shared.evaluation.competition_ranks``, so two
means equal on paper are treated as equal here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from shared.evaluation import competition_ranks

_PLACES = 9  # the default of competition_ranks


@dataclass(frozen=True)
class Advancement:
    """The outcome of an advancement rule.

    ``advancing``: the ideas that go through. ``tied_at_cut``: the ideas sharing the score at
    the cut when that tie pushed more than N through (all of them advance); empty otherwise.
    ``cut_score``: the lowest score that advances under top N, the minimum under a
    threshold, ``None`` when nothing was cut by score. ``reason``: the organiser's
    justification of an explicit choice.
    """

    advancing: frozenset[str]
    tied_at_cut: frozenset[str]
    cut_score: float | None
    reason: str = ""


def top_n(scores: Mapping[str, float], n: int) -> Advancement:
    """The N best ideas, plus every idea tied with the N-th: 9, 8, 8, 7 with n=2 passes three.

    Uses competition ranking (9, 8, 8, 7 -> 1, 2, 2, 4): an idea advances when its rank is at
    most ``n``. ``tied_at_cut`` holds the ideas at the cut score when more than ``n``
    advance. With ``n`` = 0 or no scores nothing advances and ``cut_score`` is ``None``; with
    ``n`` ≥ the number of ideas all advance. Raises ``ValueError`` when ``n`` is negative.
    """
    if n < 0:
        raise ValueError(f"n must not be negative, got {n}")
    ideas = list(scores)
    ranks = competition_ranks([scores[idea_id] for idea_id in ideas], places=_PLACES)
    advancing = [idea_id for idea_id, rank in zip(ideas, ranks, strict=True) if rank <= n]
    if not advancing:
        return Advancement(frozenset(), frozenset(), None)
    cut_score = min(scores[idea_id] for idea_id in advancing)
    tied: frozenset[str] = frozenset()
    if len(advancing) > n:
        cut_key = round(cut_score, _PLACES)
        tied = frozenset(i for i in advancing if round(scores[i], _PLACES) == cut_key)
    return Advancement(frozenset(advancing), tied, cut_score)


def threshold(scores: Mapping[str, float], minimum: float) -> Advancement:
    """Every idea scoring at least ``minimum`` advances; ``cut_score`` is ``minimum``."""
    floor = round(minimum, _PLACES)
    advancing = frozenset(i for i, score in scores.items() if round(score, _PLACES) >= floor)
    return Advancement(advancing, frozenset(), minimum)


def explicit(chosen: Iterable[str], reason: str) -> Advancement:
    """The organiser's own choice; a written reason is mandatory (``ValueError`` if blank).

    The reason is stored stripped of surrounding whitespace; ``cut_score`` is ``None``.
    """
    text = reason.strip()
    if not text:
        raise ValueError("an explicit choice of advancing ideas needs a reason")
    return Advancement(frozenset(chosen), frozenset(), None, text)


def screening_passed(checks: Mapping[str, Mapping[str, bool]], *, rule: Literal["all", "majority"]) -> bool:
    """Whether an idea passes a screening stage.

    ``checks`` maps evaluator_id -> {requirement: met}. An evaluator approves when it found
    every requirement met; the requirements are all those any evaluator answered, and one
    an evaluator left unanswered counts as not met. ``rule="all"``: every evaluator
    approves; ``rule="majority"``: strictly more than half do. No evaluators -> ``False``.
    Raises ``ValueError`` for another rule.
    """
    if rule not in ("all", "majority"):
        raise ValueError(f"unknown screening rule {rule!r}")
    if not checks:
        return False
    requirements = {requirement for answers in checks.values() for requirement in answers}
    approvals = sum(
        all(answers.get(requirement, False) for requirement in requirements) for answers in checks.values()
    )
    if rule == "all":
        return approvals == len(checks)
    return 2 * approvals > len(checks)
