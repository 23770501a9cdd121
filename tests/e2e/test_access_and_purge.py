"""Access removed and tombstones purged: the client converges without asking the user."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop import edits, queries
from desktop.api_client import ApiClient
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from shared.evaluation import Importance
from shared.roles import Role
from sync_server.accounts import create_org, create_user
from sync_server.purge import purge

PASSWORD = "purge-test-pw"


def _client(server, tmp_path, username):  # noqa: ANN001, ANN202
    api = ApiClient(server.url, timeout=10)
    user = api.login(username, PASSWORD)["user"]
    return LocalStore(tmp_path / f"{username}.sqlite3", role=Role(user["role"]),
                      user_id=user["id"], org_id=user["org_id"]), api


def _world(live_server, tmp_path):  # noqa: ANN001, ANN202
    create_org(live_server.engine, "Org")
    for name, role in (("org", Role.ORGANIZER), ("ev", Role.EVALUATOR), ("au", Role.AUTHOR)):
        create_user(live_server.engine, org="Org", role=role, username=name, password=PASSWORD)
    organizer, org_api = _client(live_server, tmp_path, "org")
    now = dt.datetime.now(dt.UTC)
    contest_id = edits.create_contest(
        organizer, title="C", description="", requirements=[], starts_at=now - dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=5), timezone="Asia/Baku", visibility="public",
        stage_title="S", criteria=[edits.CriterionSpec("Q", Importance.HIGH)])
    sync_once(organizer, org_api)
    author, au_api = _client(live_server, tmp_path, "au")
    sync_once(author, au_api)
    ideas = [edits.submit_idea(author, contest_id=contest_id, title=f"I{n}", body="b")[0]
             for n in range(2)]
    sync_once(author, au_api)
    sync_once(organizer, org_api)
    stage_id = queries.stages_of(organizer, contest_id)[0]["id"]
    ev_id = next(u["id"] for u in queries.list_evaluators(organizer))
    edits.assign(organizer, stage_id=stage_id, idea_ids=ideas, evaluator_ids=[ev_id])
    sync_once(organizer, org_api)
    return organizer, org_api, stage_id, ideas


def test_removed_assignment_uploads_pending_score_first_then_drops_the_idea(live_server, tmp_path):  # noqa: ANN001
    organizer, org_api, stage_id, ideas = _world(live_server, tmp_path)
    ev, ev_api = _client(live_server, tmp_path, "ev")
    sync_once(ev, ev_api)
    assert sorted(q.idea_id for q in queries.evaluator_queue(ev)) == sorted(ideas)
    criterion = queries.criteria_of(ev, stage_id)[0]["id"]
    # Offline, the expert scores idea 0; meanwhile the organizer removes that assignment.
    edits.save_scores(ev, stage_id=stage_id, idea_id=ideas[0], values={criterion: 8})
    removed = next(a for a in queries.assignments_of(organizer, stage_id) if a["idea_id"] == ideas[0])
    organizer.remove("assignment", removed["id"])
    sync_once(organizer, org_api)
    report = sync_once(ev, ev_api)
    assert report.rejected == 1
    refusal = ev.rejections()[0]
    assert refusal["code"] == "not_assigned" and refusal["fields"]["idea_id"] == ideas[0]
    assert [q.idea_id for q in queries.evaluator_queue(ev)] == [ideas[1]]
    assert ev.rows(select(domain["idea"].c.id)) == [{"id": ideas[1]}]


def test_cursor_older_than_purge_horizon_redownloads_and_replays_outbox(live_server, tmp_path):  # noqa: ANN001
    organizer, org_api, stage_id, ideas = _world(live_server, tmp_path)
    ev, ev_api = _client(live_server, tmp_path, "ev")
    sync_once(ev, ev_api)
    old_cursor = ev.cursor
    criterion = queries.criteria_of(ev, stage_id)[0]["id"]
    removed = next(a for a in queries.assignments_of(organizer, stage_id) if a["idea_id"] == ideas[0])
    organizer.remove("assignment", removed["id"])
    sync_once(organizer, org_api)
    assert purge(live_server.engine, older_than=dt.timedelta(0),
                 now=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)) == 1
    # The evaluator is offline-scored on the idea it keeps; its outbox must survive re-download.
    edits.save_scores(ev, stage_id=stage_id, idea_id=ideas[1], values={criterion: 6})
    queued = ev.outbox_batch()
    assert len(queued) == 1
    # Push happens first; then the pull after the old cursor is refused and the client resyncs.
    report = sync_once(ev, ev_api)
    assert report.redownloaded and ev.cursor > old_cursor
    assert [q.idea_id for q in queries.evaluator_queue(ev)] == [ideas[1]]
    assert queries.my_scores(ev, stage_id, ideas[1])[criterion]["value"] == 6
    sync_once(organizer, org_api)
    assert len(queries.assignments_of(organizer, stage_id)) == 1
