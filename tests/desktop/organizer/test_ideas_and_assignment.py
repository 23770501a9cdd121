"""The Ideas tab (folded search, detail pane) and the Assignment tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop import edits, queries
from desktop.ui.organizer.ideas_model import CHANNEL, CREATED, STATUS, TITLE
from desktop.ui.organizer.zones import format_in_zone
from shared.evaluation import Importance
from shared.importers import ImportedIdea, ImportResult
from sync_server.db import make_engine
from sync_server.demo import ORG
from sync_server.importing import import_ideas
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import call, english_locale, open_workspace, outbox_kinds, settle


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    rect = table.visualRect(table.model().index(row, TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type as a keyboard would. qtbot.keyClicks cannot: QTest turns every character into
    a Latin-1 key code and aborts on Ş or Ə."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_folded_search_finds_upper_case_azerbaijani(make_session, qtbot, qtmodeltester):  # noqa: ANN001
    session = make_session("leyla")
    workspace = open_workspace(qtbot, session)
    ideas = workspace.ideas
    assert ideas.count.text() == "12 idea(s)"
    qtmodeltester.check(ideas.model)
    qtmodeltester.check(workspace.contests.model)
    first = ideas.model.ideas[0]
    assert ideas.model.index(0, TITLE).data() == "Kənd poçt şöbələrində ASAN köşkü"
    assert ideas.model.index(0, CHANNEL).data() == "Imported"
    assert ideas.model.index(0, STATUS).data() == "Submitted"
    # Shown in the contest's zone (Baku, UTC+4), not in UTC or this computer's zone.
    baku = first["created_at"].astimezone(dt.timezone(dt.timedelta(hours=4)))
    assert ideas.model.index(0, CREATED).data() == format_in_zone(first["created_at"], "Asia/Baku")
    assert f"{baku.hour:02d}:{baku.minute:02d}" in ideas.model.index(0, CREATED).data()

    type_text(ideas.search, "ŞİKAYƏT")
    assert ideas.search.text() == "ŞİKAYƏT"
    qtbot.waitUntil(lambda: ideas.model.rowCount() == 1, timeout=5000)
    assert ideas.model.index(0, TITLE).data() == "Şikayət üçün QR kod"
    # Python's own lower() turns İ into "i" plus a combining dot, so a plain
    # case-insensitive search would miss it; the SQL az_fold match finds it.
    assert "ŞİKAYƏT".lower() not in "Şikayət üçün QR kod".lower()
    assert ideas.count.text().startswith("1 idea")
    qtmodeltester.check(ideas.model)

    click_row(qtbot, ideas.table, 0)
    assert ideas.detail_title.text() == "Şikayət üçün QR kod"
    assert ideas.detail_body.toPlainText() == ideas.model.ideas[0]["body"]
    assert ideas.detail_body.isReadOnly()

    ideas.search.setText("yoxdur-belə-söz")
    qtbot.waitUntil(lambda: ideas.model.rowCount() == 0, timeout=5000)
    assert ideas.count.text() == "No idea matches “yoxdur-belə-söz”."
    ideas.search.clear()
    qtbot.waitUntil(lambda: ideas.model.rowCount() == 12, timeout=5000)


def test_assign_two_ideas_to_both_evaluators(make_session, qtbot, monkeypatch, english):  # noqa: ANN001
    session = make_session("leyla")
    workspace = open_workspace(qtbot, session)
    table = workspace.ideas.table
    # The demo assigns ideas 1-6; rows 6 and 7 are ideas 7 and 8, still without evaluators.
    click_row(qtbot, table, 6)
    click_row(qtbot, table, 7, Qt.KeyboardModifier.ControlModifier)
    chosen = [workspace.ideas.model.ideas[r]["id"] for r in (6, 7)]
    assert workspace.ideas.selected_idea_ids() == chosen

    workspace.tabs.setCurrentWidget(workspace.assignment)
    tab = workspace.assignment
    qtbot.waitUntil(lambda: tab.evaluators.count() == 2 and "6 of 12" in tab.summary.text(),
                    timeout=5000)
    assert tab.summary.text() == "Ekspert qiymətləndirməsi — ideas with evaluators: 6 of 12"
    assert tab.selected.text() == "2 idea(s) selected in the Ideas tab."
    assert not tab.assign_button.isEnabled()  # nobody checked yet
    names = [tab.evaluators.item(n).text() for n in range(2)]
    # Azerbaijani order, A before R; each with the six sample ideas the demo gave them.
    assert names == ["Aysel Qasımova (6 idea(s) in this stage)",
                     "Rəşad Əliyev (6 idea(s) in this stage)"]
    titles = [tab.chosen_ideas.item(n).text() for n in range(tab.chosen_ideas.count())]
    assert titles == ["Məktəblərdə rəqəmsal savadlılıq dərnəyi", "Oflayn işləyən mobil tətbiq"]
    for n in range(2):
        tab.evaluators.item(n).setCheckState(Qt.CheckState.Checked)
    assert tab.assign_button.isEnabled()

    token = session.api.token
    monkeypatch.setattr(session.api, "token", None)  # hold the sync: look at the queue first
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: tab.message.text() == "4 assignment(s) created", timeout=5000)
    assert outbox_kinds(qtbot, session) == ["assignment"] * 4
    qtbot.waitUntil(lambda: "8 of 12" in tab.summary.text(), timeout=5000)
    assert workspace.ideas.selected_idea_ids() == chosen  # the reload kept the selection
    qtbot.waitUntil(lambda: tab.evaluators.item(0).text().startswith("Aysel Qasımova (8 "),
                    timeout=5000)
    assert tab.evaluators.item(1).checkState() == Qt.CheckState.Checked  # checks survive reloads
    save_screenshot(workspace, "organizer_assignment")

    # Assigning the same again creates nothing new.
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: tab.message.text().startswith("No new assignments"), timeout=5000)
    assert outbox_kinds(qtbot, session) == ["assignment"] * 4

    monkeypatch.setattr(session.api, "token", token)
    with qtbot.waitSignal(session.sync_finished, timeout=10000):
        session.sync_now()
    assert outbox_kinds(qtbot, session) == []
    assert call(qtbot, session, lambda store: store.rejections()) == []
    settle(qtbot, session)


def test_imported_contest_gets_a_scoring_stage(demo_server, make_session, qtbot, english):  # noqa: ANN001
    # An import creates a contest without any stage, as the Polis and Pabulib imports do.
    engine = make_engine(demo_server.db_url)
    report = import_ideas(engine, ImportResult(ideas=[
        ImportedIdea(source_id="1", title="Parkda velosiped yolu", body="Parkda velosiped yolu "
                     "salınsın.", created_at=dt.datetime(2025, 1, 5, 9, tzinfo=dt.UTC))],
        skipped=[]), new_contest="İdxal edilmiş təkliflər", org=ORG)
    engine.dispose()
    session = make_session("leyla")
    workspace = open_workspace(qtbot, session)
    workspace.contests.select_contest(report.contest)
    workspace.tabs.setCurrentWidget(workspace.assignment)
    tab = workspace.assignment
    qtbot.waitUntil(lambda: tab.contest is not None and tab.contest["id"] == report.contest
                    and tab.no_stage.isVisible(), timeout=5000)
    assert tab.stage.count() == 0 and not tab.assign_button.isEnabled()

    qtbot.mouseClick(tab.add_stage, Qt.MouseButton.LeftButton)
    dialog = tab.stage_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title.setText("Ekspert qiymətləndirməsi")
    dialog.criteria.add_row("Dayanıqlılıq", Importance.HIGH)
    dialog.layout().activate()
    dialog.resize(dialog.width(), dialog.sizeHint().height())
    qtbot.wait(50)
    save_screenshot(dialog, "organizer_add_stage")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible() and tab.stage.count() == 1, timeout=5000)
    assert tab.stage.currentText() == "Ekspert qiymətləndirməsi"
    assert not tab.no_stage.isVisible()
    assert tab.summary.text() == "Ekspert qiymətləndirməsi — ideas with evaluators: 0 of 1"
    criteria = call(qtbot, session, lambda store: queries.criteria_of(store, tab.stage.currentData()))
    assert [(c["name"], c["weight"]) for c in criteria] == [
        ("Aktuallıq", 2.0), ("Kreativlik", 1.0), ("Səmərəlilik", 3.0), ("Dayanıqlılıq", 3.0)]
    settle(qtbot, session)


def test_contests_and_ideas_screenshot(make_session, qtbot):  # noqa: ANN001
    session = make_session("leyla")
    with english_locale():
        workspace = open_workspace(qtbot, session)
        session.edit(lambda store: edits.create_contest(
            store, title="Sənəd dövriyyəsinin sadələşdirilməsi (daxili)",
            description="", requirements=[],
            starts_at=dt.datetime(2025, 1, 10, 5, tzinfo=dt.UTC),
            ends_at=dt.datetime(2025, 2, 10, 14, tzinfo=dt.UTC), timezone="Asia/Baku",
            visibility="internal", stage_title="Ekspert qiymətləndirməsi",
            criteria=[edits.CriterionSpec("Səmərəlilik", Importance.HIGH)]))
        qtbot.waitUntil(lambda: workspace.contests.model.rowCount() == 2, timeout=5000)
        click_row(qtbot, workspace.ideas.table, 9)
        qtbot.waitUntil(lambda: workspace.ideas.detail_title.text() == "Şikayət üçün QR kod",
                        timeout=5000)
        qtbot.wait(100)
        save_screenshot(workspace, "organizer_contests_ideas")
    settle(qtbot, session)
