"""A seeded world of clients syncing with an in-process server through a faulty transport.

Faults: a request dropped before the server sees it, a response dropped after the server
committed, a request sent twice, an older push batch sent again later, a client killed in
the middle of storing a pulled page (then reopened from its file), the server restarted.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop import edits
from desktop.api_client import Offline, SyncError
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from shared.roles import Role
from sync_server.app import Application
from sync_server.db import make_engine
from tests.sync_server.inprocess_api import InProcessApi
from tests.sync_server.server_fixtures import contest_fields, iso, mutation
from tests.sync_server.wsgi_client import WsgiClient

PASSWORD = "fault-pw-123"
USERS = (("org", Role.ORGANIZER), ("ev1", Role.EVALUATOR), ("ev2", Role.EVALUATOR),
         ("kiosk", Role.KIOSK))


class Killed(Exception):
    """The client process died; its local transaction was rolled back."""


@dataclass
class Template:
    """What every run starts from: users logged in, one contest with a stage, two
    criteria and two kiosk ideas."""

    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> user + token
    contest_id: str = ""
    mutation_ids: set[str] = field(default_factory=set)
    kiosk_ideas: set[str] = field(default_factory=set)


def build_template(url: str) -> Template:
    import uuid

    from sync_server.accounts import create_org, create_user

    engine = make_engine(url)
    create_org(engine, "Org")
    for name, role in USERS:
        create_user(engine, org="Org", role=role, username=name, password=PASSWORD)
    app = Application(engine)
    t = Template()
    for name, _ in USERS:
        c = WsgiClient(app)
        t.users[name] = {**c.login(name, PASSWORD), "token": c.token}
    t.contest_id, stage, c1, c2 = (str(uuid.uuid4()) for _ in range(4))
    org = WsgiClient(app)
    org.token = t.users["org"]["token"]
    kiosk = WsgiClient(app)
    kiosk.token = t.users["kiosk"]["token"]
    for client, ms in ((org, [
        mutation("contest", t.contest_id, contest_fields("Fault", ends_at=iso(30))),
        mutation("stage", stage, {"contest_id": t.contest_id, "title": "S"}),
        mutation("criterion", c1, {"stage_id": stage, "name": "A", "position": 1}),
        mutation("criterion", c2, {"stage_id": stage, "name": "B", "position": 2}),
    ]), (kiosk, [mutation("idea", str(uuid.uuid4()), {"contest_id": t.contest_id,
                                                      "title": f"K{n}", "body": "b"})
                 for n in range(2)])):
        t.mutation_ids.update(m["id"] for m in ms)
        t.kiosk_ideas.update(m["record_id"] for m in ms if m["kind"] == "idea")
        r = client.request("POST", "/api/v1/push", {"mutations": ms})
        assert all(x["status"] == "applied" for x in r.body["results"]), r.body
    engine.dispose()
    return t


class FaultyApi(InProcessApi):
    def __init__(self, run: Run, token: str) -> None:
        super().__init__(None)
        self.run = run
        self.token = token
        self.batches: list[list[dict[str, Any]]] = []

    def send(self, method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        self.app = self.run.app  # the server may have been restarted meanwhile
        return super().send(method, path, **kwargs)

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        rng, run = self.run.rng, self.run
        if run.faults:
            roll = rng.random()
            if roll < 0.08:
                run.count("drop_request")
                raise Offline("request lost", "offline")
            if roll < 0.16:
                self.send(method, path, **kwargs)
                run.count("drop_response")
                raise Offline("response lost", "offline")
            if roll < 0.22:
                self.send(method, path, **kwargs)
                run.count("duplicate")
            if roll < 0.28 and path == "/push" and self.batches:
                self.send("POST", "/push", json={"mutations": rng.choice(self.batches)})
                run.count("replay_old_batch")
        if path == "/push":
            self.batches.append(kwargs["json"]["mutations"])
        status, body = self.send(method, path, **kwargs)
        return self._answer(status, body)


@dataclass
class Client:
    name: str
    path: Path
    user: dict[str, Any]
    api: FaultyApi
    store: LocalStore

    def reopen(self) -> None:
        self.store.close()
        self.store = open_store(self.path, self.user)


_EMPTY: dict[str, Path] = {}


def _empty_replica(path: Path, user: dict[str, Any]) -> None:
    """Copy an empty replica made once per role: creating the tables is most of the cost of
    opening a new LocalStore, and a run opens several."""
    import shutil
    import sqlite3
    import tempfile

    role = user["role"]
    if role not in _EMPTY:
        folder = Path(tempfile.mkdtemp(prefix="empty_replica_"))
        open_store(folder / "r.sqlite3", user).close()
        with sqlite3.connect(folder / "r.sqlite3") as raw:  # fold the WAL into the file
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _EMPTY[role] = folder / "r.sqlite3"
    shutil.copyfile(_EMPTY[role], path)


def open_store(path: Path, user: dict[str, Any]) -> LocalStore:
    return LocalStore(path, role=Role(user["role"]), user_id=user["id"], org_id=user["org_id"])


class Run:
    def __init__(self, seed: int, url: str, folder: Path, template: Template) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.url = url
        self.template = template
        self.faults = True
        self.events: dict[str, int] = {}
        self.engine = make_engine(url)
        self.app = Application(self.engine)
        self.created = set(template.mutation_ids)  # every mutation id any client created
        self.kiosk_ideas = set(template.kiosk_ideas)
        self.clients = []
        for name, _ in USERS:
            user = template.users[name]
            path = folder / f"{name}.sqlite3"
            _empty_replica(path, user)
            self.clients.append(Client(name, path, user, FaultyApi(self, user["token"]),
                                       open_store(path, user)))

    def count(self, event: str) -> None:
        self.events[event] = self.events.get(event, 0) + 1

    def close(self) -> None:
        for c in self.clients:
            c.store.close()
        self.engine.dispose()

    def restart_server(self) -> None:
        self.count("server_restart")
        self.engine.dispose()
        self.engine = make_engine(self.url)
        self.app = Application(self.engine)

    def sync(self, client: Client) -> Any:
        store = client.store
        if self.faults and self.rng.random() < 0.12:
            def die(*_a: Any, **_k: Any) -> None:
                raise Killed()
            store._set_state = die  # inside apply_page's transaction, after its rows
            self.count("kill_in_apply_page")
        try:
            return sync_once(store, client.api, page_size=self.rng.choice([3, 7, 1000]))
        except SyncError:
            return None
        except Killed:
            client.reopen()
            return None
        finally:
            store.__dict__.pop("_set_state", None)

    def edit(self, client: Client) -> None:
        store, rng = client.store, self.rng
        t = {k: domain[k] for k in ("contest", "stage", "criterion", "idea", "assignment", "user")}
        if client.name == "org":
            contests = store.rows(select(t["contest"]))
            if not contests:
                return
            if rng.random() < 0.5:
                name = rng.choice(["title", "description"])
                store.save("contest", {**contests[0], name: f"{name} {rng.randrange(1000)}"})
            else:
                ideas = [r["id"] for r in store.rows(select(t["idea"].c.id))]
                evs = [r["id"] for r in store.rows(select(t["user"].c.id)
                                                   .where(t["user"].c.role == "evaluator"))]
                stages = [r["id"] for r in store.rows(select(t["stage"].c.id))]
                if ideas and evs and stages:
                    edits.assign(store, stage_id=stages[0], idea_ids=[rng.choice(ideas)],
                                 evaluator_ids=[rng.choice(evs)])
        elif client.name.startswith("ev"):
            mine = store.rows(select(t["assignment"]).order_by(t["assignment"].c.id))
            ideas = {r["id"] for r in store.rows(select(t["idea"].c.id))}
            mine = [a for a in mine if a["idea_id"] in ideas]
            if not mine:
                return
            a = rng.choice(mine)
            crits = store.rows(select(t["criterion"].c.id)
                               .where(t["criterion"].c.stage_id == a["stage_id"]))
            if not crits:
                return
            edits.save_scores(store, stage_id=a["stage_id"], idea_id=a["idea_id"],
                              values={c["id"]: rng.randint(1, 10) for c in crits})
        else:
            if not store.rows(select(t["contest"].c.id)):
                return
            idea_id, _ = edits.submit_idea(store, contest_id=self.template.contest_id,
                                           title=f"K{rng.randrange(1000)}", body="b",
                                           contact_phone="+994500000000")
            self.kiosk_ideas.add(idea_id)
        self.created.update(m["id"] for m in store.outbox_batch(100_000))

    def play(self, steps: int) -> None:
        for _ in range(steps):
            client = self.rng.choice(self.clients)
            if self.rng.random() < 0.6:
                self.edit(client)
            if self.rng.random() < 0.6:
                self.sync(client)
            if self.rng.random() < 0.04:
                self.restart_server()

    def settle(self, rounds: int = 8) -> None:
        """Faults off; every client syncs until a whole round changes nothing."""
        self.faults = False
        for _ in range(rounds):
            quiet = True
            for c in self.clients:
                report = sync_once(c.store, c.api)
                if report.pushed or report.pulled or report.repaired:
                    quiet = False
            if quiet:
                return
        raise AssertionError(f"seed {self.seed}: clients still exchanging after {rounds} rounds")


__all__ = ["Run", "Template", "build_template", "dt"]
