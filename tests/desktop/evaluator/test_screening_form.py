"""The screening form: requirements answered with Tab and Space, draft and final checks,
and a declared conflict of interest with its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop import edits, queries, stage_edits
from desktop.replica_schema import domain
from desktop.sync_engine import sync_once
from tests.desktop.conftest import save_screenshot
from tests.desktop.evaluator.conftest import CONTEST
from tests.desktop.test_translations import installed_language

REQUIREMENTS = ["İdeya nazirliyin səlahiyyətləri çərçivəsindədir",
                "Bir il ərzində həyata keçirilə bilər",
                "Üçüncü şəxslərin fərdi məlumatlarını ehtiva etmir"]


def screening_assigned(make_session) -> tuple[str, list[str]]:  # noqa: ANN001
    """Leyla adds a screening stage and gives Rəşad its first two ideas; both synced."""
    leyla = make_session("leyla")
    contest = next(c for c in queries.list_contests(leyla.store) if c["title"] == CONTEST)
    assert list(contest["requirements"]) == REQUIREMENTS
    stage_id = stage_edits.add_stage(leyla.store, contest_id=contest["id"], kind="screening",
                                     title="İlkin yoxlama")
    ideas = [i["id"] for i in queries.list_ideas(leyla.store, contest["id"])[:2]]
    rashad_id = next(u["id"] for u in queries.list_evaluators(leyla.store)
                     if u["username"] == "rashad")
    assert edits.assign(leyla.store, stage_id=stage_id, idea_ids=ideas,
                        evaluator_ids=[rashad_id]) == 2
    assert sync_once(leyla.store, leyla.api).rejected == 0
    return stage_id, ideas


def open_screening(qtbot, make_session, monkeypatch):  # noqa: ANN001, ANN201
    from desktop.ui.evaluator.workspace import EvaluatorWorkspace

    stage_id, ideas = screening_assigned(make_session)
    rashad = make_session("rashad")
    rashad.timer.stop()
    # The checks stay in the outbox, to read exactly what would be sent.
    monkeypatch.setattr(rashad, "sync_now", lambda: None)
    ws = EvaluatorWorkspace(rashad)
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    ws.show()
    ws.activateWindow()
    qtbot.waitUntil(lambda: ws.isActiveWindow(), timeout=5000)
    qtbot.waitUntil(lambda: any(i.stage_kind == "screening" for i in ws.model.items), timeout=5000)
    item = next(i for i in ws.model.items if i.stage_id == stage_id and i.idea_id == ideas[0])
    assert (item.scored, item.criteria) == (0, 3)  # three requirements, none answered
    ws.select((stage_id, item.idea_id))
    form = ws.screening_form
    qtbot.waitUntil(lambda: ws.form is form and form.context is not None
                    and len(form.rows) == 3, timeout=5000)
    return rashad, ws, form, stage_id, item


def outbox(qtbot, run_store, session):  # noqa: ANN001, ANN201
    return run_store(session, lambda store: store.outbox_batch())


def test_tab_and_space_answer_draft_then_finalize(make_session, qtbot, monkeypatch, run_store):  # noqa: ANN001
    with installed_language("az"):
        rashad, ws, form, stage_id, item = open_screening(qtbot, make_session, monkeypatch)
        assert [r.text for r in form.rows] == REQUIREMENTS
        assert not ws.scoring_form.isVisible() and form.isVisible()
        form.focus_first()
        first = form.rows[0].met
        qtbot.waitUntil(first.hasFocus, timeout=2000)
        qtbot.keyClick(first, Qt.Key.Key_Space)  # 1: met
        qtbot.keyClick(first, Qt.Key.Key_Tab)
        assert form.rows[0].unmet.hasFocus()
        qtbot.keyClick(form.rows[0].unmet, Qt.Key.Key_Tab)
        qtbot.keyClick(form.rows[1].met, Qt.Key.Key_Tab)
        assert form.rows[1].unmet.hasFocus()
        qtbot.keyClick(form.rows[1].unmet, Qt.Key.Key_Space)  # 2: not met
        assert [r.answer() for r in form.rows] == [True, False, None]

        qtbot.keyClick(form.rows[1].unmet, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert form.message.text() == "Yekunlaşdırmaq üçün hər tələbə cavab verin: hələ 1 açıqdır."
        assert outbox(qtbot, run_store, rashad) == []

        qtbot.keyClick(form.rows[1].unmet, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: len(outbox(qtbot, run_store, rashad)) == 1, timeout=5000)
        draft = outbox(qtbot, run_store, rashad)[0]
        assert draft["kind"] == "check"
        assert (draft["fields"]["met"], draft["fields"]["unmet"]) == ([REQUIREMENTS[0]],
                                                                      [REQUIREMENTS[1]])
        assert draft["fields"]["round"] == 1
        qtbot.waitUntil(lambda: next(i for i in ws.model.items if (i.stage_id, i.idea_id)
                                     == (stage_id, item.idea_id)).scored == 2,
                        timeout=5000)  # the queue shows the draft: 2 of 3 answered

        form.rows[2].met.setFocus()
        qtbot.keyClick(form.rows[2].met, Qt.Key.Key_Space)
        form.suggestions.setPlainText("Layihənin bir illik icra planını əlavə edin")
        save_screenshot(ws, "evaluator_screening_az")
        with qtbot.waitSignal(form.saved, timeout=5000):
            qtbot.keyClick(form.suggestions, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        # The second mutation carries only what changed since the draft.
        final = [m for m in outbox(qtbot, run_store, rashad) if m["kind"] == "check"][-1]
        assert final["fields"] == {"met": [REQUIREMENTS[0], REQUIREMENTS[2]],
                                   "suggestions": "Layihənin bir illik icra planını əlavə edin"}
        check = run_store(rashad, lambda store: store.rows(select(domain["check"])))
        assert [(c["met"], c["unmet"], c["round"]) for c in check] == [
            ([REQUIREMENTS[0], REQUIREMENTS[2]], [REQUIREMENTS[1]], 1)]
        # Ctrl+Enter moved on to the next unfinished idea.
        qtbot.waitUntil(lambda: ws.current_key != (stage_id, item.idea_id), timeout=5000)


def test_declare_conflict_needs_a_reason(make_session, qtbot, monkeypatch, run_store):  # noqa: ANN001
    rashad, ws, form, stage_id, item = open_screening(qtbot, make_session, monkeypatch)
    assert ws.declare_conflict.isEnabled()
    ws.declare_conflict.click()
    dialog = ws.conflict_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert not dialog.confirm.isEnabled()
    dialog.reason.setPlainText("The author is my brother")
    assert dialog.confirm.isEnabled()
    save_screenshot(dialog, "evaluator_conflict_en")
    with qtbot.waitSignal(dialog.declared, timeout=5000):
        dialog.confirm.click()
    sent = outbox(qtbot, run_store, rashad)
    assert [m["kind"] for m in sent] == ["interest_conflict"]
    assert sent[0]["fields"]["reason"] == "The author is my brother"
    assert sent[0]["fields"]["idea_id"] == item.idea_id
    assert sent[0]["fields"]["stage_id"] == stage_id
