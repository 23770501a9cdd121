"""Same-field conflicts end to end: two workstations of one organizer, over a live server.

The user sees each conflict until picking a side; a newer server value replaces "theirs"
in the listed conflict instead of overwriting anything; "mine" sends one clean edit,
"theirs" sends nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop.api_client import ApiClient
from desktop.conflicts import list_conflicts, resolve
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from shared.roles import Role
from sync_server.accounts import create_org, create_user
from sync_server.tables import domain as server_domain
from tests.conftest import ThreadedServer
from tests.sync_server.desktop_clients import assert_replica_equals_server, new_contest

PASSWORD = "conflict-test-pw"
FIELDS = ("title", "description", "visibility")
Client = tuple[LocalStore, ApiClient]


def _workstation(server: ThreadedServer, folder: Path, name: str) -> Client:
    """One more desktop of the same organizer: its own replica file, its own login."""
    api = ApiClient(server.url, timeout=10)
    user = api.login("org", PASSWORD)["user"]
    return LocalStore(folder / f"{name}.sqlite3", role=Role(user["role"]), user_id=user["id"],
                      org_id=user["org_id"]), api


def _contest(store: LocalStore, contest_id: str) -> dict:
    t = domain["contest"]
    return store.rows(select(t.c.title, t.c.description, t.c.visibility)
                      .where(t.c.id == contest_id))[0]


def _server_contest(server: ThreadedServer, contest_id: str) -> dict:
    t = server_domain["contest"]
    with server.engine.connect() as conn:
        return dict(conn.execute(select(t.c.title, t.c.description, t.c.visibility)
                                 .where(t.c.id == contest_id)).mappings().one())


def _open_conflicts(store: LocalStore) -> list[tuple]:
    return [(c.kind, c.record_id, c.field, c.theirs, c.mine, c.label)
            for c in list_conflicts(store)]


def _diverge(live_server: ThreadedServer, tmp_path: Path) -> tuple[Client, Client, str]:
    """A and B hold the same contest; offline, both change the title and one other field;
    A syncs first, then B, whose title comes back as a conflict."""
    create_org(live_server.engine, "Org")
    create_user(live_server.engine, org="Org", role=Role.ORGANIZER, username="org",
                password=PASSWORD)
    (a, a_api), (b, b_api) = (_workstation(live_server, tmp_path, n) for n in ("a", "b"))
    contest_id = new_contest(a, ends_in=dt.timedelta(days=5))
    sync_once(a, a_api)
    sync_once(b, b_api)
    assert _contest(b, contest_id) == {"title": "Yaşıl şəhər", "description": "",
                                       "visibility": "public"}
    a.save("contest", {"id": contest_id, "title": "A", "description": "dA"})
    b.save("contest", {"id": contest_id, "title": "B", "visibility": "internal"})
    assert sync_once(a, a_api).conflicts == 0
    report = sync_once(b, b_api)
    assert (report.pushed, report.conflicts, report.rejected) == (1, 1, 0)
    return (a, a_api), (b, b_api), contest_id


def test_mine_survives_a_newer_server_value_then_wins_everywhere(live_server, tmp_path):  # noqa: ANN001
    (a, a_api), (b, b_api), contest_id = _diverge(live_server, tmp_path)
    # The other fields merged; the title kept A's value and B's is held in the conflict.
    merged = {"title": "A", "description": "dA", "visibility": "internal"}
    assert _server_contest(live_server, contest_id) == merged
    assert _contest(b, contest_id) == merged
    assert _open_conflicts(b) == [("contest", contest_id, "title", "A", "B", "A")]
    assert b.pending_count() == 0
    sync_once(a, a_api)
    assert _contest(a, contest_id) == merged
    assert _open_conflicts(a) == []

    # A renames again; B's pull must not drop or silently settle the open conflict.
    a.save("contest", {"id": contest_id, "title": "A2"})
    sync_once(a, a_api)
    cursor_before = b.cursor
    sync_once(b, b_api)
    assert b.cursor > cursor_before  # the conflict does not hold the cursor back
    assert _open_conflicts(b) == [("contest", contest_id, "title", "A2", "B", "A2")]
    assert _contest(b, contest_id)["title"] == "A2"

    resolve(b, kind="contest", record_id=contest_id, field="title", choice="mine")
    assert _open_conflicts(b) == []
    queued = b.outbox_batch()
    rev = b.rows(select(domain["contest"].c.rev).where(domain["contest"].c.id == contest_id))
    assert [(m["kind"], m["record_id"], m["base_rev"], m["fields"], m["base"]) for m in queued] \
        == [("contest", contest_id, rev[0]["rev"], {"title": "B"}, {"title": "A2"})]
    report = sync_once(b, b_api)
    assert (report.pushed, report.conflicts, report.rejected) == (1, 0, 0)
    sync_once(a, a_api)
    final = {"title": "B", "description": "dA", "visibility": "internal"}
    assert _server_contest(live_server, contest_id) == final
    for store, api in ((a, a_api), (b, b_api)):
        assert _contest(store, contest_id) == final
        assert _open_conflicts(store) == []
        assert store.pending_count() == 0
        assert_replica_equals_server(store, api)


def test_theirs_sends_nothing_and_closes_the_conflict(live_server, tmp_path):  # noqa: ANN001
    (a, a_api), (b, b_api), contest_id = _diverge(live_server, tmp_path)
    assert _open_conflicts(b) == [("contest", contest_id, "title", "A", "B", "A")]
    resolve(b, kind="contest", record_id=contest_id, field="title", choice="theirs")
    assert _open_conflicts(b) == []
    assert b.pending_count() == 0
    report = sync_once(b, b_api)
    assert (report.pushed, report.conflicts) == (0, 0)
    sync_once(a, a_api)
    final = {"title": "A", "description": "dA", "visibility": "internal"}
    assert _server_contest(live_server, contest_id) == final
    assert _contest(a, contest_id) == final
    assert _contest(b, contest_id) == final
    assert_replica_equals_server(b, b_api)


def test_a_conflict_on_a_record_deleted_on_the_server_goes_with_it(live_server, tmp_path):  # noqa: ANN001
    """A tombstone leaves no value to choose between: the record and its conflict go."""
    (a, a_api), (b, b_api), contest_id = _diverge(live_server, tmp_path)
    stage_t = domain["stage"]
    stage_id = a.rows(select(stage_t.c.id).where(stage_t.c.contest_id == contest_id))[0]["id"]
    sync_once(a, a_api)
    a.save("stage", {"id": stage_id, "title": "Birinci"})
    b.save("stage", {"id": stage_id, "title": "İkinci"})
    sync_once(a, a_api)
    sync_once(b, b_api)
    assert [(c.kind, c.field, c.theirs, c.mine, c.label) for c in list_conflicts(b)
            if c.kind == "stage"] == [("stage", "title", "Birinci", "İkinci", "Birinci")]
    a.remove("stage", stage_id)
    report = sync_once(a, a_api)
    assert report.rejected == 0, a.rejections()
    sync_once(b, b_api)
    assert [c.kind for c in list_conflicts(b)] == ["contest"]
    assert b.rows(select(stage_t.c.id).where(stage_t.c.id == stage_id)) == []
