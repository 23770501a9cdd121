"""The author's side of evaluation: a return for improvement with the evaluators'
suggestions and deadline, a revision sent from the Revise form, and the outcome shown once
results are announced."""

from __future__ import annotations

import datetime as dt

from desktop import edits, evaluation_edits, queries, stage_edits
from desktop.closing_edits import return_ideas
from desktop.closing_queries import closing_data
from desktop.outcome_queries import IdeaOutcome, StageOutcome
from desktop.stage_closing import screening_closing
from desktop.sync_engine import sync_once
from desktop.ui.author.idea_outcome import IdeaOutcomeView
from desktop.ui.author.workspace import AuthorWorkspace
from tests.desktop.conftest import save_screenshot
from tests.desktop.test_translations import installed_language

CONTEST = "Kəndlər üçün rəqəmsal xidmətlər"
TITLE = "Kənd məktəblərində rəqəmsal savadlılıq dərnəyi"
SUGGESTION = "Dərnəyin kimlər tərəfindən aparılacağını yazın"


def checked_idea(make_session):  # noqa: ANN001, ANN201
    """Kamran's idea in a new screening stage, found lacking by Rəşad; Leyla synced.

    Returns (leyla's session, stage id, idea id, revision deadline)."""
    kamran = make_session("kamran")
    contest = next(c for c in queries.list_contests(kamran.store) if c["title"] == CONTEST)
    idea_id, _ = edits.submit_idea(kamran.store, contest_id=contest["id"], title=TITLE,
                                   body="Hər həftə valideynlər üçün e-xidmət dərsi.",
                                   benefit="Sakinlər şəhərə getmədən arayış alar")
    assert sync_once(kamran.store, kamran.api).rejected == 0

    leyla = make_session("leyla")
    stage_id = stage_edits.add_stage(leyla.store, contest_id=contest["id"], kind="screening",
                                     title="İlkin yoxlama")
    due = (dt.datetime.now(dt.UTC) + dt.timedelta(days=7)).replace(second=0, microsecond=0)
    stage_edits.save_stage(leyla.store, stage_id=stage_id, settings=stage_edits.StageSettings(
        title="İlkin yoxlama", deadline=None, rule="all", revision_deadline=due))
    rashad_id = next(u["id"] for u in queries.list_evaluators(leyla.store)
                     if u["username"] == "rashad")
    edits.assign(leyla.store, stage_id=stage_id, idea_ids=[idea_id], evaluator_ids=[rashad_id])
    assert sync_once(leyla.store, leyla.api).rejected == 0

    rashad = make_session("rashad")
    requirements = list(contest["requirements"])
    evaluation_edits.save_check(rashad.store, stage_id=stage_id, idea_id=idea_id,
                                answers={requirements[0]: True, requirements[1]: False,
                                         requirements[2]: True}, suggestions=SUGGESTION)
    assert sync_once(rashad.store, rashad.api).rejected == 0
    sync_once(leyla.store, leyla.api)
    data = closing_data(leyla.store, stage_id)
    assert data.checks == {idea_id: {rashad_id: {requirements[0]: True, requirements[1]: False,
                                                 requirements[2]: True}}}
    assert data.suggestions == {idea_id: [SUGGESTION]}
    return leyla, stage_id, idea_id, due


def returned_idea(make_session) -> tuple[str, dt.datetime]:  # noqa: ANN001
    """The checked idea returned by Leyla with Rəşad's suggestion."""
    leyla, stage_id, idea_id, due = checked_idea(make_session)
    data = closing_data(leyla.store, stage_id)
    closing = screening_closing(stage_id=stage_id, checks=data.checks, rule="all",
                                returned={idea_id})
    return_ideas(leyla.store, closing, data.suggestions)
    assert sync_once(leyla.store, leyla.api).rejected == 0
    return idea_id, due


def test_returned_idea_shows_suggestions_and_takes_a_revision(make_session, qtbot):  # noqa: ANN001
    idea_id, due = returned_idea(make_session)
    kamran = make_session("kamran")
    with installed_language("az"):
        workspace = AuthorWorkspace(kamran)
        qtbot.addWidget(workspace)
        workspace.resize(1280, 800)
        workspace.show()
        qtbot.waitUntil(lambda: workspace.model.row_of(idea_id) >= 0, timeout=5000)
        workspace.table.selectRow(workspace.model.row_of(idea_id))
        view = workspace.outcome
        qtbot.waitUntil(lambda: view.outcome is not None and view.outcome.idea_id == idea_id,
                        timeout=5000)
        assert view.outcome.status == "returned"
        assert view.outcome.suggestions == [SUGGESTION]
        assert view.outcome.revision_due == due
        text = view.returned.text()
        assert f"• {SUGGESTION}" in text
        assert "(Asia/Baku vaxtı ilə)" in text or "Asia/Baku" in text
        assert view.revise.isVisible() and not view.revision_form.isVisible()
        view.revise.click()
        form = view.revision_form
        assert form.isVisible() and form.title.text() == TITLE
        form.body.setPlainText("Hər həftə valideynlər üçün e-xidmət dərsi; dərsi kənd "
                               "məktəbinin informatika müəllimi aparır.")
        save_screenshot(workspace, "author_revise_az")
        with qtbot.waitSignal(kamran.sync_finished, timeout=10000):
            form.send.click()
        qtbot.waitUntil(lambda: not kamran.syncing, timeout=10000)
        assert kamran.store.outbox_batch() == [] and kamran.store.rejections() == []
        qtbot.waitUntil(lambda: view.outcome is not None and view.outcome.status == "revised",
                        timeout=5000)
        assert not view.returned.isVisible() and not form.isVisible()


def test_announced_outcome_and_implementation_without_evaluator_names(qtbot, make_session):  # noqa: ANN001
    view = IdeaOutcomeView(make_session("kamran", sync=False))
    qtbot.addWidget(view)
    view.resize(700, 420)
    view.show()
    announced = dt.datetime(2027, 2, 1, 8, 30, tzinfo=dt.UTC)  # 12:30 in Baku
    with installed_language("en"):
        view.show_outcome(IdeaOutcome(
            idea_id="i", title=TITLE, body="", benefit="", status="submitted",
            timezone="Asia/Baku", announced_at=announced,
            decisions=[StageOutcome("Screening", "advanced", ""),
                       StageOutcome("Expert evaluation", "advanced", "")],
            feedback=["A clear, cheap idea"],
            implementation={"status": "in_progress", "progress": 40, "notes": "Pilot in two "
                            "districts", "due_on": dt.datetime(2027, 6, 30, 14, 0, tzinfo=dt.UTC)}))
        lines = view.results.text().splitlines()
        assert lines[1:] == ["Screening: went on to the next stage",
                             "Expert evaluation: went on to the next stage",
                             "Feedback for you:", "• A clear, cheap idea"]
        assert lines[0].startswith("Results announced on ")
        assert view.implementation.text().splitlines()[0] == "Implementation: in progress, 40% done."
        assert view.implementation.text().splitlines()[-1] == "Pilot in two districts"
        assert not view.returned.isVisible() and not view.waiting.isVisible()
        assert not view.revision_form.isVisible() and not view.revise.isVisible()
        qtbot.wait(100)  # let the wrapped labels take their height
        save_screenshot(view, "author_outcome_en")
