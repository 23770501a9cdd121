"""The evaluation flow on desktop replicas: local edits, sync, and replicas that equal
what the server would send (the integrity check finds nothing to repair)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop import closing_edits, edits, evaluation_edits, evaluation_queries, stage_edits
from desktop.closing_queries import closing_data
from desktop.replica_schema import domain
from desktop.stage_closing import scoring_closing, screening_closing
from desktop.sync_engine import sync_once
from shared.stage_rules import preview_screening
from tests.sync_server.desktop_clients import desktop_client, new_contest
from tests.sync_server.server_fixtures import make_world


def _sync(*clients) -> None:  # noqa: ANN002
    for store, api in clients:
        report = sync_once(store, api)
        assert (report.rejected, report.repaired) == (0, 0), store.rejections()


def test_screening_with_a_return_then_close_and_announce_on_replicas(db_url, tmp_path):  # noqa: ANN001
    world = make_world(db_url)
    org = desktop_client(world.app, "org_a", tmp_path)
    author = desktop_client(world.app, "author1", tmp_path)
    ev1 = desktop_client(world.app, "ev1", tmp_path)
    contest_id = new_contest(org[0], ends_in=dt.timedelta(days=5))
    contest = org[0].rows(select(domain["contest"]))[0]
    org[0].save("contest", {**contest, "requirements": ["Aydın", "Ucuz"]})
    stage_id = stage_edits.add_stage(org[0], contest_id=contest_id, kind="screening",
                                     title="Uyğunluq")
    stage_edits.save_stage(org[0], stage_id=stage_id, settings=stage_edits.StageSettings(
        title="Uyğunluq", deadline=None, rule="all",
        revision_deadline=dt.datetime.now(dt.UTC) + dt.timedelta(days=3)))
    _sync(org, author)
    idea_id, _ = edits.submit_idea(author[0], contest_id=contest_id, title="Yol", body="Təmir")
    _sync(author, org)
    edits.assign(org[0], stage_id=stage_id, idea_ids=[idea_id], evaluator_ids=[world.users["ev1"]])
    _sync(org, ev1)
    evaluation_edits.save_check(ev1[0], stage_id=stage_id, idea_id=idea_id,
                                answers={"Aydın": True, "Ucuz": False}, suggestions="Qiymət yazın")
    _sync(ev1, org)
    data = closing_data(org[0], stage_id)
    # The replica's checks give the same answer in the shared preview and the close dialog.
    (proposal,) = preview_screening(data.checks, rule="all", requirements=["Aydın", "Ucuz"])
    assert (proposal.idea_id, proposal.outcome) == (idea_id, "not_advanced")
    closing_edits.return_ideas(org[0], screening_closing(
        stage_id=stage_id, checks=data.checks, rule="all", returned=[idea_id]),
        data.suggestions)
    _sync(org, author)
    idea_t = domain["idea"]
    assert author[0].rows(select(idea_t.c.status))[0]["status"] == "returned"
    evaluation_edits.submit_revision(author[0], idea_id=idea_id, title="Yol",
                                     body="Təmir, 900 manat")
    _sync(author, org, ev1)
    assert [r["number"] for r in evaluation_queries.revisions(org[0], idea_id)] == [1, 2]
    body = evaluation_queries.compare(org[0], idea_id, 1, 2)[1]
    assert [(p.kind, p.text) for p in body.pieces] == [("removed", "Təmir"),
                                                       ("added", "Təmir, 900 manat")]
    evaluation_edits.save_check(ev1[0], stage_id=stage_id, idea_id=idea_id,
                                answers={"Aydın": True, "Ucuz": True})
    _sync(ev1, org)
    data = closing_data(org[0], stage_id)
    (proposal,) = preview_screening(data.checks, rule="all", requirements=["Aydın", "Ucuz"])
    assert (proposal.idea_id, proposal.outcome) == (idea_id, "advanced")
    assert author[0].rows(select(domain["feedback"].c.text)) == [{"text": "Qiymət yazın"}]
    # The first stage (scoring, created with the contest) has no assignments: it closes empty.
    first = org[0].rows(select(domain["stage"]).where(domain["stage"].c.position == 1))[0]
    closing_edits.close_stage(org[0], scoring_closing(stage_id=first["id"], scores={},
                                                      rule="explicit"))
    closing_edits.close_stage(org[0], screening_closing(stage_id=stage_id, checks=data.checks,
                                                        rule="all"))
    evaluation_edits.announce_results(org[0], contest_id=contest_id)
    _sync(org, author, ev1)
    decision_t = domain["decision"]
    assert author[0].rows(select(decision_t.c.outcome, decision_t.c.decided_by)) == [
        {"outcome": "advanced", "decided_by": None}]  # never who decided
    assert evaluation_queries.decisions(org[0], stage_id)[idea_id]["decided_by"] == \
        world.users["org_a"]
