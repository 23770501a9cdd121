"""Pulled pages are stored by plain ``executemany`` (``LocalStore.apply_page``): the rows
must be the ones SQLAlchemy's ``insert()`` would have written, column defaults included."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import insert, select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from shared.roles import Role
from shared.wire import decode_record

IDEA = "11111111-1111-4111-8111-111111111111"


def _idea(**fields) -> dict:  # noqa: ANN003
    # What the server sends an evaluator: no author, contacts, source, extra, tracking code.
    data = {"id": IDEA, "contest_id": "c", "org_id": "o", "title": "Su İSTİFADƏSİ",
            "body": "Yağış suyu", "benefit": "", "category": "eko", "channel": "kiosk",
            "status": "submitted", "created_at": "2026-03-01T13:30:00+04:00",
            "late_synced": True, "revision_number": None, "revision_due": None, "rev": 1}
    return {"kind": "idea", "id": IDEA, "deleted": False, "data": {**data, **fields}}


def _raw(path, sql: str) -> list[tuple]:  # noqa: ANN001
    with sqlite3.connect(path) as raw:
        return raw.execute(sql).fetchall()


def test_a_pulled_record_is_stored_as_an_insert_would_store_it(tmp_path):  # noqa: ANN001
    store = LocalStore(tmp_path / "ev.sqlite3", role=Role.EVALUATOR, user_id="e", org_id="o")
    store.apply_page([_idea()], cursor=5)
    # 13:30 at +04:00 is 09:30 UTC, kept in SQLite's text form; True is 1. Fields an
    # evaluator never receives take their column defaults: extra's is {} (JSON text), the
    # others have none and are nullable, so NULL.
    assert _raw(store.path, "SELECT created_at, late_synced, extra, author_id, tracking_code, "
                            "revision_due FROM idea") == [
        ("2026-03-01 09:30:00.000000", 1, "{}", None, None, None)]
    assert store.cursor == 5
    # The search copy is kept by the idea table's triggers: folded the Azerbaijani way.
    # Folded by the Azerbaijani rules (the text has ə and ğ), behind their mark \x01.
    assert _raw(store.path, "SELECT text FROM idea_search") == [
        ("\x01su istifadəsi\x1fyağış suyu",)]

    # The same record written by SQLAlchemy into another replica: byte for byte the same row.
    other = LocalStore(tmp_path / "other.sqlite3", role=Role.EVALUATOR, user_id="e",
                       org_id="o")
    with other.tx() as conn:
        conn.execute(insert(domain["idea"]), decode_record(domain["idea"], _idea()["data"]))
    assert _raw(other.path, "SELECT * FROM idea") == _raw(store.path, "SELECT * FROM idea")
    store.close()
    other.close()


def test_a_newer_version_replaces_the_fields_sent_and_keeps_the_others(tmp_path):  # noqa: ANN001
    store = LocalStore(tmp_path / "org.sqlite3", role=Role.ORGANIZER, user_id="u", org_id="o")
    store.apply_page([_idea(author_id="a1", extra={"ward": 3}, tracking_code="AB12")], cursor=1)
    # A later version without author and extra (as a role that is not sent them receives
    # it): the title and revision change, author_id, extra and the code stay as they were.
    store.apply_page([_idea(title="Yeni ad", rev=2, late_synced=False)], cursor=2)
    rows = store.rows(select(domain["idea"].c.title, domain["idea"].c.rev,
                             domain["idea"].c.late_synced, domain["idea"].c.author_id,
                             domain["idea"].c.extra, domain["idea"].c.tracking_code))
    assert rows == [{"title": "Yeni ad", "rev": 2, "late_synced": False, "author_id": "a1",
                     "extra": {"ward": 3}, "tracking_code": "AB12"}]
    assert _raw(store.path, "SELECT text FROM idea_search") == [("\x01yeni ad\x1fyağış suyu",)]

    # A tombstone in a later page removes the record and its search copy.
    store.apply_page([{"kind": "idea", "id": IDEA, "deleted": True}], cursor=3)
    assert _raw(store.path, "SELECT count(*) FROM idea") == [(0,)]
    assert _raw(store.path, "SELECT count(*) FROM idea_search") == [(0,)]
    assert store.cursor == 3
    store.close()


def test_a_page_that_fails_stores_nothing_and_keeps_the_cursor(tmp_path):  # noqa: ANN001
    store = LocalStore(tmp_path / "ev.sqlite3", role=Role.EVALUATOR, user_id="e", org_id="o")
    store.apply_page([_idea()], cursor=4)
    second = {**_idea()["data"], "id": "22222222-2222-4222-8222-222222222222", "title": "B"}
    broken = {**second, "id": "33333333-3333-4333-8333-333333333333", "created_at": "yesterday"}
    with pytest.raises(ValueError):  # "yesterday" is no ISO 8601 time
        store.apply_page([{"kind": "idea", "id": second["id"], "deleted": False, "data": second},
                          {"kind": "idea", "id": broken["id"], "deleted": False, "data": broken}],
                         cursor=9)
    # One transaction: neither idea of the failed page, and the cursor where it was.
    assert _raw(store.path, "SELECT id FROM idea") == [(IDEA,)]
    assert store.cursor == 4
    store.close()


def _score_store(tmp_path):  # noqa: ANN001, ANN202
    store = LocalStore(tmp_path / "ev.sqlite3", role=Role.EVALUATOR, user_id="e", org_id="o")
    row = {"id": "s1", "stage_id": "st", "contest_id": "c", "org_id": "o", "idea_id": IDEA,
           "evaluator_id": "e", "criterion_id": "cr", "value": 5.0, "comment": ""}
    store.save("score", row)
    store.save("score", {**row, "value": 7.0})  # edited again before any sync
    return store, store.outbox_batch()


def _server_record(value: float) -> dict:
    return {"id": "s1", "stage_id": "st", "contest_id": "c", "org_id": "o", "idea_id": IDEA,
            "evaluator_id": "e", "criterion_id": "cr", "value": value, "comment": "", "rev": 1}


def test_an_answered_edit_keeps_the_unsent_one_on_top(tmp_path):  # noqa: ANN001
    store, (first, second) = _score_store(tmp_path)
    # Only the first edit was sent and applied (value 5, revision 1): the second, still in
    # the outbox, stays on top of the server's version.
    store.store_push_results([first], [{"mutation_id": first["id"], "status": "applied",
                                        "record": _server_record(5.0)}])
    assert store.rows(select(domain["score"].c.value, domain["score"].c.rev)) == [
        {"value": 7.0, "rev": 1}]
    assert [m["id"] for m in store.outbox_batch()] == [second["id"]]
    store.close()


def test_a_refused_second_edit_stays_visible_after_both_answers(tmp_path):  # noqa: ANN001
    store, (first, second) = _score_store(tmp_path)
    # Both answered in one batch: the first applied, the second refused. When the first
    # answer is stored the second edit is still queued and laid on top (7); its refusal
    # then removes it from the outbox and keeps the local value visible beside the reason.
    store.store_push_results([first, second], [
        {"mutation_id": first["id"], "status": "applied", "record": _server_record(5.0)},
        {"mutation_id": second["id"], "status": "rejected", "code": "stage_closed",
         "message": "closed"}])
    assert store.rows(select(domain["score"].c.value)) == [{"value": 7.0}]
    assert store.outbox_batch() == []
    assert [(r["mutation_id"], r["code"]) for r in store.rejections()] == [
        (second["id"], "stage_closed")]
    store.close()
