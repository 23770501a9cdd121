"""Per-evaluator normalisation, disagreement and leniency, checked against hand arithmetic."""

from __future__ import annotations

import pytest

from shared.fairness import disagreement, leniency, normalised_scores

# A lenient evaluator L and a harsh one H on a 1–10 scale; they share ideas B and C, A is
# scored only by L and D only by H.
PANEL = {
    "L": {"A": 9.0, "B": 8.0, "C": 10.0},
    "H": {"B": 3.0, "C": 5.0, "D": 2.0},
}


def test_normalisation_reorders_ideas_of_a_lenient_and_a_harsh_evaluator() -> None:
    # Raw means: A = 9, B = (8 + 3)/2 = 5.5, C = (10 + 5)/2 = 7.5, D = 2  ->  A > C > B > D.
    #
    # Scale 1–10: midpoint (1 + 10)/2 = 5.5, one σ = (10 − 1)/6 = 1.5 points.
    # L: mean (9 + 8 + 10)/3 = 9, variance (0² + 1² + 1²)/3 = 2/3, σ = √(2/3);
    #    z(A) = 0, z(B) = −1/√(2/3) = −√1.5 = −1.224745, z(C) = +1.224745
    #    -> A 5.5, B 5.5 − 1.5·1.224745 = 3.662883, C 5.5 + 1.837117 = 7.337117.
    # H: mean (3 + 5 + 2)/3 = 10/3, deviations −1/3, 5/3, −4/3,
    #    variance (1 + 25 + 16)/9/3 = 42/27 = 14/9, σ = √14/3;
    #    z(B) = −1/√14 = −0.267261, z(C) = 5/√14 = 1.336306, z(D) = −4/√14 = −1.069045
    #    -> B 5.5 − 0.400892 = 5.099108, C 5.5 + 2.004459 = 7.504459, D 5.5 − 1.603567 = 3.896433.
    # Normalised: A = 5.5, B = (3.662883 + 5.099108)/2 = 4.380996,
    #             C = (7.337117 + 7.504459)/2 = 7.420788, D = 3.896433  ->  C > A > B > D:
    # A's 9 was only L's average, so C (top for both evaluators) now comes first.
    result = normalised_scores(PANEL, scale_min=1, scale_max=10)
    assert result == pytest.approx({"A": 5.5, "B": 4.380996, "C": 7.420788, "D": 3.896433}, abs=1e-6)
    raw = {"A": 9.0, "B": 5.5, "C": 7.5, "D": 2.0}
    assert sorted(raw, key=raw.__getitem__, reverse=True) == ["A", "C", "B", "D"]
    assert sorted(result, key=result.__getitem__, reverse=True) == ["C", "A", "B", "D"]


def test_single_idea_or_no_spread_sits_at_the_midpoint() -> None:
    # One idea, or the same score everywhere: z = 0 -> midpoint (0 + 4)/2 = 2.
    result = normalised_scores(
        {"solo": {"X": 3.7}, "flat": {"Y": 0.1, "Z": 0.1, "W": 0.1}}, scale_min=0, scale_max=4
    )
    assert result == {"X": 2.0, "Y": 2.0, "Z": 2.0, "W": 2.0}


def test_values_beyond_three_sigma_are_clamped_to_the_scale() -> None:
    # Ten ideas at 0 and one at 1 on a 0–6 scale (midpoint 3, one σ = 6/6 = 1 point):
    # mean 1/11, variance (10·(1/11)² + (10/11)²)/11 = (10 + 100)/121/11 = 10/121, σ = √10/11;
    # z(outlier) = (10/11)/(√10/11) = √10 = 3.162 -> 6.162, clamped to 6;
    # z(others) = −(1/11)/(√10/11) = −1/√10 = −0.316228 -> 3 − 0.316228 = 2.683772.
    scores = {f"i{n}": 0.0 for n in range(10)} | {"outlier": 1.0}
    result = normalised_scores({"E": scores}, scale_min=0, scale_max=6)
    assert result["outlier"] == 6.0
    assert result["i0"] == pytest.approx(2.683772, abs=1e-6)


def test_normalisation_needs_a_real_scale() -> None:
    with pytest.raises(ValueError):
        normalised_scores(PANEL, scale_min=5, scale_max=5)
    assert normalised_scores({}, scale_min=1, scale_max=10) == {}


def test_disagreement_flags_at_exactly_the_threshold() -> None:
    # 1–10 scale at 30 %: limit 0.3 × (10 − 1) = 2.7 points (2.6999999999999997 in floats).
    # at: 3.7 − 1.0 = 2.7 -> flagged;  below: 3.6 − 1.0 = 2.6 -> not flagged;
    # wide: 9 − 2 = 7 over three scores (middle one ignored) -> flagged;
    # alone: one score, no spread -> not flagged.
    result = disagreement(
        {"at": [1.0, 3.7], "below": [1.0, 3.6], "wide": [2.0, 5.0, 9.0], "alone": [10.0]},
        scale_min=1,
        scale_max=10,
    )
    assert result == {"at": True, "below": False, "wide": True, "alone": False}


def test_disagreement_with_a_custom_threshold() -> None:
    # 0–100 scale at 50 %: limit 50; spread 80 − 30 = 50 flags, 79 − 30 = 49 does not.
    result = disagreement({"a": [30, 80], "b": [79, 30]}, scale_min=0, scale_max=100, threshold=0.5)
    assert result == {"a": True, "b": False}


def test_leniency_of_the_lenient_and_the_harsh_evaluator() -> None:
    # Panel means: B (8 + 3)/2 = 5.5, C (10 + 5)/2 = 7.5; A and D have one evaluator (deviation 0).
    # L: A 0, B 8 − 5.5 = +2.5, C 10 − 7.5 = +2.5 -> (0 + 2.5 + 2.5)/3 = +5/3 = 1.666667.
    # H: B 3 − 5.5 = −2.5, C 5 − 7.5 = −2.5, D 0 -> −5/3.
    assert leniency(PANEL) == pytest.approx({"L": 5 / 3, "H": -5 / 3})


def test_leniency_with_three_evaluators() -> None:
    # X: 6, 4, 8 -> mean 6;  Y: 8, 5 -> mean 6.5;  Z: only E2 -> deviation 0.
    # E1: X 6 − 6 = 0, Y 8 − 6.5 = +1.5 -> 1.5/2 = 0.75.
    # E2: X 4 − 6 = −2, Y 5 − 6.5 = −1.5, Z 0 -> −3.5/3 = −1.166667.
    # E3: X 8 − 6 = +2 -> 2.
    # E4: scored nothing -> 0.
    panel = {
        "E1": {"X": 6.0, "Y": 8.0},
        "E2": {"X": 4.0, "Y": 5.0, "Z": 1.0},
        "E3": {"X": 8.0},
        "E4": {},
    }
    assert leniency(panel) == pytest.approx({"E1": 0.75, "E2": -3.5 / 3, "E3": 2.0, "E4": 0.0})
