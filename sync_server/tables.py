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
    Integer,
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
    # The organization's administrator: may invite its staff (the first one registers it).
    Column("org_admin", Boolean, nullable=False, default=False),
)

# What an organization gave when it registered, and the platform's decision. Kept apart from
# the replicated organization record: the contact address never leaves the server.
org_registration = Table(
    "org_registration",
    metadata,
    Column("org_id", String(36), primary_key=True),
    Column("contact_email", String(254), nullable=False),
    Column("language", String(5), nullable=False, default="az"),
    Column("first_admin_id", String(36), nullable=False),
    Column("requested_at", UTCDateTime, nullable=False),
    Column("decided_at", UTCDateTime, nullable=True),
    Column("decided_by", String(100), nullable=True),
)

# An invitation to join an organization: only the token's hash is kept; it is used once.
invitation = Table(
    "invitation",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("org_id", String(36), nullable=False, index=True),
    Column("role", String(20), nullable=False),
    Column("invited_as", String(20), nullable=False),
    Column("display_name", String(200), nullable=False, default=""),
    Column("created_by", String(36), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("accepted_by", String(36), nullable=True),
    Column("accepted_at", UTCDateTime, nullable=True),
)

# Failed logins, per account and per address, so throttling holds across server processes.
login_failure = Table(
    "login_failure",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("username", String(100), nullable=False),
    Column("address", String(64), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_login_failure_username_at", "username", "at"),
    Index("ix_login_failure_address_at", "address", "at"),
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
    # An evaluator's contests and ideas (and a kiosk's or author's contests) are found by
    # kind, then by a list of ids: without this index SQLite walked every entry of the
    # kind (all ideas) on each pull, even one with nothing after its cursor.
    Index("ix_change_log_kind_seq", "kind", "seq"),
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


# The audit log: append-only, each entry chained to the previous one by ``hash`` (see
# sync_server/audit.py). ``seq`` comes from the "audit" counter row, so entries are numbered
# without gaps in commit order and two server processes can never fork the chain.
audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at", UTCDateTime, nullable=False),
    Column("org_id", String(36), nullable=True),
    Column("actor_id", String(36), nullable=True),
    Column("action", String(60), nullable=False),
    Column("target_kind", String(30), nullable=True),
    Column("target_id", String(36), nullable=True),
    Column("details", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_audit_log_org_seq", "org_id", "seq"),
)

# E-mail waiting to be sent, written in the transaction of the event it tells about. The
# dedupe key (event, record, recipient) is unique, so enqueueing the same notice again adds
# nothing; the sender claims a row (status "sending", claim token, lease) before it talks SMTP.
mail_outbox = Table(
    "mail_outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event", String(40), nullable=False),
    Column("org_id", String(36), nullable=True, index=True),
    Column("recipient", String(254), nullable=False),
    Column("language", String(5), nullable=False),
    Column("subject", String(300), nullable=False),
    Column("text", Text, nullable=False),
    Column("html", Text, nullable=False),
    Column("dedupe_key", String(200), nullable=False, unique=True),
    Column("status", String(10), nullable=False),  # queued, sending, sent, failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime, nullable=False),
    Column("claim_token", String(36), nullable=True),
    Column("lease_until", UTCDateTime, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime, nullable=True),
    Column("last_error", Text, nullable=True),
    Index("ix_mail_outbox_due", "status", "next_attempt_at"),
)

# Where staff receive their notices; kept on the server only (never replicated).
user_email = Table(
    "user_email",
    metadata,
    Column("user_id", String(36), primary_key=True),
    Column("email", String(254), nullable=False),
)

# People who asked to hear about new public contests (of one organization, or of all when
# ``org_id`` is "" — not NULL, so the unique index also holds for "all"). The token, sent
# in every announcement, lets them unsubscribe without an account; it unlocks nothing else.
mail_subscription = Table(
    "mail_subscription",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("email", String(254), nullable=False),
    Column("org_id", String(36), nullable=False, default=""),
    Column("language", String(5), nullable=False),
    Column("unsubscribe_token", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_mail_subscription_email_org", "email", "org_id", unique=True),
)
