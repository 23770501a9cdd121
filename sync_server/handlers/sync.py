"""Pull, push and integrity: the sync protocol's endpoints."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError

from shared.wire import NEXT_AFTER_HEADER, encode_time
from sync_server import feed, integrity, mutations, purge
from sync_server.errors import ApiError, bad_request
from sync_server.openapi import PUSH_REQUEST, plainly_valid_push

PAGE_DEFAULT, PAGE_MAX = 1000, 5000
_UUID = re.compile(r"^[0-9a-fA-F-]{36}$")


def clock() -> dt.datetime:
    """The server's "now" for deadlines and stored times; tests replace it."""
    return dt.datetime.now(dt.UTC)


def _contest_param(ctx) -> str | None:  # noqa: ANN001
    values = ctx.request.query.get("contest")
    if not values:
        return None
    if not _UUID.match(values[-1]):
        raise bad_request("query parameter 'contest' must be a contest id", field="contest")
    return values[-1]


def pull(ctx) -> tuple:  # noqa: ANN001
    after = ctx.request.int_param("after", 0, low=0, high=2**62)
    limit = ctx.request.int_param("limit", PAGE_DEFAULT, low=1, high=PAGE_MAX)
    contest = _contest_param(ctx)
    count = ctx.request.int_param("count", 1, low=0, high=1) == 1
    with ctx.engine.connect() as conn, conn.begin():
        if 0 < after < purge.horizon(conn):
            raise ApiError(410, "resync_required",
                           "Deleted records older than this replica's last sync were purged; "
                           "download everything again (unsent work is kept).")
        page = feed.pull(conn, ctx.caller, after=after, limit=limit, contest=contest, count=count,
                         as_json=True)
    body = {"changes": page.changes, "cursor": page.cursor, "more": page.more,
            "server_time": encode_time(clock())}
    if count:
        body["remaining"] = page.remaining
    if not page.more:
        return 200, body
    # Sent before the body: a client can ask for the next page while it reads this one.
    return 200, body, [(NEXT_AFTER_HEADER, str(page.cursor))]


def integrity_check(ctx) -> tuple[int, Any]:  # noqa: ANN001
    with ctx.engine.connect() as conn, conn.begin():
        contests = integrity.checksums(conn, ctx.caller)
    return 200, contests


def push(ctx) -> tuple[int, Any]:  # noqa: ANN001
    body = ctx.request.json(PUSH_REQUEST, plainly_valid_push)
    # Two pushes carrying the same mutation id can race; the loser's insert into the
    # mutation log fails, its transaction rolls back, and the retry finds the stored result.
    for attempt in range(3):
        try:
            with ctx.engine.connect().execution_options(write=True) as conn, conn.begin():
                results = mutations.apply_push(conn, ctx.caller, body["mutations"], now=clock())
            return 200, {"results": results}
        except (IntegrityError, OperationalError):
            if attempt == 2:
                raise ApiError(503, "busy", "The server is busy; the push was not applied. "
                                            "Try again.") from None
    raise AssertionError("unreachable")
