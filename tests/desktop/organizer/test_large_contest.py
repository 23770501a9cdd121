"""The Ideas table at 50,000 ideas: ids and order from SQL, rows read as they come into view."""

from __future__ import annotations

import datetime as dt
import time
import uuid

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop import organizer_queries
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from desktop.ui.organizer.ideas_model import PLACEHOLDER, TITLE, WINDOW
from tests.desktop.organizer.helpers import SAMPLE_CONTEST, call, open_workspace

N_IDEAS = 50_000
# Titles whose Azerbaijani order (A, Ə, I, İ) differs from code-point order (A, I, İ, Ə).
ORDERED = ["Ağac əkmə aksiyası", "Əlillər üçün rampa", "Ilıq avtobus dayanacağı",
           "İşıqlı küçələr"]
COMPLAINT_TITLES = 30  # "Şikayət …" in the title
COMPLAINT_BODIES = 20  # "… şikayət …" only in the text


def add_big_contest(store: LocalStore) -> str:
    """A copy of the sample contest with 50,000 ideas, written straight into the replica."""
    contest_t, idea_t = domain["contest"], domain["idea"]
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    with store.tx() as conn:
        sample = dict(conn.execute(select(contest_t).where(contest_t.c.title == SAMPLE_CONTEST))
                      .mappings().one())
        contest_id = str(uuid.uuid4())
        conn.execute(contest_t.insert(), [{**sample, "id": contest_id,
                                           "title": "Böyük müsabiqə (50 000 təklif)"}])
        rows = []
        for n in range(N_IDEAS):
            title, body = f"Təklif nömrə {n}", f"Mətn {n}: kənddə yol, su və internet."
            if n < COMPLAINT_TITLES:
                title = f"Şikayət qutusu {n}"
            elif n < COMPLAINT_TITLES + COMPLAINT_BODIES:
                body = f"Vətəndaş şikayət edir ki, {n} saylı küçədə işıq yoxdur."
            elif N_IDEAS - n <= len(ORDERED):  # the last ones: must move to the top by title
                title = ORDERED[N_IDEAS - n - 1]
            rows.append({"id": str(uuid.uuid4()), "contest_id": contest_id,
                         "org_id": sample["org_id"], "title": title, "body": body,
                         "channel": ("desktop", "kiosk", "import")[n % 3], "status": "submitted",
                         "created_at": start + dt.timedelta(minutes=n), "rev": 1})
        conn.execute(idea_t.insert(), rows)
    return contest_id


def test_fifty_thousand_ideas(make_session, qtbot, qtmodeltester, english):  # noqa: ANN001
    session = make_session("leyla")
    # Writing 50,000 rows is set-up, not what is measured: on a busy machine it takes longer.
    # Each stored idea is also folded for search (desktop.idea_search).
    contest_id = call(qtbot, session, add_big_contest, timeout=60000)
    workspace = open_workspace(qtbot, session)
    ideas, model = workspace.ideas, workspace.ideas.model

    began = time.perf_counter()
    workspace.contests.select_contest(contest_id)
    qtbot.waitUntil(lambda: model.rowCount() == N_IDEAS and ideas.count.text() == "50000 idea(s)",
                    timeout=20000)
    opened = time.perf_counter() - began
    # Created order: the complaint titles came first. The first screen was read with the ids.
    assert model.index(0, TITLE).data() == "Şikayət qutusu 0"
    assert model.index(29, TITLE).data() == "Şikayət qutusu 29"
    assert model.index(30, TITLE).data() == "Təklif nömrə 30"

    # A row far down is read only when the view asks for it.
    far = N_IDEAS // 2
    assert model.index(far, TITLE).data() == PLACEHOLDER
    qtbot.waitUntil(lambda: model.index(far, TITLE).data() == f"Təklif nömrə {far}", timeout=5000)
    assert len(model.cache) < 4 * WINDOW  # not the whole contest
    ideas.table.scrollTo(model.index(N_IDEAS - 1, TITLE))
    qtbot.waitUntil(lambda: model.index(N_IDEAS - 1, TITLE).data() == ORDERED[0], timeout=5000)

    # Ids are sorted by SQL in Azerbaijani order: Ağ, Əl, Ilıq, İş (not A, I, İ, Ə).
    began = time.perf_counter()
    ideas.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.sort_key == "title" and model.index(0, TITLE).data() == ORDERED[0],
                    timeout=20000)
    sorted_in = time.perf_counter() - began
    assert [model.index(n, TITLE).data() for n in range(4)] == ORDERED
    assert model.index(4, TITLE).data() == "Şikayət qutusu 0"  # Ş comes after İ, before T

    began = time.perf_counter()
    ideas.search.setText("ŞİKAYƏT")
    qtbot.waitUntil(lambda: model.rowCount() == COMPLAINT_TITLES + COMPLAINT_BODIES, timeout=20000)
    filtered = time.perf_counter() - began
    assert ideas.count.text() == "50 idea(s)"
    shown = {model.index(n, TITLE).data() for n in range(model.rowCount())}
    assert shown == ({f"Şikayət qutusu {n}" for n in range(COMPLAINT_TITLES)}
                     | {f"Təklif nömrə {n}" for n in range(30, 50)})

    # The same match straight from the store function: exactly these 50.
    found = call(qtbot, session, lambda store: organizer_queries.idea_ids(
        store, contest_id, text="ŞİKAYƏT", sort="title", descending=True))
    assert found == [model.ids[n] for n in range(model.rowCount() - 1, -1, -1)]
    # Title order is az_sort_key's, exactly what the AZ collation of the replica gives.
    idea_t = domain["idea"]
    collated = call(qtbot, session, lambda store: [r["id"] for r in store.rows(
        select(idea_t.c.id).where(idea_t.c.id.in_(found))
        .order_by(idea_t.c.title.collate("AZ").desc(), idea_t.c.id.desc()))])
    assert collated == found

    began = time.perf_counter()
    ideas.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == N_IDEAS, timeout=20000)
    unfiltered = time.perf_counter() - began
    print(f"\n50,000 ideas: open {opened:.2f} s; sort by title {sorted_in:.2f} s; "
          f"filter 'ŞİKAYƏT' {filtered:.2f} s, clear the filter {unfiltered:.2f} s (both "
          f"include the {ideas.timer.interval()} ms typing pause)")

    # The model tester stays attached and checks every later change, all 50,000 rows on each
    # reset: so it runs last, and on the filtered contest.
    ideas.search.setText("ŞİKAYƏT")
    qtbot.waitUntil(lambda: model.rowCount() == COMPLAINT_TITLES + COMPLAINT_BODIES, timeout=20000)
    qtmodeltester.check(model)
    model.add_rows(call(qtbot, session, lambda store: organizer_queries.idea_rows(store, model.ids)))
