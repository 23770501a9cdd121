"""The Ranking tab: scores sent by two evaluators' own sessions, ranked on the organizer's."""

from __future__ import annotations

from desktop import edits, queries
from desktop.session import Session
from desktop.ui.organizer.ranking_model import EVALUATORS, RANK, SCORE, TITLE
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import call, english_locale, open_workspace, settle

FIRST_IDEA = "Kənd poçt şöbələrində ASAN köşkü"


def score_as(qtbot, session: Session, given: dict[str, dict[str, float]]) -> None:  # noqa: ANN001
    """Save ``{idea title: {criterion name: value}}`` as this evaluator and sync it."""
    queue = call(qtbot, session, queries.evaluator_queue)
    stage_id = queue[0].stage_id
    ids = {c["name"]: c["id"] for c in call(qtbot, session,
                                              lambda store: queries.criteria_of(store, stage_id))}
    for item in queue:
        if item.title in given:
            values = {ids[name]: value for name, value in given[item.title].items()}
            call(qtbot, session, lambda store, i=item, v=values: edits.save_scores(
                store, stage_id=i.stage_id, idea_id=i.idea_id, values=v))
    with qtbot.waitSignal(session.sync_finished, timeout=10000):
        session.sync_now()
    assert call(qtbot, session, lambda store: store.outbox_batch()) == []
    assert call(qtbot, session, lambda store: store.rejections()) == []


def open_ranking(qtbot, session: Session):  # noqa: ANN001, ANN201
    workspace = open_workspace(qtbot, session)
    workspace.tabs.setCurrentWidget(workspace.ranking)
    qtbot.waitUntil(lambda: workspace.ranking.model.rowCount() == 6, timeout=5000)
    return workspace


def test_scored_idea_ranks_first_and_the_rest_wait(make_session, qtbot, qtmodeltester):  # noqa: ANN001
    leyla = make_session("leyla")
    workspace = open_ranking(qtbot, leyla)
    model = workspace.ranking.model
    assert all(not r.complete for r in model.rows)  # nobody has scored yet
    assert workspace.ranking.stage.currentText() == "Ekspert qiymətləndirməsi"
    qtmodeltester.check(model)

    # Weights: Aktuallıq (medium) 2, Kreativlik (low) 1, Səmərəlilik (very important) 3.
    # Rəşad: (2·8 + 1·6 + 3·9) / 6 = 49/6 ≈ 8.1667
    # Aysel: (2·7 + 1·9 + 3·6) / 6 = 41/6 ≈ 6.8333
    # Score: the mean of the two, (49/6 + 41/6) / 2 = 90/12 = 7.5
    score_as(qtbot, make_session("rashad"),
             {FIRST_IDEA: {"Aktuallıq": 8, "Kreativlik": 6, "Səmərəlilik": 9}})
    score_as(qtbot, make_session("aysel"),
             {FIRST_IDEA: {"Aktuallıq": 7, "Kreativlik": 9, "Səmərəlilik": 6}})
    with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
        leyla.sync_now()
    qtbot.waitUntil(lambda: model.rowCount() == 6 and model.rows[0].complete, timeout=5000)

    assert model.index(0, RANK).data() == "1"
    assert model.index(0, TITLE).data() == FIRST_IDEA
    assert model.rows[0].score == 7.5
    assert model.index(0, SCORE).data() == "7.50"
    assert model.index(0, EVALUATORS).data() == "2"
    for row in range(1, 6):
        assert model.index(row, RANK).data() == ""
        assert model.index(row, SCORE).data() == "incomplete — not ranked yet"
        assert model.index(row, EVALUATORS).data() == "2"
    assert workspace.ranking.status.text() == "1 ranked, 5 waiting for scores"
    qtmodeltester.check(model)
    settle(qtbot, leyla)


def test_ties_share_a_rank_screenshot(make_session, qtbot):  # noqa: ANN001
    leyla = make_session("leyla")
    with english_locale():
        workspace = open_ranking(qtbot, leyla)
        ideas = [i["title"] for i in workspace.ideas.model.ideas[:6]]
        # Rəşad: idea 1 → 49/6; ideas 2 and 3 → (2·6 + 1·6 + 3·6)/6 = 6; idea 4 → (2·9+1·8+3·9)/6 = 53/6
        # Aysel: idea 1 → 41/6; ideas 2 and 3 → (2·7 + 1·7 + 3·7)/6 = 7; idea 4 → (2·8+1·7+3·8)/6 = 47/6
        # Means: idea 4 (53+47)/12 = 8.33, idea 1 7.50, ideas 2 and 3 tie at 6.50 (rank 3 twice).
        score_as(qtbot, make_session("rashad"), {
            ideas[0]: {"Aktuallıq": 8, "Kreativlik": 6, "Səmərəlilik": 9},
            ideas[1]: {"Aktuallıq": 6, "Kreativlik": 6, "Səmərəlilik": 6},
            ideas[2]: {"Aktuallıq": 6, "Kreativlik": 6, "Səmərəlilik": 6},
            ideas[3]: {"Aktuallıq": 9, "Kreativlik": 8, "Səmərəlilik": 9}})
        score_as(qtbot, make_session("aysel"), {
            ideas[0]: {"Aktuallıq": 7, "Kreativlik": 9, "Səmərəlilik": 6},
            ideas[1]: {"Aktuallıq": 7, "Kreativlik": 7, "Səmərəlilik": 7},
            ideas[2]: {"Aktuallıq": 7, "Kreativlik": 7, "Səmərəlilik": 7},
            ideas[3]: {"Aktuallıq": 8, "Kreativlik": 7, "Səmərəlilik": 8},
            ideas[4]: {"Aktuallıq": 5}})  # only one criterion: still incomplete
        with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
            leyla.sync_now()
        model = workspace.ranking.model
        qtbot.waitUntil(lambda: sum(r.complete for r in model.rows) == 4, timeout=5000)
        assert [model.index(r, RANK).data() for r in range(6)] == ["1", "2", "3", "3", "", ""]
        assert [model.index(r, SCORE).data() for r in range(4)] == ["8.33", "7.50", "6.50", "6.50"]
        assert model.index(0, TITLE).data() == ideas[3]
        qtbot.wait(100)
        save_screenshot(workspace, "organizer_ranking")
    settle(qtbot, leyla)
