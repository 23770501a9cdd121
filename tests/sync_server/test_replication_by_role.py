"""Partial replication: each role receives exactly the records its role allows."""

from __future__ import annotations

import uuid

from tests.sync_server.role_world import CONTACT, build, full_pull, push_ok
from tests.sync_server.server_fixtures import mutation


def _expected(w) -> dict[str, set[tuple[str, str]]]:  # noqa: ANN001
    ids, users = w.ids, w.world.users
    org_a, org_b = _org_ids(w)
    a_users = {("user", users[u]) for u in ("org_a", "ev1", "ev2", "author1", "kiosk_a", "admin")}
    b_users = {("user", users["org_b"])}
    ev1_scores = {("score", ids[k]) for k in ids if k.startswith("score_ev1_")}
    ev2_scores = {("score", ids[k]) for k in ids if k.startswith("score_ev2_")}
    assert (len(ev1_scores), len(ev2_scores)) == (3, 1)
    contest_p = {("contest", ids["P"]), ("stage", ids["SP"]), ("criterion", ids["CP1"]),
                 ("criterion", ids["CP2"])}
    contest_i = {("contest", ids["I"]), ("stage", ids["SI"]), ("criterion", ids["CI1"])}
    return {
        "admin": {("organization", org_a), ("organization", org_b)} | a_users | b_users,
        "org_a": {("organization", org_a)} | a_users | contest_p | contest_i
        | {("contest", ids["D"]), ("idea", ids["A1"]), ("idea", ids["A2"]), ("idea", ids["K1"]),
           ("assignment", ids["asg_ev1_A1"]), ("assignment", ids["asg_ev1_K1"]),
           ("assignment", ids["asg_ev2_A2"])} | ev1_scores | ev2_scores,
        "org_b": {("organization", org_b)} | b_users,
        "ev1": contest_p | {("idea", ids["A1"]), ("idea", ids["K1"]),
                            ("assignment", ids["asg_ev1_A1"]), ("assignment", ids["asg_ev1_K1"])}
        | ev1_scores,
        "ev2": contest_i | {("idea", ids["A2"]), ("assignment", ids["asg_ev2_A2"])} | ev2_scores,
        "author1": {("contest", ids["P"]), ("contest", ids["I"]), ("idea", ids["A1"]),
                    ("idea", ids["A2"])},
        # The kiosk's own organization carries the kiosk PIN hash that unlocks staff settings.
        "kiosk_a": {("organization", org_a), ("contest", ids["P"])},
    }


def _org_ids(w) -> tuple[str, str]:  # noqa: ANN001
    records, _, _ = full_pull(w.client("admin"))
    by_name = {d["name"]: i for (k, i), d in records.items() if k == "organization"}
    return by_name["Org A"], by_name["Org B"]


def test_each_role_receives_exactly_its_records(db_url):
    w = build(db_url)
    expected = _expected(w)
    # The draft contest D reaches kiosk and author only as a tombstone (an id, no data).
    expected_tombstones = {"kiosk_a": {("contest", w.ids["D"])},
                           "author1": {("contest", w.ids["D"])}}
    for username, keys in expected.items():
        records, tombstones, _ = full_pull(w.client(username))
        assert set(records) == keys, username
        assert tombstones == expected_tombstones.get(username, set()), username


def test_evaluator_bytes_never_carry_author_identity(db_url):
    w = build(db_url)
    author_id = w.world.users["author1"]
    secrets = [author_id.encode(), b"author1", *(v.encode() for v in CONTACT.values()),
               b"author_id", b"contact_"]
    for ev in ("ev1", "ev2"):
        records, _, raw = full_pull(w.client(ev), limit=2)
        assert raw.count(b'"kind":"idea"') == (2 if ev == "ev1" else 1)
        for secret in secrets:
            assert secret not in raw, (ev, secret)
        idea = records[("idea", w.ids["A1" if ev == "ev1" else "A2"])]
        assert idea["title"] in ("Bike lanes", "Canteen") and "extra" not in idea
    # The kiosk keeps nothing of a visitor, and the author does not see the kiosk's visitor.
    for who in ("kiosk_a", "author1"):
        _, _, raw = full_pull(w.client(who))
        for value in CONTACT.values():
            assert value.encode() not in raw, who


def test_contest_closed_or_made_internal_leaves_the_kiosk(db_url):
    w = build(db_url)
    kiosk, org = w.client("kiosk_a"), w.client("org_a")
    records, _, _ = full_pull(kiosk)
    assert set(records) == {("organization", _org_ids(w)[0]), ("contest", w.ids["P"])}
    _, cursor = kiosk.pull_all()
    push_ok(org, [mutation("contest", w.ids["P"], {"status": "closed"}, base_rev=1,
                           base={"status": "open"})])
    page = kiosk.request("GET", f"/api/v1/pull?after={cursor}")
    assert page.body["changes"] == [{"kind": "contest", "id": w.ids["P"], "deleted": True}]
    # Reopened but made internal: still a tombstone (the feed entry stays findable).
    push_ok(org, [mutation("contest", w.ids["P"], {"status": "open", "visibility": "internal"},
                           base_rev=2, base={"status": "closed", "visibility": "public"})])
    page = kiosk.request("GET", f"/api/v1/pull?after={page.body['cursor']}")
    assert page.body["changes"] == [{"kind": "contest", "id": w.ids["P"], "deleted": True}]
    push_ok(org, [mutation("contest", w.ids["P"], {"visibility": "public"}, base_rev=3,
                           base={"visibility": "internal"})])
    page = kiosk.request("GET", f"/api/v1/pull?after={page.body['cursor']}")
    assert [(c["id"], c["data"]["rev"]) for c in page.body["changes"]] == [(w.ids["P"], 4)]


def test_pull_of_one_contest(db_url):
    w = build(db_url)
    org = w.client("org_a")
    page = org.request("GET", f"/api/v1/pull?after=0&contest={w.ids['I']}")
    assert {(c["kind"], c["id"]) for c in page.body["changes"]} == {
        ("contest", w.ids["I"]), ("stage", w.ids["SI"]), ("criterion", w.ids["CI1"]),
        ("idea", w.ids["A2"]), ("assignment", w.ids["asg_ev2_A2"]),
        ("score", w.ids["score_ev2_A2_CI1"])}
    bad = org.request("GET", "/api/v1/pull?after=0&contest=nope")
    assert (bad.status, bad.body["code"]) == (400, "bad_request")
    unknown = org.request("GET", f"/api/v1/pull?after=0&contest={uuid.uuid4()}")
    assert (unknown.status, unknown.body["changes"]) == (200, [])
    other = w.client("org_b").request("GET", f"/api/v1/pull?after=0&contest={w.ids['I']}")
    assert other.body["changes"] == []
