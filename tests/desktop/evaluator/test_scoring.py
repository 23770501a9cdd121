"""Rashad's queue and scoring form: keyboard-only scoring, drafts, offline work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.evaluator.queue_model import State, state_of
from desktop.ui.sync_status import SyncStatus
from shared.evaluation import weighted_mean
from tests.desktop.conftest import save_screenshot
from tests.desktop.evaluator.conftest import CONTEST, STAGE, server_scores


def _type(qtbot, text: str) -> None:  # noqa: ANN001
    """Type into whatever has the keyboard focus, as a person would."""
    widget = QApplication.focusWidget()
    assert widget is not None
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:  # QTest only knows ASCII keys; an Azerbaijani layout sends the letter as text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _pending_outbox(run_store, session):  # noqa: ANN001, ANN202
    return run_store(session, lambda s: s.outbox_batch())


def test_queue_groups_six_ideas_under_contest_and_stage(make_session, open_workspace,  # noqa: ANN001
                                                        qtmodeltester):
    ws = open_workspace(make_session("rashad"))
    model = ws.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    contest = model.index(0, 0)
    assert model.data(contest) == CONTEST
    stage = model.index(0, 0, contest)
    assert model.data(stage) == STAGE
    assert model.rowCount(stage) == 6
    assert model.data(model.index(0, 1, contest)) == "0 of 6 done"
    ideas = [model.item_at(model.index(r, 0, stage)) for r in range(6)]
    assert all(state_of(i) == State.NOT_STARTED for i in ideas)
    assert model.data(model.index(0, 1, stage)) == "○ Not started"
    assert ws.progress.text() == "0 of 6 done"
    # The first idea is open, with its text and one row per criterion.
    assert ws.current_key == (ideas[0].stage_id, ideas[0].idea_id)
    assert ws.idea_view.title.text() == ideas[0].title
    assert [r.criterion["name"] for r in ws.form.rows] == ["Aktuallıq", "Kreativlik", "Səmərəlilik"]
    assert ws.form.rows[0].spin.text() == "Not scored"
    assert ws.form.importance_text("high", 3.0) == "Very important (weight 3)"


def test_keyboard_only_scoring_saves_and_moves_to_the_next_idea(make_session, open_workspace,  # noqa: ANN001
                                                                run_store, qtbot, monkeypatch,
                                                                qtmodeltester):
    session = make_session("rashad")
    monkeypatch.setattr(session, "sync_now", lambda: None)  # keep the outbox to look at it
    ws = open_workspace(session)
    first, second = ws.model.items[0], ws.model.items[1]
    ws.form.focus_first()
    spin = ws.form.rows[0].spin
    qtbot.waitUntil(lambda: spin.hasFocus() and spin.lineEdit().selectedText() == "Not scored")
    _type(qtbot, "8")                           # Aktuallıq
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Çox aktualdır")               # its comment
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: ws.form.rows[1].spin.lineEdit().hasSelectedText())
    _type(qtbot, "5")                           # Kreativlik
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Tab)               # no comment
    qtbot.waitUntil(lambda: ws.form.rows[2].spin.lineEdit().hasSelectedText())
    _type(qtbot, "9")                           # Səmərəlilik
    assert QApplication.focusWidget() is ws.form.rows[2].spin
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: ws.current_key == (second.stage_id, second.idea_id), timeout=10000)
    outbox = _pending_outbox(run_store, session)
    assert [m["kind"] for m in outbox] == ["score"] * 3
    by_criterion = {r.criterion["name"]: r.criterion["id"] for r in ws.form.rows}
    values = {m["fields"]["criterion_id"]: m["fields"]["value"] for m in outbox}
    assert values == {by_criterion["Aktuallıq"]: 8.0, by_criterion["Kreativlik"]: 5.0,
                      by_criterion["Səmərəlilik"]: 9.0}
    assert {m["fields"]["idea_id"] for m in outbox} == {first.idea_id}
    comments = {m["fields"]["criterion_id"]: m["fields"]["comment"] for m in outbox}
    assert comments[by_criterion["Aktuallıq"]] == "Çox aktualdır"
    # Weights medium 2, low 1, high 3: (2·8 + 1·5 + 3·9) / 6 = 48 / 6 = 8.0
    weights = {r.criterion["id"]: r.criterion["weight"] for r in ws.form.rows}
    assert weighted_mean(values, weights) == 8.0
    qtbot.waitUntil(lambda: ws.progress.text() == "1 of 6 done", timeout=5000)
    done = ws.model.index_of((first.stage_id, first.idea_id))
    assert ws.model.data(done.siblingAtColumn(1)) == "✓ Done"
    # The next idea's form is fresh and has the keyboard.
    qtbot.waitUntil(lambda: ws.form.rows[0].spin.hasFocus(), timeout=5000)
    assert ws.form.item.idea_id == second.idea_id
    assert all(r.spin.value() == r.spin.minimum() for r in ws.form.rows)
    qtmodeltester.check(ws.model)


def test_partial_save_is_a_draft_not_done(make_session, open_workspace, run_store, qtbot,  # noqa: ANN001
                                          monkeypatch):
    session = make_session("rashad")
    monkeypatch.setattr(session, "sync_now", lambda: None)
    ws = open_workspace(session)
    first = ws.model.items[0]
    ws.form.rows[0].spin.setValue(6)
    ws.form.rows[2].spin.setValue(4)
    ws.form.focus_first()
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: state_of(ws.model.items[0]) == State.DRAFT, timeout=10000)
    assert len(_pending_outbox(run_store, session)) == 2
    assert ws.progress.text() == "0 of 6 done"
    key = (first.stage_id, first.idea_id)
    assert ws.current_key == key  # a draft keeps the idea open
    assert ws.model.data(ws.model.index_of(key).siblingAtColumn(1)) == "◐ Partly scored"
    assert ws.model.items[0].scored == 2 and not ws.model.items[0].done
    assert ws.form.message.text().startswith("Saved at ")  # still there after the reload
    # "Show only unfinished" keeps drafts (and the open idea) and hides nothing else yet.
    ws.only_unfinished.setChecked(True)
    assert len(ws.model.visible_keys()) == 6


def test_scores_wait_in_the_outbox_while_offline(make_session, open_workspace, demo_server,  # noqa: ANN001
                                                 qtbot):
    session = make_session("rashad")
    status = SyncStatus(session)
    qtbot.addWidget(status)
    ws = open_workspace(session)
    first = ws.model.items[0]
    address = session.api.base_url
    session.api.base_url = "http://127.0.0.1:9"  # nothing listens there: the Wi-Fi is down
    for row, value in zip(ws.form.rows, (7, 6, 8), strict=True):
        row.spin.setValue(value)
    with qtbot.waitSignal(session.sync_failed, timeout=10000,
                          check_params_cb=lambda kind, _message: kind == "offline"):
        ws.form.save(advance=False)  # the edit itself starts a sync, which fails
    with qtbot.waitSignal(session.sync_failed, timeout=10000,
                          check_params_cb=lambda kind, _message: kind == "offline"):
        session.sync_now()
    qtbot.waitUntil(lambda: status.pending.text() == "3 change(s) waiting to be sent", timeout=5000)
    assert session.online is False
    qtbot.waitUntil(lambda: ws.progress.text() == "1 of 6 done", timeout=5000)  # done locally
    assert server_scores(demo_server.db_url, session.profile.user_id) == []

    session.api.base_url = address
    with qtbot.waitSignal(session.sync_finished, timeout=10000) as finished:
        session.sync_now()
    assert finished.args[0].pushed == 3 and finished.args[0].rejected == 0
    qtbot.waitUntil(lambda: status.pending.text() == "Everything sent", timeout=5000)
    stored = server_scores(demo_server.db_url, session.profile.user_id)
    assert sorted(s["value"] for s in stored) == [6.0, 7.0, 8.0]
    assert {s["idea_id"] for s in stored} == {first.idea_id}


def test_screenshot_of_scoring(make_session, open_workspace, qtbot, monkeypatch):  # noqa: ANN001
    from desktop.ui.main_window import MainWindow

    session = make_session("rashad")
    monkeypatch.setattr(session, "close", lambda: None)  # the fixture closes it
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    ws = window.workspace
    qtbot.waitUntil(lambda: ws.form.item is not None and len(ws.form.rows) == 3, timeout=10000)
    for row, value in zip(ws.form.rows, (9, 7, 8), strict=True):  # the first idea: done
        row.spin.setValue(value)
    ws.form.save(advance=True)
    second = ws.model.items[1]
    qtbot.waitUntil(lambda: ws.form.loaded_key == (second.stage_id, second.idea_id), timeout=10000)
    ws.form.rows[0].spin.setValue(6)  # the second idea: a draft
    ws.form.save(advance=False)
    qtbot.waitUntil(lambda: state_of(ws.model.items[1]) == State.DRAFT, timeout=10000)
    third = ws.model.items[2]
    ws.select((third.stage_id, third.idea_id))
    qtbot.waitUntil(lambda: ws.form.loaded_key == (third.stage_id, third.idea_id), timeout=5000)
    ws.form.rows[0].spin.setValue(8)
    ws.form.rows[0].comment.setText("Kənd sakinləri üçün real ehtiyacdır")
    ws.form.rows[1].spin.setValue(6)
    ws.form.focus_first()
    qtbot.waitUntil(lambda: not session.syncing, timeout=10000)
    qtbot.wait(100)
    assert ws.model.index_of((third.stage_id, third.idea_id)) != QModelIndex()
    path = save_screenshot(window, "evaluator_scoring")
    assert path.stat().st_size > 10_000


def test_leaving_unsaved_scores_asks_first(make_session, open_workspace, qtbot, monkeypatch):  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    session = make_session("rashad")
    monkeypatch.setattr(session, "sync_now", lambda: None)
    ws = open_workspace(session)
    first, second = ws.model.items[0], ws.model.items[1]
    ws.form.rows[1].spin.setValue(4)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or answers.pop(0))
    ws.select((second.stage_id, second.idea_id))  # Cancel: he stays, his 4 too
    assert ws.current_key == (first.stage_id, first.idea_id)
    assert ws.tree.currentIndex() == ws.model.index_of(ws.current_key)
    assert ws.form.rows[1].spin.value() == 4
    ws.select((second.stage_id, second.idea_id))  # Save: a draft, then the next idea
    assert len(asked) == 2
    qtbot.waitUntil(lambda: state_of(ws.model.items[0]) == State.DRAFT, timeout=10000)
    assert ws.current_key == (second.stage_id, second.idea_id)
