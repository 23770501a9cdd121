"""A contest's results as its authors receive them: outcome per stage and released feedback.

An author gets only its own ideas, and only after the organizer announced the results; the
answer never names an evaluator or the organizer who decided (nothing here carries a user
id). The organizer of the contest may read the same view at any time.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from shared.roles import Role
from shared.wire import encode_time
from sync_server import feed
from sync_server.errors import ApiError, bad_request, forbidden, not_found
from sync_server.tables import domain

_UUID = re.compile(r"^[0-9a-fA-F-]{36}$")


def results(ctx) -> tuple[int, Any]:  # noqa: ANN001
    contest_id = ctx.request.params["contest_id"]
    if not _UUID.match(contest_id):
        raise bad_request("the path must name a contest id", "invalid_value", field="contest_id")
    caller = ctx.caller
    if caller.role not in (Role.AUTHOR, Role.ORGANIZER):
        raise forbidden("results are read by the contest's organizer and by authors")
    contest_t, idea_t, stage_t = domain["contest"], domain["idea"], domain["stage"]
    decision_t, feedback_t = domain["decision"], domain["feedback"]
    implementation_t = domain["implementation"]
    with ctx.engine.connect() as conn:
        contest = conn.execute(select(contest_t).where(contest_t.c.id == contest_id)).mappings().first()
        if contest is None or (caller.role == Role.ORGANIZER and contest["org_id"] != caller.org_id) \
                or (caller.role == Role.AUTHOR and not feed.contest_visible(caller, dict(contest))):
            raise not_found("no such contest")
        if caller.role == Role.AUTHOR and contest["results_announced_at"] is None:
            raise ApiError(403, "results_not_announced",
                           "the results of this contest have not been announced yet")
        ideas_q = select(idea_t.c.id, idea_t.c.title).where(idea_t.c.contest_id == contest_id)
        if caller.role == Role.AUTHOR:
            ideas_q = ideas_q.where(idea_t.c.author_id == caller.user_id)
        ideas = conn.execute(ideas_q.order_by(idea_t.c.created_at, idea_t.c.id)).all()
        ids = [i.id for i in ideas]
        decisions = conn.execute(
            select(decision_t.c.idea_id, decision_t.c.outcome, decision_t.c.reason,
                   decision_t.c.score, decision_t.c.rank, decision_t.c.tied_at_cut,
                   stage_t.c.title.label("stage"), stage_t.c.position)
            .join(stage_t, stage_t.c.id == decision_t.c.stage_id)
            .where(decision_t.c.idea_id.in_(ids)).order_by(stage_t.c.position)).all()
        feedback = conn.execute(
            select(feedback_t.c.idea_id, feedback_t.c.text, feedback_t.c.purpose)
            .where(feedback_t.c.idea_id.in_(ids))
            .order_by(feedback_t.c.created_at, feedback_t.c.id)).all()
        implementations = {r.idea_id: r for r in conn.execute(
            select(implementation_t).where(implementation_t.c.idea_id.in_(ids))).mappings()}
    out = []
    for idea in ideas:
        work = implementations.get(idea.id)
        out.append({
            "idea_id": idea.id, "title": idea.title,
            "decisions": [{"stage": d.stage, "position": d.position, "outcome": d.outcome,
                           "score": d.score, "rank": d.rank, "tied_at_cut": d.tied_at_cut,
                           "reason": d.reason} for d in decisions if d.idea_id == idea.id],
            "feedback": [{"text": f.text, "purpose": f.purpose} for f in feedback
                         if f.idea_id == idea.id],
            "implementation": None if work is None else {
                "status": work["status"], "progress": work["progress"], "notes": work["notes"],
                "started_on": encode_time(work["started_on"]),
                "due_on": encode_time(work["due_on"]),
                "finished_on": encode_time(work["finished_on"])},
        })
    return 200, {"contest_id": contest_id, "title": contest["title"],
                 "announced_at": encode_time(contest["results_announced_at"]), "ideas": out}
