"""A contest with a screening and a scoring stage, built through the HTTP API.

Org A: organizer org_a, evaluators ev1, ev2, ev3, authors author1 and author2. Contest C
announces two requirements; stage SCR (screening, rule all, revision deadline in two
days), stage SCO (scoring, top_n 1, criteria Q1 low and Q2 very important). Org B has
its organizer org_b and its own contest CB with stage SB.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from shared.ids import check_id, decision_id, score_id
from shared.roles import Role
from sync_server.accounts import create_user
from tests.sync_server.role_world import push_ok
from tests.sync_server.server_fixtures import (
    PASSWORD,
    World,
    contest_fields,
    iso,
    make_world,
    mutation,
)
from tests.sync_server.wsgi_client import WsgiClient

REQUIREMENTS = ["Təklif icra oluna bilər", "Xərclər göstərilib"]


@dataclass
class EvalWorld:
    world: World
    ids: dict[str, str] = field(default_factory=dict)
    clients: dict[str, WsgiClient] = field(default_factory=dict)

    def user(self, name: str) -> str:
        return self.world.users[name]

    def client(self, name: str) -> WsgiClient:
        if name not in self.clients:
            self.clients[name] = self.world.client(name)
        return self.clients[name]

    def push(self, name: str, mutations: list[dict]) -> list[dict]:
        """Every result, applied or not (refusals are asserted by the caller)."""
        r = self.client(name).request("POST", "/api/v1/push", {"mutations": mutations})
        assert r.status == 200, r.body
        return r.body["results"]

    def submit_idea(self, author: str, label: str, title: str, body: str) -> str:
        self.ids[label] = str(uuid.uuid4())
        push_ok(self.client(author), [mutation("idea", self.ids[label], {
            "contest_id": self.ids["C"], "title": title, "body": body})])
        return self.ids[label]

    def assign(self, stage: str, pairs: list[tuple[str, str]]) -> None:
        push_ok(self.client("org_a"), [mutation("assignment", str(uuid.uuid4()), {
            "stage_id": self.ids[stage], "idea_id": self.ids[idea],
            "evaluator_id": self.user(ev)}) for idea, ev in pairs])

    def check(self, ev: str, idea: str, met: list[str], unmet: list[str] = (),
              suggestions: str = "", round_number: int = 1) -> dict:
        return self.push(ev, [mutation("check", check_id(
            evaluator_id=self.user(ev), idea_id=self.ids[idea], stage_id=self.ids["SCR"],
            round_number=round_number), {
            "stage_id": self.ids["SCR"], "idea_id": self.ids[idea], "round": round_number,
            "met": list(met), "unmet": list(unmet), "suggestions": suggestions})])[0]

    def score(self, ev: str, idea: str, values: dict[str, float]) -> list[dict]:
        return self.push(ev, [mutation("score", score_id(
            evaluator_id=self.user(ev), idea_id=self.ids[idea], criterion_id=self.ids[crit]), {
            "stage_id": self.ids["SCO"], "idea_id": self.ids[idea],
            "criterion_id": self.ids[crit], "value": value}) for crit, value in values.items()])

    def decision(self, stage: str, idea: str, outcome: str, *, rule: str | None = None,
                 reason: str = "", client: str = "org_a", base_rev: int = 0) -> dict:
        fields = {"stage_id": self.ids[stage], "idea_id": self.ids[idea], "outcome": outcome,
                  "reason": reason}
        if rule is not None:
            fields["rule"] = rule
        return self.push(client, [mutation(
            "decision", decision_id(stage_id=self.ids[stage], idea_id=self.ids[idea]),
            fields, base_rev=base_rev)])[0]

    def stage_rev(self, stage: str) -> int:
        records, _ = self.client("org_a").pull_all()
        return next(c["data"]["rev"] for c in records
                    if c["kind"] == "stage" and c["id"] == self.ids[stage] and not c["deleted"])

    def close(self, stage: str) -> dict:
        return self.push("org_a", [mutation("stage", self.ids[stage], {"status": "closed"},
                                            base_rev=self.stage_rev(stage))])[0]


def build(url: str) -> EvalWorld:
    w = EvalWorld(make_world(url))
    engine = w.world.app.engine
    for username, role in (("ev3", Role.EVALUATOR), ("author2", Role.AUTHOR)):
        w.world.users[username] = create_user(engine, org="Org A", role=role, username=username,
                                              password=PASSWORD)
    ids = w.ids
    for label in ("C", "SCR", "SCO", "Q1", "Q2", "CB", "SB"):
        ids[label] = str(uuid.uuid4())
    push_ok(w.client("org_a"), [
        mutation("contest", ids["C"], contest_fields("Yaşıl həyət", requirements=REQUIREMENTS)),
        mutation("stage", ids["SCR"], {"contest_id": ids["C"], "position": 1,
                                       "kind": "screening", "title": "Uyğunluq",
                                       "rule": "all", "revision_deadline": iso(2)}),
        mutation("stage", ids["SCO"], {"contest_id": ids["C"], "position": 2, "kind": "scoring",
                                       "title": "Qiymətləndirmə", "rule": "top_n",
                                       "rule_value": 1}),
        mutation("criterion", ids["Q1"], {"stage_id": ids["SCO"], "name": "Aktuallıq",
                                          "importance": "low"}),
        mutation("criterion", ids["Q2"], {"stage_id": ids["SCO"], "name": "Səmərəlilik",
                                          "importance": "high"}),
    ])
    push_ok(w.client("org_b"), [
        mutation("contest", ids["CB"], contest_fields("B müsabiqəsi")),
        mutation("stage", ids["SB"], {"contest_id": ids["CB"], "kind": "scoring", "title": "B"}),
    ])
    return w


def later(days: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=days)
