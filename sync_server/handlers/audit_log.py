"""The organization's audit log, for its organizers and administrators."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from shared.roles import Role
from shared.wire import encode_time
from sync_server import audit
from sync_server.errors import bad_request, forbidden
from sync_server.tables import domain

PAGE_MAX = 500


def audit_entries(ctx) -> tuple[int, Any]:  # noqa: ANN001
    """``after=N``: entries after N, oldest first (to follow the log); ``before=N`` or
    neither: the newest entries below N, newest first (a page of a screen, then "more")."""
    if ctx.caller.role not in (Role.ORGANIZER, Role.ADMIN):
        raise forbidden("Only an organization's organizers and administrators read its audit log.")
    if "after" in ctx.request.query and "before" in ctx.request.query:
        raise bad_request("give either 'after' or 'before', not both", "invalid_request",
                          field="before")
    limit = ctx.request.int_param("limit", PAGE_MAX, low=1, high=PAGE_MAX)
    after = ctx.request.int_param("after", -1, low=0, high=2**62)
    before = ctx.request.int_param("before", -1, low=1, high=2**62)
    user_t = domain["user"]
    with ctx.engine.connect() as conn:
        rows = audit.entries(conn, ctx.caller.org_id, after=after if after >= 0 else None,
                             before=before if before >= 0 else None, limit=limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        actor_ids = {r["actor_id"] for r in rows if r["actor_id"]}
        names = {r.id: (r.display_name or r.username) for r in conn.execute(
            select(user_t.c.id, user_t.c.username, user_t.c.display_name)
            .where(user_t.c.id.in_(actor_ids)))} if actor_ids else {}
    return 200, {
        "entries": [{"seq": r["seq"], "at": encode_time(r["at"]), "actor_id": r["actor_id"],
                     "actor": names.get(r["actor_id"], ""), "action": r["action"],
                     "target_kind": r["target_kind"], "target_id": r["target_id"],
                     "details": r["details"], "unreadable": r["unreadable"]} for r in rows],
        "more": more,
    }
