"""The audit log: entries for logins and organizer changes, the hash chain, and its check."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid

from sqlalchemy import delete, select, update

from sync_server import audit
from sync_server.db import make_engine
from sync_server.tables import audit_log
from tests.sync_server.server_fixtures import PASSWORD, contest_fields, iso, make_world, mutation
from tests.sync_server.wsgi_client import WsgiClient

# make_world: 2 organizations and 7 users made at the command line, one entry each.
SETUP_ENTRIES = 2 + 7


def _contest_run(world) -> tuple[WsgiClient, dict]:  # noqa: ANN001
    """Organizer of Org A logs in and pushes a contest, a stage, a criterion, then edits
    the contest's title; ids returned by name."""
    org = world.client("org_a")
    ids = {k: str(uuid.uuid4()) for k in ("contest", "stage", "criterion")}
    body = {"mutations": [
        mutation("contest", ids["contest"], contest_fields("Yaşıl şəhər")),
        mutation("stage", ids["stage"], {"contest_id": ids["contest"], "position": 1,
                                         "title": "Qiymətləndirmə", "deadline": iso(5)}),
        mutation("criterion", ids["criterion"], {"stage_id": ids["stage"], "name": "Aktuallıq"}),
    ]}
    answer = org.request("POST", "/api/v1/push", body)
    assert [r["status"] for r in answer.body["results"]] == ["applied"] * 3
    edit = mutation("contest", ids["contest"], {"title": "Yaşıl Bakı"}, base_rev=1,
                    base={"title": "Yaşıl şəhər"})
    assert org.request("POST", "/api/v1/push", {"mutations": [edit]}).body["results"][0][
        "status"] == "applied"
    return org, ids


def _verify(url: str) -> tuple[int, list[audit.Problem]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return audit.verify(conn)
    finally:
        engine.dispose()


def _cli(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sync_server", *args, "--db", url],
                          capture_output=True, text=True, timeout=120)


def test_logins_and_contest_changes_are_logged_in_order_with_an_intact_chain(db_url):
    world = make_world(db_url)
    bad = WsgiClient(world.app).request("POST", "/api/v1/login",
                                        {"username": "org_a", "password": "wrong-password"})
    assert bad.status == 401
    stranger = WsgiClient(world.app).request("POST", "/api/v1/login",
                                             {"username": "nobody", "password": "x" * 12})
    assert stranger.status == 401
    _org, ids = _contest_run(world)
    engine = world.app.engine
    with engine.connect() as conn:
        rows = conn.execute(select(audit_log).order_by(audit_log.c.seq)).mappings().all()
    actions = [r["action"] for r in rows]
    assert actions[:SETUP_ENTRIES] == ["organization.create"] * 2 + ["user.create"] * 7
    # then: failed login of org_a, failed login of an unknown name, org_a's login, 3 creations,
    # one update: 9 + 2 + 1 + 3 + 1 = 16 entries numbered 1..16
    assert actions[SETUP_ENTRIES:] == ["login.failure", "login.failure", "login.success",
                                       "contest.create", "stage.create", "criterion.create",
                                       "contest.update"]
    assert [r["seq"] for r in rows] == list(range(1, 17))
    org_a = world.users["org_a"]
    failure, unknown = rows[9], rows[10]
    assert (failure["actor_id"], failure["target_id"]) == (org_a, org_a)
    assert unknown["actor_id"] is None and unknown["org_id"] is None and unknown["details"] == {}
    update_entry = rows[15]
    assert update_entry["target_id"] == ids["contest"] and update_entry["actor_id"] == org_a
    assert update_entry["details"] == {"changed": {"title": ["Yaşıl şəhər", "Yaşıl Bakı"]},
                                       "title": "Yaşıl Bakı"}
    assert rows[0]["prev_hash"] == audit.GENESIS
    assert all(rows[i]["prev_hash"] == rows[i - 1]["hash"] for i in range(1, 16))
    assert _verify(db_url) == (16, [])
    engine.dispose()
    done = _cli(db_url, "audit", "verify")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "16 entries, chain intact"


def test_a_refused_mutation_leaves_no_entry(db_url):
    world = make_world(db_url)
    org = world.client("org_a")  # entry 10
    stage = mutation("stage", str(uuid.uuid4()), {"contest_id": str(uuid.uuid4())})
    assert org.request("POST", "/api/v1/push", {"mutations": [stage]}).body["results"][0][
        "status"] == "rejected"
    assert _verify(db_url) == (SETUP_ENTRIES + 1, [])
    world.app.engine.dispose()


def test_an_edited_entry_is_named_by_verify_and_the_command(db_url):
    world = make_world(db_url)
    _contest_run(world)
    with world.app.engine.begin() as conn:  # someone rewrites history: 13, criterion.create
        conn.execute(update(audit_log).where(audit_log.c.seq == 13)
                     .values(details={"title": "Başqa ad"}))
    world.app.engine.dispose()
    count, problems = _verify(db_url)
    assert count == 14  # 9 setup + 1 login + 3 creations + 1 update
    assert [p.seq for p in problems] == [13]
    assert "edited" in problems[0].reason
    done = _cli(db_url, "audit", "verify")
    assert done.returncode == 1
    assert done.stderr.startswith("audit log broken: entry 13: was edited")


def test_a_removed_entry_is_named_in_the_middle_and_at_the_end(db_url):
    world = make_world(db_url)
    _contest_run(world)  # entries 1..14: 9 setup, 1 login, 3 creations, 1 update
    with world.app.engine.begin() as conn:
        conn.execute(delete(audit_log).where(audit_log.c.seq == 11))
    count, problems = _verify(db_url)
    assert count == 13 and [(p.seq, p.reason) for p in problems] == [(11, "entry 11 was removed")]
    with world.app.engine.begin() as conn:  # the newest entry too: only the counter knows
        conn.execute(delete(audit_log).where(audit_log.c.seq == 14))
    world.app.engine.dispose()
    _count, problems = _verify(db_url)
    assert [p.seq for p in problems] == [11, 14]
    assert "from the end" in problems[1].reason
    done = _cli(db_url, "audit", "verify")
    assert done.returncode == 1 and "entry 11 was removed" in done.stderr


def test_swapped_entries_are_named(db_url):
    world = make_world(db_url)
    _contest_run(world)
    engine = world.app.engine
    with engine.begin() as conn:  # move entry 12 to 13 and back: contents swapped
        a, b = (dict(conn.execute(select(audit_log).where(audit_log.c.seq == s)).mappings().one())
                for s in (12, 13))
        conn.execute(delete(audit_log).where(audit_log.c.seq.in_((12, 13))))
        conn.execute(audit_log.insert(), [{**a, "seq": 13}, {**b, "seq": 12}])
    engine.dispose()
    _count, problems = _verify(db_url)
    # 12 and 13 hash other numbers than they carry now, and neither follows its predecessor;
    # 14 still names the old 13 as its predecessor.
    assert [p.seq for p in problems] == [12, 12, 13, 13, 14]
    assert str(problems[0]).startswith("entry 12: does not follow")


def test_concurrent_writers_never_fork_the_chain(db_url):
    """Eight organizers' pushes at once, each with an audited creation: entries stay numbered
    1..N without gaps and each chains to the one before (the counter row's lock)."""
    world = make_world(db_url)
    clients = [world.client("org_a") for _ in range(8)]  # 8 logins: entries 10..17
    errors: list[BaseException] = []

    def push(client: WsgiClient) -> None:
        try:
            for _ in range(3):
                body = {"mutations": [mutation("contest", str(uuid.uuid4()), contest_fields())]}
                assert client.request("POST", "/api/v1/push", body).status == 200
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    world.app.engine.dispose()
    assert _verify(db_url) == (SETUP_ENTRIES + 8 + 8 * 3, [])  # 9 + 8 + 24 = 41


def test_organizers_read_only_their_own_organizations_log_newest_first(db_url):
    world = make_world(db_url)
    org, ids = _contest_run(world)
    page = org.request("GET", "/api/v1/audit?limit=3")
    assert page.status == 200 and page.body["more"] is True
    # Org A's newest three: the update (14), criterion (13), stage (12)
    assert [(e["seq"], e["action"]) for e in page.body["entries"]] == [
        (14, "contest.update"), (13, "criterion.create"), (12, "stage.create")]
    assert page.body["entries"][0]["actor"] == "org_a"
    rest = org.request("GET", "/api/v1/audit?before=12").body
    # Org A's older entries: 11 contest, 10 login, 9 admin, 7 kiosk_a, 6 author1, 5 ev2,
    # 4 ev1, 3 org_a users, 1 its organization (2 and 8 are Org B's)
    assert [e["seq"] for e in rest["entries"]] == [11, 10, 9, 7, 6, 5, 4, 3, 1]
    assert rest["more"] is False
    follow = org.request("GET", "/api/v1/audit?after=11").body
    assert [e["seq"] for e in follow["entries"]] == [12, 13, 14]
    other = world.client("org_b")  # entry 15, Org B's
    assert [e["action"] for e in other.request("GET", "/api/v1/audit").body["entries"]] == [
        "login.success", "user.create", "organization.create"]
    evaluator = world.client("ev1")
    assert evaluator.request("GET", "/api/v1/audit").status == 403
    assert org.request("GET", "/api/v1/audit?after=1&before=5").status == 400
    assert org.request("GET", "/api/v1/audit?limit=501").status == 400
    assert WsgiClient(world.app).request("GET", "/api/v1/audit").status == 401
    world.app.engine.dispose()


def test_no_secret_reaches_the_log(db_url):
    world = make_world(db_url)
    _contest_run(world)
    WsgiClient(world.app).request("POST", "/api/v1/login", {"username": "org_a",
                                                             "password": "wrong-password"})
    with world.app.engine.connect() as conn:
        text = repr(conn.execute(select(audit_log)).all())
    world.app.engine.dispose()
    assert PASSWORD not in text and "wrong-password" not in text


def test_an_entry_overwritten_with_text_that_is_not_json_is_named_not_a_crash(db_url):
    world = make_world(db_url)
    org, _ids = _contest_run(world)  # entries 1..14: 9 setup, 1 login, 3 creations, 1 update
    with world.app.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # PostgreSQL's json type refuses the text itself; take the column's check off as
            # a person editing the database by hand could.
            conn.exec_driver_sql("ALTER TABLE audit_log ALTER COLUMN details TYPE text")
        conn.exec_driver_sql("UPDATE audit_log SET details = '{not json' WHERE seq = 10")
    world.app.engine.dispose()
    count, problems = _verify(db_url)
    # 10 is the login; every other entry still hashes as written.
    assert count == 14 and [(p.seq, p.reason) for p in problems] == [
        (10, "was edited (its details are no longer readable)")]
    done = _cli(db_url, "audit", "verify")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("audit log broken: entry 10: was edited (its details are no "
                                  "longer readable)")
    # The log still reads: Org A's entries after 9 are 10 (marked) and 11..14 (14 the update).
    follow = org.request("GET", "/api/v1/audit?after=9")
    assert follow.status == 200
    assert [(e["seq"], e["unreadable"], e["details"] is None)
            for e in follow.body["entries"]] == [
        (10, True, True), (11, False, False), (12, False, False), (13, False, False),
        (14, False, False)]
    world.app.engine.dispose()
