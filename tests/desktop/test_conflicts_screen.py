"""The conflicts screen over a live server: two workstations of Leyla change the same fields,
the second one sees them side by side, picks a side for each, and sync carries on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.api_client import ApiClient
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from shared.roles import Role
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import SAMPLE_CONTEST, call, english_locale
from tests.desktop.test_translations import installed_language

# 2027-01-15 08:00 UTC is 12:00 on Baku clocks (UTC+4); 2027-02-01 20:30 UTC is 00:30 on
# 2 February in Baku: the contest's zone, not this computer's, decides the day shown.
THEIR_END = dt.datetime(2027, 1, 15, 8, 0, tzinfo=dt.UTC)
MY_END = dt.datetime(2027, 2, 1, 20, 30, tzinfo=dt.UTC)


def other_workstation(server, tmp_path: Path) -> tuple[LocalStore, ApiClient]:  # noqa: ANN001
    api = ApiClient(server.url, timeout=10)
    user = api.login("leyla", server.passwords["leyla"])["user"]
    store = LocalStore(tmp_path / "other.sqlite3", role=Role(user["role"]), user_id=user["id"],
                       org_id=user["org_id"])
    sync_once(store, api)
    return store, api


def sample_contest(store: LocalStore) -> dict:
    t = domain["contest"]
    return store.rows(select(t).where(t.c.title == SAMPLE_CONTEST))[0]


def contest_row(store: LocalStore, contest_id: str) -> dict:
    t = domain["contest"]
    return store.rows(select(t.c.title, t.c.categories, t.c.ends_at).where(t.c.id == contest_id))[0]


def diverge(demo_server, make_session, tmp_path):  # noqa: ANN001, ANN201
    """Leyla's other desktop syncs first; this one's three fields come back as conflicts."""
    session = make_session("leyla")
    other, other_api = other_workstation(demo_server, tmp_path)
    contest_id = sample_contest(other)["id"]
    other.save("contest", {"id": contest_id, "title": "Kənd xidmətləri (A)",
                           "categories": ["Su", "Yol"], "ends_at": THEIR_END})
    session.store.save("contest", {"id": contest_id, "title": "Kənd xidmətləri (B)",
                                   "categories": ["İnternet"], "ends_at": MY_END})
    assert sync_once(other, other_api).conflicts == 0
    report = sync_once(session.store, session.api)
    assert (report.pushed, report.conflicts, report.rejected) == (1, 1, 0)  # one mutation
    return session, other, other_api, contest_id


def open_window(qtbot, session, monkeypatch):  # noqa: ANN001, ANN201
    from desktop.ui.main_window import MainWindow

    monkeypatch.setattr(session, "close", lambda: None)  # the make_session fixture closes it
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    session.refresh_pending()
    return window


def test_resolve_each_side(demo_server, make_session, tmp_path, qtbot, qtmodeltester,  # noqa: ANN001
                           monkeypatch):
    session, other, other_api, contest_id = diverge(demo_server, make_session, tmp_path)
    with english_locale():
        window = open_window(qtbot, session, monkeypatch)
        link = window.status.conflicts
        qtbot.waitUntil(lambda: link.isVisible(), timeout=5000)
        assert link.text() == "3 conflict(s) — resolve"
        link.click()
        from desktop.ui.conflicts_dialog import ConflictsDialog

        dialog = window.findChild(ConflictsDialog)
        model = dialog.model
        qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
        qtmodeltester.check(model)
        rows = {model.index(r, 1).data(): (model.index(r, 2).data(), model.index(r, 3).data())
                for r in range(3)}
        assert rows == {
            "Title": ("Kənd xidmətləri (A)", "Kənd xidmətləri (B)"),
            "Categories": ("Su; Yol", "İnternet"),  # one line here, a list below
            "Closes": ("15/01/2027 12:00 (Asia/Baku time)", "02/02/2027 00:30 (Asia/Baku time)"),
        }
        assert model.index(0, 0).data() == "Contest “Kənd xidmətləri (A)”"  # the replica shows theirs
        row = next(r for r in range(3) if model.index(r, 1).data() == "Categories")
        dialog.table.setCurrentIndex(model.index(row, 0))
        assert dialog.theirs.toPlainText() == "• Su\n• Yol"  # a list, one item a line
        assert dialog.mine.toPlainText() == "• İnternet"
        dialog.resize(900, 560)
        qtbot.wait(100)
        save_screenshot(dialog, "conflicts_en")

        # Keep theirs for the categories: nothing is sent, the row goes.
        dialog.keep_theirs.click()
        qtbot.waitUntil(lambda: model.rowCount() == 2 and not session.syncing, timeout=10000)
        assert link.text() == "2 conflict(s) — resolve"
        # Keep mine for the title: sent as a clean edit by the sync the choice started.
        row = next(r for r in range(2) if model.index(r, 1).data() == "Title")
        dialog.table.setCurrentIndex(model.index(row, 0))
        dialog.keep_mine.click()
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
        qtbot.waitUntil(lambda: not session.syncing and window.status.pending.text()
                        == "Everything sent", timeout=10000)
        sync_once(other, other_api)
        assert contest_row(other, contest_id) == {"title": "Kənd xidmətləri (B)",
                                                  "categories": ["Su", "Yol"],
                                                  "ends_at": THEIR_END}
        # The last one (the closing time) from the menu's shortcut path: keep mine.
        dialog.close()
        window.status.open_conflicts()
        assert window.findChild(ConflictsDialog) is dialog and dialog.isVisible()
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
        dialog.keep_mine.click()
        qtbot.waitUntil(lambda: model.rowCount() == 0 and not link.isVisible(), timeout=10000)
        assert dialog.empty.isVisible() and not dialog.keep_mine.isEnabled()
        qtbot.waitUntil(lambda: not session.syncing and window.status.pending.text()
                        == "Everything sent", timeout=10000)
        assert call(qtbot, session, lambda store: store.pending_count()) == 0
        sync_once(other, other_api)
        assert contest_row(other, contest_id)["ends_at"] == MY_END
        assert contest_row(session.store, contest_id) == contest_row(other, contest_id)


def test_conflicts_in_azerbaijani(demo_server, make_session, tmp_path, qtbot, monkeypatch):  # noqa: ANN001
    session, *_ = diverge(demo_server, make_session, tmp_path)
    with installed_language("az"):
        window = open_window(qtbot, session, monkeypatch)
        qtbot.waitUntil(lambda: window.status.conflicts.isVisible(), timeout=5000)
        assert window.status.conflicts.text() == "3 ziddiyyət — həll edin"
        window.status.open_conflicts()
        from desktop.ui.conflicts_dialog import ConflictsDialog

        dialog = window.findChild(ConflictsDialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
        assert (dialog.model.headerData(2, Qt.Orientation.Horizontal)
                == "Onlarınkı (serverdə)")
        qtbot.wait(100)
        save_screenshot(dialog, "conflicts_az")
        save_screenshot(window, "conflicts_status_az")
