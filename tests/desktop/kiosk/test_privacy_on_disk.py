"""Once the server confirms an idea, the kiosk's files hold nothing of the visitor."""

from __future__ import annotations

from pathlib import Path

from desktop import edits, queries
from desktop.sync_engine import sync_once

NAME, PHONE, EMAIL = "Zülfiyyə Qəhrəmanova", "+994 55 987 65 43", "zulfiyye.test@example.az"
BODY = "Növbə üçün SMS xəbərdarlığı istəyirəm"


def _disk_bytes(database: Path) -> bytes:
    parts = [database, Path(f"{database}-wal"), Path(f"{database}-journal")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def test_visitor_details_leave_the_kiosk_disk_after_upload(make_session):  # noqa: ANN001
    session = make_session("kiosk1")
    store = session.store
    contest = queries.list_contests(store)[0]
    edits.submit_idea(store, contest_id=contest["id"], title="SMS", body=BODY,
                      contact_name=NAME, contact_phone=PHONE, contact_email=EMAIL)
    before = _disk_bytes(store.path)
    # While the idea waits for the server, it is on disk (that is what keeps it safe offline).
    assert EMAIL.encode() in before
    sync_once(store, session.api)
    assert store.pending_count() == 0
    after = _disk_bytes(store.path)
    for secret in (NAME, PHONE, EMAIL, BODY):
        assert secret.encode("utf-8") not in after, secret
