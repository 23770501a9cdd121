"""Desktop clients (LocalStore + ApiClient) over the in-process server, and the check that
a replica holds exactly what a fresh full pull would give its user."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop import edits
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from shared.evaluation import Importance
from shared.roles import Role
from shared.schema import KINDS
from shared.wire import encode_record
from sync_server.app import Application
from tests.sync_server.inprocess_api import InProcessApi
from tests.sync_server.server_fixtures import PASSWORD

Client = tuple[LocalStore, InProcessApi]


def desktop_client(app: Application, username: str, folder: Path, *, device: str = "") -> Client:
    api = InProcessApi(app)
    user = api.login(username, PASSWORD)["user"]
    store = LocalStore(folder / f"{username}{device}.sqlite3", role=Role(user["role"]),
                       user_id=user["id"], org_id=user["org_id"])
    return store, api


def new_contest(store: LocalStore, *, ends_in: dt.timedelta, criteria: int = 1,
                visibility: str = "public") -> str:
    now = dt.datetime.now(dt.UTC)
    return edits.create_contest(
        store, title="Yaşıl şəhər", description="", requirements=[],
        starts_at=now - dt.timedelta(days=1), ends_at=now + ends_in, timezone="Asia/Baku",
        visibility=visibility, stage_title="Qiymət",
        criteria=[edits.CriterionSpec(f"K{n}", Importance.MEDIUM) for n in range(criteria)])


def stage_and_criteria(store: LocalStore, contest_id: str) -> tuple[str, list[str]]:
    stage_t, crit_t = domain["stage"], domain["criterion"]
    stage_id = store.rows(select(stage_t.c.id).where(stage_t.c.contest_id == contest_id))[0]["id"]
    crits = store.rows(select(crit_t.c.id).where(crit_t.c.stage_id == stage_id)
                       .order_by(crit_t.c.position))
    return stage_id, [c["id"] for c in crits]


def server_view(api: InProcessApi) -> dict[tuple[str, str], dict[str, Any]]:
    """What a brand-new replica of this user would receive: a full pull from cursor 0."""
    records: dict[tuple[str, str], dict[str, Any]] = {}
    cursor = 0
    while True:
        page = api.pull(cursor, 1000)
        for c in page["changes"]:
            if c["deleted"]:
                records.pop((c["kind"], c["id"]), None)
            else:
                records[(c["kind"], c["id"])] = c["data"]
        cursor = page["cursor"]
        if not page["more"]:
            return records


def local_view(store: LocalStore, like: dict[tuple[str, str], dict[str, Any]]
               ) -> dict[tuple[str, str], dict[str, Any]]:
    """The replica's server-confirmed records (rev > 0), restricted to the columns the
    server sends for the same record (an evaluator's blank author columns are not data)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for kind in KINDS:
        table = domain[kind]
        for row in store.rows(select(table).where(table.c.rev > 0)):
            columns = like.get((kind, row["id"]))
            data = encode_record(table, row)
            if columns is not None:
                data = {k: v for k, v in data.items() if k in columns}
            out[(kind, row["id"])] = json.loads(json.dumps(data))
    return out


def digest(records: dict[tuple[str, str], dict[str, Any]]) -> str:
    lines = sorted(json.dumps([k, i, d], sort_keys=True) for (k, i), d in records.items())
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def assert_replica_equals_server(store: LocalStore, api: InProcessApi, note: str = "") -> None:
    expected = server_view(api)
    actual = local_view(store, expected)
    if digest(actual) != digest(expected):
        missing = sorted(set(expected) - set(actual))
        extra = sorted(set(actual) - set(expected))
        changed = sorted(k for k in set(expected) & set(actual) if expected[k] != actual[k])
        raise AssertionError(f"{note} {store.role.value} replica differs: missing {missing}, "
                             f"extra {extra}, changed "
                             f"{[(k, expected[k], actual[k]) for k in changed][:3]}")
