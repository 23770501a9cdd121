"""The server database: the shared domain tables plus the server's own.

Server-only tables never cross the wire: credentials, session tokens, the change feed
and its counter, and the stored result of every applied mutation.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Index,
    MetaData,
    String,
    Table,
    Text,
)

from shared.schema import UTCDateTime, add_domain_tables

metadata = MetaData()
domain = add_domain_tables(metadata)

credential = Table(
    "credential",
    metadata,
    Column("user_id", String(36), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
)

session_token = Table(
    "session_token",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # sha256 hex; the token itself is never kept
    Column("user_id", String(36), nullable=False, index=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

# One row per counter. Taking a change number is an UPDATE of this row inside the writing
# transaction: the row lock makes every later writer wait for the commit, so change numbers
# become visible to readers in the order they were handed out (ARCHITECTURE.md, "Sync").
counter = Table(
    "sync_counter",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# The change feed keeps the latest change of each record; a record changed again moves to
# the end of the feed. The visibility columns let one indexed query filter by role.
change_log = Table(
    "change_log",
    metadata,
    Column("kind", String(20), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False, unique=True),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("changed_at", UTCDateTime, nullable=False),
    Column("org_id", String(36), nullable=True),
    Column("contest_id", String(36), nullable=True),
    Column("idea_id", String(36), nullable=True),
    Column("owner_id", String(36), nullable=True),
    Column("public", Boolean, nullable=False, default=False),
    Index("ix_change_log_org_seq", "org_id", "seq"),
    Index("ix_change_log_owner_seq", "owner_id", "seq"),
)

# The result of every mutation, written in the transaction that applied it, so a retry
# after a lost response gets the same answer and changes nothing.
mutation_log = Table(
    "mutation_log",
    metadata,
    Column("mutation_id", String(36), primary_key=True),
    Column("user_id", String(36), nullable=False),
    Column("result", JSON, nullable=False),
    Column("applied_at", UTCDateTime, nullable=False),
)

meta = Table(
    "server_meta",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

