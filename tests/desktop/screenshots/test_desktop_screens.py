"""Every main desktop screen in Azerbaijani, English and Russian:
docs/screenshots/<language>_<screen>.png (the kiosk's are in test_kiosk_screens.py).

Each test installs the language's catalogue first (so widgets are built in it), saves the
screenshot, and fails on any visible text still in English in the Azerbaijani and Russian
renders, or any placeholder left unfilled (tests/desktop/visible_texts.py); the Azerbaijani
renders, the README's, also check a few exact texts. The previous language comes back after.
Azerbaijani text is typed with insert()/setText(): QTest.keyClicks aborts on "ə" or "Ş".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox

from shared.evaluation import Importance
from tests.desktop.organizer.helpers import SAMPLE_CONTEST, settle
from tests.desktop.organizer.test_ranking import FIRST_IDEA, score_as
from tests.desktop.screenshots.helpers import DESKTOP, main_window, organizer_window, shoot


def test_login_screenshot(qtbot, language) -> None:  # noqa: ANN001
    from desktop.ui.login_dialog import LoginDialog
    from desktop.worker import Worker

    net = Worker(f"{language}-login")
    try:
        dialog = LoginDialog(server="https://ideyabanki.example.az", username="leyla", net=net)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if language == "az":
            assert dialog.windowTitle() == "İdeya Bankı — giriş"
            assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Daxil ol"
        # A small dialog: shown at its own size, not stretched over a 1280×800 screen.
        shoot(qtbot, dialog, f"{language}_login", (560, dialog.sizeHint().height()))
    finally:
        net.shutdown()


def test_organizer_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    session = make_session("leyla")
    window = organizer_window(qtbot, session, monkeypatch)
    workspace = window.workspace
    workspace.ideas.table.selectRow(0)
    if language == "az":
        assert workspace.tabs.tabText(0) == "İ&deyalar"
        assert workspace.ideas.count.text() == "12 ideya"
        assert window.windowTitle() == "İdeya Bankı — Leyla Məmmədova"
    shoot(qtbot, window, f"{language}_organizer", DESKTOP)


def test_organizer_new_contest_screenshot(make_session, qtbot, language) -> None:  # noqa: ANN001
    from desktop.ui.organizer.contest_dialog import ContestDialog

    dialog = ContestDialog(make_session("leyla"))
    qtbot.addWidget(dialog)
    dialog.title.setText("Məktəblər üçün rəqəmsal həllər")
    dialog.description.setPlainText("Nazirlik məktəblərdə rəqəmsal xidmətlər üçün ideyalar toplayır.")
    dialog.requirements.setPlainText("Bir il ərzində həyata keçirilə bilər\n"
                                     "Fərdi məlumatları ehtiva etmir")
    dialog.criteria.add_row("Əhatə dairəsi", Importance.MEDIUM)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title.setFocus()
    dialog.title.deselect()
    if language == "az":
        assert dialog.windowTitle() == "Yeni müsabiqə"
        assert dialog.ok_button.text() == "Müsabiqə yarat"
        assert dialog.stage_title.text() == "Ekspert qiymətləndirməsi"
    shoot(qtbot, dialog, f"{language}_organizer_new_contest", DESKTOP)


def test_organizer_assignment_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    window = organizer_window(qtbot, make_session("leyla"), monkeypatch)
    workspace = window.workspace
    # The demo assigns ideas 1-6: rows 6 and 7 are ideas still without evaluators.
    workspace.ideas.table.selectRow(6)
    workspace.ideas.table.selectionModel().select(
        workspace.ideas.model.index(7, 0), workspace.ideas.table.selectionModel().SelectionFlag.Select
        | workspace.ideas.table.selectionModel().SelectionFlag.Rows)
    tab = workspace.assignment
    workspace.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.evaluators.count() == 2 and tab.chosen_ideas.count() == 2,
                    timeout=5000)
    tab.evaluators.item(0).setCheckState(Qt.CheckState.Checked)
    if language == "az":
        assert tab.selected.text() == "«İdeyalar» bölməsində 2 ideya seçilib."
    shoot(qtbot, window, f"{language}_organizer_assignment", DESKTOP)


def test_organizer_stages_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    leyla = make_session("leyla")
    window = organizer_window(qtbot, leyla, monkeypatch)
    tab = window.workspace.stages
    window.workspace.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.editor.info is not None, timeout=5000)
    with qtbot.waitSignal(tab.saved, timeout=5000):
        tab.add_screening.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and tab.editor.info is not None
                    and tab.editor.info.stage["kind"] == "screening", timeout=5000)
    shoot(qtbot, window, f"{language}_organizer_stages", DESKTOP)
    settle(qtbot, leyla)


def test_organizer_ranking_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    leyla = make_session("leyla")
    window = organizer_window(qtbot, leyla, monkeypatch)
    ranking = window.workspace.ranking
    window.workspace.tabs.setCurrentWidget(ranking)
    qtbot.waitUntil(lambda: ranking.model.rowCount() == 6, timeout=5000)
    # Two evaluators score the same idea from their own sessions; Leyla's sync brings both.
    score_as(qtbot, make_session("rashad"),
             {FIRST_IDEA: {"Aktuallıq": 8, "Kreativlik": 6, "Səmərəlilik": 9}})
    score_as(qtbot, make_session("aysel"),
             {FIRST_IDEA: {"Aktuallıq": 7, "Kreativlik": 9, "Səmərəlilik": 6}})
    with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
        leyla.sync_now()
    qtbot.waitUntil(lambda: ranking.model.rows[0].complete, timeout=5000)
    settle(qtbot, leyla)
    model = ranking.model
    if language == "az":
        assert model.index(0, 2).data() == "7,50"  # the Azerbaijani decimal comma
        assert model.index(1, 2).data() == "natamam — hələ reytinqdə deyil"
        assert ranking.status.text() == "Reytinqdə: 1, bal gözləyir: 5"
    shoot(qtbot, window, f"{language}_organizer_ranking", DESKTOP)


def test_organizer_close_stage_screenshot(make_session, qtbot, language) -> None:  # noqa: ANN001
    from tests.desktop.organizer.test_fairness_and_closing import open_close_dialog, scored_workspace

    leyla, workspace, _ = scored_workspace(qtbot, make_session)
    dialog = open_close_dialog(qtbot, workspace)
    # Top 2 of 8.0, 6.5, 6.5: the tie at place 2 is said, and three unscored ideas need a reason.
    dialog.rule.setCurrentIndex(dialog.rule.findData("top_n"))
    dialog.n.setValue(2)
    dialog.reason.setPlainText("Üç ideya son tarixə qədər qiymətləndirilmədi")
    assert dialog.tie.isVisible() and dialog.confirm.isEnabled()
    shoot(qtbot, dialog, f"{language}_organizer_close_stage", (1000, 720))
    dialog.reject()
    settle(qtbot, leyla)


def test_organizer_implementation_screenshot(make_session, qtbot, language) -> None:  # noqa: ANN001
    from tests.desktop.organizer.test_implementation_tab import closed_contest

    leyla, workspace, _ = closed_contest(qtbot, make_session)
    tab = workspace.implementation
    workspace.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.selected is not None and tab.editor.isEnabled(), timeout=2000)
    shoot(qtbot, workspace, f"{language}_organizer_implementation", DESKTOP)
    settle(qtbot, leyla)


def test_organizer_statistics_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    leyla = make_session("leyla")
    window = organizer_window(qtbot, leyla, monkeypatch)
    statistics = window.workspace.statistics
    # Rəşad finishes two score sheets and Aysel one, so progress and leniency have figures.
    ideas = [i["title"] for i in window.workspace.ideas.model.ideas[:2]]
    score_as(qtbot, make_session("rashad"), {
        ideas[0]: {"Aktuallıq": 8, "Kreativlik": 6, "Səmərəlilik": 9},
        ideas[1]: {"Aktuallıq": 6, "Kreativlik": 7, "Səmərəlilik": 5}})
    score_as(qtbot, make_session("aysel"), {
        ideas[0]: {"Aktuallıq": 7, "Kreativlik": 9, "Səmərəlilik": 6}})
    with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
        leyla.sync_now()
    window.workspace.tabs.setCurrentWidget(statistics)
    # Rəşad: 2 of 6 assigned ideas scored; Aysel: 1 of 6.
    qtbot.waitUntil(lambda: statistics.cards["progress"].model.rows[1:2] == [
        ["Rəşad Əliyev", 6, 2, 33.33]], timeout=10000)
    if language == "az":
        assert window.workspace.tabs.tabText(3) == "&Statistika"
        assert statistics.summary.text() == "12 ideya, bu kompüterdəki məlumatlardan"
    shoot(qtbot, window, f"{language}_organizer_statistics", DESKTOP)
    settle(qtbot, leyla)


def test_conflicts_screenshot(demo_server, make_session, tmp_path, qtbot, monkeypatch,  # noqa: ANN001
                              language) -> None:
    from desktop.ui.conflicts_dialog import ConflictsDialog
    from tests.desktop.test_conflicts_screen import diverge

    session, *_ = diverge(demo_server, make_session, tmp_path)
    window = main_window(qtbot, session, monkeypatch)
    session.refresh_pending()
    qtbot.waitUntil(lambda: window.status.conflicts.isVisible(), timeout=5000)
    window.status.open_conflicts()
    dialog = window.findChild(ConflictsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    shoot(qtbot, dialog, f"{language}_conflicts", (900, 560))
    shoot(qtbot, window, f"{language}_conflicts_status", DESKTOP)


def test_settings_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    from desktop.ui.settings_dialog import SettingsDialog

    window = main_window(qtbot, make_session("leyla"), monkeypatch)
    dialog = SettingsDialog(language, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shoot(qtbot, dialog, f"{language}_settings", dialog.sizeHint().expandedTo(
        dialog.minimumSizeHint()).toTuple())


def test_evaluator_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    session = make_session("rashad")
    window = main_window(qtbot, session, monkeypatch)
    ws = window.workspace
    # The first unfinished idea opens by itself once the queue and its criteria are read.
    qtbot.waitUntil(lambda: ws.form.item is not None and len(ws.form.rows) == 3, timeout=10000)
    ws.form.rows[0].spin.setValue(8)
    ws.form.rows[0].comment.setText("Kənd sakinləri üçün real ehtiyacdır")
    ws.form.rows[1].spin.setValue(6)
    ws.form.rows[1].spin.setFocus()
    qtbot.wait(50)
    if language == "az":
        assert ws.form.heading.text() == "Ballarınız"
        assert ws.form.rows[2].spin.text() == "Bal verilməyib"
        assert ws.progress.text() == "Tamamlanıb: 0 / 6"
        stage = ws.model.index(0, 0, ws.model.index(0, 0))
        assert ws.model.index(0, 1, stage).data() == "○ Başlanmayıb"
    shoot(qtbot, window, f"{language}_evaluator", DESKTOP)


def test_evaluator_screening_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    from tests.desktop.evaluator.test_screening_form import open_screening

    _, ws, form, _, _ = open_screening(qtbot, make_session, monkeypatch)
    form.rows[0].met.setChecked(True)
    ws.resize(*DESKTOP)
    qtbot.waitUntil(lambda: form.height() >= form.heightForWidth(form.width()), timeout=2000)
    # The Russian hint wraps to two lines: the buttons still sit below the suggestions.
    assert form.save_draft.geometry().top() > form.suggestions.geometry().bottom()
    shoot(qtbot, ws, f"{language}_evaluator_screening", DESKTOP)


def test_author_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    session = make_session("kamran")
    window = main_window(qtbot, session, monkeypatch)
    ws = window.workspace
    for title, body in (("Kənd klubunda onlayn növbə",
                         "Klubda bir kompüter ASAN növbəsi üçün ayrılsın."),
                        ("Poçtda arayışların çapı",
                         "Arayışları ən yaxın poçt şöbəsində çap etmək mümkün olsun.")):
        ws.new_idea()
        qtbot.waitUntil(lambda: ws.form.contest.count() > 0, timeout=5000)
        ws.form.contest.setCurrentIndex(ws.form.contest.findText(SAMPLE_CONTEST))
        ws.form.title.setText(title)
        ws.form.body.setPlainText(body)
        idea_id = ws.form.idea_id
        ws.form.submit()
        qtbot.waitUntil(lambda i=idea_id: ws.model.row_of(i) >= 0
                        and ws.model.ideas[ws.model.row_of(i)].sent, timeout=10000)
    qtbot.waitUntil(lambda: not session.syncing, timeout=10000)
    ws.new_idea()  # a third one being written next to the list
    qtbot.waitUntil(lambda: ws.form.contest.count() > 0, timeout=5000)
    ws.form.title.setText("Yaşlılar üçün telefonla qeydiyyat")
    ws.form.body.setPlainText("Zəng mərkəzi vasitəsilə xidmətə yazılmaq olsun.")
    if language == "az":
        assert ws.banner.text().startswith("«Poçtda arayışların çapı» ideyanız qəbul edildi.")
        assert ws.model.index(0, 2).data() == "Göndərilib"
        assert ws.model.headerData(3, Qt.Orientation.Horizontal) == "İzləmə kodu"
        assert ws.new_button.text() == "Yeni ideya"
    shoot(qtbot, window, f"{language}_author", DESKTOP)


def test_evaluator_conflict_screenshot(make_session, qtbot, monkeypatch, language) -> None:  # noqa: ANN001
    session = make_session("rashad")
    window = main_window(qtbot, session, monkeypatch)
    ws = window.workspace
    qtbot.waitUntil(lambda: ws.form.item is not None and ws.declare_conflict.isEnabled(),
                    timeout=10000)
    ws.open_conflict_dialog()
    dialog = ws.conflict_dialog
    qtbot.waitExposed(dialog)
    dialog.reason.setPlainText("Müəllif qardaşımdır")
    shoot(qtbot, dialog, f"{language}_evaluator_conflict",
          dialog.sizeHint().expandedTo(QSize(560, 0)).toTuple())


def test_author_revise_screenshot(make_session, qtbot, language) -> None:  # noqa: ANN001
    from desktop.ui.author.workspace import AuthorWorkspace
    from tests.desktop.author.test_idea_outcome import returned_idea

    idea_id, _ = returned_idea(make_session)
    workspace = AuthorWorkspace(make_session("kamran"))
    qtbot.addWidget(workspace)
    workspace.resize(*DESKTOP)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.row_of(idea_id) >= 0, timeout=5000)
    workspace.table.selectRow(workspace.model.row_of(idea_id))
    view = workspace.outcome
    qtbot.waitUntil(lambda: view.outcome is not None and view.outcome.idea_id == idea_id,
                    timeout=5000)
    shoot(qtbot, workspace, f"{language}_author_returned", DESKTOP)
    view.revise.click()
    view.revision_form.body.setPlainText("Hər həftə valideynlər üçün e-xidmət dərsi; dərsi kənd "
                                         "məktəbinin informatika müəllimi aparır.")
    shoot(qtbot, workspace, f"{language}_author_revise", DESKTOP)


def test_author_outcome_screenshot(make_session, qtbot, language) -> None:  # noqa: ANN001
    from desktop.outcome_queries import IdeaOutcome, StageOutcome
    from desktop.ui.author.idea_outcome import IdeaOutcomeView

    view = IdeaOutcomeView(make_session("kamran", sync=False))
    qtbot.addWidget(view)
    view.show()
    # 08:30 UTC is 12:30 in Baku, the contest's zone.
    view.show_outcome(IdeaOutcome(
        idea_id="i", title="Kənd məktəblərində rəqəmsal savadlılıq dərnəyi", body="",
        benefit="", status="submitted", timezone="Asia/Baku",
        announced_at=dt.datetime(2027, 2, 1, 8, 30, tzinfo=dt.UTC),
        decisions=[StageOutcome("İlkin yoxlama", "advanced", ""),
                   StageOutcome("Ekspert qiymətləndirməsi", "advanced", "")],
        feedback=["Aydın və ucuz ideya"],
        implementation={"status": "in_progress", "progress": 40,
                        "notes": "Pilot iki rayonda başladı",
                        "due_on": dt.datetime(2027, 6, 30, 14, 0, tzinfo=dt.UTC)}))
    if language == "az":
        assert view.implementation.text().splitlines()[-1] == "Pilot iki rayonda başladı"
    shoot(qtbot, view, f"{language}_author_outcome", (700, 420))
