"""Clocks never order anything; deadlines are judged by the server's clock with a grace
period for kiosk ideas made offline; a score for a closed stage is refused and kept."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop import closing_edits, edits
from desktop.replica_schema import domain
from desktop.stage_closing import scoring_closing
from desktop.sync_engine import sync_once
from sync_server.handlers import sync as sync_handlers
from tests.sync_server.desktop_clients import (
    assert_replica_equals_server,
    desktop_client,
    new_contest,
    stage_and_criteria,
)
from tests.sync_server.server_fixtures import make_world

HOUR = dt.timedelta(hours=1)


def _server_clock(monkeypatch, offset: dt.timedelta) -> None:  # noqa: ANN001
    real = dt.datetime.now(dt.UTC)
    monkeypatch.setattr(sync_handlers, "clock", lambda: real + offset)


@pytest.mark.parametrize("offset_hours", [5, -5])
def test_client_clock_five_hours_off_syncs_and_is_warned(db_url, tmp_path, monkeypatch,  # noqa: ANN001
                                                          offset_hours):
    world = make_world(db_url)
    import desktop.sync_engine as engine

    monkeypatch.setattr(engine, "now", lambda: dt.datetime.now(dt.UTC) + offset_hours * HOUR)
    org, org_api = desktop_client(world.app, "org_a", tmp_path)
    contest_id = new_contest(org, ends_in=dt.timedelta(days=3))
    report = sync_once(org, org_api)
    assert (report.pushed, report.rejected, report.repaired) == (3, 0, 0)
    assert report.clock_skew is not None
    assert abs(report.clock_skew - offset_hours * HOUR) < dt.timedelta(minutes=1)
    # An idea stamped by a clock running ahead is dated no later than the server's now.
    kiosk, kiosk_api = desktop_client(world.app, "kiosk_a", tmp_path)
    sync_once(kiosk, kiosk_api)
    # The kiosk stamps the idea with its own (wrong) clock.
    kiosk.save("idea", {"contest_id": contest_id, "org_id": kiosk.org_id, "title": "Su",
                        "body": "Bulaq", "channel": "kiosk", "tracking_code": "34679-ACDEF",
                        "created_at": dt.datetime.now(dt.UTC) + offset_hours * HOUR})
    before_push = dt.datetime.now(dt.UTC)
    assert sync_once(kiosk, kiosk_api).rejected == 0
    sync_once(org, org_api)
    created = org.rows(select(domain["idea"].c.created_at))[0]["created_at"]
    if offset_hours > 0:
        assert before_push <= created <= dt.datetime.now(dt.UTC)
    else:
        assert created < before_push - 4 * HOUR
    assert_replica_equals_server(org, org_api)


def test_kiosk_idea_made_before_deadline_is_accepted_late_within_grace_only(
        db_url, tmp_path, monkeypatch):  # noqa: ANN001
    world = make_world(db_url)
    org, org_api = desktop_client(world.app, "org_a", tmp_path)
    contest_id = new_contest(org, ends_in=HOUR)
    sync_once(org, org_api)
    kiosk, kiosk_api = desktop_client(world.app, "kiosk_a", tmp_path)
    sync_once(kiosk, kiosk_api)
    # Both ideas are typed offline before the deadline.
    early, _ = edits.submit_idea(kiosk, contest_id=contest_id, title="Skamya", body="Parkda")
    _server_clock(monkeypatch, 2 * HOUR)  # one hour after the deadline, within 72 h
    report = sync_once(kiosk, kiosk_api)
    assert (report.pushed, report.rejected) == (1, 0)
    late, _ = edits.submit_idea(kiosk, contest_id=contest_id, title="Fəvvarə", body="Meydanda")
    _server_clock(monkeypatch, HOUR + 72 * HOUR + dt.timedelta(minutes=1))  # grace is over
    report = sync_once(kiosk, kiosk_api)
    assert (report.pushed, report.rejected) == (1, 1)
    refusal = kiosk.rejections()
    assert [(r["record_id"], r["code"]) for r in refusal] == [(late, "contest_closed")]
    assert "deadline passed" in refusal[0]["message"]
    # The refused idea stays on the kiosk for staff to see; the accepted one left it.
    assert [r["id"] for r in kiosk.rows(select(domain["idea"].c.id))] == [late]
    sync_once(org, org_api)
    ideas = org.rows(select(domain["idea"].c.id, domain["idea"].c.late_synced))
    assert ideas == [{"id": early, "late_synced": True}]


def test_kiosk_idea_in_time_is_not_marked_late(db_url, tmp_path):  # noqa: ANN001
    world = make_world(db_url)
    org, org_api = desktop_client(world.app, "org_a", tmp_path)
    contest_id = new_contest(org, ends_in=HOUR)
    sync_once(org, org_api)
    kiosk, kiosk_api = desktop_client(world.app, "kiosk_a", tmp_path)
    sync_once(kiosk, kiosk_api)
    edits.submit_idea(kiosk, contest_id=contest_id, title="Skamya", body="Parkda")
    sync_once(kiosk, kiosk_api)
    sync_once(org, org_api)
    assert org.rows(select(domain["idea"].c.late_synced)) == [{"late_synced": False}]


def test_score_for_a_closed_stage_is_refused_and_kept_locally(db_url, tmp_path):  # noqa: ANN001
    world = make_world(db_url)
    org, org_api = desktop_client(world.app, "org_a", tmp_path)
    contest_id = new_contest(org, ends_in=dt.timedelta(days=2))
    sync_once(org, org_api)
    author, author_api = desktop_client(world.app, "author1", tmp_path)
    sync_once(author, author_api)
    idea_id, _ = edits.submit_idea(author, contest_id=contest_id, title="Yol", body="Təmir")
    sync_once(author, author_api)
    sync_once(org, org_api)
    stage_id, (crit,) = stage_and_criteria(org, contest_id)
    edits.assign(org, stage_id=stage_id, idea_ids=[idea_id], evaluator_ids=[world.users["ev1"]])
    sync_once(org, org_api)
    ev, ev_api = desktop_client(world.app, "ev1", tmp_path)
    sync_once(ev, ev_api)
    # The organizer closes the stage (a decision for its one idea, then the status) while
    # the expert scores offline.
    closing_edits.close_stage(org, scoring_closing(
        stage_id=stage_id, scores={idea_id: None}, rule="explicit", chosen=[idea_id],
        reason="Yeganə təklif"))
    sync_once(org, org_api)
    edits.save_scores(ev, stage_id=stage_id, idea_id=idea_id, values={crit: 8})
    report = sync_once(ev, ev_api)
    assert (report.pushed, report.rejected, report.repaired) == (1, 1, 0)
    assert [r["code"] for r in ev.rejections()] == ["stage_closed"]
    for _ in range(2):  # it stays through later syncs and integrity checks
        assert [s["value"] for s in ev.rows(select(domain["score"]))] == [8.0]
        assert sync_once(ev, ev_api).repaired == 0
    assert ev.pending_count() == 0
    sync_once(org, org_api)
    assert org.rows(select(domain["score"])) == []
    assert_replica_equals_server(ev, ev_api)
