"""Two server processes in front of one PostgreSQL: clients hop between them and converge."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop import edits
from desktop.api_client import ApiClient
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from shared.roles import Role
from sync_server.accounts import create_org, create_user
from sync_server.db import make_engine
from sync_server.tables import mutation_log
from tests.e2e.processes import ServerProcess
from tests.sync_server.desktop_clients import (
    assert_replica_equals_server,
    new_contest,
    stage_and_criteria,
)

PASSWORD = "two-procs-pw"


class CountingApi(ApiClient):
    """Remembers every mutation id it sent, to compare with the server's mutation log."""

    sent: set[str] = set()

    def push(self, mutations: list[dict]) -> dict:
        CountingApi.sent.update(m["id"] for m in mutations)
        return super().push(mutations)


def _client(url: str, username: str, folder) -> tuple[LocalStore, CountingApi]:  # noqa: ANN001
    api = CountingApi(url, timeout=10)
    user = api.login(username, PASSWORD)["user"]
    return LocalStore(folder / f"{username}.sqlite3", role=Role(user["role"]),
                      user_id=user["id"], org_id=user["org_id"]), api


def test_clients_alternating_between_two_processes_converge(db_url, tmp_path):  # noqa: ANN001
    if not db_url.startswith("postgresql"):
        pytest.skip("several server processes share one database only on PostgreSQL; "
                    "a SQLite file belongs to one server process")
    CountingApi.sent = set()
    engine = make_engine(db_url)
    create_org(engine, "Nazirlik")
    for name, role in (("org1", Role.ORGANIZER), ("org2", Role.ORGANIZER),
                       ("ev", Role.EVALUATOR), ("au", Role.AUTHOR)):
        create_user(engine, org="Nazirlik", role=role, username=name, password=PASSWORD)
    servers = [ServerProcess(db_url), ServerProcess(db_url)]
    for s in servers:
        s.start()
    try:
        clients = {n: _client(servers[0].url, n, tmp_path) for n in ("org1", "org2", "ev", "au")}
        org1, org2, ev = clients["org1"][0], clients["org2"][0], clients["ev"][0]

        def sync(name: str, server: int) -> None:
            store, api = clients[name]
            api.base_url = servers[server].url
            sync_once(store, api)

        contest_id = new_contest(org1, ends_in=dt.timedelta(days=5), criteria=2)
        sync("org1", 0)
        sync("au", 1)
        ideas = [edits.submit_idea(clients["au"][0], contest_id=contest_id, title=f"T{n}",
                                   body="b")[0] for n in range(4)]
        sync("au", 1)
        contest_t = domain["contest"]
        for round_no in range(6):
            a, b = round_no % 2, (round_no + 1) % 2
            sync("org1", a)
            sync("org2", b)
            stage_id, crits = stage_and_criteria(org2, contest_id)
            # org1 rewrites the description, org2 the title (a different field: they merge).
            row = org1.rows(select(contest_t).where(contest_t.c.id == contest_id))[0]
            org1.save("contest", {**row, "description": f"round {round_no}"})
            row = org2.rows(select(contest_t).where(contest_t.c.id == contest_id))[0]
            org2.save("contest", {**row, "title": f"Yaşıl şəhər {round_no}"})
            if round_no < len(ideas):
                edits.assign(org2, stage_id=stage_id, idea_ids=[ideas[round_no]],
                             evaluator_ids=[clients["ev"][0].user_id])
            sync("org2", b)
            sync("org1", a)
            sync("ev", b)
            for idea_id in {q for q in ideas[:round_no]}:
                if ev.rows(select(domain["idea"].c.id).where(domain["idea"].c.id == idea_id)):
                    edits.save_scores(ev, stage_id=stage_id, idea_id=idea_id,
                                      values={c: 1 + (round_no + n) % 10
                                              for n, c in enumerate(crits)})
            sync("ev", a)
        for server in (0, 1):
            for name in clients:
                sync(name, server)
        for name, (store, api) in clients.items():
            assert store.pending_count() == 0, name
            assert_replica_equals_server(store, api, name)
        final = org1.rows(select(contest_t.c.title, contest_t.c.description))
        assert final == [{"title": "Yaşıl şəhər 5", "description": "round 5"}]
        assert len(org1.rows(select(domain["assignment"].c.id))) == 4
        with engine.connect() as conn:
            logged = conn.execute(select(func.count()).select_from(mutation_log)).scalar_one()
        assert logged == len(CountingApi.sent)
        assert org1.rejections() == [] and ev.rejections() == []
    finally:
        for s in servers:
            s.stop()
        engine.dispose()
