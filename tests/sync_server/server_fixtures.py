"""A small organization on a fresh server database, for API tests."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from shared.roles import Role
from sync_server.accounts import create_org, create_user
from sync_server.app import Application
from sync_server.db import make_engine
from tests.sync_server.wsgi_client import WsgiClient

PASSWORD = "correct-horse-9"


@dataclass
class World:
    app: Application
    users: dict[str, str] = field(default_factory=dict)  # username -> id

    def client(self, username: str) -> WsgiClient:
        c = WsgiClient(self.app)
        c.login(username, PASSWORD)
        return c


def make_world(url: str) -> World:
    engine = make_engine(url)
    create_org(engine, "Org A")
    create_org(engine, "Org B")
    world = World(Application(engine))
    for org, username, role in [
        ("Org A", "org_a", Role.ORGANIZER), ("Org A", "ev1", Role.EVALUATOR),
        ("Org A", "ev2", Role.EVALUATOR), ("Org A", "author1", Role.AUTHOR),
        ("Org A", "kiosk_a", Role.KIOSK), ("Org B", "org_b", Role.ORGANIZER),
        ("Org A", "admin", Role.ADMIN),
    ]:
        world.users[username] = create_user(engine, org=org, role=role, username=username,
                                            password=PASSWORD)
    return world


def mutation(kind: str, record_id: str, fields: dict, *, op: str = "upsert", base_rev: int = 0,
             base: dict | None = None) -> dict:
    m = {"id": str(uuid.uuid4()), "kind": kind, "op": op, "record_id": record_id,
         "base_rev": base_rev, "fields": fields}
    if base is not None:
        m["base"] = base
    return m


def iso(delta_days: float) -> str:
    t = dt.datetime.now(dt.UTC) + dt.timedelta(days=delta_days)
    return t.isoformat().replace("+00:00", "Z")


def contest_fields(title: str = "Rəqəmsal kənd", **over) -> dict:
    fields = {"title": title, "description": "", "requirements": ["feasible"],
              "starts_at": iso(-1), "ends_at": iso(10), "timezone": "Asia/Baku",
              "visibility": "public", "status": "open"}
    fields.update(over)
    return fields
