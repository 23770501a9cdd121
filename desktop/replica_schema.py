"""The tables of the client's local replica (the domain tables, the outbox, refused
mutations, conflicts, the search copies and the sync state) and how its SQLite connections
and files are set up: collation, pragmas, and columns added for a replica made by an older
build. ``desktop.local_store`` reads and writes them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from desktop import idea_search as search
from desktop import replica_indexes
from desktop.idea_search import add_search_table
from shared.schema import UTCDateTime, add_domain_tables
from shared.text import az_sort_key

metadata = MetaData()
domain = add_domain_tables(metadata)
needless_indexes = replica_indexes.trim(domain)  # the replica does without them

outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("mutation_id", String(36), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),
    Column("op", String(10), nullable=False),
    Column("record_id", String(36), nullable=False, index=True),
    Column("base_rev", Integer, nullable=False),
    Column("fields", JSON, nullable=False),
    Column("base", JSON, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# Mutations the server refused, with its reason, so the user can see them on the item.
rejected = Table(
    "rejected",
    metadata,
    Column("mutation_id", String(36), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("record_id", String(36), nullable=False, index=True),
    Column("code", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("fields", JSON, nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

# Same-field edits that the server found changed by someone else; the user picks a side.
conflicts = Table(
    "conflict",
    metadata,
    Column("kind", String(20), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Column("field", String(60), primary_key=True),
    Column("theirs", JSON),
    Column("mine", JSON),
    Column("at", UTCDateTime, nullable=False),
)

# Folded titles and texts for search, kept by triggers (see desktop.idea_search).
idea_search = add_search_table(metadata)

sync_state = Table(
    "sync_state",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)


def _az_collate(a: str, b: str) -> int:
    ka, kb = az_sort_key(a), az_sort_key(b)
    return (ka > kb) - (ka < kb)


def _connect_sqlite(dbapi_conn, _record) -> None:  # noqa: ANN001
    dbapi_conn.isolation_level = None
    dbapi_conn.create_collation("AZ", _az_collate)
    dbapi_conn.create_function("search_text", 2, search.search_text, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a kiosk may lose power: an idea must survive it
    # Deleted rows are overwritten, not just unlinked: a kiosk must not keep a visitor's
    # contact details in free pages after the server has the idea.
    cur.execute("PRAGMA secure_delete=ON")
    # A first sync writes hundreds of thousands of rows into tables with several indexes on
    # random ids: with SQLite's default 2 MB of page cache, index pages are evicted and read
    # again all the time. 32 MB (an upper bound, used as needed) keeps them.
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()


def _add_missing_columns(engine: Engine) -> None:
    """Bring a replica made by an older build up to this build's tables.

    Schema changes are additive, so a newer build only ever needs to add nullable columns;
    the replica is a cache of the server plus the outbox, and nothing in it is rewritten.
    """
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            present = {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table.name}")')}
            for column in table.columns:
                if column.name not in present and column.nullable:
                    kind = column.type.compile(dialect=engine.dialect)
                    conn.exec_driver_sql(
                        f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}')
