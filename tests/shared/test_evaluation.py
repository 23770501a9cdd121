"""Idea scores from weighted means, incomplete ideas, and competition ranking."""

from __future__ import annotations

import pytest

from shared.evaluation import DEFAULT_WEIGHTS, Importance, competition_ranks, idea_scores, ranking

# Three criteria at the default weights: low 1, medium 2, very important 3.
WEIGHTS = {"c1": DEFAULT_WEIGHTS[Importance.LOW], "c2": DEFAULT_WEIGHTS[Importance.MEDIUM],
           "c3": DEFAULT_WEIGHTS[Importance.HIGH]}
ASSIGNED = [(idea, ev) for idea in ("A", "B", "C") for ev in ("e1", "e2")]
SCORES = [
    ("A", "e1", "c1", 6), ("A", "e1", "c2", 8), ("A", "e1", "c3", 9),
    ("A", "e2", "c1", 4), ("A", "e2", "c2", 6), ("A", "e2", "c3", 7),
    ("B", "e1", "c1", 10), ("B", "e1", "c2", 7), ("B", "e1", "c3", 5),
    ("B", "e2", "c1", 8), ("B", "e2", "c2", 9), ("B", "e2", "c3", 6),
    ("C", "e1", "c1", 9), ("C", "e1", "c2", 9), ("C", "e1", "c3", 9),
    ("C", "e2", "c1", 9), ("C", "e2", "c2", 9),  # e2 has not scored c3 of C yet
]


def test_weights_1_2_3_two_evaluators_and_an_incomplete_idea() -> None:
    assert WEIGHTS == {"c1": 1.0, "c2": 2.0, "c3": 3.0}
    by_idea = {s.idea_id: s for s in idea_scores(weights=WEIGHTS, assignments=ASSIGNED,
                                                 scores=SCORES)}
    # A: e1 (1·6 + 2·8 + 3·9)/6 = 49/6; e2 (1·4 + 2·6 + 3·7)/6 = 37/6; mean 86/12 = 7.1666…
    assert by_idea["A"].score == pytest.approx(86 / 12) and by_idea["A"].complete
    # B: e1 (10 + 14 + 15)/6 = 39/6; e2 (8 + 18 + 18)/6 = 44/6; mean 83/12 = 6.9166…
    assert by_idea["B"].score == pytest.approx(83 / 12)
    # C: e2 misses c3, so C has no score although e1's mean would be 9.
    assert (by_idea["C"].score, by_idea["C"].complete, by_idea["C"].evaluators) == (None, False, 2)
    ranked = ranking(by_idea.values())
    assert [(r.rank, r.idea_id) for r in ranked] == [(1, "A"), (2, "B")]  # C is not ranked


def test_ranking_9_8_8_7_is_1_2_2_4() -> None:
    assert competition_ranks([9, 8, 8, 7]) == [1, 2, 2, 4]
    assert competition_ranks([7, 8, 9, 8]) == [4, 2, 1, 2]  # input order is kept
