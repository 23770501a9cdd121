"""Hostile and careless input: each bad mutation is refused alone, nothing leaks or moves."""

from __future__ import annotations

import uuid

from tests.sync_server.server_fixtures import contest_fields, make_world, mutation


def _contest_with_stage(client):  # noqa: ANN001, ANN202
    contest_id, stage_id, crit_id = (str(uuid.uuid4()) for _ in range(3))
    r = client.request("POST", "/api/v1/push", {"mutations": [
        mutation("contest", contest_id, contest_fields()),
        mutation("stage", stage_id, {"contest_id": contest_id, "title": "S"}),
        mutation("criterion", crit_id, {"stage_id": stage_id, "name": "Q", "importance": "low"}),
    ]})
    assert [x["status"] for x in r.body["results"]] == ["applied"] * 3, r.body
    return contest_id, stage_id, crit_id


def test_each_bad_value_is_refused_alone_and_the_rest_of_the_batch_applies(db_url):
    world = make_world(db_url)
    org = world.client("org_a")
    contest_id, stage_id, _ = _contest_with_stage(org)
    bad = [
        mutation("contest", str(uuid.uuid4()), contest_fields(title="NUL \x00 inside")),
        mutation("contest", str(uuid.uuid4()), contest_fields(description={"a": 1})),
        mutation("contest", str(uuid.uuid4()), contest_fields(ends_at="9999-12-31T23:59:59-14:00")),
        mutation("contest", str(uuid.uuid4()), contest_fields(title="\u200f\u200b  ")),
        mutation("stage", str(uuid.uuid4()), {"contest_id": contest_id, "position": 2**70}),
        mutation("stage", str(uuid.uuid4()), {"contest_id": contest_id, "title": "x" * 301}),
        mutation("criterion", str(uuid.uuid4()), {"stage_id": stage_id, "name": "W",
                                                  "weight": float("inf")}),
        mutation("criterion", str(uuid.uuid4()), {"stage_id": stage_id, "name": "W",
                                                  "weight": True}),
    ]
    good = mutation("contest", str(uuid.uuid4()), contest_fields(title="Yaxşı"))
    r = org.request("POST", "/api/v1/push", {"mutations": [*bad, good]})
    assert r.status == 200
    statuses = [(x["status"], x.get("code")) for x in r.body["results"]]
    assert statuses == [("rejected", "invalid_value")] * len(bad) + [("applied", None)]
    messages = [x["message"] for x in r.body["results"][:len(bad)]]
    assert "NUL" in messages[0] and "description must be text" in messages[1]
    assert "title is empty" in messages[3] and "longer than 300" in messages[5]


def test_kiosk_tracking_code_clash_and_long_phone_refuse_only_that_idea(db_url):
    world = make_world(db_url)
    contest_id, _, _ = _contest_with_stage(world.client("org_a"))
    kiosk = world.client("kiosk_a")
    first = mutation("idea", str(uuid.uuid4()), {"contest_id": contest_id, "title": "A",
                                                 "body": "a", "tracking_code": "34679-ACDEF"})
    clash = mutation("idea", str(uuid.uuid4()), {"contest_id": contest_id, "title": "B",
                                                 "body": "b", "tracking_code": "34679-ACDEF"})
    phone = mutation("idea", str(uuid.uuid4()), {"contest_id": contest_id, "title": "C",
                                                 "body": "c", "contact_phone": "+994 - 50" * 10})
    garbage = mutation("idea", str(uuid.uuid4()), {"contest_id": contest_id, "title": "D",
                                                   "body": "d", "tracking_code": "not a code!"})
    later = mutation("idea", str(uuid.uuid4()), {"contest_id": contest_id, "title": "E", "body": "e"})
    r = kiosk.request("POST", "/api/v1/push", {"mutations": [first, clash, phone, garbage, later]})
    assert [(x["status"], x.get("code")) for x in r.body["results"]] == [
        ("applied", None), ("rejected", "duplicate"), ("rejected", "invalid_value"),
        ("rejected", "invalid_value"), ("applied", None)]


def test_organizer_of_another_organization_cannot_take_over_a_criterion(db_url):
    world = make_world(db_url)
    _, _, crit_a = _contest_with_stage(world.client("org_a"))
    org_b = world.client("org_b")
    _, stage_b, _ = _contest_with_stage(org_b)
    r = org_b.request("POST", "/api/v1/push", {"mutations": [mutation(
        "criterion", crit_a, {"stage_id": stage_b}, base_rev=1)]})
    result = r.body["results"][0]
    assert (result["status"], result["code"]) == ("rejected", "not_found")
    assert "record" not in result


def test_author_cannot_move_an_idea_or_redate_it(db_url):
    world = make_world(db_url)
    contest_a, _, _ = _contest_with_stage(world.client("org_a"))
    contest_b, _, _ = _contest_with_stage(world.client("org_b"))
    author = world.client("author1")
    idea_id = str(uuid.uuid4())
    r = author.request("POST", "/api/v1/push", {"mutations": [mutation(
        "idea", idea_id, {"contest_id": contest_a, "title": "T", "body": "B"})]})
    assert r.body["results"][0]["status"] == "applied"
    moves = [mutation("idea", idea_id, {"contest_id": contest_b}, base_rev=1),
             mutation("idea", idea_id, {"created_at": "2099-01-01T00:00:00Z"}, base_rev=1)]
    r = author.request("POST", "/api/v1/push", {"mutations": moves})
    assert [x["code"] for x in r.body["results"]] == ["invalid_value", "invalid_value"]


def test_another_users_mutation_id_neither_applies_nor_shows_its_result(db_url):
    world = make_world(db_url)
    contest_id, _, _ = _contest_with_stage(world.client("org_a"))
    kiosk = world.client("kiosk_a")
    m = mutation("idea", str(uuid.uuid4()), {"contest_id": contest_id, "title": "T", "body": "B",
                                             "contact_name": "VISITOR NAME"})
    assert kiosk.request("POST", "/api/v1/push", {"mutations": [m]}).body["results"][0]["status"] \
        == "applied"
    thief = world.client("ev1")
    stolen = dict(m, kind="score", op="delete")
    r = thief.request("POST", "/api/v1/push", {"mutations": [stolen]})
    assert r.body["results"][0]["status"] == "rejected"
    assert b"VISITOR NAME" not in r.raw


def test_deeply_nested_json_is_a_400_even_before_login(db_url):
    world = make_world(db_url)
    client = world.client("org_a")
    deep = b"[" * 100000 + b"]" * 100000
    assert client.request("POST", "/api/v1/push", raw=deep).status == 400
    anonymous = world.client("org_a")
    anonymous.token = None
    r = anonymous.request("POST", "/api/v1/login", raw=deep)
    assert (r.status, r.body["code"]) == (400, "malformed_json")
