"""The Implementation tab: the winners of a closed contest, their status and progress saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime

from desktop.ui.organizer.implementation_model import PROGRESS, STATUS, TITLE
from desktop.ui.organizer.zones import WALL_CLOCK
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import call, outbox_kinds, settle
from tests.desktop.organizer.test_fairness_and_closing import open_close_dialog, scored_workspace
from tests.desktop.test_translations import installed_language


def closed_contest(qtbot, make_session):  # noqa: ANN001, ANN201
    """The sample contest closed with top 2: a, and b and c tied at place 2, advance."""
    leyla, workspace, ideas = scored_workspace(qtbot, make_session)
    dialog = open_close_dialog(qtbot, workspace)
    dialog.rule.setCurrentIndex(dialog.rule.findData("top_n"))
    dialog.n.setValue(2)
    dialog.reason.setPlainText("Qiymətləndirmə vaxtında bitmədi")
    with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
        dialog.confirm.click()
    settle(qtbot, leyla)
    assert call(qtbot, leyla, lambda store: store.rejections()) == []
    return leyla, workspace, ideas


def test_winners_listed_and_progress_saved(make_session, qtbot, qtmodeltester):  # noqa: ANN001
    with installed_language("az"):
        leyla, workspace, (a, b, c) = closed_contest(qtbot, make_session)
        tab = workspace.implementation
        workspace.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
        qtmodeltester.check(tab.model)
        assert sorted(tab.model.index(r, TITLE).data() for r in range(3)) == sorted([a, b, c])
        assert [tab.model.index(r, STATUS).data() for r in range(3)] == ["hələ izlənilmir"] * 3

        row = [tab.model.index(r, TITLE).data() for r in range(3)].index(a)
        tab.table.setFocus()
        tab.table.selectRow(row)
        qtbot.waitUntil(lambda: tab.selected is not None and tab.editor.isEnabled(), timeout=2000)
        tab.status.setCurrentIndex(tab.status.findData("in_progress"))
        tab.progress.setValue(40)
        tab.notes.setPlainText("Pilot iki rayonda başladı")
        tab.due.enabled.setChecked(True)
        tab.due.edit.setDateTime(QDateTime(QDate(2027, 6, 30), QTime(18, 0), WALL_CLOCK))
        with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
            tab.save.click()
        settle(qtbot, leyla)
        assert outbox_kinds(qtbot, leyla) == []  # the server took it: a is a winner
        assert call(qtbot, leyla, lambda store: store.rejections()) == []
        qtbot.waitUntil(lambda: tab.model.index(row, PROGRESS).data() == "40 %", timeout=5000)
        assert tab.model.index(row, STATUS).data() == "icra olunur"
        record = tab.model.winners[row].record
        assert (record["status"], record["progress"], record["notes"]) == (
            "in_progress", 40, "Pilot iki rayonda başladı")
        # 18:00 in Baku (UTC+4) is 14:00 UTC.
        assert record["due_on"] == dt.datetime(2027, 6, 30, 14, 0, tzinfo=dt.UTC)
        save_screenshot(workspace, "organizer_implementation_az")
