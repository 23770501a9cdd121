"""Per-contest integrity: the server's numbers, and the client's repair of a damaged replica."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

import pytest
from sqlalchemy import delete, select, update

from desktop import edits, sync_engine
from desktop.integrity import drop_contest, local_checksums
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from tests.sync_server.desktop_clients import (
    assert_replica_equals_server,
    desktop_client,
    new_contest,
)
from tests.sync_server.role_world import build
from tests.sync_server.server_fixtures import make_world


@pytest.fixture(autouse=True)
def compare_on_every_sync(monkeypatch):  # noqa: ANN001
    """Here every sync compares checksums; how often a quiet sync does is tested last."""
    monkeypatch.setattr(sync_engine, "INTEGRITY_EVERY", dt.timedelta(0))


def _sha(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()


def test_integrity_counts_exactly_the_visible_records(db_url):
    w = build(db_url)
    ids = w.ids
    ev2 = w.client("ev2").request("GET", "/api/v1/integrity")
    assert ev2.status == 200
    assert ev2.body == {ids["I"]: {"count": 6, "checksum": _sha([
        f"contest:{ids['I']}:1", f"stage:{ids['SI']}:1", f"criterion:{ids['CI1']}:1",
        f"idea:{ids['A2']}:1", f"assignment:{ids['asg_ev2_A2']}:1",
        f"score:{ids['score_ev2_A2_CI1']}:1"])}}
    kiosk = w.client("kiosk_a").request("GET", "/api/v1/integrity").body
    assert kiosk == {ids["P"]: {"count": 1, "checksum": _sha([f"contest:{ids['P']}:1"])}}
    author = w.client("author1").request("GET", "/api/v1/integrity").body
    assert author == {
        ids["P"]: {"count": 2, "checksum": _sha([f"contest:{ids['P']}:1", f"idea:{ids['A1']}:1"])},
        ids["I"]: {"count": 2, "checksum": _sha([f"contest:{ids['I']}:1", f"idea:{ids['A2']}:1"])},
    }
    org = w.client("org_a").request("GET", "/api/v1/integrity").body
    # P: contest, stage, 2 criteria, 2 ideas, 2 assignments, 3 scores; D: the contest alone.
    assert {c: v["count"] for c, v in org.items()} == {ids["P"]: 11, ids["I"]: 6, ids["D"]: 1}
    assert w.client("org_b").request("GET", "/api/v1/integrity").body == {}
    assert w.client("admin").request("GET", "/api/v1/integrity").body == {}
    unauth = w.client("org_a").request("GET", "/api/v1/integrity", token="nope")
    assert (unauth.status, unauth.body["code"]) == (401, "unauthorized")


def test_damaged_replica_is_repaired_without_moving_the_cursor(db_url, tmp_path, caplog):  # noqa: ANN001
    world = make_world(db_url)
    org, org_api = desktop_client(world.app, "org_a", tmp_path)
    contest_id = new_contest(org, ends_in=dt.timedelta(days=2))
    other_contest = new_contest(org, ends_in=dt.timedelta(days=4))
    sync_once(org, org_api)
    author, author_api = desktop_client(world.app, "author1", tmp_path)
    sync_once(author, author_api)
    ideas = [edits.submit_idea(author, contest_id=contest_id, title=f"I{n}", body="b")[0]
             for n in range(3)]
    sync_once(author, author_api)
    assert sync_once(org, org_api).repaired == 0
    cursor = org.cursor
    server = org_api.integrity()
    assert local_checksums(org) == server
    # Damage: an idea row vanishes, the contest's rev goes wrong, a stray record appears.
    idea_t, contest_t, stage_t = domain["idea"], domain["contest"], domain["stage"]
    with org.tx() as conn:
        conn.execute(delete(idea_t).where(idea_t.c.id == ideas[1]))
        conn.execute(update(contest_t).where(contest_t.c.id == contest_id).values(rev=7))
    assert local_checksums(org)[contest_id]["count"] == server[contest_id]["count"] - 1
    with caplog.at_level(logging.WARNING, logger="desktop.sync_engine"):
        report = sync_once(org, org_api)
    assert (report.repaired, report.pulled) == (1, 0)
    assert f"contest {contest_id} differs" in caplog.text
    assert org.cursor == cursor
    assert local_checksums(org) == server
    assert sorted(r["id"] for r in org.rows(select(idea_t.c.id))) == sorted(ideas)
    assert org.rows(select(contest_t.c.rev).where(contest_t.c.id == contest_id)) == [{"rev": 1}]
    assert_replica_equals_server(org, org_api)
    # A record the server does not have for this user is removed the same way.
    with org.tx() as conn:
        conn.execute(update(stage_t).where(stage_t.c.contest_id == other_contest)
                     .values(contest_id=contest_id))
    report = sync_once(org, org_api)
    assert report.repaired == 2 and org.cursor == cursor
    assert_replica_equals_server(org, org_api)
    assert sync_once(org, org_api).repaired == 0


def test_unsent_and_refused_local_records_survive_a_repair(db_url, tmp_path):  # noqa: ANN001
    world = make_world(db_url)
    org, org_api = desktop_client(world.app, "org_a", tmp_path)
    contest_id = new_contest(org, ends_in=dt.timedelta(days=2))
    sync_once(org, org_api)
    stage_t, contest_t = domain["stage"], domain["contest"]
    with org.tx() as conn:
        conn.execute(update(contest_t).values(rev=9))
    drop_contest(org, contest_id)  # what a repair does first
    assert org.rows(select(contest_t.c.id)) == []
    sync_once(org, org_api)
    assert_replica_equals_server(org, org_api)
    # A new stage not yet sent (rev 0, in the outbox) is kept by drop_contest.
    org.save("stage", {"contest_id": contest_id, "org_id": org.org_id, "title": "S2",
                       "position": 2})
    drop_contest(org, contest_id)
    assert [r["title"] for r in org.rows(select(stage_t.c.title))] == ["S2"]
    assert org.pending_count() == 1


def test_checksums_are_compared_only_when_due(db_url, tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(sync_engine, "INTEGRITY_EVERY", dt.timedelta(minutes=30))
    world = make_world(db_url)
    org, org_api = desktop_client(world.app, "org_a", tmp_path)
    new_contest(org, ends_in=dt.timedelta(days=2))
    asked: list[str] = []
    real_call = org_api._call
    monkeypatch.setattr(org_api, "_call", lambda method, path, **kw: (
        asked.append(path.split("?")[0]), real_call(method, path, **kw))[1])
    sync_once(org, org_api)  # read from the start: as good as a comparison
    assert asked == ["/push", "/pull"]
    asked.clear()
    contest_t = domain["contest"]
    with org.tx() as conn:  # damage that only a comparison can find
        conn.execute(update(contest_t).values(rev=9))
    assert sync_once(org, org_api).repaired == 0
    assert asked == ["/pull"]  # nothing new: one request, no comparison yet
    new_contest(org, ends_in=dt.timedelta(days=3))
    asked.clear()
    assert sync_once(org, org_api).repaired == 0
    assert asked == ["/push", "/pull"]  # records moved, still not due
    asked.clear()
    later = dt.datetime.now(dt.UTC) + sync_engine.INTEGRITY_EVERY + dt.timedelta(seconds=1)
    monkeypatch.setattr(sync_engine, "now", lambda: later)
    assert sync_once(org, org_api).repaired == 1  # 30 minutes on: compared and repaired
    assert asked[:2] == ["/pull", "/integrity"]
    assert_replica_equals_server(org, org_api)
