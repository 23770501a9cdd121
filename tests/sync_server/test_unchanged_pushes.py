"""A push that changes none of a record's own fields writes nothing: no new revision, no
new server stamp (decided_at, updated_at), no feed entry, no audit entry."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from shared.ids import decision_id
from sync_server.tables import audit_log, domain
from tests.sync_server.evaluation_world import build
from tests.sync_server.server_fixtures import mutation


def _stored_decision(w, stage: str, idea: str) -> dict:  # noqa: ANN001
    with w.world.app.engine.connect() as conn:
        table = domain["decision"]
        return dict(conn.execute(select(table).where(
            table.c.id == decision_id(stage_id=w.ids[stage], idea_id=w.ids[idea]))
        ).mappings().one())


def _audit_count(w) -> int:  # noqa: ANN001
    with w.world.app.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(audit_log)).scalar_one()


def test_a_stale_repeated_decision_is_a_conflict_that_changes_nothing(db_url):
    w = build(db_url)
    w.submit_idea("author1", "A", "Həyətdə bağ", "Həyətdə ağaclar əkilsin")
    w.assign("SCO", [("A", "ev1")])
    first = w.decision("SCO", "A", "not_advanced", rule="explicit", reason="Xərci çox")
    assert (first["status"], first["record"]["rev"]) == ("applied", 1)
    stored = _stored_decision(w, "SCO", "A")
    audit_before = _audit_count(w)
    _, cursor = w.client("org_a").pull_all()
    # Another organizer's device, which never saw rev 1, pushes a different outcome twice:
    # outcome differs from the stored one and has no base, so both are conflicts.
    for _ in range(2):
        again = w.decision("SCO", "A", "advanced", rule="explicit", reason="Xərci çox",
                           base_rev=0)
        assert again["status"] == "conflict"
        assert [c["field"] for c in again["conflicts"]] == ["outcome"]
        assert again["record"]["rev"] == 1
    # The same push repeated with the stored values: nothing differs, nothing is written.
    same = w.decision("SCO", "A", "not_advanced", rule="explicit", reason="Xərci çox",
                      base_rev=0)
    assert (same["status"], same["record"]["rev"]) == ("applied", 1)
    after = _stored_decision(w, "SCO", "A")
    assert (after["rev"], after["decided_at"], after["outcome"]) == (
        1, stored["decided_at"], "not_advanced")
    assert _audit_count(w) == audit_before
    # The feed has nothing new for the organizer either.
    changes, _ = w.client("org_a").pull_all(cursor)
    assert [c for c in changes if c["kind"] == "decision"] == []
    # A real change still moves the revision and the stamp.
    changed = w.decision("SCO", "A", "advanced", rule="explicit", reason="Yenidən baxıldı",
                         base_rev=1)
    assert (changed["status"], changed["record"]["rev"]) == ("applied", 2)
    assert _stored_decision(w, "SCO", "A")["decided_at"] > stored["decided_at"]
    assert _audit_count(w) == audit_before + 1
    w.world.app.engine.dispose()


def test_returning_a_revised_idea_again_is_a_change_though_the_outcome_reads_the_same(db_url):
    w = build(db_url)
    w.submit_idea("author1", "A", "Həyətdə bağ", "Ağaclar əkilsin")
    w.assign("SCR", [("A", "ev1")])
    assert w.decision("SCR", "A", "returned")["status"] == "applied"  # rev 1
    revised = w.push("author1", [mutation("idea_revision", str(uuid.uuid4()), {
        "idea_id": w.ids["A"], "title": "Həyətdə bağ", "body": "Ağaclar və kollar əkilsin"})])[0]
    assert revised["status"] == "applied"
    assert _idea_status(w, "A") == "revised"
    # A stale copy of the first return changes nothing: the idea stays revised.
    stale = w.decision("SCR", "A", "returned", base_rev=0)
    assert (stale["status"], stale["record"]["rev"], _idea_status(w, "A")) == (
        "applied", 1, "revised")
    # The organizer, having seen rev 1, returns it once more: a new decision, rev 2.
    again = w.decision("SCR", "A", "returned", base_rev=1)
    assert (again["status"], again["record"]["rev"], _idea_status(w, "A")) == (
        "applied", 2, "returned")
    w.world.app.engine.dispose()


def _idea_status(w, label: str) -> str:  # noqa: ANN001
    with w.world.app.engine.connect() as conn:
        table = domain["idea"]
        return conn.execute(select(table.c.status).where(table.c.id == w.ids[label])).scalar_one()
