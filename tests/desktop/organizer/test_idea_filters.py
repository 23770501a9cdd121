"""Filters of the organizer's Ideas table: status, stage, channel and received dates, in SQL."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate
from sqlalchemy import select

from desktop import organizer_queries
from desktop.local_store import LocalStore
from desktop.organizer_queries import IdeaFilter
from desktop.replica_schema import domain
from tests.desktop.organizer.helpers import SAMPLE_CONTEST, call, open_workspace

# Twelve ideas, n = 0..11, in a contest on Baku time (UTC+4 all year):
#   channel: n % 3 -> desktop {0,3,6,9}, kiosk {1,4,7,10}, import {2,5,8,11}
#   status:  submitted {0..5}, shortlisted {6,7,8}, rejected {9,10}, winner {11}
#   received 2025-03-01 18:00 UTC + n hours = 22:00 Baku + n hours, so in Baku
#            1 March: {0,1} (22:00, 23:00), 2 March: {2..11} (00:00 .. 09:00);
#            in UTC the day changes between n = 5 and 6 instead.
#   stage 1 assigned {0..7} (idea 0 to two evaluators), stage 2 assigned {6,7}
#   "Şəki" in the title of {4, 10}
STATUSES = ["submitted"] * 6 + ["shortlisted"] * 3 + ["rejected"] * 2 + ["winner"]
START = dt.datetime(2025, 3, 1, 18, 0, tzinfo=dt.UTC)


def add_filter_contest(store: LocalStore) -> dict[str, object]:
    contest_t, stage_t, idea_t, assignment_t, user_t = (
        domain[k] for k in ("contest", "stage", "idea", "assignment", "user"))
    with store.tx() as conn:
        sample = dict(conn.execute(select(contest_t).where(contest_t.c.title == SAMPLE_CONTEST))
                      .mappings().one())
        contest_id = str(uuid.uuid4())
        conn.execute(contest_t.insert(), [{**sample, "id": contest_id, "timezone": "Asia/Baku",
                                           "title": "Süzgəc müsabiqəsi"}])
        stages = [str(uuid.uuid4()), str(uuid.uuid4())]
        conn.execute(stage_t.insert(), [
            {"id": s, "contest_id": contest_id, "org_id": sample["org_id"], "position": n + 1,
             "title": f"Mərhələ {n + 1}", "rev": 1} for n, s in enumerate(stages)])
        ideas = [str(uuid.uuid4()) for _ in range(12)]
        conn.execute(idea_t.insert(), [
            {"id": idea_id, "contest_id": contest_id, "org_id": sample["org_id"],
             "title": f"Şəki təklifi {n}" if n in (4, 10) else f"Təklif {n}", "body": "",
             "channel": ("desktop", "kiosk", "import")[n % 3], "status": STATUSES[n],
             "created_at": START + dt.timedelta(hours=n), "rev": 1}
            for n, idea_id in enumerate(ideas)])
        evaluators = list(conn.execute(select(user_t.c.id).limit(2)).scalars())
        pairs = [(stages[0], n, evaluators[0]) for n in range(8)]
        pairs += [(stages[0], 0, evaluators[1])] + [(stages[1], n, evaluators[0]) for n in (6, 7)]
        conn.execute(assignment_t.insert(), [
            {"id": str(uuid.uuid4()), "stage_id": s, "contest_id": contest_id,
             "org_id": sample["org_id"], "idea_id": ideas[n], "evaluator_id": e, "rev": 1}
            for s, n, e in pairs])
    return {"contest": contest_id, "stages": stages, "ideas": ideas}


def numbers(world: dict, ids: list[str]) -> set[int]:
    return {world["ideas"].index(i) for i in ids}


def test_filters_in_sql(make_session, qtbot):  # noqa: ANN001
    session = make_session("leyla")
    world = call(qtbot, session, add_filter_contest)
    stage1, stage2 = world["stages"]

    def ids(text: str = "", **kw) -> set[int]:  # noqa: ANN003
        f = IdeaFilter(zone="Asia/Baku", **kw)
        return numbers(world, call(qtbot, session, lambda store: organizer_queries.idea_ids(
            store, world["contest"], text=text, filters=f)))

    assert ids() == set(range(12))
    assert ids(status="shortlisted") == {6, 7, 8}
    assert ids(channel="kiosk") == {1, 4, 7, 10}
    # Idea 0 has two evaluators in stage 1 and is still listed once: 8 ideas, not 9.
    found = call(qtbot, session, lambda store: organizer_queries.idea_ids(
        store, world["contest"], filters=IdeaFilter(stage_id=stage1)))
    assert len(found) == 8 and numbers(world, found) == set(range(8))
    assert ids(stage_id=stage2) == {6, 7}
    assert ids(status="shortlisted", stage_id=stage2) == {6, 7}
    assert ids(channel="kiosk", stage_id=stage1) == {1, 4, 7}  # kiosk {1,4,7,10} ∩ {0..7}
    # Days on Baku clocks: 2 March is n = 2..11 (10 ideas), 1 March is n = 0, 1.
    assert ids(received_from=dt.date(2025, 3, 2)) == set(range(2, 12))
    assert ids(received_to=dt.date(2025, 3, 1)) == {0, 1}
    assert ids(received_from=dt.date(2025, 3, 2), received_to=dt.date(2025, 3, 2)) == set(range(2, 12))
    assert ids(received_from=dt.date(2025, 3, 3)) == set()
    # The same day in UTC would split between n = 5 and 6: six ideas, not two.
    utc = call(qtbot, session, lambda store: organizer_queries.idea_ids(
        store, world["contest"], filters=IdeaFilter(zone="UTC", received_to=dt.date(2025, 3, 1))))
    assert numbers(world, utc) == set(range(6))
    assert ids(received_from=dt.date(2025, 3, 2), channel="desktop") == {3, 6, 9}
    assert ids(status="submitted", received_to=dt.date(2025, 3, 1)) == {0, 1}
    # Text and filters together: "ŞƏKİ" is in {4, 10}, both kiosk; only 10 is rejected.
    assert ids("ŞƏKİ", channel="kiosk") == {4, 10}
    assert ids("ŞƏKİ", channel="kiosk", status="rejected") == {10}
    assert ids("ŞƏKİ", stage_id=stage2) == set()


def test_filter_bar(make_session, qtbot, english):  # noqa: ANN001
    session = make_session("leyla")
    world = call(qtbot, session, add_filter_contest)
    workspace = open_workspace(qtbot, session)
    ideas, model = workspace.ideas, workspace.ideas.model
    workspace.contests.select_contest(world["contest"])
    qtbot.waitUntil(lambda: model.rowCount() == 12 and ideas.stage_filter.count() == 3,
                    timeout=5000)
    assert [ideas.stage_filter.itemText(n) for n in range(3)] == ["Any stage", "Mərhələ 1",
                                                                    "Mərhələ 2"]

    ideas.status_filter.setCurrentIndex(ideas.status_filter.findData("shortlisted"))
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)  # {6, 7, 8}
    ideas.stage_filter.setCurrentIndex(2)  # stage 2: {6, 7}
    qtbot.waitUntil(lambda: ideas.count.text() == "2 idea(s)", timeout=5000)
    assert numbers(world, model.ids) == {6, 7}
    ideas.channel_filter.setCurrentIndex(ideas.channel_filter.findData("import"))
    qtbot.waitUntil(lambda: ideas.count.text() == "No idea matches these filters.", timeout=5000)

    ideas.clear_filters()
    ideas.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 12, timeout=5000)
    ideas.from_filter.setDate(QDate(2025, 3, 2))  # Baku days: {2..11}
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=5000)
    ideas.to_filter.setDate(QDate(2025, 3, 2))
    ideas.channel_filter.setCurrentIndex(ideas.channel_filter.findData("desktop"))
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)  # desktop {3, 6, 9}
    assert numbers(world, model.ids) == {3, 6, 9}

    # Another contest starts unfiltered.
    sample = next(c for c in workspace.contests.model.contests if c["title"] == SAMPLE_CONTEST)
    workspace.contests.select_contest(sample["id"])
    qtbot.waitUntil(lambda: model.rowCount() == 12 and ideas.stage_filter.count() == 2,
                    timeout=5000)
    assert ideas.channel_filter.currentIndex() == 0 and ideas.from_filter.date() == QDate(2000, 1, 1)
    workspace.resize(1280, 800)
    from tests.desktop.conftest import save_screenshot
    ideas.status_filter.setCurrentIndex(1)
    qtbot.wait(300)
    print(save_screenshot(workspace, "organizer_ideas_filters_en"))
