"""Automatic assignment of evaluators and reassignment after a conflict of interest."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Iterable, Sequence

import pytest

from shared.assignment import AssignmentError, auto_assign, reassign_on_conflict

IDEAS = [f"i{n}" for n in range(1, 11)]
EVALUATORS = ["ana", "bob", "cem", "dan"]


def loads(pairs: Iterable[tuple[str, str]], evaluators: Sequence[str]) -> dict[str, int]:
    counted = Counter(e for _, e in pairs)
    return {e: counted[e] for e in evaluators}


def spread(pairs: Iterable[tuple[str, str]], evaluators: Sequence[str]) -> int:
    counted = loads(pairs, evaluators).values()
    return max(counted) - min(counted)


def panels(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for idea_id, evaluator_id in pairs:
        result.setdefault(idea_id, []).append(evaluator_id)
    return result


def test_ten_ideas_four_evaluators_two_each() -> None:
    # 10 ideas × k = 2 = 20 pairs; 20 / 4 evaluators = exactly 5 each.
    pairs = auto_assign(IDEAS, EVALUATORS, k=2, seed=7)
    assert len(pairs) == 20
    assert loads(pairs, EVALUATORS) == {"ana": 5, "bob": 5, "cem": 5, "dan": 5}
    by_idea = panels(pairs)
    assert sorted(by_idea) == sorted(IDEAS)
    assert all(len(set(evaluators)) == len(evaluators) == 2 for evaluators in by_idea.values())
    assert auto_assign(IDEAS, EVALUATORS, k=2, seed=7) == pairs


def test_other_seeds_give_valid_and_not_always_equal_results() -> None:
    results = [auto_assign(IDEAS, EVALUATORS, k=2, seed=seed) for seed in range(10)]
    for pairs in results:
        assert len(set(pairs)) == 20
        assert set(loads(pairs, EVALUATORS).values()) == {5}
        assert all(len(evaluators) == 2 for evaluators in panels(pairs).values())
    assert len({tuple(pairs) for pairs in results}) > 1


def test_exclusions_are_respected_and_loads_balanced() -> None:
    # Each evaluator wrote one idea (i1 ana, i2 bob, i3 cem) and bob declared a conflict on i4.
    # Forced (only two eligible): i2, i4 -> ana + cem; i1 -> bob + cem; i3 -> ana + bob.
    # So far ana 3 (i2, i4, i3), cem 3 (i2, i4, i1), bob 2 (i1, i3). 6 × 2 = 12 pairs / 3 = 4
    # each, so i5 and i6 must each take bob (2 -> 4) plus one of ana and cem (3 -> 4).
    ideas = ["i1", "i2", "i3", "i4", "i5", "i6"]
    evaluators = ["ana", "bob", "cem"]
    excluded = [("i1", "ana"), ("i2", "bob"), ("i3", "cem"), ("i4", "bob")]
    for seed in range(20):
        pairs = auto_assign(ideas, evaluators, k=2, excluded=excluded, seed=seed)
        by_idea = panels(pairs)
        assert not set(pairs) & set(excluded)
        assert sorted(by_idea["i2"]) == sorted(by_idea["i4"]) == ["ana", "cem"]
        assert sorted(by_idea["i1"]) == ["bob", "cem"] and sorted(by_idea["i3"]) == ["ana", "bob"]
        assert "bob" in by_idea["i5"] and "bob" in by_idea["i6"]
        assert loads(pairs, evaluators) == {"ana": 4, "bob": 4, "cem": 4}


def test_exclusions_that_forbid_a_spread_of_one() -> None:
    # As above, but bob is also excluded from i5: bob can only sit on i1, i3 and i6, so at
    # most 3 pairs; the other 12 − 3 = 9 go to ana and cem, one of whom gets 5: loads 5, 3, 4
    # (spread 2 is the least possible). Forced: i5 -> ana + cem, so before i6 ana 4, cem 4,
    # bob 2; i6 takes bob (-> 3) and one of ana or cem (-> 5).
    ideas = ["i1", "i2", "i3", "i4", "i5", "i6"]
    evaluators = ["ana", "bob", "cem"]
    excluded = [("i1", "ana"), ("i2", "bob"), ("i3", "cem"), ("i4", "bob"), ("i5", "bob")]
    for seed in range(20):
        pairs = auto_assign(ideas, evaluators, k=2, excluded=excluded, seed=seed)
        assert not set(pairs) & set(excluded)
        assert "bob" in panels(pairs)["i6"]
        result = loads(pairs, evaluators)
        assert result["bob"] == 3 and sorted([result["ana"], result["cem"]]) == [4, 5]


def test_existing_pairs_count_towards_k_and_loads() -> None:
    # k = 2. i1 already has ana, so it needs 1 more; i2 needs 2: 3 new pairs. ana already
    # carries 3 (i1, x1, x2), bob and cem 0. Giving all 3 new pairs to bob and cem (2 + 1)
    # ends at ana 3, bob/cem 2 and 1: spread 2; any new pair for ana makes it 4 and leaves
    # someone at ≤ 1: spread ≥ 3. So i1 gets bob or cem, and i2 gets bob + cem.
    existing = [("i1", "ana"), ("x1", "ana"), ("x2", "ana")]
    pairs = auto_assign(["i1", "i2"], ["ana", "bob", "cem"], k=2, existing=existing, seed=3)
    by_idea = panels(pairs)
    assert len(by_idea["i1"]) == 1 and by_idea["i1"][0] != "ana"
    assert sorted(by_idea["i2"]) == ["bob", "cem"]
    total = loads([*existing, *pairs], ["ana", "bob", "cem"])
    assert total["ana"] == 3 and sorted([total["bob"], total["cem"]]) == [1, 2]
    # An idea that already has k evaluators gets nothing new.
    assert auto_assign(["i1"], ["ana", "bob"], k=1, existing=existing) == []


def test_greedy_mistake_is_repaired_directly() -> None:
    # P may go to anyone, Q only to ana. 2 pairs on 3 evaluators: best loads 1, 1, 0
    # with Q -> ana and P -> bob or cem. Processing P first and giving it to ana (a tie at
    # load 0) would leave ana at 2 and someone at 0; the repair must move P away.
    excluded = [("Q", "bob"), ("Q", "cem")]
    for seed in range(20):
        pairs = auto_assign(["P", "Q"], ["ana", "bob", "cem"], k=1, excluded=excluded, seed=seed)
        by_idea = panels(pairs)
        assert by_idea["Q"] == ["ana"] and by_idea["P"][0] in ("bob", "cem")


def test_greedy_mistake_is_repaired_along_a_chain() -> None:
    # X and Y may only go to ana or bob, Z only to bob or cem; k = 1, so 3 pairs on 3 people.
    # Loads 1, 1, 1 force Z -> cem (if bob took Z, ana and bob would have to share X and Y
    # with bob at 2), and then X, Y -> one each to ana and bob. If greedy gives Z to bob and
    # X, Y to ana (2, 1, 0), only the chain ana -X-> bob -Z-> cem reaches 1, 1, 1.
    excluded = [("X", "cem"), ("Y", "cem"), ("Z", "ana")]
    for seed in range(20):
        pairs = auto_assign(["X", "Y", "Z"], ["ana", "bob", "cem"], k=1, excluded=excluded, seed=seed)
        assert panels(pairs)["Z"] == ["cem"]
        assert loads(pairs, ["ana", "bob", "cem"]) == {"ana": 1, "bob": 1, "cem": 1}


def test_balance_when_exclusions_forbid_it() -> None:
    # dan may evaluate nothing: 10 × 2 = 20 pairs on ana, bob, cem -> 7, 7, 6 and dan 0.
    excluded = [(idea_id, "dan") for idea_id in IDEAS]
    pairs = auto_assign(IDEAS, EVALUATORS, k=2, excluded=excluded)
    assert sorted(loads(pairs, EVALUATORS).values()) == [0, 6, 7, 7]


def test_spread_matches_brute_force_on_small_random_cases() -> None:
    # Every valid choice of new pairs is enumerated and its smallest max − min compared with
    # auto_assign's; the cases come from a fixed seed, so the test is deterministic.
    cases = random.Random(2024)
    for trial in range(200):
        ideas = [f"i{n}" for n in range(cases.randint(1, 4))]
        evaluators = [f"e{n}" for n in range(cases.randint(1, 4))]
        k = cases.randint(1, 3)
        excluded = [(i, e) for i in ideas for e in evaluators if cases.random() < 0.25]
        existing = [(i, e) for i in [*ideas, "other"] for e in evaluators if cases.random() < 0.15]
        existing = [pair for pair in existing if pair not in excluded]
        options = []
        for idea_id in ideas:
            on_it = [e for i, e in existing if i == idea_id]
            free = [e for e in evaluators if (idea_id, e) not in excluded and e not in on_it]
            options.append(list(itertools.combinations(free, max(0, k - len(on_it)))))
        if any(not choices for choices in options):
            with pytest.raises(AssignmentError):
                auto_assign(ideas, evaluators, k=k, existing=existing, excluded=excluded)
            continue

        best = min(
            spread(
                [*existing, *((i, e) for i, chosen in zip(ideas, combo, strict=True) for e in chosen)],
                evaluators,
            )
            for combo in itertools.product(*options)
        )
        pairs = auto_assign(ideas, evaluators, k=k, existing=existing, excluded=excluded, seed=trial)
        assert not set(pairs) & (set(excluded) | set(existing))
        assert all(len(panels([*existing, *pairs]).get(i, [])) >= k for i in ideas)
        assert spread([*existing, *pairs], evaluators) == best, trial


def test_too_few_eligible_evaluators_names_the_idea() -> None:
    # k = 3 with 3 evaluators, but cem wrote i7: only 2 eligible for i7.
    with pytest.raises(AssignmentError, match="'i7'"):
        auto_assign(["i6", "i7"], ["ana", "bob", "cem"], k=3, excluded=[("i7", "cem")])
    with pytest.raises(AssignmentError, match="'i1'"):
        auto_assign(["i1"], ["ana", "bob"], k=3)
    with pytest.raises(ValueError):
        auto_assign(["i1"], ["ana"], k=-1)


def test_conflict_moves_one_pair_to_the_least_loaded_eligible_evaluator() -> None:
    # Loads before: ana 3 (1, 2, 3), bob 2 (1, 3), cem 2 (2, 4), dan 1 (4).
    assignments = [
        ("1", "ana"), ("1", "bob"), ("2", "ana"), ("2", "cem"),
        ("3", "ana"), ("3", "bob"), ("4", "cem"), ("4", "dan"),
    ]  # fmt: skip
    # ana declares a conflict on idea 1: ana drops to 2; bob is already on 1; cem (2) and dan
    # (1) are eligible -> dan, giving ana 2, bob 2, cem 2, dan 2.
    removed, added = reassign_on_conflict(
        assignments, idea_id="1", evaluator_id="ana", evaluator_ids=EVALUATORS, excluded=[]
    )
    assert removed == ("1", "ana") and added == ("1", "dan")
    # If dan is excluded from idea 1 too, only cem is left: ana 2, bob 2, cem 3, dan 1.
    _, added = reassign_on_conflict(
        assignments, idea_id="1", evaluator_id="ana", evaluator_ids=EVALUATORS, excluded=[("1", "dan")]
    )
    assert added == ("1", "cem")
    # Nobody eligible: bob and ana only, bob already on idea 1.
    assert reassign_on_conflict(
        assignments, idea_id="1", evaluator_id="ana", evaluator_ids=["ana", "bob"], excluded=[]
    ) == (("1", "ana"), None)
    with pytest.raises(ValueError):
        reassign_on_conflict(
            assignments, idea_id="4", evaluator_id="ana", evaluator_ids=EVALUATORS, excluded=[]
        )


def test_conflict_after_auto_assign_keeps_loads_within_one() -> None:
    # 9 ideas × 2 = 18 pairs on 4 evaluators -> loads 5, 5, 4, 4. A conflict of a 5-loaded
    # evaluator on an idea without a 4-loaded one moves the pair there: 4, 5, 5, 4.
    ideas = IDEAS[:9]
    pairs = auto_assign(ideas, EVALUATORS, k=2, seed=1)
    before = loads(pairs, EVALUATORS)
    assert sorted(before.values()) == [4, 4, 5, 5]
    by_idea = panels(pairs)
    light = {e for e, n in before.items() if n == 4}
    idea_id, evaluator_id = next((i, e) for i, e in pairs if before[e] == 5 and light - set(by_idea[i]))
    removed, added = reassign_on_conflict(
        pairs, idea_id=idea_id, evaluator_id=evaluator_id, evaluator_ids=EVALUATORS,
        excluded=[(idea_id, evaluator_id)],
    )  # fmt: skip
    assert added is not None and added[1] in light and added[1] not in by_idea[idea_id]
    after = [p for p in pairs if p != removed] + [added]
    assert sorted(loads(after, EVALUATORS).values()) == [4, 4, 5, 5]


def test_conflict_when_all_loads_are_equal_spreads_them_by_two() -> None:
    # 10 × 2 on 4 -> all 5. One move takes the declaring evaluator to 4 and someone to 6:
    # max − min = 2 is unavoidable with one moved pair; the new evaluator is one of the two
    # not already on the idea.
    pairs = auto_assign(IDEAS, EVALUATORS, k=2, seed=7)
    idea_id, evaluator_id = pairs[0]
    removed, added = reassign_on_conflict(
        pairs, idea_id=idea_id, evaluator_id=evaluator_id, evaluator_ids=EVALUATORS, excluded=[]
    )
    assert added is not None and added[1] not in panels(pairs)[idea_id]
    after = [p for p in pairs if p != removed] + [added]
    assert sorted(loads(after, EVALUATORS).values()) == [4, 5, 5, 6]
