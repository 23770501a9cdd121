"""Running a contest end to end through the HTTP API: screening with a return for
improvement, a conflict of interest, closing stages, announcing, implementation."""

from __future__ import annotations

import uuid

from sqlalchemy import update

from shared.ids import decision_id, implementation_id, interest_conflict_id
from shared.revision_diff import Piece, compare_revisions
from shared.stage_rules import preview_screening
from sync_server.tables import credential
from tests.sync_server.evaluation_world import REQUIREMENTS, build
from tests.sync_server.role_world import full_pull
from tests.sync_server.server_fixtures import mutation

FEASIBLE, COSTED = REQUIREMENTS


def _latest_checks(w, idea: str, round_number: int) -> dict:  # noqa: ANN001
    """idea -> evaluator -> {requirement: met}, from the organizer's pull."""
    records, _ = w.client("org_a").pull_all()
    out: dict = {}
    for c in records:
        d = c.get("data") or {}
        if c["kind"] == "check" and not c["deleted"] and d["round"] == round_number:
            answers = {**{r: True for r in d["met"]}, **{r: False for r in d["unmet"]}}
            out.setdefault(d["idea_id"], {})[d["evaluator_id"]] = answers
    return {w.ids[idea]: out.get(w.ids[idea], {})}


def test_returned_idea_is_revised_and_passes_screening_on_the_second_check(db_url):
    w = build(db_url)
    w.submit_idea("author1", "A", "Həyətdə bağ", "Həyətdə ağaclar əkilsin")
    w.assign("SCR", [("A", "ev1"), ("A", "ev2")])
    # Round 1: ev1 finds both requirements met, ev2 misses the costs and suggests adding them.
    assert w.check("ev1", "A", [FEASIBLE, COSTED])["status"] == "applied"
    assert w.check("ev2", "A", [FEASIBLE], [COSTED], "Xərcləri manatla göstərin")[
        "status"] == "applied"
    # Rule "all": ev2 does not approve, so the idea would not advance.
    (first,) = preview_screening(_latest_checks(w, "A", 1), rule="all", requirements=REQUIREMENTS)
    assert first.outcome == "not_advanced"
    # The organizer returns it, releasing ev2's suggestion to the author.
    results = w.push("org_a", [
        mutation("decision", decision_id(stage_id=w.ids["SCR"], idea_id=w.ids["A"]),
                 {"stage_id": w.ids["SCR"], "idea_id": w.ids["A"], "outcome": "returned"}),
        mutation("feedback", str(uuid.uuid4()), {"stage_id": w.ids["SCR"], "idea_id": w.ids["A"],
                                                 "purpose": "revision",
                                                 "text": "Xərcləri manatla göstərin"})])
    assert [r["status"] for r in results] == ["applied", "applied"], results
    # The author sees the return, its deadline and the suggestion — not who made it.
    records, _, raw = full_pull(w.client("author1"))
    idea = records[("idea", w.ids["A"])]
    assert (idea["status"], idea["revision_due"] is not None) == ("returned", True)
    assert [d["text"] for (k, _), d in records.items() if k == "feedback"] == [
        "Xərcləri manatla göstərin"]
    assert {k for k, _ in records} == {"contest", "idea", "idea_revision", "feedback"}
    for name in ("ev1", "ev2", "ev3", "org_a"):
        assert w.user(name).encode() not in raw
    # While the idea waits for its author, no check is taken.
    assert w.check("ev1", "A", [FEASIBLE, COSTED])["code"] == "idea_returned"
    # The author revises; the server numbers it 2 (1 is the original, kept at the return).
    revised = w.push("author1", [mutation("idea_revision", str(uuid.uuid4()), {
        "idea_id": w.ids["A"], "title": "Həyətdə bağ",
        "body": "Həyətdə 20 ağac əkilsin, xərci 1500 manat"})])[0]
    assert (revised["status"], revised["record"]["number"]) == ("applied", 2)
    ev1_idea = next(c["data"] for c in w.client("ev1").pull_all()[0]
                    if c["kind"] == "idea" and not c["deleted"])
    assert (ev1_idea["status"], ev1_idea["revision_number"], ev1_idea["body"]) == (
        "revised", 2, "Həyətdə 20 ağac əkilsin, xərci 1500 manat")
    # A check of the old round is refused; round 2 is checked afresh and both approve.
    assert w.check("ev2", "A", [FEASIBLE, COSTED], round_number=1)["code"] == "idea_revised"
    assert w.check("ev1", "A", [FEASIBLE, COSTED], round_number=2)["status"] == "applied"
    assert w.check("ev2", "A", [FEASIBLE, COSTED], round_number=2)["status"] == "applied"
    (second,) = preview_screening(_latest_checks(w, "A", 2), rule="all",
                                  requirements=REQUIREMENTS)
    assert second.outcome == "advanced"
    assert w.decision("SCR", "A", "advanced", base_rev=1)["status"] == "applied"
    assert w.close("SCR")["status"] == "applied"
    # The organizer compares the two kept revisions.
    revisions = sorted((d for (k, _), d in full_pull(w.client("org_a"))[0].items()
                        if k == "idea_revision"), key=lambda d: d["number"])
    assert [r["number"] for r in revisions] == [1, 2]
    body = compare_revisions(revisions[0], revisions[1])[1]
    assert body.pieces == (Piece("same", "Həyətdə "), Piece("removed", "ağaclar əkilsin"),
                           Piece("added", "20 ağac əkilsin, xərci 1500 manat"))


def test_conflict_declaration_moves_the_assignment_and_keeps_loads_balanced(db_url):
    w = build(db_url)
    for label in ("X", "W", "Y", "Z", "V"):
        w.submit_idea("author1", label, f"Təklif {label}", "Mətn")
    # Loads in the scoring stage: ev1 2 (X, W), ev2 2 (Y, Z), ev3 1 (V); spread 1.
    w.assign("SCO", [("X", "ev1"), ("W", "ev1"), ("Y", "ev2"), ("Z", "ev2"), ("V", "ev3")])
    w.score("ev1", "X", {"Q1": 7})
    declared = w.push("ev1", [mutation(
        "interest_conflict", interest_conflict_id(evaluator_id=w.user("ev1"), idea_id=w.ids["X"]),
        {"idea_id": w.ids["X"], "stage_id": w.ids["SCO"], "reason": "Qohumumdur"})])[0]
    assert declared["status"] == "applied", declared
    # Without ev1 on X the loads are ev1 1, ev2 2, ev3 1; ev1 is excluded, so the
    # least-loaded eligible evaluator is ev3: loads become 1, 2, 2 (spread 1 again).
    records, _ = w.client("org_a").pull_all()
    pairs = sorted((c["data"]["idea_id"], c["data"]["evaluator_id"]) for c in records
                   if c["kind"] == "assignment" and not c["deleted"])
    loads = {ev: sum(1 for _, e in pairs if e == w.user(ev)) for ev in ("ev1", "ev2", "ev3")}
    assert loads == {"ev1": 1, "ev2": 2, "ev3": 2}
    assert (w.ids["X"], w.user("ev3")) in pairs and (w.ids["X"], w.user("ev1")) not in pairs
    assert not [c for c in records if c["kind"] == "score" and not c["deleted"]]  # ev1's 7 went
    # ev1 loses the idea at its next pull; ev3 receives it with the contest and stages.
    ev1_kinds = {(c["kind"], c["id"]) for c in w.client("ev1").pull_all()[0] if not c["deleted"]}
    assert ("idea", w.ids["X"]) not in ev1_kinds and ("idea", w.ids["W"]) in ev1_kinds
    ev3_kinds = {(c["kind"], c["id"]) for c in w.client("ev3").pull_all()[0] if not c["deleted"]}
    assert {("idea", w.ids["X"]), ("contest", w.ids["C"]), ("stage", w.ids["SCO"])} <= ev3_kinds
    # Declaring it again (another device) moves nothing more; assigning ev1 back is refused.
    again = w.push("ev1", [mutation(
        "interest_conflict", interest_conflict_id(evaluator_id=w.user("ev1"), idea_id=w.ids["X"]),
        {"idea_id": w.ids["X"], "reason": "Qohumumdur"})])[0]
    assert again["status"] == "applied"
    back = w.push("org_a", [mutation("assignment", str(uuid.uuid4()), {
        "stage_id": w.ids["SCO"], "idea_id": w.ids["X"], "evaluator_id": w.user("ev1")})])[0]
    assert (back["status"], back["code"]) == ("rejected", "conflict_of_interest")
    # ev1 cannot declare a conflict for an idea it is not assigned to.
    stray = w.push("ev1", [mutation(
        "interest_conflict", interest_conflict_id(evaluator_id=w.user("ev1"), idea_id=w.ids["Y"]),
        {"idea_id": w.ids["Y"]})])[0]
    assert (stray["status"], stray["code"]) == ("rejected", "not_assigned")


def test_announced_results_reach_authors_without_evaluator_identities(db_url):
    w = build(db_url)
    w.submit_idea("author1", "A", "Həyətdə bağ", "Ağaclar əkilsin")
    w.submit_idea("author2", "B", "Velosiped yolu", "Yol çəkilsin")
    w.assign("SCR", [("A", "ev1"), ("B", "ev1")])
    for idea in ("A", "B"):
        assert w.check("ev1", idea, REQUIREMENTS)["status"] == "applied"
        assert w.decision("SCR", idea, "advanced")["status"] == "applied"
    assert w.close("SCR")["status"] == "applied"
    w.assign("SCO", [("A", "ev1"), ("A", "ev2"), ("B", "ev1"), ("B", "ev2")])
    # Q1 weight 1, Q2 weight 3. A: ev1 (1·6 + 3·8)/4 = 7.5, ev2 (1·8 + 3·9)/4 = 8.75 → 8.125.
    # B: ev1 (1·5 + 3·5)/4 = 5, ev2 (1·7 + 3·6)/4 = 6.25 → 5.625. Top 1: A advances.
    w.score("ev1", "A", {"Q1": 6, "Q2": 8})
    w.score("ev2", "A", {"Q1": 8, "Q2": 9})
    w.score("ev1", "B", {"Q1": 5, "Q2": 5})
    w.push("ev2", [])  # an empty push is fine
    w.score("ev2", "B", {"Q1": 7, "Q2": 6})
    comment = "Yaxşı fikirdir, amma baha başa gəlir"
    results = w.push("org_a", [
        mutation("decision", decision_id(stage_id=w.ids["SCO"], idea_id=w.ids["A"]), {
            "stage_id": w.ids["SCO"], "idea_id": w.ids["A"], "outcome": "advanced",
            "rule": "top_n", "score": 8.125, "rank": 1}),
        mutation("decision", decision_id(stage_id=w.ids["SCO"], idea_id=w.ids["B"]), {
            "stage_id": w.ids["SCO"], "idea_id": w.ids["B"], "outcome": "not_advanced",
            "rule": "top_n", "score": 5.625, "rank": 2}),
        mutation("feedback", str(uuid.uuid4()), {"stage_id": w.ids["SCO"], "idea_id": w.ids["B"],
                                                 "purpose": "result", "text": comment}),
        mutation("stage", w.ids["SCO"], {"status": "closed"}, base_rev=w.stage_rev("SCO")),
    ])
    assert [r["status"] for r in results] == ["applied"] * 4, results
    # Implementation is tracked only for the winner.
    loser = w.push("org_a", [mutation("implementation", implementation_id(idea_id=w.ids["B"]),
                                      {"idea_id": w.ids["B"], "status": "planned"})])[0]
    assert (loser["status"], loser["code"]) == ("rejected", "not_a_winner")
    work = w.push("org_a", [mutation("implementation", implementation_id(idea_id=w.ids["A"]), {
        "idea_id": w.ids["A"], "status": "in_progress", "progress": 40,
        "notes": "Tinglər alınıb", "started_on": "2027-03-01T08:00:00Z"})])[0]
    assert work["status"] == "applied", work
    bad = w.push("org_a", [mutation("implementation", implementation_id(idea_id=w.ids["A"]),
                                    {"progress": 140}, base_rev=1)])[0]
    assert (bad["status"], bad["code"]) == ("rejected", "invalid_value")
    # A device that never saw rev 1 pushes the same values again: nothing of the record
    # changes, so it stays rev 1 with the same updated_at (the server's stamp of the change).
    again = w.push("org_a", [mutation("implementation", implementation_id(idea_id=w.ids["A"]), {
        "idea_id": w.ids["A"], "status": "in_progress", "progress": 40,
        "notes": "Tinglər alınıb", "started_on": "2027-03-01T08:00:00Z"})])[0]
    assert (again["status"], again["record"]["rev"], again["record"]["updated_at"]) == (
        "applied", 1, work["record"]["updated_at"])
    before, _, _ = full_pull(w.client("author2"))
    assert not [k for k, _ in before if k in ("decision", "feedback", "implementation")]
    contest = next(c["data"] for c in w.client("org_a").pull_all()[0]
                   if c["kind"] == "contest" and c["id"] == w.ids["C"])
    announced = w.push("org_a", [mutation("contest", w.ids["C"], {
        "results_announced_at": "2020-01-01T00:00:00Z"}, base_rev=contest["rev"])])[0]
    assert announced["status"] == "applied", announced
    assert announced["record"]["status"] == "announced"
    assert announced["record"]["results_announced_at"] > "2026"  # the server's time, not 2020
    # author2 now pulls its two decisions and the released comment; author1 the implementation.
    records, _, raw = full_pull(w.client("author2"))
    outcomes = sorted((d["stage_id"] == w.ids["SCO"], d["outcome"]) for (k, _), d in
                      records.items() if k == "decision")
    assert outcomes == [(False, "advanced"), (True, "not_advanced")]
    assert all("decided_by" not in d for (k, _), d in records.items() if k == "decision")
    assert [d["text"] for (k, _), d in records.items() if k == "feedback"] == [comment]
    for name in ("ev1", "ev2", "ev3", "org_a", "author1"):
        assert w.user(name).encode() not in raw
    answer = w.client("author2").request("GET", f"/api/v1/results/{w.ids['C']}")
    assert answer.status == 200
    (mine,) = answer.body["ideas"]
    assert [(d["position"], d["outcome"], d["rank"]) for d in mine["decisions"]] == [
        (1, "advanced", None), (2, "not_advanced", 2)]
    assert mine["feedback"] == [{"text": comment, "purpose": "result"}]
    for name in ("ev1", "ev2", "ev3", "org_a"):
        assert w.user(name).encode() not in answer.raw
    a_records, _, _ = full_pull(w.client("author1"))
    (track,) = [d for (k, _), d in a_records.items() if k == "implementation"]
    assert (track["status"], track["progress"], track["notes"]) == ("in_progress", 40,
                                                                    "Tinglər alınıb")
    # The announcement stays.
    undo = w.push("org_a", [mutation("contest", w.ids["C"], {"results_announced_at": None},
                                     base_rev=announced["record"]["rev"])])[0]
    assert undo["status"] == "rejected"


def test_conflict_falls_back_to_the_organizations_active_evaluators(db_url):
    w = build(db_url)
    w.submit_idea("author1", "X", "Təklif X", "Mətn")
    w.submit_idea("author1", "Y", "Təklif Y", "Mətn")
    # The stage's panel is ev1 and ev2, both on X: nobody in the panel can take ev1's place.
    w.assign("SCO", [("X", "ev1"), ("X", "ev2"), ("Y", "ev1")])

    def declare(idea: str) -> dict:
        return w.push("ev1", [mutation(
            "interest_conflict", interest_conflict_id(evaluator_id=w.user("ev1"),
                                                      idea_id=w.ids[idea]),
            {"idea_id": w.ids[idea]})])[0]

    def on(idea: str) -> list[str]:
        records, _ = w.client("org_a").pull_all()
        names = {w.user(n): n for n in ("ev1", "ev2", "ev3")}
        return sorted(names[c["data"]["evaluator_id"]] for c in records
                      if c["kind"] == "assignment" and not c["deleted"]
                      and c["data"]["idea_id"] == w.ids[idea])

    assert declare("X")["status"] == "applied"
    assert on("X") == ["ev2", "ev3"]  # ev3, outside the panel, is the organization's next
    # With the accounts of ev2 and ev3 switched off, nobody is left to take Y from ev1: the
    # assignment only goes, and the organizer sees Y without an evaluator.
    with w.world.app.engine.begin() as conn:
        conn.execute(update(credential).where(credential.c.user_id.in_(
            [w.user("ev2"), w.user("ev3")])).values(active=False))
    assert declare("Y")["status"] == "applied"
    assert on("Y") == []
