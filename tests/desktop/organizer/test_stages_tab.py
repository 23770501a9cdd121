"""The Stages tab: stages added, reordered with the keyboard, configured, locked by scores."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import queries
from desktop.ui.main_window import MainWindow
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import SAMPLE_CONTEST, call, settle
from tests.desktop.organizer.test_ranking import FIRST_IDEA, score_as
from tests.desktop.test_translations import installed_language


def stages_tab(qtbot, session):  # noqa: ANN001, ANN201
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.title.text() == SAMPLE_CONTEST, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    workspace.tabs.setCurrentWidget(workspace.stages)
    tab = workspace.stages
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.editor.info is not None, timeout=5000)
    return window, tab


def stored_stages(qtbot, session, contest_id: str):  # noqa: ANN001, ANN201
    return call(qtbot, session, lambda store: queries.stages_of(store, contest_id))


def test_add_reorder_and_configure_stages(make_session, qtbot, qtmodeltester):  # noqa: ANN001
    leyla = make_session("leyla")
    with installed_language("az"):
        window, tab = stages_tab(qtbot, leyla)
        contest_id = tab.contest["id"]
        qtmodeltester.check(tab.model)
        assert tab.note.isVisible()  # one stage only: the tab asks for another
        assert tab.model.index(0).data() == "1. Ekspert qiymətləndirməsi — qiymətləndirmə"

        with qtbot.waitSignal(tab.saved, timeout=5000):
            tab.add_screening.click()
        qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
        assert tab.model.index(1).data() == "2. İlkin yoxlama — ilkin yoxlama"
        assert not tab.note.isVisible()
        # The new stage is selected; Alt+Up moves it before the scoring stage.
        qtbot.waitUntil(lambda: tab.list.currentIndex().row() == 1, timeout=5000)
        with qtbot.waitSignal(tab.saved, timeout=5000):
            qtbot.keyClick(tab.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: tab.model.index(0).data() == "1. İlkin yoxlama — ilkin yoxlama",
                        timeout=5000)
        stages = stored_stages(qtbot, leyla, contest_id)
        assert [(s["position"], s["kind"]) for s in stages] == [(1, "screening"), (2, "scoring")]

        # The screening stage: majority rule, revisions due on 20 Jan 2027 18:00 Baku time.
        editor = tab.editor
        qtbot.waitUntil(lambda: editor.info is not None
                        and editor.info.stage["kind"] == "screening", timeout=5000)
        assert editor.requirements_box.isVisibleTo(editor) and not editor.criteria_box.isVisibleTo(editor)
        editor.rule.setCurrentIndex(editor.rule.findData("majority"))
        editor.revision.enabled.setChecked(True)
        editor.revision.edit.setDateTime(editor.revision.edit.dateTime().fromString(
            "2027-01-20T18:00:00Z", Qt.DateFormat.ISODate))
        save_screenshot(window, "organizer_stages_az")
        with qtbot.waitSignal(tab.saved, timeout=5000):
            editor.save.click()
        screening = stored_stages(qtbot, leyla, contest_id)[0]
        assert screening["rule"] == "majority" and screening["rule_value"] is None
        # 18:00 in Baku (UTC+4) is 14:00 UTC.
        assert screening["revision_deadline"] == dt.datetime(2027, 1, 20, 14, 0, tzinfo=dt.UTC)

        # The scoring stage: top 3, and Kreativlik weighted 1.5 instead of 1.
        tab.list.setCurrentIndex(tab.model.index(1))
        qtbot.waitUntil(lambda: editor.info.stage["kind"] == "scoring", timeout=5000)
        editor.rule.setCurrentIndex(editor.rule.findData("top_n"))
        editor.n.setValue(3)
        creative = next(r for r in editor.criteria.rows if r.name.text() == "Kreativlik")
        creative.weight.setValue(1.5)
        with qtbot.waitSignal(tab.saved, timeout=5000):
            qtbot.keyClick(editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        scoring = stored_stages(qtbot, leyla, contest_id)[1]
        assert (scoring["rule"], scoring["rule_value"]) == ("top_n", 3.0)
        weights = {c["name"]: c["weight"] for c in call(
            qtbot, leyla, lambda store: queries.criteria_of(store, scoring["id"]))}
        assert weights == {"Aktuallıq": 2.0, "Kreativlik": 1.5, "Səmərəlilik": 3.0}
        settle(qtbot, leyla)
        assert call(qtbot, leyla, lambda store: store.outbox_batch()) == []
        assert call(qtbot, leyla, lambda store: store.rejections()) == []


def test_scores_lock_the_criteria_until_an_explicit_reset(make_session, qtbot, monkeypatch):  # noqa: ANN001
    leyla = make_session("leyla")
    # Rəşad scores one idea on the three criteria: three scores.
    score_as(qtbot, make_session("rashad"),
             {FIRST_IDEA: {"Aktuallıq": 8, "Kreativlik": 6, "Səmərəlilik": 9}})
    with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
        leyla.sync_now()
    window, tab = stages_tab(qtbot, leyla)
    editor = tab.editor
    qtbot.waitUntil(lambda: editor.info.scores == 3, timeout=5000)
    assert editor.lock_note.isVisibleTo(editor)
    assert "(3 score(s) given)" in editor.lock_note.text() or "3 scores given" in editor.lock_note.text()
    assert not editor.criteria.rows[0].weight.isEnabled()
    assert not editor.criteria.add_button.isEnabled()
    assert editor.reset.isVisibleTo(editor)

    asked: list[int] = []
    monkeypatch.setattr(editor, "confirm_reset", lambda count, title: asked.append(count) or False)
    editor.reset.click()
    assert asked == [3]  # the confirmation names how many scores go
    qtbot.wait(100)
    assert call(qtbot, leyla, lambda store: store.outbox_batch()) == []  # refused: nothing sent

    leyla.timer.stop()
    monkeypatch.setattr(leyla, "sync_now", lambda: None)
    monkeypatch.setattr(editor, "confirm_reset", lambda count, title: True)
    with qtbot.waitSignal(tab.saved, timeout=5000):
        editor.reset.click()
    sent = call(qtbot, leyla, lambda store: store.outbox_batch())
    assert [m["kind"] for m in sent] == ["score_reset"]
    # The server counts and deletes the scores itself; the local copies wait for it.
    assert sent[0]["fields"]["stage_id"] == editor.info.stage["id"]
    assert editor.info.scores == 3


def test_stages_tab_in_russian(make_session, qtbot):  # noqa: ANN001
    leyla = make_session("leyla")
    with installed_language("ru"):
        window, tab = stages_tab(qtbot, leyla)
        editor = tab.editor
        assert editor.heading.text() == "Этап оценки"
        assert tab.note.text().startswith("Конкурс оценивается в два этапа или больше")
        assert [r.name.text() for r in editor.criteria.rows] == ["Aktuallıq", "Kreativlik",
                                                                 "Səmərəlilik"]
        assert editor.rule.currentText() == "Выбор организатора, с причиной"
        qtbot.wait(100)
        save_screenshot(window, "organizer_stages_ru")
    settle(qtbot, leyla)
