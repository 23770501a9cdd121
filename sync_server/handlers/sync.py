"""Pull and push: the two halves of the sync protocol."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError

from shared.wire import encode_time
from sync_server import feed, mutations, purge
from sync_server.errors import ApiError
from sync_server.openapi import PUSH_REQUEST

PAGE_DEFAULT, PAGE_MAX = 1000, 5000


def pull(ctx) -> tuple[int, Any]:  # noqa: ANN001
    after = ctx.request.int_param("after", 0, low=0, high=2**62)
    limit = ctx.request.int_param("limit", PAGE_DEFAULT, low=1, high=PAGE_MAX)
    with ctx.engine.connect() as conn, conn.begin():
        if 0 < after < purge.horizon(conn):
            raise ApiError(410, "resync_required",
                           "Deleted records older than this replica's last sync were purged; "
                           "download everything again (unsent work is kept).")
        page = feed.pull(conn, ctx.caller, after=after, limit=limit)
    return 200, {"changes": page.changes, "cursor": page.cursor, "more": page.more,
                 "remaining": page.remaining,
                 "server_time": encode_time(dt.datetime.now(dt.UTC))}


def push(ctx) -> tuple[int, Any]:  # noqa: ANN001
    body = ctx.request.json(PUSH_REQUEST)
    # Two pushes carrying the same mutation id can race; the loser's insert into the
    # mutation log fails, its transaction rolls back, and the retry finds the stored result.
    for attempt in range(3):
        try:
            with ctx.engine.connect().execution_options(write=True) as conn, conn.begin():
                results = mutations.apply_push(conn, ctx.caller, body["mutations"],
                                               now=dt.datetime.now(dt.UTC))
            return 200, {"results": results}
        except (IntegrityError, OperationalError):
            if attempt == 2:
                raise ApiError(503, "busy", "The server is busy; the push was not applied. "
                                            "Try again.") from None
    raise AssertionError("unreachable")
