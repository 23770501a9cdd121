"""An idea sent while the kiosk is offline waits in the outbox and goes up by itself, once,
when the server can be reached again: nobody touches the kiosk in between."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import create_engine, func, select

from desktop.replica_schema import domain
from tests.desktop.kiosk.conftest import fill_form

DEAD_SERVER = "http://127.0.0.1:9"  # nothing listens on the discard port
TITLE = "Kənd məktəbinə internet"


def test_an_idea_sent_offline_is_uploaded_by_the_sessions_own_timer(open_kiosk, demo_server,
                                                                    qtbot) -> None:  # noqa: ANN001
    window = open_kiosk()
    session = window.session
    server_url = session.api.base_url
    session.api.base_url = DEAD_SERVER
    window.start_page.buttons[0].click()
    form, page = window.form_page, window.confirmation_page
    fill_form(window, qtbot, title=TITLE)
    # Send saves locally, then tries to sync at once: that try fails, the kiosk is offline.
    with qtbot.waitSignal(session.sync_failed, timeout=10000) as failed:
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == "offline" and session.online is False
    assert window.stack.currentWidget() is page
    code = page.code_label.text()
    assert page.offline.isVisible()
    assert page.offline.text() == "It will be sent as soon as the kiosk is online."
    outbox = session.store.outbox_batch()
    assert [(m["kind"], m["fields"]["title"], m["fields"]["tracking_code"]) for m in outbox] == [
        ("idea", TITLE, code)]

    # The network comes back. No click, no sync_now: only the session's timer, made quick.
    session.api.base_url = server_url
    session.timer.setInterval(200)
    session.timer.start()  # what Session.start() does first; make_session does not start it
    qtbot.waitUntil(lambda: session.store.outbox_batch() == [], timeout=15000)
    qtbot.waitUntil(lambda: session.online is True and not page.offline.isVisible(),
                    timeout=5000)
    session.timer.stop()
    qtbot.waitUntil(lambda: not session.syncing, timeout=10000)
    assert window.stack.currentWidget() is page and page.code_label.text() == code

    idea_t = domain["idea"]
    engine = create_engine(demo_server.db_url)
    with engine.connect() as conn:
        rows = conn.execute(select(idea_t.c.tracking_code, idea_t.c.channel)
                            .where(idea_t.c.title == TITLE)).all()
        total = conn.execute(select(func.count()).select_from(idea_t)).scalar()
    engine.dispose()
    assert [tuple(r) for r in rows] == [(code, "kiosk")]  # exactly one, though many syncs ran
    assert total == 13  # the 12 sample ideas and this one
