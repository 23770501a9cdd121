"""What the status line says about a sync, each path played against a real demo server:
a long sync with progress and Cancel, "please update", "downloaded again", and changes
refused by the server with the reason on the item and in the list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import create_engine, func, select

from desktop.api_client import ApiClient
from desktop.local_store import LocalStore
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from shared.roles import Role
from shared.wire import encode_time
from sync_server.purge import purge
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import SAMPLE_CONTEST, call, english_locale
from tests.desktop.test_translations import installed_language


def open_window(qtbot, session, monkeypatch):  # noqa: ANN001, ANN201
    from desktop.ui.main_window import MainWindow

    monkeypatch.setattr(session, "close", lambda: None)  # the make_session fixture closes it
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def replica_size(store: LocalStore) -> int:
    return sum(store.rows(select(func.count().label("n")).select_from(t))[0]["n"]
               for t in domain.values())


def sample_contest(store: LocalStore) -> dict:
    t = domain["contest"]
    return store.rows(select(t).where(t.c.title == SAMPLE_CONTEST))[0]


def test_cancel_between_pages_keeps_what_was_applied(demo_server, make_session, qtbot,  # noqa: ANN001
                                                    monkeypatch):
    session = make_session("leyla", sync=False)
    session.page_size = 5
    window = open_window(qtbot, session, monkeypatch)
    # What the server's first page of five is, read independently of the client.
    api = ApiClient(demo_server.url, timeout=10)
    api.login("leyla", demo_server.passwords["leyla"])
    first = api.pull(0, 5)
    everything = api.pull(0, 1000)
    assert first["more"] and not everything["more"]
    first_records = {c["id"] for c in first["changes"] if not c["deleted"]}

    seen: list[tuple[int, int]] = []

    def cancel_after_first_page(done: int, total: int) -> None:
        seen.append((done, total))
        session.cancel_sync()

    # Direct: the Cancel is pressed before the engine asks for the second page.
    session.sync_progress.connect(cancel_after_first_page, Qt.ConnectionType.DirectConnection)
    shown: list[tuple[int, int, bool]] = []
    session.sync_progress.connect(lambda d, t: shown.append(
        (window.status.progress.value(), window.status.progress.maximum(),
         window.status.cancel.isVisible())))
    failures: list[str] = []
    session.sync_failed.connect(lambda kind, _message: failures.append(kind))
    session.sync_now()
    qtbot.waitUntil(lambda: failures == ["cancelled"], timeout=10000)
    # One page of 5 out of all the changes: done 5, expected = 5 + what the server had left.
    assert seen == [(5, len(everything["changes"]))]
    assert window.status.message.text() == "Sync cancelled. What was received is kept."
    assert not window.status.progress.isVisible() and not window.status.cancel.isVisible()
    # The cursor moved exactly as far as the applied page; its records, and only they, are kept.
    assert call(qtbot, session, lambda s: s.cursor) == first["cursor"]
    assert call(qtbot, session, replica_size) == len(first_records)

    session.sync_progress.disconnect(cancel_after_first_page)
    session.page_size = 1000
    finished: list[object] = []
    session.sync_finished.connect(finished.append)
    session.sync_now()
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    assert finished[0].pulled == len(everything["changes"]) - 5
    assert call(qtbot, session, lambda s: s.cursor) == everything["cursor"]
    assert call(qtbot, session, replica_size) == len(
        {c["id"] for c in everything["changes"] if not c["deleted"]})
    assert shown and not any(visible for *_, visible in shown[1:])  # one page: no bar


def test_progress_bar_for_a_sync_of_several_pages(make_session, qtbot, monkeypatch):  # noqa: ANN001
    session = make_session("leyla", sync=False)
    session.page_size = 10
    window = open_window(qtbot, session, monkeypatch)
    bars: list[tuple[int, int]] = []
    session.sync_progress.connect(lambda d, t: bars.append(
        (window.status.progress.value(), window.status.progress.maximum()))
        if window.status.progress.isVisible() else None)
    finished: list[object] = []
    session.sync_finished.connect(finished.append)
    session.sync_now()
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    total = finished[0].pulled
    assert total > 20  # several pages of ten
    # Queued to the GUI thread, the bar shows each page's count against the whole.
    assert bars and bars[-1] == (total, total) and all(m == total for _, m in bars)
    assert not window.status.progress.isVisible()


def test_please_update(make_session, qtbot, monkeypatch):  # noqa: ANN001
    session = make_session("leyla")
    contest = sample_contest(session.store)
    session.store.save("contest", {"id": contest["id"], "description": "Yeni təsvir"})
    session.api.protocol = 0  # a build older than the server's oldest accepted protocol
    window = open_window(qtbot, session, monkeypatch)
    failures: list[str] = []
    session.sync_failed.connect(lambda kind, _message: failures.append(kind))
    session.sync_now()
    qtbot.waitUntil(lambda: failures == ["update"], timeout=10000)
    assert window.status.message.text() == ("Please update Idea Bank: the server no longer "
                                            "accepts this version. Your unsent work is kept.")
    qtbot.waitUntil(lambda: window.status.pending.text() == "1 change(s) waiting to be sent",
                    timeout=5000)
    with installed_language("az"):
        session.sync_failed.emit("update", "")
        assert window.status.message.text().startswith("Zəhmət olmasa")
        save_screenshot(window.status, "sync_please_update_az")


def test_downloaded_again_after_the_server_purged(demo_server, make_session, tmp_path, qtbot,  # noqa: ANN001
                                                  monkeypatch):
    session = make_session("leyla")
    contest = sample_contest(session.store)
    # Leyla's other desktop removes an assignment; the server later purges that tombstone,
    # so this replica (whose cursor is before it) can no longer learn of the removal.
    api = ApiClient(demo_server.url, timeout=10)
    user = api.login("leyla", demo_server.passwords["leyla"])["user"]
    other = LocalStore(tmp_path / "other.sqlite3", role=Role.ORGANIZER, user_id=user["id"],
                       org_id=user["org_id"])
    sync_once(other, api)
    assignment_t = domain["assignment"]
    gone = other.rows(select(assignment_t.c.id))[0]["id"]
    other.remove("assignment", gone)
    sync_once(other, api)
    engine = create_engine(demo_server.db_url)
    assert purge(engine, older_than=dt.timedelta(0),
                 now=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)) == 1
    engine.dispose()
    # Unsent work on this desktop must survive the re-download.
    session.store.save("contest", {"id": contest["id"], "description": "Yerli dəyişiklik"})
    window = open_window(qtbot, session, monkeypatch)
    finished: list[object] = []
    session.sync_finished.connect(finished.append)
    session.sync_now()
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    assert finished[0].redownloaded and finished[0].pushed == 1
    assert window.status.message.text() == ("The server asked for a fresh copy, so everything "
                                            "was downloaded again. Your unsent work was kept "
                                            "and sent.")
    ids = {r["id"] for r in session.store.rows(select(assignment_t.c.id))}
    assert gone not in ids and ids == {r["id"] for r in other.rows(select(assignment_t.c.id))}
    sync_once(other, api)
    assert sample_contest(other)["description"] == "Yerli dəyişiklik"
    other.close()


def test_refused_change_shown_on_the_contest_and_in_the_list(make_session, qtbot,  # noqa: ANN001
                                                             qtmodeltester, monkeypatch):
    session = make_session("leyla")
    contest = sample_contest(session.store)
    with english_locale():
        window = open_window(qtbot, session, monkeypatch)
        workspace = window.workspace
        qtbot.waitUntil(lambda: workspace.contests.model.rowCount() > 0, timeout=5000)
        workspace.contests.select_contest(contest["id"])
        # Closing before it opens: the server refuses it with its reason.
        bad_end = contest["starts_at"] - dt.timedelta(days=1)
        session.edit(lambda store: store.save("contest", {"id": contest["id"],
                                                          "ends_at": bad_end}))
        link = window.status.refusals
        qtbot.waitUntil(lambda: link.isVisible() and not session.syncing, timeout=10000)
        assert link.text() == "1 change(s) refused — see why"
        qtbot.waitUntil(lambda: workspace.refusal.isVisible(), timeout=5000)
        assert workspace.refusal.text() == (
            "The server refused 1 change(s) to this contest (File › Refused changes):\n"
            f"Contest “{SAMPLE_CONTEST}”: the contest must end after it starts")
        # The server kept its value; the refused one is kept here only to be shown.
        server = ApiClient(session.api.base_url, session.api.token).pull(0, 1000)["changes"]
        on_server = next(c["data"] for c in server if c["id"] == contest["id"])
        assert on_server["ends_at"] == encode_time(contest["ends_at"])
        save_screenshot(window, "refused_on_contest_en")

        link.click()
        from desktop.ui.refusals_dialog import RefusalsDialog

        dialog = window.findChild(RefusalsDialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
        qtmodeltester.check(dialog.model)
        model = dialog.model
        # bad_end in Baku time (UTC+4), as the contest shows its dates.
        local_end = (bad_end + dt.timedelta(hours=4)).strftime("%d/%m/%Y %H:%M")
        assert [model.index(0, c).data() for c in range(3)] == [
            f"Contest “{SAMPLE_CONTEST}”", f"Closes: {local_end} (Asia/Baku time)",
            "the contest must end after it starts"]
        save_screenshot(dialog, "refused_list_en")
        dialog.dismiss.click()
        qtbot.waitUntil(lambda: model.rowCount() == 0 and not link.isVisible()
                        and not workspace.refusal.isVisible(), timeout=5000)
        assert dialog.empty.isVisible()
