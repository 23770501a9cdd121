"""The preview of a stage close: who advances under the stage's rule."""

from __future__ import annotations

import pytest

from shared.evaluation import IdeaScore
from shared.stage_rules import Proposal, default_rule, preview_scoring, preview_screening


def _scored(**scores: float | None) -> list[IdeaScore]:
    return [IdeaScore(i, s, 2, s is not None) for i, s in scores.items()]


def test_top_n_tie_at_the_cut_all_advance_and_are_flagged() -> None:
    # Scores 9, 8, 8, 7 rank 1, 2, 2, 4; N = 2 cuts at rank 2, where b and c tie: both go.
    proposals = preview_scoring(_scored(a=9, b=8, c=8, d=7, e=None), rule="top_n", rule_value=2)
    assert proposals == [
        Proposal("a", "advanced", "top_n", 9, 1, False),
        Proposal("b", "advanced", "top_n", 8, 2, True),
        Proposal("c", "advanced", "top_n", 8, 2, True),
        Proposal("d", "not_advanced", "top_n", 7, 4, False),
        Proposal("e", "undecided", "top_n"),  # not scored by everyone: the organizer decides
    ]


def test_threshold_and_explicit() -> None:
    # Threshold 8: 9 and 8 reach it, 7 does not.
    got = preview_scoring(_scored(a=9, b=8, d=7), rule="threshold", rule_value=8)
    assert [(p.idea_id, p.outcome) for p in got] == [
        ("a", "advanced"), ("b", "advanced"), ("d", "not_advanced")]
    got = preview_scoring(_scored(a=9, d=7), rule="explicit", chosen=["d"])
    assert [(p.idea_id, p.outcome, p.rule) for p in got] == [
        ("a", "not_advanced", "explicit"), ("d", "advanced", "explicit")]
    with pytest.raises(ValueError, match="unknown scoring rule"):
        preview_scoring(_scored(a=9), rule="lottery")


def test_screening_preview_counts_unanswered_requirements_as_not_met() -> None:
    checks = {
        # x: e2 left r2 unanswered, so only e1 approves: 1 of 2.
        "x": {"e1": {"r1": True, "r2": True}, "e2": {"r1": True}},
        "y": {"e1": {"r1": True, "r2": True}, "e2": {"r1": True, "r2": True}},
    }
    got = preview_screening(checks, rule="all", requirements=["r1", "r2"], idea_ids=["z"])
    assert [(p.idea_id, p.outcome) for p in got] == [
        ("x", "not_advanced"), ("y", "advanced"), ("z", "undecided")]
    # Majority needs strictly more than half: 1 of 2 is not enough either.
    got = preview_screening(checks, rule="majority", requirements=["r1", "r2"])
    assert [p.outcome for p in got] == ["not_advanced", "advanced"]


def test_default_rules() -> None:
    assert (default_rule("screening"), default_rule("scoring")) == ("all", "explicit")
