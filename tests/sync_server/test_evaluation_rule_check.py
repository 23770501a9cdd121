"""A close is checked against the stage's rule, worked out from the server's own scores and
checks; a decision needs the idea to be assigned in its stage. Through the HTTP API."""

from __future__ import annotations

from tests.sync_server.evaluation_world import build
from tests.sync_server.server_fixtures import mutation


def _refused(result: dict, code: str) -> str:
    assert (result["status"], result["code"]) == ("rejected", code), result
    return result["message"]


def _top_two(db_url: str):  # noqa: ANN202
    """Stage SCO with rule top_n 2 and three complete ideas plus one incomplete
    (idea labels avoid "C", the contest's).

    Weights: Q1 low = 1, Q2 very important = 3; an evaluator's score is (Q1 + 3·Q2) / 4 and
    an idea's the mean over its evaluators.
      A: ev1 (8, 9) -> (8 + 27) / 4 = 8.75                        rank 1
      B: ev1 (6, 7) -> (6 + 21) / 4 = 6.75                        rank 2
      P: ev1 (9, 5) -> (9 + 15) / 4 = 6.0; ev2 (4, 6) -> (4 + 18) / 4 = 5.5;
         mean (6.0 + 5.5) / 2 = 5.75                              rank 3
      D: ev3 gave Q1 only -> incomplete, no score: top N cannot decide it.
    So top 2 advances A and B; P is not advanced; D is undecided.
    """
    w = build(db_url)
    for label, author, title in (("A", "author1", "Həyətdə bağ"),
                                 ("B", "author2", "Velosiped yolu"),
                                 ("P", "author1", "Günəş panelləri"),
                                 ("D", "author2", "Kitab rəfi"),
                                 ("E", "author1", "Su çeşməsi")):
        w.submit_idea(author, label, title, "Təfsilat")
    w.assign("SCO", [("A", "ev1"), ("B", "ev1"), ("P", "ev1"), ("P", "ev2"), ("D", "ev3")])
    assert w.push("org_a", [mutation("stage", w.ids["SCO"], {"rule_value": 2},
                                     base_rev=w.stage_rev("SCO"))])[0]["status"] == "applied"
    for ev, idea, values in (("ev1", "A", {"Q1": 8, "Q2": 9}), ("ev1", "B", {"Q1": 6, "Q2": 7}),
                             ("ev1", "P", {"Q1": 9, "Q2": 5}), ("ev2", "P", {"Q1": 4, "Q2": 6}),
                             ("ev3", "D", {"Q1": 7})):
        assert {r["status"] for r in w.score(ev, idea, values)} == {"applied"}
    return w


def test_close_refused_when_a_decision_claims_top_n_for_the_third_idea(db_url):
    w = _top_two(db_url)
    for idea, outcome in (("A", "advanced"), ("B", "advanced"), ("P", "advanced")):
        assert w.decision("SCO", idea, outcome, rule="top_n")["status"] == "applied"
    assert w.decision("SCO", "D", "not_advanced", rule="explicit",
                      reason="Qiymət natamamdır")["status"] == "applied"
    message = _refused(w.close("SCO"), "decision_mismatch")
    # Only P (rank 3 of a top 2) is named; A and B did advance by the rule, D is explicit.
    assert "“Günəş panelləri”" in message
    assert "Həyətdə bağ" not in message and "Velosiped yolu" not in message
    assert "Kitab rəfi" not in message
    # The same outcome as the organizer's explicit choice, with its reason, closes the stage.
    assert w.decision("SCO", "P", "advanced", rule="explicit", reason="Büdcə imkan verir",
                      base_rev=1)["status"] == "applied"
    assert w.close("SCO")["status"] == "applied"


def test_close_refused_for_an_undecided_idea_claimed_by_the_rule(db_url):
    w = _top_two(db_url)
    for idea, outcome in (("A", "advanced"), ("B", "advanced"), ("P", "not_advanced"),
                          ("D", "not_advanced")):
        assert w.decision("SCO", idea, outcome, rule="top_n")["status"] == "applied"
    # A, B, P agree with top 2 (8.75, 6.75 in; 5.75 out); D has no complete score, so top N
    # does not turn it down: only an explicit choice with a reason does.
    message = _refused(w.close("SCO"), "decision_mismatch")
    assert "“Kitab rəfi”" in message and "Günəş panelləri" not in message


def test_decision_for_an_idea_not_assigned_in_the_stage(db_url):
    w = _top_two(db_url)
    # E was submitted to the contest but never assigned in SCO.
    message = _refused(w.decision("SCO", "E", "not_advanced", rule="explicit",
                                  reason="Mövzudan kənar"), "not_in_stage")
    assert "not assigned in this stage" in message


def test_screening_close_names_three_ideas_then_how_many_more(db_url):
    w = build(db_url)
    titles = ["Ağac", "Bağça", "Çiçək", "Dəhliz", "Eyvan"]
    for n, title in enumerate(titles):
        w.submit_idea("author1", f"I{n}", title, "Təfsilat")
    w.assign("SCR", [(f"I{n}", "ev1") for n in range(5)])
    # Nobody checked any of the five: rule all cannot advance them, so all five mismatch;
    # the refusal names the first three in Azerbaijani order and says "and 2 more" (5 - 3).
    for n in range(5):
        assert w.decision("SCR", f"I{n}", "advanced")["status"] == "applied"
    message = _refused(w.close("SCR"), "decision_mismatch")
    assert "“Ağac”, “Bağça”, “Çiçək” and 2 more" in message
    assert "Dəhliz" not in message
