"""A world with every role, two organizations and two contests, built through the API."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from shared.ids import score_id
from tests.sync_server.server_fixtures import World, contest_fields, make_world, mutation
from tests.sync_server.wsgi_client import WsgiClient

CONTACT = {"contact_name": "Günel Məmmədova", "contact_phone": "+994501112233",
           "contact_email": "gunel@example.az"}


@dataclass
class RoleWorld:
    world: World
    ids: dict[str, str] = field(default_factory=dict)  # label -> record id

    def client(self, username: str) -> WsgiClient:
        return self.world.client(username)


def push_ok(client: WsgiClient, mutations: list[dict]) -> list[dict]:
    r = client.request("POST", "/api/v1/push", {"mutations": mutations})
    assert r.status == 200, r.body
    assert [x["status"] for x in r.body["results"]] == ["applied"] * len(mutations), r.body
    return r.body["results"]


def build(url: str) -> RoleWorld:
    """Org A: public contest P (stage SP, criteria CP1, CP2), internal contest I (stage SI,
    criterion CI1), public draft contest D. Ideas: author1's A1 in P and A2 in I, the kiosk's
    K1 in P with contact data. ev1 is assigned A1 and K1 and scores A1 twice and K1 once;
    ev2 is assigned A2 and scores it once. Org B has only its organizer."""
    w = RoleWorld(make_world(url))
    ids = w.ids
    for label in ("P", "SP", "CP1", "CP2", "I", "SI", "CI1", "D", "A1", "A2", "K1",
                  "asg_ev1_A1", "asg_ev1_K1", "asg_ev2_A2"):
        ids[label] = str(uuid.uuid4())
    org = w.client("org_a")
    push_ok(org, [
        mutation("contest", ids["P"], contest_fields("Public")),
        mutation("stage", ids["SP"], {"contest_id": ids["P"], "title": "S1"}),
        mutation("criterion", ids["CP1"], {"stage_id": ids["SP"], "name": "Novelty"}),
        mutation("criterion", ids["CP2"], {"stage_id": ids["SP"], "name": "Cost"}),
        mutation("contest", ids["I"], contest_fields("Internal", visibility="internal")),
        mutation("stage", ids["SI"], {"contest_id": ids["I"], "title": "S1"}),
        mutation("criterion", ids["CI1"], {"stage_id": ids["SI"], "name": "Fit"}),
        mutation("contest", ids["D"], contest_fields("Draft", status="draft")),
    ])
    push_ok(w.client("author1"), [
        mutation("idea", ids["A1"], {"contest_id": ids["P"], "title": "Bike lanes", "body": "b"}),
        mutation("idea", ids["A2"], {"contest_id": ids["I"], "title": "Canteen", "body": "b"}),
    ])
    push_ok(w.client("kiosk_a"), [mutation("idea", ids["K1"], {
        "contest_id": ids["P"], "title": "Benches", "body": "b", **CONTACT})])
    users = w.world.users
    push_ok(org, [
        mutation("assignment", ids["asg_ev1_A1"], {"stage_id": ids["SP"], "idea_id": ids["A1"],
                                                   "evaluator_id": users["ev1"]}),
        mutation("assignment", ids["asg_ev1_K1"], {"stage_id": ids["SP"], "idea_id": ids["K1"],
                                                   "evaluator_id": users["ev1"]}),
        mutation("assignment", ids["asg_ev2_A2"], {"stage_id": ids["SI"], "idea_id": ids["A2"],
                                                   "evaluator_id": users["ev2"]}),
    ])
    for ev, stage, scored in (("ev1", "SP", [("A1", "CP1", 7), ("A1", "CP2", 4), ("K1", "CP1", 9)]),
                              ("ev2", "SI", [("A2", "CI1", 5)])):
        ms = []
        for idea, crit, value in scored:
            sid = score_id(evaluator_id=users[ev], idea_id=ids[idea], criterion_id=ids[crit])
            ids[f"score_{ev}_{idea}_{crit}"] = sid
            ms.append(mutation("score", sid, {"stage_id": ids[stage], "idea_id": ids[idea],
                                              "criterion_id": ids[crit], "value": value}))
        push_ok(w.client(ev), ms)
    return w


def full_pull(client: WsgiClient, limit: int = 4) -> tuple[dict, set, bytes]:
    """Every page from cursor 0 (small pages, so paging is exercised): live records by
    (kind, id), tombstone keys, and the raw response bytes of all pages."""
    records: dict[tuple[str, str], dict] = {}
    tombstones: set[tuple[str, str]] = set()
    raw = b""
    cursor = 0
    while True:
        page = client.request("GET", f"/api/v1/pull?after={cursor}&limit={limit}")
        assert page.status == 200, page.body
        raw += page.raw
        for c in page.body["changes"]:
            key = (c["kind"], c["id"])
            if c["deleted"]:
                tombstones.add(key)
                records.pop(key, None)
            else:
                records[key] = c["data"]
                tombstones.discard(key)
        cursor = page.body["cursor"]
        if not page.body["more"]:
            return records, tombstones, raw
