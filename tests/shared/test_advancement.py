"""Advancement rules: top N with ties at the cut, threshold, explicit choice, screening."""

from __future__ import annotations

import pytest

from shared.advancement import Advancement, explicit, screening_passed, threshold, top_n

SCORES = {"a": 9.0, "b": 8.0, "c": 8.0, "d": 7.0}


def test_top_n_lets_the_whole_tie_at_the_cut_through() -> None:
    # Competition ranks 9, 8, 8, 7 -> 1, 2, 2, 4; n = 2 keeps rank ≤ 2: a, b, c (three > n).
    result = top_n(SCORES, 2)
    assert result == Advancement(frozenset("abc"), frozenset("bc"), 8.0)


def test_top_n_without_a_tie_across_the_cut() -> None:
    # n = 3: ranks ≤ 3 are a, b, c again, but exactly n pass, so nothing is "tied at the cut".
    assert top_n(SCORES, 3) == Advancement(frozenset("abc"), frozenset(), 8.0)
    # n = 1: only a (rank 1); cut at 9.
    assert top_n(SCORES, 1) == Advancement(frozenset("a"), frozenset(), 9.0)
    # n = 10 > 4 ideas: all pass, cut at the lowest score 7.
    assert top_n(SCORES, 10) == Advancement(frozenset("abcd"), frozenset(), 7.0)


def test_top_n_treats_means_equal_on_paper_as_tied() -> None:
    # 0.1 + 0.2 = 0.30000000000000004 in floats; rounded to 9 places both are 0.3 -> tie at n = 1.
    result = top_n({"x": 0.1 + 0.2, "y": 0.3, "z": 0.2}, 1)
    assert result.advancing == frozenset("xy")
    assert result.tied_at_cut == frozenset("xy")
    assert result.cut_score == pytest.approx(0.3)


def test_top_n_edge_cases() -> None:
    nothing = Advancement(frozenset(), frozenset(), None)
    assert top_n(SCORES, 0) == nothing
    assert top_n({}, 3) == nothing
    with pytest.raises(ValueError):
        top_n(SCORES, -1)


def test_threshold() -> None:
    # Minimum 8: a (9) and b, c (8 ≥ 8) pass, d (7) does not.
    assert threshold(SCORES, 8.0) == Advancement(frozenset("abc"), frozenset(), 8.0)
    # Minimum 8.5: only a.  Minimum 10: nobody.
    assert threshold(SCORES, 8.5).advancing == frozenset("a")
    assert threshold(SCORES, 10.0).advancing == frozenset()
    # 0.1 + 0.2 = 0.30000000000000004 reaches a minimum of 0.3; 0.29 does not.
    assert threshold({"x": 0.1 + 0.2, "y": 0.29}, 0.3).advancing == frozenset("x")


def test_explicit_needs_a_reason() -> None:
    result = explicit(["b", "d"], "  jury visit: d is already piloted  ")
    assert result == Advancement(frozenset("bd"), frozenset(), None, "jury visit: d is already piloted")
    with pytest.raises(ValueError):
        explicit(["b"], "")
    with pytest.raises(ValueError):
        explicit(["b"], "   ")


def test_screening_all_versus_majority() -> None:
    # Two of three evaluators found every requirement met, the third found one missing.
    checks = {
        "e1": {"legal": True, "local": True},
        "e2": {"legal": True, "local": True},
        "e3": {"legal": True, "local": False},
    }
    assert screening_passed(checks, rule="all") is False  # 2 of 3 ≠ all
    assert screening_passed(checks, rule="majority") is True  # 2 > 3/2 = 1.5
    unanimous = {e: {"legal": True, "local": True} for e in ("e1", "e2", "e3")}
    assert screening_passed(unanimous, rule="all") is True


def test_screening_majority_must_be_more_than_half() -> None:
    # 2 of 4 approve: 2 > 4/2 = 2 is false.
    checks = {
        "e1": {"legal": True},
        "e2": {"legal": True},
        "e3": {"legal": False},
        "e4": {"legal": False},
    }
    assert screening_passed(checks, rule="majority") is False


def test_screening_edge_cases() -> None:
    assert screening_passed({}, rule="all") is False
    assert screening_passed({}, rule="majority") is False
    # e2 never answered "local", which e1 did: an unanswered requirement is not met, so 1 of 2.
    partial = {"e1": {"legal": True, "local": True}, "e2": {"legal": True}}
    assert screening_passed(partial, rule="all") is False
    assert screening_passed(partial, rule="majority") is False
    with pytest.raises(ValueError):
        screening_passed(partial, rule="most")  # type: ignore[arg-type]
