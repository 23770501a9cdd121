"""Kamran's workspace: writing an idea, seeing it in My ideas with the server's tracking code."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop import author_queries, edits
from desktop.session import Session
from desktop.sync_engine import sync_once
from desktop.ui.author.my_ideas_model import fill
from desktop.ui.author.workspace import AuthorWorkspace
from shared.evaluation import Importance
from sync_server.db import make_engine
from sync_server.tables import domain
from tests.desktop.conftest import save_screenshot

CONTEST = "Kəndlər üçün rəqəmsal xidmətlər"
CODE = re.compile(r"^[34679ACDEFGHJKMNPQRTUVWXY]{5}-[34679ACDEFGHJKMNPQRTUVWXY]{5}$")


def _open(qtbot, session: Session) -> AuthorWorkspace:  # noqa: ANN001
    ws = AuthorWorkspace(session)
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    ws.show()
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow, timeout=5000)
    return ws


def _new_idea(qtbot, ws: AuthorWorkspace, title: str, body: str, benefit: str = "") -> None:  # noqa: ANN001
    qtbot.keyClick(ws, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.form.isVisible() and ws.form.contest.count() > 0, timeout=5000)
    ws.form.contest.setCurrentIndex(ws.form.contest.findText(CONTEST))
    ws.form.title.setText(title)
    ws.form.body.setPlainText(body)
    ws.form.benefit.setPlainText(benefit)


def _server_idea(db_url: str, idea_id: str) -> dict:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            idea_t = domain["idea"]
            return dict(conn.execute(select(idea_t).where(idea_t.c.id == idea_id)).mappings().one())
    finally:
        engine.dispose()


def test_submitted_idea_shows_in_my_ideas_with_the_servers_tracking_code(  # noqa: ANN201
        make_session, demo_server, qtbot, qtmodeltester):  # noqa: ANN001
    session = make_session("kamran")
    ws = _open(qtbot, session)
    assert ws.empty.isVisible() and ws.model.rowCount() == 0
    _new_idea(qtbot, ws, "Kənd klubunda onlayn növbə", "Klubda bir kompüter ASAN növbəsi üçün ayrılsın.",
              "Sakinlər növbə üçün şəhərə getməz")
    idea_id = ws.form.idea_id
    qtbot.mouseClick(ws.form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.model.row_of(idea_id) == 0, timeout=5000)
    assert not ws.form.isVisible()
    assert ws.banner.isVisible()
    # The edit starts a sync; once the server confirmed it, its code is the one shown.
    qtbot.waitUntil(lambda: ws.model.ideas[0].sent, timeout=10000)
    idea = ws.model.ideas[0]
    server = _server_idea(demo_server.db_url, idea_id)
    assert CODE.match(idea.tracking_code)
    assert idea.tracking_code == server["tracking_code"]
    assert server["author_id"] == session.profile.user_id and server["channel"] == "desktop"
    row = [ws.model.index(0, c).data() for c in range(5)]
    assert row[:4] == ["Kənd klubunda onlayn növbə", CONTEST, "Submitted", server["tracking_code"]]
    assert ws.banner.text() == (f"Your idea “Kənd klubunda onlayn növbə” was received. Its tracking "
                                f"code is {server['tracking_code']} — keep it to follow your idea.")
    qtmodeltester.check(ws.model)


def test_empty_title_is_shown_inline_and_nothing_is_saved(make_session, qtbot, monkeypatch):  # noqa: ANN001
    session = make_session("kamran")
    monkeypatch.setattr(session, "sync_now", lambda: None)
    ws = _open(qtbot, session)
    _new_idea(qtbot, ws, "   ", "Təsvir var, başlıq yoxdur.")
    ws.form.submit()
    assert ws.form.errors["title"].isVisible()
    assert ws.form.errors["title"].text() == "Give your idea a title."
    assert not ws.form.errors["body"].isVisible()
    assert ws.form.title.hasFocus()
    assert ws.form.isVisible()
    # Live checking after the first attempt never pulls the cursor out of the field in use.
    ws.form.body.setFocus()
    qtbot.keyClicks(ws.form.body, " Yeni")
    assert ws.form.body.hasFocus() and ws.form.errors["title"].isVisible()
    # Typing a title clears the message at once.
    ws.form.title.setText("Başlıq")
    assert not ws.form.errors["title"].isVisible()
    ws.form.body.setPlainText("x" * 5001)
    assert ws.form.errors["body"].text() == "This is 5001 characters long; at most 5000 fit."
    assert ws.form.counters["body"].text() == "5001 of 5000 characters"
    outbox = []
    session.run(lambda s: s.pending_count(), lambda n, _e: outbox.append(n))
    qtbot.waitUntil(lambda: bool(outbox))
    assert outbox == [0]


def test_double_submit_creates_one_idea(make_session, qtbot, monkeypatch):  # noqa: ANN001
    session = make_session("kamran")
    monkeypatch.setattr(session, "sync_now", lambda: None)  # keep the outbox to count it
    ws = _open(qtbot, session)
    _new_idea(qtbot, ws, "Poçtda çap xidməti", "Arayışları poçt şöbəsində çap etmək mümkün olsun.")
    ws.new_idea()  # Ctrl+N while writing keeps what is written
    assert ws.form.title.text() == "Poçtda çap xidməti"
    ws.form.submit()
    ws.form.submit()  # a double click arrives before the first save is back
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5000)
    batch = []
    session.run(lambda s: s.outbox_batch(), lambda b, _e: batch.append(b))
    qtbot.waitUntil(lambda: bool(batch))
    assert [m["kind"] for m in batch[0]] == ["idea"]
    assert ws.model.index(0, 2).data() == "Waiting to be sent"
    assert ws.model.index(0, 3).data() == "after sending"


def test_internal_contests_of_his_organization_are_offered(make_session, qtbot):  # noqa: ANN001
    leyla = make_session("leyla")
    now = dt.datetime.now(dt.UTC)
    edits.create_contest(leyla.store, title="Nazirlik daxili: iş prosesləri", description="",
                         requirements=[], starts_at=now - dt.timedelta(days=1),
                         ends_at=now + dt.timedelta(days=3), timezone="Asia/Baku",
                         visibility="internal", stage_title="Qiymətləndirmə",
                         criteria=[edits.CriterionSpec("Fayda", Importance.HIGH)])
    assert sync_once(leyla.store, leyla.api).rejected == 0
    kamran = make_session("kamran")
    internal = author_queries.open_internal_contests(kamran.store, now)
    assert [c["title"] for c in internal] == ["Nazirlik daxili: iş prosesləri"]
    ws = _open(qtbot, kamran)
    ws.new_idea()
    qtbot.waitUntil(lambda: ws.form.contest.count() == 2, timeout=5000)
    # Closing soonest first: the internal contest ends in 3 days, the public one in 28.
    assert [ws.form.contest.itemText(i) for i in range(2)] == ["Nazirlik daxili: iş prosesləri", CONTEST]
    assert "For staff of the organization only." in ws.form.contest_info.text()


def test_fill_keeps_percent_signs_in_values():
    assert fill("“%1” — %2", "50%2 endirim", "X") == "“50%2 endirim” — X"


def test_screenshot_of_my_ideas(make_session, qtbot):  # noqa: ANN001
    session = make_session("kamran")
    ws = _open(qtbot, session)
    ideas = [("Kənd klubunda onlayn növbə", "Klubda bir kompüter ASAN növbəsi üçün ayrılsın."),
             ("Poçtda arayışların çapı", "Arayışları ən yaxın poçt şöbəsində çap etmək mümkün olsun."),
             ("Yaşlılar üçün telefonla qeydiyyat", "Zəng mərkəzi vasitəsilə xidmətə yazılmaq olsun.")]
    for title, body in ideas:
        _new_idea(qtbot, ws, title, body)
        idea_id = ws.form.idea_id
        ws.form.submit()
        qtbot.waitUntil(lambda i=idea_id: ws.model.row_of(i) >= 0 and ws.model.ideas[ws.model.row_of(i)].sent,
                        timeout=10000)
    qtbot.waitUntil(lambda: not session.syncing, timeout=10000)
    assert ws.model.rowCount() == 3 and all(CODE.match(i.tracking_code) for i in ws.model.ideas)
    save_screenshot(ws, "author_my_ideas")
    ws.new_idea()
    qtbot.waitUntil(lambda: ws.form.contest.count() > 0, timeout=5000)
    ws.form.body.setPlainText("Kənd sakinləri e-imzanı poçt şöbəsində ala bilsin.")
    ws.form.submit()  # no title: the inline message shows
    save_screenshot(ws, "author_new_idea")
