"""The client's local replica: the domain tables, an outbox, and the sync cursor (the
tables and the SQLite set-up are in ``desktop.replica_schema``).

Every method runs on the one database worker thread (see ``desktop.worker``); none may be
called from the GUI thread. Each public method is one local transaction, so an edit and
its outbox row, or a pulled page and its cursor, are stored together or not at all.
"""

from __future__ import annotations

import datetime as dt
import operator
import uuid
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    create_engine,
    delete,
    event,
    insert,
    literal,
    select,
)

from desktop import idea_search as search
from desktop import replica_indexes
from desktop.replica_schema import (
    _add_missing_columns,
    _connect_sqlite,
    conflicts,
    domain,
    idea_search,
    metadata,
    needless_indexes,
    outbox,
    rejected,
    sync_state,
)
from shared.roles import WRITABLE, Role
from shared.schema import KINDS, UTCDateTime
from shared.sqlutil import upsert
from shared.wire import decode_record, decode_time, encode_record

# Built once: storing a push's answers runs these once per mutation.
_DELETE_SENT = delete(outbox).where(outbox.c.mutation_id == bindparam("mutation_id"))
_DELETE_REFUSALS = delete(rejected).where(rejected.c.record_id == bindparam("record_id"))


class LocalStore:
    """One user's replica in ``path``; ``role`` decides what an edit may send."""

    def __init__(self, path: Path, *, role: Role, user_id: str, org_id: str) -> None:
        self.path = path
        self.role = role
        self.user_id = user_id
        self.org_id = org_id
        self._writers: dict[tuple[str, tuple[str, ...]], _PageWriter] = {}
        self.engine: Engine = create_engine(f"sqlite:///{path}",
                                            connect_args={"check_same_thread": False})
        event.listen(self.engine, "connect", _connect_sqlite)
        event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        searchable = search.table_exists(self.engine)
        metadata.create_all(self.engine)
        _add_missing_columns(self.engine)
        search.install(self.engine, idea_search, existed=searchable)
        self.restore_indexes()  # a first sync stopped half-way left them out

    def suspend_indexes(self) -> None:
        replica_indexes.suspend(self.engine, domain)

    def restore_indexes(self) -> None:
        replica_indexes.restore(self.engine, domain, needless_indexes)

    def close(self) -> None:
        self.engine.dispose()

    def tx(self):  # noqa: ANN201 - a context manager yielding a Connection in a transaction
        return self.engine.begin()

    # --- sync state -----------------------------------------------------------------------

    def get_state(self, key: str, default: str | None = None) -> str | None:
        with self.engine.connect() as conn:
            value = conn.execute(select(sync_state.c.value).where(sync_state.c.key == key)).scalar()
        return default if value is None else value

    def _set_state(self, conn: Connection, key: str, value: str) -> None:
        upsert(conn, sync_state, [{"key": key, "value": value}], key=("key",))

    def set_state(self, key: str, value: str) -> None:
        with self.tx() as conn:
            self._set_state(conn, key, value)

    @property
    def cursor(self) -> int:
        return int(self.get_state("cursor", "0"))

    # --- pulled pages ---------------------------------------------------------------------

    def apply_page(self, changes: list[dict[str, Any]], cursor: int | None) -> None:
        """Store a pulled page and its cursor in one transaction.

        Records with unsent local edits keep those edits on top of the server's version,
        so a pull never hides work that is still waiting in the outbox. ``cursor`` None
        stores the page only (a one-contest re-pull must not move the main cursor).
        """
        with self.tx() as conn, closing(conn.connection.dbapi_connection.cursor()) as raw:
            # Plain tuples and the driver's executemany, one statement per table and column
            # set: per-record statement work cost more than SQLite's own (see _PageWriter).
            by_kind: dict[str, list[dict[str, Any]]] = {}
            gone: dict[str, list[tuple[str]]] = {}
            for change in changes:
                if change["deleted"]:
                    gone.setdefault(change["kind"], []).append((change["id"],))
                else:
                    by_kind.setdefault(change["kind"], []).append(change["data"])
            for kind in KINDS:
                table = domain[kind]
                # Rows of one statement must share columns: group by the fields sent (the
                # server sends one set per kind and role, so this is one group).
                groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
                for data in by_kind.get(kind, ()):
                    groups.setdefault(tuple(data), []).append(data)
                for fields, group in groups.items():
                    writer = self._writers.get((kind, fields))
                    if writer is None:
                        writer = self._writers[(kind, fields)] = _PageWriter(conn.dialect, table,
                                                                             fields)
                    writer.write(raw, group)
                if kind in gone:
                    raw.executemany(f'DELETE FROM "{table.name}" WHERE id = ?', gone[kind])
            # Most pages meet no open conflict and no unsent edit: one cheap look each then.
            if _any(conn, conflicts):
                self._refresh_conflicts(conn, changes)
            if _any(conn, outbox):
                self._overlay_outbox(conn, {c["id"] for c in changes})
            if self.role == Role.EVALUATOR and "assignment" in gone:
                self._drop_unassigned_ideas(conn)
            if cursor is not None:
                self._set_state(conn, "cursor", str(cursor))

    def _refresh_conflicts(self, conn: Connection, changes: list[dict[str, Any]]) -> None:
        """Keep each open conflict pointing at the server's latest value of its field.

        A conflict is held here, not by holding the cursor: the page is stored and the
        cursor moves on, while the conflict row stays until the user picks a side (see
        ``desktop.conflicts``). So that "theirs" is what picking it would actually keep,
        it follows every newer server version. A record that is gone (deleted on the
        server, or out of this user's reach) has no value left to choose between, so its
        conflicts go with it.
        """
        open_rows = [
            row
            for ids in _chunks(sorted({c["id"] for c in changes}))
            for row in conn.execute(
                select(conflicts.c.kind, conflicts.c.record_id, conflicts.c.field)
                .where(conflicts.c.record_id.in_(ids))
            ).all()
        ]
        if not open_rows:
            return
        # The last change of a record in the page is its newest version.
        latest = {(c["kind"], c["id"]): c for c in changes}
        for kind, record_id, field in open_rows:
            change = latest.get((kind, record_id))
            if change is None:
                continue
            key = ((conflicts.c.kind == kind) & (conflicts.c.record_id == record_id)
                   & (conflicts.c.field == field))
            if change["deleted"]:
                conn.execute(delete(conflicts).where(key))
            elif field in change["data"]:
                conn.execute(conflicts.update().where(key).values(theirs=change["data"][field]))

    def _overlay_outbox(self, conn: Connection, record_ids: set[str]) -> None:
        if not record_ids:
            return
        pending = conn.execute(
            select(outbox).where(outbox.c.record_id.in_(list(record_ids))).order_by(outbox.c.seq)
        ).mappings().all()
        for m in pending:
            table = domain[m["kind"]]
            if m["op"] == "delete":
                conn.execute(delete(table).where(table.c.id == m["record_id"]))
            elif m["fields"]:
                values = decode_record(table, m["fields"])
                conn.execute(table.update().where(table.c.id == m["record_id"]).values(**values))

    def reset_replica(self) -> None:
        """Forget all server data and the cursor; the outbox stays and is replayed."""
        with self.tx() as conn:
            for kind in reversed(KINDS):
                conn.execute(delete(domain[kind]))
            self._set_state(conn, "cursor", "0")

    def _drop_unassigned_ideas(self, conn: Connection) -> None:
        # An evaluator keeps only ideas it is still assigned to: access removed on the server
        # arrives as an assignment tombstone, and the idea goes with it. Its own scores stay:
        # the server still holds and sends them (they are its work), so dropping them here
        # would leave this replica different from what the server says it should hold.
        idea_t, assignment_t = domain["idea"], domain["assignment"]
        conn.execute(delete(idea_t).where(idea_t.c.id.not_in(select(assignment_t.c.idea_id))))

    # --- local edits ----------------------------------------------------------------------

    def save(self, kind: str, row: dict[str, Any]) -> str:
        """Insert or update a record locally and queue what changed for the server."""
        with self.tx() as conn:
            return self._save(conn, kind, row)

    def save_many(self, kind: str, rows: Iterable[dict[str, Any]]) -> list[str]:
        with self.tx() as conn:
            return [self._save(conn, kind, row) for row in rows]

    def _save(self, conn: Connection, kind: str, row: dict[str, Any]) -> str:
        table = domain[kind]
        writable = WRITABLE.get(self.role, {}).get(kind)
        if writable is None:
            raise PermissionError(f"a {self.role.value} cannot change {kind} records")
        record_id = row.get("id") or str(uuid.uuid4())
        current = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        values = {k: v for k, v in row.items() if k != "rev"}
        values["id"] = record_id
        if current is None:
            conn.execute(insert(table).values(**values, rev=0))
            changed = {k: v for k, v in values.items() if k in writable}
            base: dict[str, Any] = {}
            base_rev = 0
        else:
            changed = {k: v for k, v in values.items() if k in writable and current[k] != v}
            if not changed:
                return record_id
            conn.execute(table.update().where(table.c.id == record_id).values(**values))
            base = {k: current[k] for k in changed}
            base_rev = current["rev"]
        conn.execute(insert(outbox).values(
            mutation_id=str(uuid.uuid4()), kind=kind, op="upsert", record_id=record_id,
            base_rev=base_rev, fields=encode_record(table, changed),
            base=encode_record(table, base), created_at=_now(),
        ))
        return record_id

    def remove(self, kind: str, record_id: str) -> None:
        with self.tx() as conn:
            self._remove(conn, kind, record_id)

    def _remove(self, conn: Connection, kind: str, record_id: str) -> None:
        """Delete a record and queue the deletion, inside the caller's transaction."""
        table = domain[kind]
        current = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if current is None:
            return
        conn.execute(delete(table).where(table.c.id == record_id))
        conn.execute(insert(outbox).values(
            mutation_id=str(uuid.uuid4()), kind=kind, op="delete", record_id=record_id,
            base_rev=current["rev"], fields={}, base={}, created_at=_now(),
        ))

    # --- outbox ---------------------------------------------------------------------------

    def pending_count(self) -> int:
        with self.engine.connect() as conn:
            return len(conn.execute(select(outbox.c.seq)).all())

    def outbox_batch(self, limit: int = 500) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(outbox).order_by(outbox.c.seq).limit(limit)).mappings().all()
        return [
            {"id": r["mutation_id"], "kind": r["kind"], "op": r["op"], "record_id": r["record_id"],
             "base_rev": r["base_rev"], "fields": r["fields"], "base": r["base"]}
            for r in rows
        ]

    def store_push_results(self, sent: list[dict[str, Any]], results: list[dict[str, Any]]) -> None:
        """Record the server's answers; outbox rows go only now that the answer is stored."""
        by_id = {m["id"]: m for m in sent}
        forgotten = False
        with self.tx() as conn:
            # Outbox rows per record: once a record has none left, there is nothing to lay
            # over the server's version of it (most answers), and that query is skipped.
            queued: dict[str, int] = {}
            for (record_id,) in conn.execute(select(outbox.c.record_id)):
                queued[record_id] = queued.get(record_id, 0) + 1
            for result in results:
                mutation = by_id.get(result["mutation_id"])
                if mutation is None:
                    continue
                kind, record_id = mutation["kind"], mutation["record_id"]
                table = domain[kind]
                if conn.execute(_DELETE_SENT, {"mutation_id": result["mutation_id"]}).rowcount:
                    queued[record_id] -= 1
                status = result["status"]
                if status == "rejected":
                    conn.execute(insert(rejected).values(
                        mutation_id=result["mutation_id"], kind=kind, record_id=record_id,
                        code=result.get("code", ""), message=result.get("message", ""),
                        fields=mutation["fields"], at=_now()))
                    if result.get("code") == "duplicate":
                        conn.execute(delete(table).where(table.c.id == record_id))
                    continue
                if status == "conflict":
                    for c in result.get("conflicts", []):
                        upsert(conn, conflicts, [{
                            "kind": kind, "record_id": record_id, "field": c["field"],
                            "theirs": c["theirs"], "mine": c["mine"], "at": _now()}],
                            key=("kind", "record_id", "field"))
                # An accepted change supersedes earlier refusals of the same record.
                conn.execute(_DELETE_REFUSALS, {"record_id": record_id})
                record = result.get("record")
                if self.role == Role.KIOSK and kind == "idea":
                    # The server has it: the visitor's text and contact details leave this disk.
                    conn.execute(delete(table).where(table.c.id == record_id))
                    forgotten = True
                elif record is not None:
                    upsert(conn, table, [decode_record(table, record, strict=False)])
                    if queued.get(record_id):
                        self._overlay_outbox(conn, {record_id})
        if forgotten:
            self._scrub_journal()

    def _scrub_journal(self) -> None:
        """Fold the write-ahead log into the database and empty it: the log still holds the
        page images written when the visitor's idea was saved."""
        raw = self.engine.raw_connection()  # outside any transaction, or SQLite refuses
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    # --- reading --------------------------------------------------------------------------

    def rows(self, statement) -> list[dict[str, Any]]:  # noqa: ANN001
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(statement).mappings()]

    def rejections(self, record_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        stmt = select(rejected).order_by(rejected.c.at)
        if record_ids is not None:
            stmt = stmt.where(rejected.c.record_id.in_(list(record_ids)))
        return self.rows(stmt)

    def conflicts(self) -> list[dict[str, Any]]:
        return self.rows(select(conflicts).order_by(conflicts.c.at))


class _PageWriter:
    """Stores pulled records of one table and one set of fields with one ``executemany``.

    SQLAlchemy's own bind processors turn each value into what the driver stores (JSON
    text, 0/1, the SQLite time format), so a row written here is byte for byte the row an
    ``insert()`` would write; only the per-row statement work is skipped. Fields this build
    does not know are left out (a newer server may send them; schema changes are additive).
    A record already present gets the fields sent and keeps the others, as ``upsert`` does.
    """

    def __init__(self, dialect, table: Table, fields: tuple[str, ...]) -> None:  # noqa: ANN001
        self.fields = [name for name in fields if name in table.c]
        # Columns not sent (fields hidden from this role) take their defaults on insert, as
        # with ``insert()``; an existing row keeps its value, as with ``upsert``.
        self.defaults: list[tuple[str, Any]] = []
        for column in table.columns:
            if column.name in self.fields or column.default is None:
                continue
            if column.default.is_scalar:
                self.defaults.append((column.name, lambda _ctx, value=column.default.arg: value))
            elif column.default.is_callable:
                self.defaults.append((column.name, column.default.arg))
            else:  # a SQL expression or sequence: none in the schema, and none handled here
                raise NotImplementedError(f"default of {table.name}.{column.name}")
        inserted = self.fields + [name for name, _ in self.defaults]
        names = ", ".join(f'"{name}"' for name in inserted)
        marks = ", ".join("?" for _ in inserted)
        updates = ", ".join(f'"{name}" = excluded."{name}"' for name in self.fields
                            if name != "id")
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        self.sql = (f'INSERT INTO "{table.name}" ({names}) VALUES ({marks}) '
                    f"ON CONFLICT (id) {action}")
        self.convert: list[tuple[int, Any]] = []
        for n, name in enumerate(inserted):
            column_type = table.c[name].type
            process = column_type.dialect_impl(dialect).bind_processor(dialect)
            if isinstance(column_type, UTCDateTime) and name in self.fields:
                self.convert.append((n, _wire_time(process)))
            elif process is not None:
                self.convert.append((n, process))

    def write(self, cursor, records: list[dict[str, Any]]) -> None:  # noqa: ANN001
        take = operator.itemgetter(*self.fields)
        if len(self.fields) == 1:
            rows: list[Any] = [(take(data),) for data in records]
        else:
            rows = [take(data) for data in records]
        if self.convert or self.defaults:
            # Column by column: ``map`` runs each processor over a whole column at C speed.
            columns: list[Any] = list(zip(*rows, strict=True))
            for _, default in self.defaults:
                columns.append([default(None) for _ in records])
            for position, process in self.convert:
                columns[position] = map(process, columns[position])
            rows = list(zip(*columns, strict=True))
        cursor.executemany(self.sql, rows)


def _wire_time(process):  # noqa: ANN001, ANN202
    def convert(text: str | None) -> Any:
        return process(decode_time(text))
    return convert


def _any(conn: Connection, table: Table) -> bool:
    return conn.execute(select(literal(1)).select_from(table).limit(1)).first() is not None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _chunks(items: list[str], size: int = 500):  # noqa: ANN202
    for start in range(0, len(items), size):
        yield items[start:start + size]


__all__ = ["LocalStore"]
