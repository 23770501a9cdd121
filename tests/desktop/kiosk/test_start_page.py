"""The start page: open public contests with their deadline, refreshed even offline."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from desktop.replica_schema import domain
from tests.desktop.kiosk.conftest import DEMO_CONTEST


def test_start_page_lists_the_open_public_contest_with_its_deadline(open_kiosk):  # noqa: ANN001
    window = open_kiosk()
    page = window.start_page
    assert [b.title.text() for b in page.buttons] == [DEMO_CONTEST]
    contest = window.session.store.rows(select(domain["contest"]))[0]
    # The demo contest runs on Asia/Baku time, UTC+4 all year (no summer time since 2016).
    local = contest["ends_at"].astimezone(ZoneInfo("Asia/Baku"))
    assert local.utcoffset() == dt.timedelta(hours=4)
    expected = f"Deadline: {local.day} {local:%B} {local.year}, {local:%H:%M}"
    assert page.buttons[0].deadline.text() == expected
    assert not page.empty.isVisible()
    assert page.heading.text() == "Have an idea to make our services better?"


def test_a_contest_past_its_deadline_leaves_the_screen_even_offline(open_kiosk, qtbot):  # noqa: ANN001
    window = open_kiosk()
    session, page = window.session, window.start_page
    session.api.base_url = "http://127.0.0.1:9"  # nothing listens there: the kiosk is offline
    contest_t = domain["contest"]
    with session.store.tx() as conn:
        conn.execute(update(contest_t).values(
            ends_at=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)))
    page.timer.setInterval(300)  # the real 30 s, shortened for the test
    page.timer.start()
    qtbot.waitUntil(lambda: not page.buttons, timeout=5000)
    assert page.empty.isVisible()
    assert page.empty.text().startswith("No topics are open for ideas right now.")


def test_choosing_a_contest_opens_its_form_with_a_fresh_idea_id(open_kiosk):  # noqa: ANN001
    window = open_kiosk()
    window.start_page.buttons[0].click()
    form = window.form_page
    assert window.stack.currentWidget() is form
    assert form.heading.text() == DEMO_CONTEST
    first_id = form.idea_id
    assert first_id is not None and len(first_id) == 36
    form.back_button.click()
    assert window.stack.currentWidget() is window.start_page and form.idea_id is None
    window.start_page.buttons[0].click()
    assert form.idea_id not in (None, first_id)
