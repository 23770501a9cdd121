"""What is decided stays: a contest with ideas, a stage with scores, checks or decisions, a
closed stage and an announced contest are refused deletion or reopening through the HTTP
API, each with its own code, and nothing is left behind; empty ones can still be deleted."""

from __future__ import annotations

import uuid

from tests.sync_server.evaluation_world import REQUIREMENTS, EvalWorld, build
from tests.sync_server.server_fixtures import contest_fields, mutation


def _refused(result: dict, code: str, words: str) -> None:
    assert (result["status"], result["code"]) == ("rejected", code), result
    assert words in result["message"], result["message"]


def _applied(result: dict) -> None:
    assert result["status"] == "applied", result


def _live(w: EvalWorld, client: str) -> dict[tuple[str, str], dict]:
    records, _ = w.client(client).pull_all()
    live: dict[tuple[str, str], dict] = {}
    for c in records:  # the feed is in change order: the last entry of a record wins
        if c["deleted"]:
            live.pop((c["kind"], c["id"]), None)
        else:
            live[(c["kind"], c["id"])] = c["data"]
    return live


def _rev(w: EvalWorld, kind: str, label: str, client: str = "org_a") -> int:
    return _live(w, client)[(kind, w.ids[label])]["rev"]


def _delete(w: EvalWorld, kind: str, label: str, client: str = "org_a") -> dict:
    return w.push(client, [mutation(kind, w.ids[label], {}, op="delete",
                                    base_rev=_rev(w, kind, label, client))])[0]


def test_contests_and_stages_with_something_in_them_are_not_deleted(db_url):
    w = build(db_url)
    # Org B's contest CB and its stage SB have nothing in them: both can go.
    _applied(_delete(w, "stage", "SB", "org_b"))
    _applied(_delete(w, "contest", "CB", "org_b"))
    assert not [k for k in _live(w, "org_b") if k[0] in ("contest", "stage")]
    # A third, explicit stage S3 in C for the decision case.
    w.ids["S3"] = str(uuid.uuid4())
    _applied(w.push("org_a", [mutation("stage", w.ids["S3"], {
        "contest_id": w.ids["C"], "position": 3, "kind": "scoring", "title": "Final",
        "rule": "explicit"})])[0])
    w.submit_idea("author1", "A", "Həyətdə bağ", "Ağaclar əkilsin")
    # C has an idea now.
    _refused(_delete(w, "contest", "C"), "contest_has_ideas", "contest with ideas is kept")
    # SCR: one screening check; SCO: two scores; S3: one explicit decision.
    w.assign("SCR", [("A", "ev2")])
    w.assign("SCO", [("A", "ev1")])
    w.assign("S3", [("A", "ev3")])
    _applied(w.check("ev2", "A", REQUIREMENTS))
    assert [r["status"] for r in w.score("ev1", "A", {"Q1": 6, "Q2": 8})] == ["applied"] * 2
    _applied(w.decision("S3", "A", "advanced", rule="explicit", reason="Ən yaxşısı"))
    _refused(_delete(w, "stage", "SCR"), "screening_started", "were checked in this stage")
    _refused(_delete(w, "stage", "SCO"), "scoring_started", "scoring has started")
    _refused(_delete(w, "stage", "S3"), "decisions_made", "were decided in this stage")
    # Nothing was removed: 1 contest, 3 stages, 2 criteria, 3 assignments, 2 scores,
    # 1 check, 1 decision, 1 idea, as the organizer pulls them.
    kinds = [k for k, _ in _live(w, "org_a")]
    assert {k: kinds.count(k) for k in ("contest", "stage", "criterion", "assignment", "score",
                                        "check", "decision", "idea")} == {
        "contest": 1, "stage": 3, "criterion": 2, "assignment": 3, "score": 2, "check": 1,
        "decision": 1, "idea": 1}
    # An empty contest of org A (a stage, a criterion, no ideas) is still deleted.
    for label in ("C2", "S21", "Q21"):
        w.ids[label] = str(uuid.uuid4())
    for result in w.push("org_a", [
            mutation("contest", w.ids["C2"], contest_fields("Boş müsabiqə")),
            mutation("stage", w.ids["S21"], {"contest_id": w.ids["C2"], "title": "Bir"}),
            mutation("criterion", w.ids["Q21"], {"stage_id": w.ids["S21"], "name": "Fayda"})]):
        _applied(result)
    _applied(_delete(w, "criterion", "Q21"))
    _applied(_delete(w, "stage", "S21"))
    _applied(_delete(w, "contest", "C2"))


def test_a_closed_stage_and_an_announced_contest_stay_decided(db_url):
    w = build(db_url)
    w.submit_idea("author1", "A", "Həyətdə bağ", "Ağaclar əkilsin")
    w.ids["AS"] = str(uuid.uuid4())
    _applied(w.push("org_a", [mutation("assignment", w.ids["AS"], {
        "stage_id": w.ids["SCO"], "idea_id": w.ids["A"], "evaluator_id": w.user("ev1")})])[0])
    w.score("ev1", "A", {"Q1": 6, "Q2": 8})
    _applied(w.decision("SCO", "A", "advanced", rule="top_n"))
    _applied(w.close("SCO"))
    # Reopening, deleting, removing its assignment, changing or removing a criterion: refused.
    _refused(w.push("org_a", [mutation("stage", w.ids["SCO"], {"status": "open"},
                                       base_rev=w.stage_rev("SCO"))])[0],
             "stage_closed", "cannot be reopened")
    _refused(_delete(w, "stage", "SCO"), "stage_closed", "a closed stage is kept")
    _refused(_delete(w, "assignment", "AS"), "stage_closed", "its assignments are final")
    _refused(w.push("org_a", [mutation("criterion", w.ids["Q1"], {"name": "Başqa ad"},
                                       base_rev=_rev(w, "criterion", "Q1"))])[0],
             "stage_closed", "its criteria are final")
    _refused(_delete(w, "criterion", "Q2"), "stage_closed", "its criteria are final")
    _refused(w.push("org_a", [mutation("criterion", str(uuid.uuid4()),
                                       {"stage_id": w.ids["SCO"], "name": "Yeni meyar"})])[0],
             "stage_closed", "its criteria are final")
    # Its title may still be corrected; it stays closed.
    renamed = w.push("org_a", [mutation("stage", w.ids["SCO"], {"title": "Qiymət"},
                                        base_rev=w.stage_rev("SCO"))])[0]
    _applied(renamed)
    assert (renamed["record"]["title"], renamed["record"]["status"]) == ("Qiymət", "closed")
    # SCR has no ideas in it, so it closes without decisions; then results are announced.
    _applied(w.close("SCR"))
    announced = w.push("org_a", [mutation("contest", w.ids["C"], {
        "results_announced_at": "2026-12-01T00:00:00Z"}, base_rev=_rev(w, "contest", "C"))])[0]
    _applied(announced)
    assert announced["record"]["status"] == "announced"
    for status in ("open", "closed", "draft"):
        _refused(w.push("org_a", [mutation("contest", w.ids["C"], {"status": status},
                                           base_rev=_rev(w, "contest", "C"))])[0],
                 "results_announced", "status stays as it is")
    _refused(_delete(w, "contest", "C"), "contest_has_ideas", "contest with ideas is kept")
    contest = _live(w, "org_a")[("contest", w.ids["C"])]
    assert contest["status"] == "announced" and contest["results_announced_at"] is not None
    # A score for the closed stage is still refused (its decision is final).
    for result in w.score("ev1", "A", {"Q1": 9}):
        _refused(result, "stage_closed", "closed before the score arrived")
