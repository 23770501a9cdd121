"""The change feed: numbering changes in commit order, and reading them back by role.

``record_changes`` must run inside the transaction that wrote the records. It takes its
change numbers as the last step before commit, from the counter row (``UPDATE ... SET
value = value + n``): that row lock makes any concurrent writer wait until this
transaction commits, so no reader can ever see a higher number before a lower one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Column, Connection, and_, false, func, or_, select, update

from shared.roles import Role, hidden_fields
from shared.schema import UTCDateTime
from shared.sqlutil import upsert
from shared.wire import encode_time
from sync_server.caller import Caller
from sync_server.record_json import record_json
from sync_server.tables import change_log, counter, domain

assignment_t = domain["assignment"]
contest_t = domain["contest"]

#: Kinds an author receives only once released: at the contest's results announcement, or
#: (feedback meant for a revision) at once. ``public`` on their feed entry marks "released".
RELEASED_KINDS: tuple[str, ...] = ("decision", "feedback", "implementation")


def _visibility(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """The columns the pull filter reads, derived from the record itself."""
    if kind == "organization":
        return {"org_id": row["id"]}
    if kind == "user":
        return {"org_id": row["org_id"], "owner_id": row["id"]}
    if kind == "contest":
        return {"org_id": row["org_id"], "contest_id": row["id"],
                "public": row["visibility"] == "public"}
    if kind in ("stage", "criterion"):
        return {"org_id": row["org_id"], "contest_id": row["contest_id"]}
    if kind == "idea":
        return {"org_id": row["org_id"], "contest_id": row["contest_id"],
                "idea_id": row["id"], "owner_id": row.get("author_id")}
    if kind in ("assignment", "score", "check", "interest_conflict"):
        return {"org_id": row["org_id"], "contest_id": row["contest_id"],
                "idea_id": row["idea_id"], "owner_id": row["evaluator_id"]}
    if kind in ("idea_revision",) + RELEASED_KINDS:
        return {"org_id": row["org_id"], "contest_id": row["contest_id"],
                "idea_id": row["idea_id"], "owner_id": row.get("author_id")}
    if kind == "score_reset":
        return {"org_id": row["org_id"], "contest_id": row["contest_id"]}
    raise ValueError(f"unknown record kind {kind!r}")


def take_numbers(conn: Connection, count: int) -> int:
    """Reserve ``count`` consecutive change numbers; returns the first."""
    last = conn.execute(
        update(counter)
        .where(counter.c.name == "changes")
        .values(value=counter.c.value + count)
        .returning(counter.c.value)
    ).scalar_one()
    return last - count + 1


def record_changes(
    conn: Connection,
    changes: Iterable[tuple[str, dict[str, Any]]],
    *,
    deleted: bool = False,
) -> None:
    """Put each (kind, full record) at the end of the feed, as a tombstone if ``deleted``."""
    rows = []
    seen: set[tuple[str, str]] = set()
    for kind, record in changes:
        key = (kind, record["id"])
        if key in seen:
            continue
        seen.add(key)
        rows.append((kind, record))
    if not rows:
        return
    first = take_numbers(conn, len(rows))
    now = dt.datetime.now(dt.UTC)
    entries = []
    for offset, (kind, record) in enumerate(rows):
        entry = {"org_id": None, "contest_id": None, "idea_id": None, "owner_id": None,
                 "public": False}
        entry.update(_visibility(kind, record))
        entry.update(kind=kind, record_id=record["id"], seq=first + offset,
                     deleted=deleted, changed_at=now)
        entries.append(entry)
    _keep_public_flag(conn, entries)
    _mark_released(conn, entries, [record for _, record in rows])
    # Move the record's feed entry rather than adding one: a record sits in the feed once.
    upsert(conn, change_log, entries, key=("kind", "record_id"))


def _keep_public_flag(conn: Connection, entries: list[dict[str, Any]]) -> None:
    """A contest that was ever public keeps ``public`` set on its feed entry.

    Kiosks and other organizations' authors find contests through that flag. If it dropped
    when a contest turned internal, they would never see that change and would keep the
    contest for ever; kept set, they receive the entry and ``pull`` sends them a tombstone.
    """
    private = [e["record_id"] for e in entries if e["kind"] == "contest" and not e["public"]]
    if not private:
        return
    was_public = set(conn.execute(
        select(change_log.c.record_id).where(change_log.c.kind == "contest",
                                             change_log.c.record_id.in_(private),
                                             change_log.c.public.is_(True))
    ).scalars())
    for e in entries:
        if e["kind"] == "contest" and e["record_id"] in was_public:
            e["public"] = True


def _mark_released(conn: Connection, entries: list[dict[str, Any]],
                   records: list[dict[str, Any]]) -> None:
    """Set ``public`` on outcome entries the author may now receive.

    Announcing results puts every outcome of the contest at the end of the feed again (see
    ``record_rules``), so an author's next pull brings them although they are older than
    its cursor. Announcement cannot be taken back, so a released entry never turns private.
    """
    outcomes = [(e, r) for e, r in zip(entries, records, strict=True)
                if e["kind"] in RELEASED_KINDS]
    if not outcomes:
        return
    contest_ids = sorted({e["contest_id"] for e, _ in outcomes})
    announced = set(conn.execute(
        select(contest_t.c.id).where(contest_t.c.id.in_(contest_ids),
                                     contest_t.c.results_announced_at.is_not(None))
    ).scalars())
    for entry, record in outcomes:
        entry["public"] = entry["contest_id"] in announced or (
            entry["kind"] == "feedback" and record.get("purpose") == "revision")


def contest_visible(caller: Caller, row: dict[str, Any]) -> bool:
    """Whether ``caller`` may hold this contest now (the feed filter only pre-selects).

    A kiosk shows public contests that are open; an author sees published (not draft)
    contests it may enter. A contest that fails this goes to them as a tombstone, so a
    contest closed or made internal leaves their replica instead of lingering there.
    """
    if caller.role == Role.KIOSK:
        return row["visibility"] == "public" and row["status"] == "open"
    if caller.role == Role.AUTHOR:
        return row["status"] != "draft" and (
            row["visibility"] == "public" or row["org_id"] == caller.org_id)
    return True


def role_filter(caller: Caller):  # noqa: ANN201 - SQLAlchemy clause
    c = change_log.c
    if caller.role == Role.ADMIN:
        return c.kind.in_(("organization", "user"))
    if caller.role == Role.ORGANIZER:
        return c.org_id == caller.org_id
    if caller.role == Role.EVALUATOR:
        mine = assignment_t.c.evaluator_id == caller.user_id
        return or_(
            and_(c.kind.in_(("contest", "stage", "criterion")),
                 c.contest_id.in_(select(assignment_t.c.contest_id).where(mine))),
            and_(c.kind == "idea", c.idea_id.in_(select(assignment_t.c.idea_id).where(mine))),
            and_(c.kind.in_(("assignment", "score", "check", "interest_conflict")),
                 c.owner_id == caller.user_id),
        )
    if caller.role == Role.AUTHOR:
        return or_(
            and_(c.kind.in_(("idea", "idea_revision")), c.owner_id == caller.user_id),
            and_(c.kind.in_(RELEASED_KINDS), c.owner_id == caller.user_id, c.public),
            and_(c.kind == "contest", or_(c.public, c.org_id == caller.org_id)),
        )
    if caller.role == Role.KIOSK:
        # Its own organization too: the record carries the PIN hash that unlocks the kiosk.
        return or_(and_(c.kind == "contest", c.public),
                   and_(c.kind == "organization", c.record_id == caller.org_id))
    return false()


@dataclass
class Page:
    changes: list[dict[str, Any]]
    cursor: int
    more: bool
    remaining: int


def _sent_columns(role: Role, kind: str) -> tuple[list[Column], list[int]]:
    """The columns of ``kind`` sent to ``role``, and the positions among them of times."""
    hidden = hidden_fields(role, kind)
    columns = [c for c in domain[kind].columns if c.name not in hidden]
    return columns, [n for n, c in enumerate(columns) if isinstance(c.type, UTCDateTime)]


def _read_records(conn: Connection, caller: Caller, kind: str, ids: list[str], after: int,
                  last: int, visible, *, as_json: bool = False,  # noqa: ANN001
                  ) -> Iterator[tuple[str, Any]]:
    """(id, record) for the page's records of ``kind`` as sent to ``caller``: the record
    as a dict encoded for the wire, or with ``as_json`` as its JSON text written by the
    database (``record_json``), ready to be embedded in the page.

    An organizer's page is a dense run of its organization's changes: its records are
    joined by that run of change numbers (one indexed range, no bound parameter per
    record). Other callers see scattered changes: theirs are read by id.
    """
    table = domain[kind]
    columns, times = _sent_columns(caller.role, kind)
    names = [str(c.name) for c in columns]  # plain str: orjson takes no str subclass as a key
    written = record_json(conn.dialect.name, columns) if as_json else None
    if caller.role == Role.ORGANIZER:
        chunks = [and_(change_log.c.seq > after, change_log.c.seq <= last,
                       change_log.c.deleted.is_(False), visible)]
    else:
        chunks = [change_log.c.record_id.in_(ids[n:n + 500]) for n in range(0, len(ids), 500)]
    for chunk in chunks:
        selected = [table.c.id, written] if written is not None else columns
        rows = conn.execute(
            select(*selected)
            .join(change_log, and_(change_log.c.kind == kind, change_log.c.record_id == table.c.id))
            .where(chunk))
        if written is not None:
            for record_id, text in rows:
                yield record_id, orjson.Fragment(text)
            continue
        if not times:
            for row in rows:  # one dict each: this runs for every record
                data = dict(zip(names, row, strict=True))
                yield data["id"], data
            continue
        for row in rows:
            values = list(row)
            for n in times:
                values[n] = encode_time(values[n])
            data = dict(zip(names, values, strict=True))
            yield data["id"], data


def pull(conn: Connection, caller: Caller, *, after: int, limit: int,
         contest: str | None = None, count: bool = True, as_json: bool = False) -> Page:
    """One page of the changes ``caller`` may see, in commit order, after ``after``;
    only the records of one contest when ``contest`` is given (an integrity re-pull).

    ``remaining`` (how many more changes there are) is counted only when ``count`` is set:
    counting reads every later entry, so on each page of a long first sync it would make
    the whole sync grow with the square of its size.

    With ``as_json`` each record's ``data`` is its JSON text (``orjson.Fragment``) for the
    HTTP answer, written by the database; without, a dict (for code that reads it)."""
    visible = role_filter(caller)
    if contest is not None:
        visible = and_(visible, change_log.c.contest_id == contest)
    entries = conn.execute(
        select(change_log.c.seq, change_log.c.kind, change_log.c.record_id, change_log.c.deleted)
        .where(change_log.c.seq > after, visible)
        .order_by(change_log.c.seq)
        .limit(limit + 1)
    ).all()
    more = len(entries) > limit
    entries = entries[:limit]
    # Plain tuples and one dict per kind: this loop runs for every record of a page.
    live_by_kind: dict[str, list[str]] = {}
    for _seq, kind, record_id, deleted in entries:
        if not deleted:
            live_by_kind.setdefault(kind, []).append(record_id)
    records: dict[str, dict[str, dict[str, Any]]] = {}
    for kind, ids in live_by_kind.items():
        found = records[kind] = {}
        # Contests are read as dicts: whether the caller may hold one is decided on its values.
        for record_id, data in _read_records(conn, caller, kind, ids, after, entries[-1].seq,
                                             visible, as_json=as_json and kind != "contest"):
            if kind == "contest" and not contest_visible(caller, data):
                continue  # sent as a tombstone below
            found[record_id] = data
    changes = []
    none: dict[str, dict[str, Any]] = {}
    for _seq, kind, record_id, deleted in entries:
        data = None if deleted else records.get(kind, none).get(record_id)
        if data is not None:
            changes.append({"kind": kind, "id": record_id, "deleted": False, "data": data})
        elif deleted or kind == "contest":
            changes.append({"kind": kind, "id": record_id, "deleted": True})
    cursor = entries[-1].seq if entries else after
    remaining = 0
    if more and count:
        remaining = conn.execute(
            select(func.count()).select_from(change_log).where(change_log.c.seq > cursor, visible)
        ).scalar_one()
    return Page(changes=changes, cursor=cursor, more=more, remaining=remaining)
