"""Two laptops of one evaluator score the same idea offline: the value that reached the
server last stands everywhere, whichever device syncs first."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop import edits
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from shared.ids import score_id
from tests.sync_server.desktop_clients import (
    assert_replica_equals_server,
    desktop_client,
    new_contest,
    stage_and_criteria,
)
from tests.sync_server.server_fixtures import make_world


@pytest.mark.parametrize("first", ["laptop", "tablet"])
def test_last_arrival_wins_on_every_replica(db_url, tmp_path, first):  # noqa: ANN001
    world = make_world(db_url)
    org, org_api = desktop_client(world.app, "org_a", tmp_path)
    contest_id = new_contest(org, ends_in=dt.timedelta(days=2), criteria=2)
    sync_once(org, org_api)
    author, author_api = desktop_client(world.app, "author1", tmp_path)
    sync_once(author, author_api)
    idea_id, _ = edits.submit_idea(author, contest_id=contest_id, title="Yol", body="Təmir")
    sync_once(author, author_api)
    sync_once(org, org_api)
    stage_id, (c1, c2) = stage_and_criteria(org, contest_id)
    edits.assign(org, stage_id=stage_id, idea_ids=[idea_id], evaluator_ids=[world.users["ev1"]])
    sync_once(org, org_api)
    devices = {name: desktop_client(world.app, "ev1", tmp_path, device=name)
               for name in ("laptop", "tablet")}
    for store, api in devices.values():
        sync_once(store, api)
    # Offline: the laptop gives 3 and 6, the tablet 8 and (the same) 6.
    given = {"laptop": {c1: 3, c2: 6}, "tablet": {c1: 8, c2: 6}}
    for name, (store, _) in devices.items():
        edits.save_scores(store, stage_id=stage_id, idea_id=idea_id, values=given[name])
    second = "tablet" if first == "laptop" else "laptop"
    for name in (first, second, first):
        assert sync_once(*devices[name]).rejected == 0
    sync_once(org, org_api)
    expected = {score_id(evaluator_id=world.users["ev1"], idea_id=idea_id, criterion_id=c): v
                for c, v in given[second].items()}
    score_t = domain["score"]
    for store in [org] + [s for s, _ in devices.values()]:
        held = {r["id"]: r["value"] for r in store.rows(select(score_t.c.id, score_t.c.value))}
        assert held == expected, store.path.name
    # Criterion 1 was written twice (rev 2); criterion 2 got the same value again (rev 1).
    revs = {r["id"]: r["rev"] for r in org.rows(select(score_t.c.id, score_t.c.rev))}
    assert sorted(revs.values()) == [1, 2]
    for store, api in devices.values():
        assert store.pending_count() == 0 and store.rejections() == []
        assert_replica_equals_server(store, api)
