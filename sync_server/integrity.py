"""Per-contest counts and checksums of what a caller may see, for the client to compare.

The records counted are exactly those a full pull would send the caller (the same feed
filter, the same contest rule), so a client whose replica is whole gets equal numbers.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, select

from shared.wire import CONTEST_KINDS, contest_checksums
from sync_server import feed
from sync_server.caller import Caller
from sync_server.tables import change_log, domain


def checksums(conn: Connection, caller: Caller) -> dict[str, dict[str, Any]]:
    visible = feed.role_filter(caller)
    records: list[tuple[str, str, int, str]] = []
    for kind in CONTEST_KINDS:
        table = domain[kind]
        contest_col = table.c.id if kind == "contest" else table.c.contest_id
        columns = [table.c.id, table.c.rev, contest_col.label("contest_of")]
        if kind == "contest":
            columns += [table.c.visibility, table.c.status, table.c.org_id]
        query = (
            select(*columns)
            .join(change_log, and_(change_log.c.kind == kind, change_log.c.record_id == table.c.id))
            .where(change_log.c.deleted.is_(False), visible)
        )
        for row in conn.execute(query).mappings():
            if kind == "contest" and not feed.contest_visible(caller, dict(row)):
                continue
            records.append((kind, row["id"], row["rev"], row["contest_of"]))
    return contest_checksums(records)
