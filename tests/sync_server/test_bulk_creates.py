"""Runs of creations (scores, kiosk ideas) are stored by one statement per run
(``sync_server.mutations._Creates``): every result must still be the one-by-one result, in
the push's order, and a retried push must apply nothing twice. SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

from shared.ids import score_id
from tests.sync_server.server_fixtures import contest_fields, make_world, mutation


def _contest_with_ideas(world, count: int):  # noqa: ANN001, ANN202
    org = world.client("org_a")
    contest_id, stage_id, crit_id = (str(uuid.uuid4()) for _ in range(3))
    ideas = [str(uuid.uuid4()) for _ in range(count)]
    r = org.request("POST", "/api/v1/push", {"mutations": [
        mutation("contest", contest_id, contest_fields()),
        mutation("stage", stage_id, {"contest_id": contest_id, "title": "Scoring"}),
        mutation("criterion", crit_id, {"stage_id": stage_id, "name": "Efficiency",
                                        "importance": "high"}),  # scale 1-10 by default
    ]})
    assert [x["status"] for x in r.body["results"]] == ["applied"] * 3, r.body
    author = world.client("author1")
    r = author.request("POST", "/api/v1/push", {"mutations": [
        mutation("idea", idea, {"contest_id": contest_id, "title": f"T{n}", "body": "B"})
        for n, idea in enumerate(ideas)]})
    assert [x["status"] for x in r.body["results"]] == ["applied"] * count, r.body
    r = org.request("POST", "/api/v1/push", {"mutations": [
        mutation("assignment", str(uuid.uuid4()),
                 {"stage_id": stage_id, "idea_id": idea, "evaluator_id": world.users["ev1"]})
        for idea in ideas]})
    assert [x["status"] for x in r.body["results"]] == ["applied"] * count, r.body
    return org, contest_id, stage_id, crit_id, ideas


def test_a_run_of_scores_keeps_refusals_order_and_a_second_write_of_a_record(db_url):  # noqa: ANN001
    world = make_world(db_url)
    org, _, stage_id, crit_id, ideas = _contest_with_ideas(world, 3)
    ev = world.client("ev1")

    def score(idea: str, value: float) -> dict:
        sid = score_id(evaluator_id=world.users["ev1"], idea_id=idea, criterion_id=crit_id)
        return mutation("score", sid, {"stage_id": stage_id, "idea_id": idea,
                                       "criterion_id": crit_id, "value": value})

    push = [score(ideas[0], 7), score(ideas[1], 99), score(ideas[2], 4), score(ideas[0], 8)]
    push[3]["base_rev"] = 1
    first = ev.request("POST", "/api/v1/push", {"mutations": push})
    results = first.body["results"]
    # 99 is outside the scale 1-10: refused alone. The fourth mutation writes the record the
    # first created, so it is an update on top of it: revision 2, value 8.
    assert [(r["mutation_id"], r["status"]) for r in results] == [
        (push[0]["id"], "applied"), (push[1]["id"], "rejected"), (push[2]["id"], "applied"),
        (push[3]["id"], "applied")]
    assert "outside the scale 1–10" in results[1]["message"]
    assert (results[0]["record"]["rev"], results[0]["record"]["value"]) == (1, 7)
    assert (results[2]["record"]["rev"], results[2]["record"]["value"]) == (1, 4)
    assert (results[3]["record"]["rev"], results[3]["record"]["value"]) == (2, 8)
    assert results[0]["record"]["contest_id"] == results[2]["record"]["contest_id"] != ""

    # The lost-answer retry: the stored results, nothing applied twice.
    again = ev.request("POST", "/api/v1/push", {"mutations": push})
    assert again.body["results"] == results
    changes, _ = org.pull_all()
    scores = {c["data"]["idea_id"]: (c["data"]["value"], c["data"]["rev"])
              for c in changes if c["kind"] == "score"}
    assert scores == {ideas[0]: (8, 2), ideas[2]: (4, 1)}


def test_a_run_the_database_refuses_is_applied_one_by_one(db_url):  # noqa: ANN001
    world = make_world(db_url)
    org = world.client("org_a")
    contest_id = str(uuid.uuid4())
    r = org.request("POST", "/api/v1/push", {"mutations": [
        mutation("contest", contest_id, contest_fields())]})
    assert r.body["results"][0]["status"] == "applied"
    kiosk = world.client("kiosk_a")
    ideas = [str(uuid.uuid4()) for _ in range(3)]
    codes = ["34679-ACDEF", "34679-ACDEG", "34679-ACDEF"]  # the third repeats the first
    push = [mutation("idea", idea, {"contest_id": contest_id, "title": f"Növbə {n}",
                                    "body": "Elektron növbə", "tracking_code": code})
            for n, (idea, code) in enumerate(zip(ideas, codes, strict=True))]
    results = kiosk.request("POST", "/api/v1/push", {"mutations": push}).body["results"]
    # The run's statement fails on the repeated code; one by one, only the third is refused.
    assert [r["status"] for r in results] == ["applied", "applied", "rejected"]
    assert results[2]["code"] == "duplicate"
    assert [r["record"]["tracking_code"] for r in results[:2]] == codes[:2]
    again = kiosk.request("POST", "/api/v1/push", {"mutations": push}).body["results"]
    assert again == results
    changes, _ = org.pull_all()
    pulled = sorted((c["data"]["title"], c["data"]["rev"]) for c in changes if c["kind"] == "idea")
    assert pulled == [("Növbə 0", 1), ("Növbə 1", 1)]
