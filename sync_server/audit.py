"""The audit log: who did what and when, append-only, chained by hashes.

``record`` runs inside the caller's transaction, so an entry exists exactly when the change
it describes committed. Its number comes from the "audit" counter row
(``UPDATE ... SET value = value + 1``): the row lock makes a concurrent writer wait for this
commit, so entries are numbered without gaps in commit order and the previous entry is
always visible when the next one is chained to it — several server processes on one
PostgreSQL cannot fork the chain. Take audit entries before ``feed.record_changes`` in a
transaction (the feed counter is the last step): always the same lock order, no deadlock.

Each entry's ``hash`` is sha256 over a canonical JSON of the entry (its number, time,
organization, actor, action, target and details) followed by the previous entry's hash.
``verify`` recomputes the chain and names every entry edited, removed or moved.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Text, cast, func, select, update

from sync_server.tables import audit_log, counter

GENESIS = "0" * 64

#: Keys that never enter the log: secrets and citizens' contact details.
_SECRET_KEYS = frozenset({"password", "password_hash", "token", "token_hash", "kiosk_pin_hash",
                          "pin", "contact_name", "contact_phone", "contact_email", "email"})


def _clean(details: dict[str, Any]) -> dict[str, Any]:
    """JSON-safe details without secrets; long texts shortened (the log is no archive)."""
    def value(v: Any) -> Any:
        if isinstance(v, dt.datetime):
            return v.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
        if isinstance(v, str) and len(v) > 200:
            return v[:199] + "…"
        if isinstance(v, dict):
            return {str(k): value(x) for k, x in v.items() if k not in _SECRET_KEYS}
        if isinstance(v, list | tuple):
            return [value(x) for x in v]
        if v is None or isinstance(v, bool | int | float | str):
            return v
        return str(v)
    return value({k: v for k, v in details.items() if k not in _SECRET_KEYS})


def _stamp(at: dt.datetime) -> str:
    # Microseconds, UTC: what both SQLite and PostgreSQL give back unchanged.
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(entry: dict[str, Any], prev_hash: str) -> str:
    canonical = json.dumps({
        "seq": entry["seq"], "at": _stamp(entry["at"]), "org_id": entry["org_id"],
        "actor_id": entry["actor_id"], "action": entry["action"],
        "target_kind": entry["target_kind"], "target_id": entry["target_id"],
        "details": entry["details"],
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8") + prev_hash.encode("ascii")).hexdigest()


def record(
    conn: Connection,
    *,
    action: str,
    org_id: str | None,
    actor_id: str | None,
    target_kind: str | None = None,
    target_id: str | None = None,
    details: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> int:
    """Append one entry inside ``conn``'s open transaction; returns its number.

    ``action`` is a stable dotted name (``contest.create``, ``login.failure``, ...) that the
    desktop turns into plain words; ``details`` must not hold secrets or contact details
    (known secret keys are dropped anyway).
    """
    seq = conn.execute(
        update(counter).where(counter.c.name == "audit")
        .values(value=counter.c.value + 1).returning(counter.c.value)
    ).scalar_one()
    prev = conn.execute(select(audit_log.c.hash).where(audit_log.c.seq == seq - 1)).scalar()
    prev_hash = prev if prev is not None else GENESIS
    at = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    entry = {"seq": seq, "at": at, "org_id": org_id, "actor_id": actor_id, "action": action,
             "target_kind": target_kind, "target_id": target_id,
             "details": _clean(details or {})}
    entry["prev_hash"] = prev_hash
    entry["hash"] = entry_hash(entry, prev_hash)
    conn.execute(audit_log.insert().values(**entry))
    return seq


#: The log's columns with details as stored text: a row whose details were overwritten with
#: something that is not JSON must be named as broken, not stop the reader with an exception.
_RAW_COLUMNS = [c for c in audit_log.c if c.name != "details"] + [
    cast(audit_log.c.details, Text).label("details")]


def _decoded(row: Any) -> dict[str, Any]:
    """The row with its details decoded; ``details`` is None and ``unreadable`` True when the
    stored text is not JSON."""
    entry = dict(row)
    try:
        entry["details"] = json.loads(entry["details"])
        entry["unreadable"] = False
    except (TypeError, ValueError):
        entry["details"], entry["unreadable"] = None, True
    return entry


@dataclass(frozen=True)
class Problem:
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"entry {self.seq}: {self.reason}"


def verify(conn: Connection) -> tuple[int, list[Problem]]:
    """Recompute the chain: (number of entries, problems in order of entry number)."""
    problems: list[Problem] = []
    expected_seq, prev_hash, count = 1, GENESIS, 0
    rows = conn.execute(select(*_RAW_COLUMNS).order_by(audit_log.c.seq)).mappings()
    for raw in rows:
        row = _decoded(raw)
        count += 1
        seq = row["seq"]
        if seq < expected_seq:  # cannot happen with a primary key, but stay honest
            problems.append(Problem(seq, "appears twice"))
            continue
        if seq > expected_seq:
            missing = (f"entry {expected_seq} was removed" if seq == expected_seq + 1 else
                       f"entries {expected_seq} to {seq - 1} were removed")
            problems.append(Problem(expected_seq, missing))
        elif row["prev_hash"] != prev_hash:
            problems.append(Problem(seq, "does not follow the entry before it "
                                         "(moved, or the chain was rewritten)"))
        if row["unreadable"]:
            problems.append(Problem(seq, "was edited (its details are no longer readable)"))
        elif entry_hash(row, row["prev_hash"]) != row["hash"]:
            problems.append(Problem(seq, "was edited (its content no longer matches its hash)"))
        prev_hash, expected_seq = row["hash"], seq + 1
    last = conn.execute(select(counter.c.value).where(counter.c.name == "audit")).scalar() or 0
    if last >= expected_seq:
        problems.append(Problem(expected_seq, f"entries {expected_seq} to {last} were removed "
                                              "from the end of the log"
                                if last > expected_seq else
                                f"entry {expected_seq} was removed from the end of the log"))
    return count, problems


def entries(conn: Connection, org_id: str, *, after: int | None = None, before: int | None = None,
            limit: int = 500) -> list[dict[str, Any]]:
    """An organization's entries: ascending after ``after``, or newest first below
    ``before`` (or from the newest when neither is given). An entry whose details cannot
    be read comes with ``details`` None and ``unreadable`` True, the others as they are."""
    query = select(*_RAW_COLUMNS).where(audit_log.c.org_id == org_id)
    if after is not None:
        query = query.where(audit_log.c.seq > after).order_by(audit_log.c.seq)
    else:
        if before is not None:
            query = query.where(audit_log.c.seq < before)
        query = query.order_by(audit_log.c.seq.desc())
    return [_decoded(r) for r in conn.execute(query.limit(limit)).mappings()]


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(audit_log)).scalar_one()
