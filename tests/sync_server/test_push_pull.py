"""Push and pull through the WSGI application, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

from shared.ids import score_id
from tests.sync_server.server_fixtures import contest_fields, make_world, mutation


def _setup_contest(world):  # noqa: ANN001, ANN202
    org = world.client("org_a")
    contest_id, stage_id, crit_id = (str(uuid.uuid4()) for _ in range(3))
    result = org.request("POST", "/api/v1/push", {"mutations": [
        mutation("contest", contest_id, contest_fields()),
        mutation("stage", stage_id, {"contest_id": contest_id, "title": "Scoring"}),
        mutation("criterion", crit_id, {"stage_id": stage_id, "name": "Efficiency",
                                        "importance": "high"}),
    ]})
    assert result.status == 200, result.body
    assert [r["status"] for r in result.body["results"]] == ["applied"] * 3
    assert result.body["results"][2]["record"]["weight"] == 3.0
    return org, contest_id, stage_id, crit_id


def test_retried_push_applies_once_and_returns_the_same_result(db_url):
    world = make_world(db_url)
    org, contest_id, _, _ = _setup_contest(world)
    kiosk = world.client("kiosk_a")
    idea_id = str(uuid.uuid4())
    m = mutation("idea", idea_id, {"contest_id": contest_id, "title": "Növbə",
                                   "body": "Elektron növbə", "tracking_code": "34679-ACDEF"})
    first = kiosk.request("POST", "/api/v1/push", {"mutations": [m]})
    again = kiosk.request("POST", "/api/v1/push", {"mutations": [m, m]})
    assert first.body["results"][0]["status"] == "applied"
    assert again.body["results"] == [first.body["results"][0]] * 2
    changes, _ = org.pull_all()
    ideas = [c for c in changes if c["kind"] == "idea"]
    assert len(ideas) == 1
    assert ideas[0]["data"]["channel"] == "kiosk"
    assert ideas[0]["data"]["rev"] == 1


def test_evaluator_receives_assigned_idea_without_author_identity(db_url):
    world = make_world(db_url)
    org, contest_id, stage_id, crit_id = _setup_contest(world)
    author = world.client("author1")
    idea_id = str(uuid.uuid4())
    r = author.request("POST", "/api/v1/push", {"mutations": [mutation(
        "idea", idea_id, {"contest_id": contest_id, "title": "T", "body": "B"})]})
    assert r.body["results"][0]["status"] == "applied", r.body
    ev = world.client("ev1")
    before = ev.request("GET", "/api/v1/pull?after=0")
    assert before.body["changes"] == []
    r = org.request("POST", "/api/v1/push", {"mutations": [mutation(
        "assignment", str(uuid.uuid4()),
        {"stage_id": stage_id, "idea_id": idea_id, "evaluator_id": world.users["ev1"]})]})
    assert r.body["results"][0]["status"] == "applied", r.body
    page = ev.request("GET", f"/api/v1/pull?after={before.body['cursor']}")
    kinds = sorted(c["kind"] for c in page.body["changes"])
    assert kinds == ["assignment", "contest", "criterion", "idea", "stage"]
    assert world.users["author1"].encode() not in page.raw
    assert b"author_id" not in page.raw and b"contact_" not in page.raw
    # A score in range is applied; one outside the scale is refused with the reason.
    sid = score_id(evaluator_id=world.users["ev1"], idea_id=idea_id, criterion_id=crit_id)
    ok = mutation("score", sid, {"stage_id": stage_id, "idea_id": idea_id,
                                 "criterion_id": crit_id, "value": 7})
    bad = mutation("score", sid, {"stage_id": stage_id, "idea_id": idea_id,
                                  "criterion_id": crit_id, "value": 11})
    r = ev.request("POST", "/api/v1/push", {"mutations": [ok, bad]})
    assert [x["status"] for x in r.body["results"]] == ["applied", "rejected"]
    assert "outside the scale 1–10" in r.body["results"][1]["message"]
    # ev2 is not assigned: refused.
    ev2 = world.client("ev2")
    sid2 = score_id(evaluator_id=world.users["ev2"], idea_id=idea_id, criterion_id=crit_id)
    r = ev2.request("POST", "/api/v1/push", {"mutations": [mutation(
        "score", sid2, {"stage_id": stage_id, "idea_id": idea_id, "criterion_id": crit_id,
                        "value": 5})]})
    assert r.body["results"][0]["code"] == "not_assigned"


def test_other_organization_sees_nothing_and_cannot_edit(db_url):
    world = make_world(db_url)
    _, contest_id, _, _ = _setup_contest(world)
    other = world.client("org_b")
    changes, _ = other.pull_all()
    assert {c["kind"] for c in changes} <= {"organization", "user"}
    r = other.request("POST", "/api/v1/push", {"mutations": [mutation(
        "contest", contest_id, {"title": "hijack"}, base_rev=1)]})
    assert r.body["results"][0]["status"] == "rejected"
    assert r.body["results"][0]["code"] == "not_found"


def test_concurrent_edits_merge_different_fields_and_flag_the_same_field(db_url):
    world = make_world(db_url)
    org, contest_id, _, _ = _setup_contest(world)
    base = {"title": "Rəqəmsal kənd", "description": ""}
    first = org.request("POST", "/api/v1/push", {"mutations": [mutation(
        "contest", contest_id, {"title": "A"}, base_rev=1, base={"title": base["title"]})]})
    assert first.body["results"][0]["record"]["rev"] == 2
    # Second workstation still on rev 1: description merges, title conflicts.
    second = org.request("POST", "/api/v1/push", {"mutations": [mutation(
        "contest", contest_id, {"title": "B", "description": "new"}, base_rev=1, base=base)]})
    result = second.body["results"][0]
    assert result["status"] == "conflict"
    assert result["conflicts"] == [{"field": "title", "theirs": "A", "mine": "B"}]
    assert result["record"]["description"] == "new"
    assert result["record"]["title"] == "A"


def test_bad_requests_get_400_with_a_code(db_url):
    world = make_world(db_url)
    org = world.client("org_a")
    r = org.request("POST", "/api/v1/push", raw=b"{not json")
    assert (r.status, r.body["code"]) == (400, "malformed_json")
    r = org.request("POST", "/api/v1/push", {"mutations": "x"})
    assert (r.status, r.body["code"]) == (400, "invalid_request")
    r = org.request("POST", "/api/v1/push", {"mutations": [], "extra": 1})
    assert (r.status, r.body["code"]) == (400, "invalid_request")
    r = org.request("GET", "/api/v1/pull?after=abc")
    assert r.status == 400
    r = org.request("GET", "/api/v1/pull", protocol=0)
    assert (r.status, r.body["code"]) == (426, "client_too_old")
    r = org.request("GET", "/api/v1/pull", protocol=None)
    assert (r.status, r.body["code"]) == (400, "protocol_missing")
    r = org.request("GET", "/api/v1/pull", token="nope")
    assert (r.status, r.body["code"]) == (401, "unauthorized")
    r = org.request("GET", "/api/v1/nowhere")
    assert r.status == 404
    r = org.request("DELETE", "/api/v1/pull")
    assert r.status == 405


def test_a_page_with_more_after_it_names_the_next_cursor_in_a_header(db_url):
    world = make_world(db_url)
    _setup_contest(world)
    org = world.client("org_a")
    first = org.request("GET", "/api/v1/pull?after=0&limit=2")
    assert first.body["more"] and len(first.body["changes"]) == 2
    assert first.headers["X-IdeaBank-Next-After"] == str(first.body["cursor"])
    rest = org.request("GET", f"/api/v1/pull?after={first.body['cursor']}&limit=5000")
    assert not rest.body["more"]
    assert "X-IdeaBank-Next-After" not in rest.headers
