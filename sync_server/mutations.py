"""Applying pushed mutations: validate, authorize, merge, record the result once.

A push is one transaction. Each mutation's result is stored in ``mutation_log`` in that
same transaction, so a retried push (after a lost response) returns the stored result
and applies nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError

from shared.field_checks import check_fields
from shared.ids import score_id
from shared.roles import WRITABLE, Role
from shared.sqlutil import by_id, upsert
from shared.wire import decode_record, encode_record
from sync_server import feed, record_events
from sync_server.caller import Caller
from sync_server.evaluation_rules import expected_id
from sync_server.record_rules import Refusal, fixed_records, prepare
from sync_server.tables import domain, mutation_log

#: Kinds one evaluator owns: two of its devices are ordered by arrival, never in conflict.
OWNED_KINDS = ("score", "check")


def _result(mutation_id: str, status: str, **extra: Any) -> dict[str, Any]:
    return {"mutation_id": mutation_id, "status": status, **extra}


def _refused(mutation_id: str, refusal: Refusal) -> dict[str, Any]:
    return _result(mutation_id, "rejected", code=refusal.code, message=refusal.message)


def apply_push(
    conn: Connection, caller: Caller, mutations: list[dict[str, Any]], *, now: dt.datetime
) -> list[dict[str, Any]]:
    """Apply ``mutations`` in order inside the caller's open transaction."""
    ids = [m["id"] for m in mutations]
    stored = {
        row.mutation_id: row.result
        for row in conn.execute(
            select(mutation_log.c.mutation_id, mutation_log.c.result).where(
                mutation_log.c.mutation_id.in_(ids)
            )
        )
    }
    owners = dict(conn.execute(
        select(mutation_log.c.mutation_id, mutation_log.c.user_id)
        .where(mutation_log.c.mutation_id.in_(ids))
    ).all())
    results: list[dict[str, Any] | None] = []
    changed: list[tuple[str, dict[str, Any]]] = []
    touched: list[tuple[str, dict[str, Any]]] = []
    removed: list[tuple[str, dict[str, Any]]] = []
    log_rows = []
    existing = _existing_records(conn, mutations)
    seen: set[tuple[str, str]] = set()  # records an earlier mutation of this push is about
    creates = _Creates(conn, caller, now)

    def settle(mid: str, position: int, result: dict[str, Any]) -> None:
        stored[mid] = result  # the same id twice in one push is applied once
        owners[mid] = caller.user_id
        results[position] = result
        log_rows.append({"mutation_id": mid, "user_id": caller.user_id, "result": result,
                         "applied_at": now})

    def flush() -> None:
        for position, mutation, result in creates.flush(changed, touched, removed):
            settle(mutation["id"], position, result)

    # These callers cannot change contests, stages or criteria: each is read once per push.
    fixed = fixed_records() if caller.role in (Role.EVALUATOR, Role.AUTHOR, Role.KIOSK) \
        else nullcontext()
    with fixed:
        for mutation in mutations:
            mid = mutation["id"]
            if mid in creates.pending:
                flush()  # its result is the one stored when the earlier copy is applied
            if owners.get(mid, caller.user_id) != caller.user_id:
                # Someone else's mutation id: never show its stored result, never apply this.
                results.append(_refused(mid, Refusal("invalid_value", "this mutation id is already "
                                                     "used; the client must make a new one")))
                continue
            if mid in stored:
                results.append(stored[mid])
                continue
            key = (mutation.get("kind"), mutation.get("record_id"))
            results.append(None)
            creating = mutation.get("op") == "upsert" and key[0] in BULK_KINDS \
                and key not in seen and key[1] not in existing[key[0]]
            if not (creating and creates.takes(key[0])):
                flush()  # what came before is stored before this mutation is looked at
            seen.add(key)
            if creating:
                creates.add(len(results) - 1, mutation)
            else:
                settle(mid, len(results) - 1,
                       _apply_isolated(conn, caller, mutation, now, changed, touched, removed))
        flush()
    feed.record_changes(conn, removed, deleted=True)
    removed_keys = {(k, r["id"]) for k, r in removed}
    feed.record_changes(conn, [c for c in changed + touched if (c[0], c[1]["id"]) not in removed_keys])
    if log_rows:
        conn.execute(mutation_log.insert(), log_rows)
    return results


#: Kinds whose creations, many to a push (scores from an evaluator's laptop, ideas from a
#: kiosk), are stored by one statement per run of them (``_Creates``).
BULK_KINDS = ("score", "idea")


def _existing_records(conn: Connection, mutations: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Per bulk kind, which of the records the push is about exist already: one query per
    500 ids instead of one per mutation."""
    wanted: dict[str, set[str]] = {kind: set() for kind in BULK_KINDS}
    for m in mutations:
        if m.get("kind") in wanted and isinstance(m.get("record_id"), str):
            wanted[m["kind"]].add(m["record_id"])
    found: dict[str, set[str]] = {kind: set() for kind in BULK_KINDS}
    for kind, ids in wanted.items():
        ordered, table = sorted(ids), domain[kind]
        for n in range(0, len(ordered), 500):
            found[kind].update(conn.execute(
                select(table.c.id).where(table.c.id.in_(ordered[n:n + 500]))).scalars())
    return found


@dataclass
class _Create:
    position: int  # in the push's results
    mutation: dict[str, Any]
    row: dict[str, Any] | None = None  # checked and ready to insert
    touched: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    refused: dict[str, Any] | None = None  # refused by a check (checks only read)


class _Creates:
    """A run of creations of one kind, checked one by one and stored by one statement.

    Checking reads only, so a refused creation needs no savepoint of its own: the run has
    one. Should the database refuse the statement (a record created meanwhile by another
    push, a value a column cannot hold) or a check raise anything but a refusal, the run's
    savepoint is rolled back and each of its mutations is applied again on its own, with its
    own savepoint, as any other mutation: one mutation's fault still costs only that
    mutation, and every result is the one the one-by-one path gives.
    """

    def __init__(self, conn: Connection, caller: Caller, now: dt.datetime) -> None:
        self.conn, self.caller, self.now = conn, caller, now
        self.kind: str | None = None
        self.savepoint = None
        self.items: list[_Create] = []
        self.pending: set[str] = set()  # mutation ids waiting in the run
        self.replay = False

    def takes(self, kind: str) -> bool:
        """Whether a creation of ``kind`` can join the run as it is, without a flush."""
        return not self.replay and self.kind in (None, kind)

    def add(self, position: int, mutation: dict[str, Any]) -> None:
        """Check ``mutation`` into the run (``takes`` said it may join)."""
        if self.savepoint is None:
            self.savepoint = self.conn.begin_nested()
            self.kind = mutation["kind"]
        item = _Create(position, mutation)
        try:
            item.row, item.touched, item.removed = _prepare_create(self.conn, self.caller,
                                                                   mutation, self.now)
        except Refusal as refusal:
            item.refused = _refused(mutation["id"], refusal)
        except Exception:  # noqa: BLE001 - judged when the run is replayed one by one
            self.replay = True
        self.items.append(item)
        self.pending.add(mutation["id"])

    def flush(self, changed: list, touched: list, removed: list) -> Iterator[tuple[int, dict, dict]]:
        """Store the run; yields (position, mutation, result) in the order of the push."""
        if self.savepoint is None:
            return
        items, savepoint, kind, replay = self.items, self.savepoint, self.kind, self.replay
        self.items, self.savepoint, self.kind, self.pending, self.replay = [], None, None, set(), False
        rows = [item.row for item in items if item.row is not None]
        if not replay:
            try:
                # One statement per set of columns (rows of one statement share them). Plain
                # INSERT: a record created meanwhile must fail here, not be overwritten.
                by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
                for row in rows:
                    by_columns.setdefault(tuple(sorted(row)), []).append(row)
                for group in by_columns.values():
                    self.conn.execute(domain[kind].insert(), group)
                for row in rows:
                    record_events.after_write(self.conn, self.caller, kind, None, dict(row),
                                              now=self.now)
            except (Refusal, DBAPIError, StatementError, OverflowError, ValueError, TypeError):
                replay = True  # judged one by one, as the mutation-by-mutation path would
        if replay:
            savepoint.rollback()
            for item in items:
                result = item.refused or _apply_isolated(self.conn, self.caller, item.mutation,
                                                         self.now, changed, touched, removed)
                yield item.position, item.mutation, result
            return
        savepoint.commit()
        table = domain[kind]
        for item in items:
            if item.row is None:
                yield item.position, item.mutation, item.refused
                continue
            full = dict(item.row)
            changed.append((kind, full))
            touched.extend(item.touched)
            removed.extend(item.removed)
            yield item.position, item.mutation, _result(item.mutation["id"], "applied",
                                                        record=encode_record(table, full))


def _a(word: str) -> str:
    """``word`` with its English article: "an evaluator", "an idea", "a kiosk". Decided by
    the first letter, which is right for every role and record kind; u is left out of the
    vowels so that "user" gets "a"."""
    return f"{'an' if word[:1].lower() in 'aeio' else 'a'} {word}"


def _checked(caller: Caller, mutation: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The mutation's fields and base values as column values, or a refusal."""
    kind = mutation["kind"]
    allowed = WRITABLE.get(caller.role, {}).get(kind)
    if allowed is None:
        raise Refusal("forbidden", f"{_a(caller.role.value)} may not change {kind} records")
    table = domain[kind]
    fields_in = mutation.get("fields") or {}
    extra = set(fields_in) - allowed
    if extra:
        raise Refusal("field_not_writable",
                      f"{kind} fields not writable by {_a(caller.role.value)}: "
                      f"{', '.join(sorted(extra))}")
    try:
        fields = decode_record(table, fields_in)
        base = decode_record(table, mutation.get("base") or {})
        check_fields(table, fields)
    except (KeyError, ValueError, TypeError, OverflowError) as exc:
        raise Refusal("invalid_value", f"{kind}: {exc}") from None
    return fields, base


def _prepare_create(conn: Connection, caller: Caller, mutation: dict[str, Any],
                    now: dt.datetime) -> tuple[dict[str, Any], list, list]:
    """What ``_apply_one`` checks and fills in for a record that does not exist yet, without
    writing: the row to insert, and the records touched and removed on the way."""
    kind, record_id = mutation["kind"], mutation["record_id"]
    fields, _ = _checked(caller, mutation)
    if kind == "score":
        _check_score_identity(caller, record_id, None, fields)
    _check_derived_identity(caller, kind, record_id, None, fields)
    row, extra_touched, extra_removed = prepare(conn, caller, kind, None, fields, now=now)
    row["id"] = record_id
    row["rev"] = 1
    return row, extra_touched, extra_removed


def _apply_isolated(
    conn: Connection,
    caller: Caller,
    mutation: dict[str, Any],
    now: dt.datetime,
    changed: list,
    touched: list,
    removed: list,
) -> dict[str, Any]:
    """One mutation inside a savepoint, so a value the database refuses costs only this
    mutation (a per-mutation refusal) and never blocks the rest of the client's outbox."""
    for attempt in range(2):
        mine: tuple[list, list, list] = ([], [], [])
        try:
            with conn.begin_nested():
                result = _apply_one(conn, caller, mutation, now, *mine)
        except Refusal as refusal:
            return _refused(mutation["id"], refusal)
        except IntegrityError:
            # Usually a concurrent create of the same record id that committed first: on the
            # second attempt the record exists and is handled as an update (or refused).
            if attempt == 0:
                continue
            return _refused(mutation["id"], Refusal(
                "duplicate", f"this {mutation['kind']} clashes with an existing record "
                             "(same id or tracking code)"))
        except (DBAPIError, StatementError, OverflowError, ValueError, TypeError) as exc:
            return _refused(mutation["id"], Refusal(
                "invalid_value", f"{mutation['kind']}: a value was refused by the database "
                                 f"({exc.__class__.__name__})"))
        changed.extend(mine[0])
        touched.extend(mine[1])
        removed.extend(mine[2])
        return result
    raise AssertionError("unreachable")


def _apply_one(
    conn: Connection,
    caller: Caller,
    mutation: dict[str, Any],
    now: dt.datetime,
    changed: list,
    touched: list,
    removed: list,
) -> dict[str, Any]:
    mid, kind, op, record_id = mutation["id"], mutation["kind"], mutation["op"], mutation["record_id"]
    fields, base = _checked(caller, mutation)
    table = domain[kind]
    query = by_id(table, for_update=conn.dialect.name == "postgresql")
    current_row = conn.execute(query, {"record_id": record_id}).mappings().first()
    current = dict(current_row) if current_row else None

    if op == "delete":
        if current is None:
            return _result(mid, "applied", deleted=True)
        _, also_touched, also_removed = prepare(conn, caller, kind, current, {}, now=now,
                                                deleting=True)
        conn.execute(table.delete().where(table.c.id == record_id))
        record_events.after_write(conn, caller, kind, current, None, now=now)
        removed.append((kind, current))
        touched.extend(also_touched)
        removed.extend(also_removed)
        return _result(mid, "applied", deleted=True)

    conflicts = []
    if current is not None and current["rev"] != mutation.get("base_rev", 0) \
            and kind not in OWNED_KINDS:
        # Someone else changed the record since this client saw it: merge field by field.
        merged = {}
        for name, mine in fields.items():
            theirs = current[name]
            if theirs == mine:
                continue
            if name in base and base[name] == theirs:
                merged[name] = mine
            else:
                conflicts.append({"field": name, "theirs": theirs, "mine": mine})
        fields = merged
    if kind == "score":
        _check_score_identity(caller, record_id, current, fields)
    _check_derived_identity(caller, kind, record_id, current, fields)
    row, extra_touched, extra_removed = prepare(conn, caller, kind, current, fields, now=now)
    row["id"] = record_id
    if current is None:
        row["rev"] = 1
        # A plain INSERT: a concurrent create of the same id must fail here, not overwrite.
        conn.execute(table.insert(), row)
        full = dict(row)
        record_events.after_write(conn, caller, kind, None, full, now=now)
        changed.append((kind, full))
    elif any(row.get(k) != current.get(k) for k in row):
        row["rev"] = current["rev"] + 1
        upsert(conn, table, [row])
        full = {**(current or {}), **row}
        record_events.after_write(conn, caller, kind, current, full, now=now)
        changed.append((kind, full))
    else:
        full = current
    touched.extend(extra_touched)
    removed.extend(extra_removed)
    encoded = encode_record(table, full)
    if conflicts:
        return _result(mid, "conflict", record=encoded, conflicts=[
            {"field": c["field"],
             "theirs": encode_record(table, {c["field"]: c["theirs"]})[c["field"]],
             "mine": encode_record(table, {c["field"]: c["mine"]})[c["field"]]}
            for c in conflicts
        ])
    return _result(mid, "applied", record=encoded)


def _check_derived_identity(caller: Caller, kind: str, record_id: str,
                            current: dict[str, Any] | None, fields: dict[str, Any]) -> None:
    expected = expected_id(kind, caller, {**(current or {}), **fields})
    if expected is not None and record_id != expected:
        raise Refusal("invalid_value", f"{_a(kind)}'s id must be derived from what it is about "
                                       "(shared/ids.py)")


def _check_score_identity(
    caller: Caller, record_id: str, current: dict[str, Any] | None, fields: dict[str, Any]
) -> None:
    source = {**(current or {}), **fields}
    expected = score_id(evaluator_id=caller.user_id, idea_id=str(source.get("idea_id")),
                        criterion_id=str(source.get("criterion_id")))
    if record_id != expected:
        raise Refusal("invalid_value", "a score's id must be derived from evaluator, idea and criterion")
