"""Closing a screening stage: an idea that failed is returned for improvement from the
preview, with the revision deadline said; the stage stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.replica_schema import domain
from desktop.ui.organizer.close_stage_dialog import CloseStageDialog
from desktop.ui.organizer.closing_model import DECISION, RESULT
from tests.desktop.author.test_idea_outcome import checked_idea
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import call, settle
from tests.desktop.test_translations import installed_language


def test_return_for_improvement_from_the_preview(make_session, qtbot, qtmodeltester):  # noqa: ANN001
    leyla, stage_id, idea_id, due = checked_idea(make_session)
    with installed_language("az"):
        dialog = CloseStageDialog(leyla, stage_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
        qtmodeltester.check(dialog.model)
        model = dialog.model
        # Rəşad found one of three requirements unmet: 0 of 1 evaluators approve.
        assert model.index(0, RESULT).data() == "1 ekspertdən 0: bütün tələblər ödənir"
        assert model.index(0, DECISION).data() == "keçmir"
        assert dialog.confirm.text() == "Mərhələni bağla"
        dialog.table.setFocus()
        dialog.table.setCurrentIndex(model.index(0, DECISION))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
        assert model.returned == {idea_id}
        assert model.index(0, DECISION).data() == "təkmilləşdirməyə qaytarılıb"
        assert dialog.confirm.text() == "Təkmilləşdirməyə qaytar" and dialog.confirm.isEnabled()
        assert dialog.returning.isVisible() and "(Asia/Baku vaxtı)" in dialog.returning.text()
        qtbot.wait(100)  # the note and the renamed button take their size
        save_screenshot(dialog, "organizer_return_for_improvement_az")
        with qtbot.waitSignal(dialog.ideas_returned, timeout=5000):
            dialog.confirm.click()
    with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
        leyla.sync_now()
    settle(qtbot, leyla)
    assert call(qtbot, leyla, lambda store: store.rejections()) == []
    decision = call(qtbot, leyla, lambda store: store.rows(select(domain["decision"])))
    assert [(d["idea_id"], d["outcome"], d["rule"]) for d in decision] == [
        (idea_id, "returned", "all")]
    idea = call(qtbot, leyla, lambda store: store.rows(
        select(domain["idea"]).where(domain["idea"].c.id == idea_id)))[0]
    assert (idea["status"], idea["revision_due"]) == ("returned", due)
    stage = call(qtbot, leyla, lambda store: store.rows(
        select(domain["stage"]).where(domain["stage"].c.id == stage_id)))[0]
    assert stage["status"] == "open"  # checked again after the revision
