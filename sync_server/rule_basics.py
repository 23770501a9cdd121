"""What every per-kind rule needs: the refusal it raises, record look-ups, text checks, and
writing the records a rule changes besides the one pushed (a returned idea, a moved
assignment), so they reach the feed with a new revision like any pushed change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from shared.sqlutil import by_id, upsert
from sync_server.caller import Caller
from sync_server.tables import domain

#: (kind, full record) pairs: records a rule changed or whose visibility changed.
Touched = list[tuple[str, dict[str, Any]]]


class Refusal(Exception):
    """A mutation the server will not apply; ``code`` is stable, ``message`` readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def get_record(conn: Connection, kind: str, record_id: Any) -> dict[str, Any] | None:
    table = domain[kind]
    if not isinstance(record_id, str):
        return None
    row = conn.execute(by_id(table), {"record_id": record_id}).mappings().first()
    return dict(row) if row else None


def own_record(conn: Connection, caller: Caller, kind: str, record_id: Any) -> dict[str, Any]:
    record = get_record(conn, kind, record_id)
    if record is None or record.get("org_id") != caller.org_id:
        raise Refusal("not_found", f"no {kind} {record_id} in your organization")
    return record


def check_text(values: dict, name: str, limit: int, *, required: bool = False) -> None:
    value = values.get(name)
    if not isinstance(value, str):
        raise Refusal("invalid_value", f"{name} must be text")
    # Invisible characters alone (spaces, direction marks, zero-width spaces) are empty too.
    if required and not any(ch.isalnum() for ch in value):
        raise Refusal("invalid_value", f"{name} is empty")
    if len(value) > limit:
        raise Refusal("invalid_value", f"{name} is longer than {limit} characters")


def merge(current: dict[str, Any] | None, fields: dict[str, Any]) -> dict[str, Any]:
    row = dict(current or {})
    row.pop("rev", None)
    row.update(fields)
    return row


def changes(current: dict[str, Any] | None, fields: dict[str, Any]) -> bool:
    """Whether a push changes any of the record's own fields: server-set stamps (who decided,
    when it was updated) follow only such a change, so a repeated or conflicting push that
    changes nothing leaves the record, its feed entry and the audit log as they were."""
    return current is None or any(current.get(k) != v for k, v in fields.items())


def write_side_record(conn: Connection, kind: str, record: dict[str, Any],
                      *, existing: dict[str, Any] | None) -> dict[str, Any]:
    """Store a record a rule changed on its own account, with the next revision; returns
    the full stored record for the feed."""
    table = domain[kind]
    full = {**(existing or {}), **record}
    full["rev"] = (existing["rev"] + 1) if existing else 1
    if existing is None:
        conn.execute(table.insert().values(**full))
    else:
        upsert(conn, table, [full])
    return full
