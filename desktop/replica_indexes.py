"""The replica's secondary indexes: which it keeps, and when they are built.

The replica declares the server's tables (``shared.schema``), indexes included, but needs
fewer of them. Left out, since each costs time in every first sync (500,000 scores went into
six single-column indexes) and serves no query of the client:

- the ``org_id`` indexes of records that the client never looks up by organization: a
  replica holds one organization's records (an author's, public ones of several, still
  never looked up by organization); the user and contest ones stay (the administrator
  counts people per organization, an author lists its own organization's contests);
- a single-column index whose column starts another index of the same table (``stage_id``
  beside the unique ``stage_id, idea_id, evaluator_id``, or a unique index of that column
  alone): SQLite uses the other one alike.

Keeping non-unique indexes up to date row by row while hundreds of thousands of rows with
random ids arrive costs more than writing the rows; built once afterwards, from sorted keys,
they cost a fraction of that. Unique indexes stay: they guard the data. A download stopped
half-way leaves them out, so every opening of a replica puts back what is missing, and
drops what an earlier version made and this one leaves out.
"""

from __future__ import annotations

from sqlalchemy import Engine, Index, Table

from shared.schema import KINDS

# Tables whose organization index a query of the client uses.
_ORG_LOOKUPS = {"app_user", "contest"}


def _needless(table: Table, index: Index) -> bool:
    columns = [column.name for column in index.columns]
    if index.unique:
        return False
    if columns == ["org_id"] and table.name not in _ORG_LOOKUPS:
        return True
    return any(other is not index and (len(other.columns) > len(columns) or other.unique)
               and [c.name for c in other.columns][:len(columns)] == columns
               for other in table.indexes)


def trim(domain: dict[str, Table]) -> list[str]:
    """Take the indexes the replica does without off its tables; their names."""
    names = []
    for kind in KINDS:
        table = domain[kind]
        for index in [index for index in table.indexes if _needless(table, index)]:
            # Table has no method to remove an index; its ``indexes`` is a plain set,
            # which create_all() reads.
            table.indexes.discard(index)
            names.append(index.name)
    return names


def deferred(domain: dict) -> list[Index]:
    """The non-unique indexes of the server's records (``domain``: kind → table)."""
    return [index for kind in KINDS for index in domain[kind].indexes if not index.unique]


def suspend(engine: Engine, domain: dict) -> None:
    with engine.begin() as conn:
        for index in deferred(domain):
            conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')


def restore(engine: Engine, domain: dict, needless: list[str]) -> None:
    with engine.begin() as conn:
        present = {name for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        for name in needless:
            if name in present:
                conn.exec_driver_sql(f'DROP INDEX "{name}"')
        for index in deferred(domain):
            if index.name not in present:
                index.create(conn)
