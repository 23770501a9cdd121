"""Once scoring has started in a stage, its criteria and weights are fixed."""

from __future__ import annotations

import uuid

from shared.ids import score_id
from tests.sync_server.server_fixtures import contest_fields, make_world, mutation


def test_weights_and_criteria_are_fixed_once_a_score_exists(db_url):
    world = make_world(db_url)
    org = world.client("org_a")
    contest_id, stage_id, crit_id = (str(uuid.uuid4()) for _ in range(3))
    author = world.client("author1")
    idea_id = str(uuid.uuid4())
    org.request("POST", "/api/v1/push", {"mutations": [
        mutation("contest", contest_id, contest_fields()),
        mutation("stage", stage_id, {"contest_id": contest_id, "title": "S"}),
        mutation("criterion", crit_id, {"stage_id": stage_id, "name": "Q", "importance": "low"}),
    ]})
    author.request("POST", "/api/v1/push", {"mutations": [
        mutation("idea", idea_id, {"contest_id": contest_id, "title": "T", "body": "B"})]})
    # Before any score the organizer may still change the weight.
    r = org.request("POST", "/api/v1/push", {"mutations": [
        mutation("criterion", crit_id, {"weight": 1.5}, base_rev=1),
        mutation("assignment", str(uuid.uuid4()), {"stage_id": stage_id, "idea_id": idea_id,
                                                   "evaluator_id": world.users["ev1"]})]})
    assert [x["status"] for x in r.body["results"]] == ["applied", "applied"]
    ev = world.client("ev1")
    sid = score_id(evaluator_id=world.users["ev1"], idea_id=idea_id, criterion_id=crit_id)
    r = ev.request("POST", "/api/v1/push", {"mutations": [mutation(
        "score", sid, {"stage_id": stage_id, "idea_id": idea_id, "criterion_id": crit_id,
                       "value": 6})]})
    assert r.body["results"][0]["status"] == "applied"
    refused = org.request("POST", "/api/v1/push", {"mutations": [
        mutation("criterion", crit_id, {"weight": 3.0}, base_rev=2),
        mutation("criterion", crit_id, {"scale_max": 5}, base_rev=2),
        mutation("criterion", str(uuid.uuid4()), {"stage_id": stage_id, "name": "New"}),
        mutation("criterion", crit_id, {}, op="delete", base_rev=2),
        mutation("criterion", crit_id, {"description": "clearer wording"}, base_rev=2),
    ]}).body["results"]
    assert [x.get("code") for x in refused] == ["scoring_started"] * 4 + [None]
    assert refused[4]["record"]["weight"] == 1.5 and refused[4]["record"]["description"] == \
        "clearer wording"
