"""Looking up an idea's status by its tracking code (no login: the code is the secret)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from shared.tracking import normalize_tracking_code
from sync_server.errors import bad_request, not_found
from sync_server.tables import domain


def track(ctx) -> tuple[int, Any]:  # noqa: ANN001
    code = normalize_tracking_code(ctx.request.params["code"])
    if code is None:
        raise bad_request("that is not a tracking code", "invalid_code", field="code")
    idea, contest = domain["idea"], domain["contest"]
    with ctx.engine.connect() as conn:
        row = conn.execute(
            select(idea.c.tracking_code, idea.c.status, idea.c.title, contest.c.title.label("contest"))
            .join(contest, contest.c.id == idea.c.contest_id)
            .where(idea.c.tracking_code == code)
        ).first()
    if row is None:
        raise not_found("no idea has this tracking code")
    return 200, {"tracking_code": row.tracking_code, "status": row.status,
                 "title": row.title, "contest": row.contest}
