"""The Ranking tab's fairness columns and leniency report, and the close-stage preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.replica_schema import domain
from desktop.ui.organizer.closing_model import DECISION
from desktop.ui.organizer.leniency_model import DEVIATION, IDEAS, NAME, VERDICT
from desktop.ui.organizer.ranking_model import DISAGREEMENT, NORMALISED, RANK, SCORE
from tests.desktop.conftest import save_screenshot
from tests.desktop.organizer.helpers import call, english_locale, outbox_kinds, settle
from tests.desktop.organizer.test_ranking import open_ranking, score_as
from tests.desktop.test_translations import installed_language


def _same(value: int) -> dict[str, float]:
    """Every criterion the same value: the weighted mean is that value."""
    return {"Aktuallıq": value, "Kreativlik": value, "Səmərəlilik": value}


def scored_workspace(qtbot, make_session):  # noqa: ANN001, ANN201
    """Rəşad (lenient) and Aysel (harsh) fully score three of the six assigned ideas."""
    leyla = make_session("leyla")
    workspace = open_ranking(qtbot, leyla)
    a, b, c = (i["title"] for i in workspace.ideas.model.ideas[:3])
    score_as(qtbot, make_session("rashad"), {a: _same(9), b: _same(8), c: _same(7)})
    score_as(qtbot, make_session("aysel"), {a: _same(7), b: _same(5), c: _same(6)})
    with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
        leyla.sync_now()
    model = workspace.ranking.model
    qtbot.waitUntil(lambda: sum(r.complete for r in model.rows) == 3, timeout=5000)
    return leyla, workspace, (a, b, c)


def test_normalised_scores_disagreement_and_leniency(make_session, qtbot, qtmodeltester):  # noqa: ANN001
    with english_locale():
        leyla, workspace, (a, b, c) = scored_workspace(qtbot, make_session)
        ranking = workspace.ranking
        model, report = ranking.model, ranking.leniency_model
        # Raw: a (9+7)/2 = 8.0, b (8+5)/2 = 6.5, c (7+6)/2 = 6.5 → ranks 1, 2, 2.
        assert [model.rows[r].title for r in range(3)] == [a, b, c] or \
            [model.rows[r].title for r in range(3)] == [a, c, b]
        assert [model.index(r, RANK).data() for r in range(3)] == ["1", "2", "2"]
        assert [model.index(r, SCORE).data() for r in range(3)] == ["8.00", "6.50", "6.50"]
        by_title = {model.rows[r].title: r for r in range(6)}
        # Normalised on 1–10: mid 5.5, one σ = 9/6 = 1.5 points.
        # Rəşad 9, 8, 7: mean 8, σ = √(2/3), z = +√1.5, 0, −√1.5 → 5.5 ± 1.5·1.2247 = 7.337, 5.5, 3.663
        # Aysel 7, 5, 6: mean 6, σ = √(2/3), z = +√1.5, −√1.5, 0 → 7.337, 3.663, 5.5
        # a: 7.337; b: (5.5 + 3.663)/2 = 4.581; c: (3.663 + 5.5)/2 = 4.581
        assert model.index(by_title[a], NORMALISED).data() == "7.34"
        assert model.index(by_title[b], NORMALISED).data() == "4.58"
        assert model.index(by_title[c], NORMALISED).data() == "4.58"
        # Disagreement at 30 % of the range 9 = 2.7: spreads a 2, b 3, c 1 → only b.
        assert model.index(by_title[b], DISAGREEMENT).data() == "wide"
        assert model.index(by_title[a], DISAGREEMENT).data() == ""
        assert model.index(by_title[c], DISAGREEMENT).data() == ""
        # Incomplete ideas show neither a normalised score nor a flag.
        assert model.index(3, NORMALISED).data() == "" and model.index(3, RANK).data() == ""
        # Leniency: panel means a 8, b 6.5, c 6.5. Rəşad +1, +1.5, +0.5 → +1.00; Aysel −1.00.
        assert report.rowCount() == 2
        assert [report.index(r, NAME).data() for r in range(2)] == ["Rəşad Əliyev",
                                                                    "Aysel Qasımova"]
        assert [report.index(r, DEVIATION).data() for r in range(2)] == ["+1.00", "−1.00"]
        assert [report.index(r, IDEAS).data() for r in range(2)] == ["3", "3"]
        assert [report.index(r, VERDICT).data() for r in range(2)] == ["lenient", "harsh"]
        qtmodeltester.check(model)
        qtmodeltester.check(report)
        save_screenshot(workspace, "organizer_fairness_en")
    settle(qtbot, leyla)


def open_close_dialog(qtbot, workspace):  # noqa: ANN001, ANN201
    ranking = workspace.ranking
    assert ranking.close_stage.isEnabled()
    ranking.close_stage.click()
    dialog = ranking.close_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6, timeout=5000)
    return dialog


def test_close_preview_says_the_tie_and_needs_a_reason_for_a_choice(make_session, qtbot,  # noqa: ANN001
                                                                    qtmodeltester):
    with installed_language("az"):
        leyla, workspace, (a, b, c) = scored_workspace(qtbot, make_session)
        dialog = open_close_dialog(qtbot, workspace)
        qtmodeltester.check(dialog.model)
        # Top 2 of 8.0, 6.5, 6.5: a, and both ideas tied at place 2.
        dialog.rule.setCurrentIndex(dialog.rule.findData("top_n"))
        dialog.n.setValue(2)
        assert sorted(dialog.closing.ideas("advanced")) == sorted(
            dialog.model.ideas[r].idea_id for r in range(3))
        assert dialog.tie.isVisible()
        assert dialog.tie.text() == "Yer 2: 2 ideya bərabər baldadır — hamısı keçir."
        assert dialog.summary.text().startswith("6 ideyadan 3 keçir.")
        # Three ideas have no complete scores: the rule cannot turn them down by itself.
        assert not dialog.confirm.isEnabled() and dialog.error.text() != ""
        dialog.reason.setPlainText("Üç ideya son tarixə qədər qiymətləndirilmədi")
        assert dialog.confirm.isEnabled() and dialog.error.text() == ""
        save_screenshot(dialog, "organizer_close_stage_az")
        dialog.reason.clear()

        # Threshold 7: only a (8.0).
        dialog.rule.setCurrentIndex(dialog.rule.findData("threshold"))
        dialog.minimum.setValue(7.0)
        assert dialog.closing.ideas("advanced") == [dialog.model.ideas[0].idea_id]
        assert not dialog.tie.isVisible()

        # The organizer's choice: pick the third idea with the keyboard, then give a reason.
        dialog.rule.setCurrentIndex(dialog.rule.findData("explicit"))
        dialog.table.setFocus()
        dialog.table.setCurrentIndex(dialog.model.index(2, DECISION))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
        chosen = dialog.model.ideas[2].idea_id
        assert dialog.model.chosen == {chosen}
        assert not dialog.confirm.isEnabled()
        assert dialog.error.text() != ""
        dialog.reason.setPlainText("Pilot büdcəsi yalnız bir layihəyə çatır")
        assert dialog.confirm.isEnabled() and dialog.error.text() == ""
        assert dialog.closing.ideas("advanced") == [chosen]
        assert dialog.closing.reason == "Pilot büdcəsi yalnız bir layihəyə çatır"
        dialog.reject()
    settle(qtbot, leyla)


def test_only_the_confirmed_close_sends_anything(make_session, qtbot, monkeypatch):  # noqa: ANN001
    with english_locale():
        leyla, workspace, (a, b, c) = scored_workspace(qtbot, make_session)
        settle(qtbot, leyla)
        # Keep the close in the outbox, to read exactly what would be sent.
        leyla.timer.stop()
        monkeypatch.setattr(leyla, "sync_now", lambda: None)
        dialog = open_close_dialog(qtbot, workspace)
        dialog.rule.setCurrentIndex(dialog.rule.findData("threshold"))
        dialog.minimum.setValue(6.5)
        assert outbox_kinds(qtbot, leyla) == []  # a preview changes nothing
        dialog.reject()
        assert outbox_kinds(qtbot, leyla) == []

        dialog = open_close_dialog(qtbot, workspace)
        dialog.rule.setCurrentIndex(dialog.rule.findData("top_n"))
        dialog.n.setValue(1)
        dialog.reason.setPlainText("Not scored before the deadline")
        with qtbot.waitSignal(dialog.stage_closed, timeout=5000):
            qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
        ranking = workspace.ranking
        qtbot.waitUntil(lambda: ranking.current_stage()["status"] == "closed", timeout=5000)
        assert not ranking.close_stage.isEnabled()
        assert ranking.close_stage.text() == "Stage closed"
        # The rule first, then one decision per idea, then the closed status.
        sent = call(qtbot, leyla, lambda store: store.outbox_batch())
        assert [m["kind"] for m in sent] == ["stage"] + ["decision"] * 6 + ["stage"]
        assert sent[0]["fields"] == {"rule": "top_n", "rule_value": 1.0}
        assert sent[-1]["fields"] == {"status": "closed"}
        titles = {i.idea_id: i.title for i in dialog.model.ideas}
        decisions = {titles[m["fields"]["idea_id"]]: m["fields"] for m in sent[1:-1]}
        # Top 1 of 8.0, 6.5, 6.5: only a; b and c rank 2 and stay out (no tie at the cut).
        assert decisions[a]["outcome"] == "advanced" and decisions[a]["rank"] == 1
        assert decisions[a]["score"] == 8.0 and decisions[a]["rule"] == "top_n"
        assert decisions[a]["reason"] == ""
        assert [decisions[t]["outcome"] for t in (b, c)] == ["not_advanced"] * 2
        assert [decisions[t]["rank"] for t in (b, c)] == [2, 2]
        unjudged = [d for t, d in decisions.items() if t not in (a, b, c)]
        assert [(d["outcome"], d["rule"], d["reason"], d["score"]) for d in unjudged] == [
            ("not_advanced", "explicit", "Not scored before the deadline", None)] * 3


def test_close_on_the_server_then_announce_once(make_session, qtbot, monkeypatch):  # noqa: ANN001
    with english_locale():
        leyla, workspace, (a, b, c) = scored_workspace(qtbot, make_session)
        ranking = workspace.ranking
        assert not ranking.announce.isEnabled()
        assert ranking.announce_note.text() == ("Results can be announced once every stage is "
                                                "closed (1 still open).")
        dialog = open_close_dialog(qtbot, workspace)
        dialog.rule.setCurrentIndex(dialog.rule.findData("top_n"))
        dialog.n.setValue(2)  # a, and b and c tied at place 2
        dialog.reason.setPlainText("Not scored before the deadline")
        with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
            qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
        settle(qtbot, leyla)
        # The server took the rule, the six decisions and the close.
        assert outbox_kinds(qtbot, leyla) == []
        assert call(qtbot, leyla, lambda store: store.rejections()) == []
        decided = call(qtbot, leyla, lambda store: store.rows(select(domain["decision"])))
        assert sorted(d["outcome"] for d in decided) == ["advanced"] * 3 + ["not_advanced"] * 3
        assert sorted(d["tied_at_cut"] for d in decided) == [False] * 4 + [True] * 2
        qtbot.waitUntil(lambda: ranking.announce.isEnabled(), timeout=5000)
        assert ranking.announce_note.text() == ("Every stage is closed: the results can be "
                                                "announced to the authors.")

        asked: list[str] = []
        monkeypatch.setattr(ranking, "confirm_announce", lambda title: asked.append(title) or False)
        ranking.announce.click()
        assert asked == ["Kəndlər üçün rəqəmsal xidmətlər"]
        assert outbox_kinds(qtbot, leyla) == []  # declined: nothing sent

        monkeypatch.setattr(ranking, "confirm_announce", lambda title: True)
        with qtbot.waitSignal(leyla.sync_finished, timeout=10000):
            ranking.announce.click()
        settle(qtbot, leyla)
        qtbot.waitUntil(lambda: ranking.announce_note.text().startswith("Results announced on"),
                        timeout=5000)
        assert not ranking.announce.isEnabled()
        contest = ranking.overview.contest
        assert contest["status"] == "announced" and contest["results_announced_at"] is not None
        assert "(Asia/Baku time)" in ranking.announce_note.text()
        save_screenshot(workspace, "organizer_announced_en")
