"""Blind review (no author identity anywhere) and scores the server refused."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop import closing_edits, edits, queries
from desktop.replica_schema import domain
from desktop.stage_closing import scoring_closing
from desktop.sync_engine import sync_once
from tests.desktop.evaluator.conftest import CONTEST

AUTHOR_NAME = "Kamran İsmayılov"


def _all_texts(root: QWidget) -> list[str]:
    texts = []
    for w in [root, *root.findChildren(QWidget)]:
        for name in ("text", "toPlainText", "placeholderText", "toolTip", "statusTip",
                     "accessibleName", "accessibleDescription", "windowTitle"):
            getter = getattr(w, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:  # a method of the same name that needs arguments
                    continue
                if isinstance(value, str):
                    texts.append(value)
    return texts


def _model_texts(model, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: ANN001, B008
    texts = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in range(0, 14):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
        texts += _model_texts(model, model.index(row, 0, parent))
    return texts


def test_no_author_identity_even_for_an_idea_by_a_known_author(make_session, open_workspace,  # noqa: ANN001
                                                                qtbot):
    kamran = make_session("kamran")
    assert kamran.profile.display_name == AUTHOR_NAME
    contest = next(c for c in queries.list_contests(kamran.store) if c["title"] == CONTEST)
    title = "Kənd məktəblərində rəqəmsal savadlılıq dərnəyi"
    idea_id, _code = edits.submit_idea(
        kamran.store, contest_id=contest["id"], title=title,
        body="Hər həftə kənd məktəbində valideynlər üçün e-xidmətlərdən istifadə dərsi keçirilsin.",
        benefit="Sakinlər ASAN xidmətə getmədən arayış ala bilər")
    assert sync_once(kamran.store, kamran.api).rejected == 0

    leyla = make_session("leyla")  # synced: she sees Kamran's idea, with his name
    stage = queries.stages_of(leyla.store, contest["id"])[0]
    rashad_id = next(u["id"] for u in queries.list_evaluators(leyla.store) if u["username"] == "rashad")
    assert edits.assign(leyla.store, stage_id=stage["id"], idea_ids=[idea_id],
                        evaluator_ids=[rashad_id]) == 1
    assert sync_once(leyla.store, leyla.api).rejected == 0

    session = make_session("rashad")
    ws = open_workspace(session)
    assert len(ws.model.items) == 7
    ws.select((stage["id"], idea_id))
    qtbot.waitUntil(lambda: ws.form.loaded_key == (stage["id"], idea_id), timeout=5000)
    texts = _all_texts(ws) + _model_texts(ws.model)
    assert title in texts  # the idea itself is on screen...
    assert "Sakinlər ASAN xidmətə getmədən arayış ala bilər" in texts
    assert not [t for t in texts if "Kamran" in t or "İsmayılov" in t or "kamran" in t]  # ...its author not


def test_refused_scores_show_the_reason_and_a_closed_stage_is_read_only(  # noqa: ANN201
        make_session, open_workspace, qtbot):  # noqa: ANN001
    session = make_session("rashad")
    ws = open_workspace(session)
    first = ws.model.items[0]
    address = session.api.base_url
    session.api.base_url = "http://127.0.0.1:9"  # Rashad scores offline...
    for row, value in zip(ws.form.rows, (8, 5, 9), strict=True):
        row.spin.setValue(value)
    with qtbot.waitSignal(session.sync_failed, timeout=10000):
        ws.form.save(advance=False)

    leyla = make_session("leyla")  # ...while the organizer closes the stage
    stage = next(s for s in queries.stages_of(leyla.store, queries.list_contests(leyla.store)[0]["id"])
                 if s["id"] == first.stage_id)
    # Closing a stage takes a decision for each of its ideas, then the status.
    assignment_t = domain["assignment"]
    ideas = sorted({a["idea_id"] for a in leyla.store.rows(
        select(assignment_t).where(assignment_t.c.stage_id == stage["id"]))})
    closing_edits.close_stage(leyla.store, scoring_closing(
        stage_id=stage["id"], scores=dict.fromkeys(ideas), rule="explicit",
        reason="Mərhələ bağlanır"))
    assert sync_once(leyla.store, leyla.api).rejected == 0

    session.api.base_url = address
    with qtbot.waitSignal(session.sync_finished, timeout=10000) as finished:
        session.sync_now()
    assert finished.args[0].rejected == 3
    qtbot.waitUntil(lambda: ws.form.refusal.isVisible(), timeout=5000)
    assert "stage was closed" in ws.form.refusal.text()
    assert ws.form.closed_note.isVisible()
    assert [r.spin.value() for r in ws.form.rows] == [8, 5, 9]  # his values stay visible
    assert all(r.spin.isReadOnly() and r.comment.isReadOnly() for r in ws.form.rows)
    assert not ws.form.save_draft.isEnabled() and not ws.form.save_next.isEnabled()
    key = (first.stage_id, first.idea_id)
    assert ws.model.data(ws.model.index_of(key).siblingAtColumn(1)) == "⚠ Refused by the server"
    assert ws.progress.text() == "0 of 6 done"
