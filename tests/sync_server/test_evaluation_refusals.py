"""Every evaluation rule the server enforces, refused through the HTTP API with a stable
code and a readable reason (a push answers per mutation; results answer 403)."""

from __future__ import annotations

import datetime as dt
import uuid

from shared.ids import decision_id
from sync_server.handlers import sync as sync_handlers
from tests.sync_server.evaluation_world import REQUIREMENTS, build
from tests.sync_server.server_fixtures import mutation


def _refused(result: dict, code: str, words: str) -> None:
    assert (result["status"], result["code"]) == ("rejected", code), result
    assert words in result["message"], result["message"]


def test_scores_refused_when_not_assigned_or_after_close_and_weights_fixed_until_reset(db_url):
    w = build(db_url)
    a = w.submit_idea("author1", "A", "Həyətdə bağ", "Ağaclar əkilsin")
    w.assign("SCO", [("A", "ev1")])
    # ev2 is not assigned to A in the scoring stage.
    for result in w.score("ev2", "A", {"Q1": 5}):
        _refused(result, "not_assigned", "not assigned")
    assert [r["status"] for r in w.score("ev1", "A", {"Q1": 6, "Q2": 8})] == ["applied"] * 2
    # Weights are fixed now: the push without a reset is refused...
    q1_rev = 1
    _refused(w.push("org_a", [mutation("criterion", w.ids["Q1"], {"weight": 2.5},
                                       base_rev=q1_rev)])[0],
             "scoring_started", "until its scores are reset")
    # ...and with an explicit reset first, in the same push, both apply; two scores go.
    reset_id = str(uuid.uuid4())
    results = w.push("org_a", [
        mutation("score_reset", reset_id, {"stage_id": w.ids["SCO"], "reason": "Çəki səhvi"}),
        mutation("criterion", w.ids["Q1"], {"weight": 2.5}, base_rev=q1_rev)])
    assert [r["status"] for r in results] == ["applied", "applied"], results
    assert results[0]["record"]["scores_deleted"] == 2
    assert results[1]["record"]["weight"] == 2.5
    ev1_records, _ = w.client("ev1").pull_all()
    assert {c["kind"] for c in ev1_records if c["deleted"]} == {"score"}  # tombstones of both
    # An evaluator may not reset scores.
    _refused(w.push("ev1", [mutation("score_reset", str(uuid.uuid4()),
                                     {"stage_id": w.ids["SCO"]})])[0], "forbidden",
             "an evaluator may not change score_reset records")
    # Score again, decide, close: a score arriving after the close is refused.
    w.score("ev1", "A", {"Q1": 6, "Q2": 8})
    assert w.decision("SCO", "A", "advanced", rule="top_n")["status"] == "applied"
    assert w.close("SCO")["status"] == "applied"
    for result in w.score("ev1", "A", {"Q1": 9}):
        _refused(result, "stage_closed", "closed before the score arrived")
    assert a


def test_decisions_refused_for_another_organization_without_reason_or_missing(db_url):
    w = build(db_url)
    w.submit_idea("author1", "A", "Həyətdə bağ", "Ağaclar əkilsin")
    w.submit_idea("author2", "B", "Velosiped yolu", "Yol çəkilsin")
    w.assign("SCO", [("A", "ev1"), ("B", "ev2")])
    # Org B's organizer cannot advance Org A's ideas: not through A's stage...
    _refused(w.decision("SCO", "A", "advanced", client="org_b"), "not_found",
             "in your organization")
    # ...nor through its own stage.
    _refused(w.push("org_b", [mutation("decision", decision_id(
        stage_id=w.ids["SB"], idea_id=w.ids["A"]), {"stage_id": w.ids["SB"],
        "idea_id": w.ids["A"], "outcome": "advanced", "rule": "explicit",
        "reason": "Bəyəndik"})])[0], "not_found", "in your organization")
    # An explicit choice needs a reason; blanks do not count.
    _refused(w.decision("SCO", "A", "advanced", rule="explicit", reason=" \u200b "),
             "reason_required", "needs a written reason")
    # A stage closes only when every idea in it has a decision: B has none yet.
    assert w.decision("SCO", "A", "advanced", rule="explicit", reason="Ən yaxşı xərc planı")[
        "status"] == "applied"
    _refused(w.close("SCO"), "decisions_missing", "1 idea(s)")
    # Returning an idea belongs to screening stages only.
    _refused(w.decision("SCO", "B", "returned"), "invalid_value", "screening stage")
    # A rule the stage does not use is refused; top_n and explicit are this stage's.
    _refused(w.decision("SCO", "B", "not_advanced", rule="threshold"), "invalid_value",
             "'top_n'")


def test_results_refused_before_the_announcement(db_url):
    w = build(db_url)
    w.submit_idea("author1", "A", "Həyətdə bağ", "Ağaclar əkilsin")
    w.assign("SCR", [("A", "ev1")])
    w.assign("SCO", [("A", "ev1")])
    author = w.client("author1")
    path = f"/api/v1/results/{w.ids['C']}"
    refused = author.request("GET", path)
    assert (refused.status, refused.body["code"]) == (403, "results_not_announced")
    assert "not been announced" in refused.body["message"]
    # ev1 finds both requirements met, so rule all advances A (1 of 1 evaluators approve).
    assert w.check("ev1", "A", REQUIREMENTS)["status"] == "applied"
    assert w.decision("SCR", "A", "advanced")["status"] == "applied"
    assert w.close("SCR")["status"] == "applied"
    # Decided, but not announced: the author's pull carries no decision either.
    records, _ = author.pull_all()
    assert {c["kind"] for c in records} == {"contest", "idea"}
    # Announcing with a stage still open is refused, naming the stage.
    contest = next(c["data"] for c in w.client("org_a").pull_all()[0]
                   if c["kind"] == "contest" and c["id"] == w.ids["C"])
    announce = mutation("contest", w.ids["C"], {"results_announced_at": "2026-12-01T00:00:00Z"},
                        base_rev=contest["rev"])
    _refused(w.push("org_a", [announce])[0], "stages_open", "Qiymətləndirmə")
    assert author.request("GET", path).status == 403
    # Evaluators never read results; another organization does not find the contest.
    assert w.client("ev1").request("GET", path).status == 403
    assert w.client("org_b").request("GET", path).status == 404


def test_revision_refused_after_the_revision_deadline(db_url, monkeypatch):  # noqa: ANN001
    w = build(db_url)
    w.submit_idea("author1", "A", "Həyətdə bağ", "Ağaclar əkilsin")
    w.assign("SCR", [("A", "ev1")])
    assert w.decision("SCR", "A", "returned")["status"] == "applied"
    # The deadline is two days away; three days on, by the server's clock, it has passed.
    real = dt.datetime.now(dt.UTC)
    monkeypatch.setattr(sync_handlers, "clock", lambda: real + dt.timedelta(days=3))
    result = w.push("author1", [mutation("idea_revision", str(uuid.uuid4()), {
        "idea_id": w.ids["A"], "title": "Həyətdə bağ", "body": "Ağaclar və kollar əkilsin"})])[0]
    _refused(result, "revision_deadline_passed", "(Asia/Baku) has passed")
    # The message names the deadline in the contest's zone (UTC+4).
    due = next(c["data"]["revision_due"] for c in w.client("author1").pull_all()[0]
               if c["kind"] == "idea")
    local = dt.datetime.fromisoformat(due.replace("Z", "+00:00")) + dt.timedelta(hours=4)
    assert f"{local:%Y-%m-%d %H:%M}" in result["message"]
    # Editing the idea itself instead is refused too: the text changes only by revisions.
    edit = w.push("author1", [mutation("idea", w.ids["A"], {"body": "Kollar da əkilsin"},
                                       base_rev=2)])[0]
    _refused(edit, "revision_required", "as a revision")
    # Nor can the organizer quietly withdraw the return: the idea must be decided.
    _refused(w.push("org_a", [mutation("decision", decision_id(
        stage_id=w.ids["SCR"], idea_id=w.ids["A"]), {}, op="delete", base_rev=1)])[0],
        "idea_returned", "decide it")
    # Nothing changed: the idea is still returned, with its original text.
    idea = next(c["data"] for c in w.client("org_a").pull_all()[0] if c["kind"] == "idea")
    assert (idea["status"], idea["body"], idea["revision_number"]) == (
        "returned", "Ağaclar əkilsin", None)


def test_a_stage_without_a_rule_says_every_decision_is_an_explicit_choice(db_url):
    w = build(db_url)
    w.submit_idea("author1", "A", "Həyətdə bağ", "Ağaclar əkilsin")
    w.assign("SCO", [("A", "ev1")])
    # SCO decides by top_n in the world; the organizer drops the rule (explicit).
    changed = w.push("org_a", [mutation("stage", w.ids["SCO"], {"rule": "explicit"},
                                        base_rev=w.stage_rev("SCO"))])[0]
    assert changed["status"] == "applied", changed
    result = w.decision("SCO", "A", "advanced", rule="top_n")
    _refused(result, "invalid_value", "this stage has no rule: every decision is the "
                                      "organizer's explicit choice ('explicit') with a reason")
    # The old wording, which named 'explicit' twice as if it were a rule, is gone.
    assert "decides by rule" not in result["message"]
