"""The decisions a close-stage preview shows, before anything is saved."""

from __future__ import annotations

import pytest

from desktop.stage_closing import ADVANCED, NOT_ADVANCED, RETURNED, scoring_closing, screening_closing

# Scores 9, 8, 8, 7 rank 1, 2, 2, 4; "e" is not fully scored yet.
SCORES = {"a": 9.0, "b": 8.0, "c": 8.0, "d": 7.0, "e": None}


def test_top_n_tie_at_the_cut_lets_all_tied_ideas_through() -> None:
    # n = 2: a (rank 1) and both ideas ranked 2 advance: three ideas, b and c tied at place 2.
    closing = scoring_closing(stage_id="s", scores=SCORES, rule="top_n", n=2, reason="")
    assert sorted(closing.ideas(ADVANCED)) == ["a", "b", "c"]
    assert sorted(closing.ideas(NOT_ADVANCED)) == ["d", "e"]
    assert closing.tied == frozenset({"b", "c"})
    assert closing.tied_place == 2
    assert closing.ranks == {"a": 1, "b": 2, "c": 2, "d": 4}
    assert closing.rule_value == 2.0
    # "e" has no score: the rule cannot turn it down, the organizer does, with a reason.
    assert closing.unjudged == frozenset({"e"})
    assert closing.is_explicit("e") and not closing.is_explicit("d")
    assert closing.problems == ["reason_required"]
    given = scoring_closing(stage_id="s", scores=SCORES, rule="top_n", n=2,
                            reason="e came in after the scoring deadline")
    assert given.problems == []


def test_every_idea_scored_needs_no_reason() -> None:
    closing = scoring_closing(stage_id="s", scores={"a": 9.0, "b": 8.0}, rule="top_n", n=1)
    assert closing.problems == [] and closing.ideas(ADVANCED) == ["a"]


def test_top_n_without_a_tie_reports_none() -> None:
    # n = 3: ranks 1, 2, 2 are exactly three ideas; nobody beyond N gets in.
    closing = scoring_closing(stage_id="s", scores=SCORES, rule="top_n", n=3)
    assert sorted(closing.ideas(ADVANCED)) == ["a", "b", "c"]
    assert closing.tied == frozenset() and closing.tied_place is None


def test_threshold_includes_the_minimum_itself() -> None:
    closing = scoring_closing(stage_id="s", scores=SCORES, rule="threshold", minimum=8.0)
    assert sorted(closing.ideas(ADVANCED)) == ["a", "b", "c"]


def test_explicit_choice_needs_a_reason_and_may_pick_an_incomplete_idea() -> None:
    blank = scoring_closing(stage_id="s", scores=SCORES, rule="explicit", chosen={"d", "e"},
                            reason="   ")
    assert blank.problems == ["reason_required"]
    chosen = scoring_closing(stage_id="s", scores=SCORES, rule="explicit", chosen={"d", "e"},
                             reason="  Pilot budget allows two  ")
    assert chosen.problems == []
    assert sorted(chosen.ideas(ADVANCED)) == ["d", "e"]
    assert chosen.reason == "Pilot budget allows two"


def test_screening_all_majority_and_return_for_improvement() -> None:
    checks = {
        "x": {"e1": {"r1": True, "r2": True}, "e2": {"r1": True, "r2": True}},
        # e2 found r2 unmet: 1 of 2 approve — not all, and not more than half.
        "y": {"e1": {"r1": True, "r2": True}, "e2": {"r1": True, "r2": False}},
        # 2 of 3 approve: a majority, but not all.
        "z": {"e1": {"r1": True}, "e2": {"r1": True}, "e3": {"r1": False}},
    }
    every = screening_closing(stage_id="s", checks=checks, rule="all", returned={"y", "x"})
    # "x" passed, so asking to return it changes nothing.
    assert every.decisions == {"x": ADVANCED, "y": RETURNED, "z": NOT_ADVANCED}
    majority = screening_closing(stage_id="s", checks=checks, rule="majority")
    assert majority.decisions == {"x": ADVANCED, "y": NOT_ADVANCED, "z": ADVANCED}
    assert majority.problems == []


def test_screening_idea_nobody_checked_needs_the_organizers_reason() -> None:
    checks = {"x": {"e1": {"r1": True}}, "w": {}}
    closing = screening_closing(stage_id="s", checks=checks, rule="all")
    assert closing.decisions == {"x": ADVANCED, "w": NOT_ADVANCED}
    assert closing.unjudged == frozenset({"w"}) and closing.problems == ["reason_required"]


def test_unknown_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown scoring rule"):
        scoring_closing(stage_id="s", scores=SCORES, rule="all")


@pytest.mark.parametrize(("rule", "n", "minimum"), [("top_n", 1, 0.0), ("top_n", 2, 0.0),
                                                     ("top_n", 9, 0.0), ("threshold", 0, 8.0),
                                                     ("threshold", 0, 8.5)])
def test_preview_agrees_with_what_the_server_recomputes(rule: str, n: int, minimum: float) -> None:
    # The server refuses a close whose rule-named decisions differ from
    # shared.stage_rules.preview_scoring (decision_mismatch): every decision the preview
    # makes by the rule must be that function's outcome, and the ones it cannot decide
    # ("undecided": e) are exactly those the preview sends as explicit choices.
    from shared.evaluation import IdeaScore
    from shared.stage_rules import preview_scoring

    closing = scoring_closing(stage_id="s", scores=SCORES, rule=rule, n=n, minimum=minimum,
                              reason="e came late")
    scored = [IdeaScore(i, s, 1, s is not None) for i, s in SCORES.items()]
    server = {p.idea_id: p.outcome for p in preview_scoring(
        scored, rule=rule, rule_value=closing.rule_value)}
    by_rule = {i: d for i, d in closing.decisions.items() if not closing.is_explicit(i)}
    assert by_rule == {i: o for i, o in server.items() if o != "undecided"}
    assert {i for i in closing.decisions if closing.is_explicit(i)} == {"e"}
    assert server["e"] == "undecided"


def test_screening_preview_agrees_with_what_the_server_recomputes() -> None:
    # x: both evaluators find both requirements met -> advanced by all and by majority;
    # y: one of two -> not by all (1 of 2), not by majority (1 is not more than half of 2);
    # z: nobody checked -> undecided on the server, an explicit choice in the preview.
    from shared.stage_rules import preview_screening

    yes, no = {"r1": True, "r2": True}, {"r1": True, "r2": False}
    checks = {"x": {"e1": yes, "e2": yes}, "y": {"e1": yes, "e2": no}, "z": {}}
    for rule in ("all", "majority"):
        closing = screening_closing(stage_id="s", checks=checks, rule=rule, reason="z late")
        server = {p.idea_id: p.outcome for p in preview_screening(
            checks, rule=rule, requirements=["r1", "r2"], idea_ids=checks)}
        assert server == {"x": ADVANCED, "y": NOT_ADVANCED, "z": "undecided"}
        assert {i: d for i, d in closing.decisions.items() if not closing.is_explicit(i)} == {
            "x": ADVANCED, "y": NOT_ADVANCED}
