"""Tables of the replicated domain, shared by the server database and every client replica.

SQLAlchemy Core tables rather than ORM classes: sync moves plain dicts in bulk, and the
same column list drives the wire format (see ``shared.wire``). Each side adds its own
private tables (credentials and change feed on the server, outbox on the client) to the
metadata it builds with :func:`domain_metadata`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime on every backend.

    SQLite keeps no zone, so values are normalised to UTC on the way in and marked UTC on
    the way out; a naive datetime is refused rather than guessed at.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001, ANN201 - SQLAlchemy hook
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: every stored time must carry a zone")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):  # noqa: ANN001, ANN201 - SQLAlchemy hook
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def _id() -> Column:
    # Client-generated UUIDs, kept as canonical text so SQLite and PostgreSQL agree.
    return Column("id", String(36), primary_key=True)


def _rev() -> Column:
    # Server-assigned revision; 0 on a client for a record the server has not confirmed yet.
    return Column("rev", Integer, nullable=False, default=0)


def _ref(name: str, *, nullable: bool = False) -> Column:
    return Column(name, String(36), nullable=nullable, index=True)


def add_domain_tables(metadata: MetaData) -> dict[str, Table]:
    """Define the replicated tables on ``metadata`` and return them by record kind."""
    organization = Table(
        "organization",
        metadata,
        _id(),
        Column("name", String(200), nullable=False),
        Column("status", String(20), nullable=False, default="approved"),
        # Argon2id hash of the PIN that unlocks the organization's kiosks (never the PIN).
        Column("kiosk_pin_hash", String(200), nullable=True),
        _rev(),
    )
    user = Table(
        "app_user",
        metadata,
        _id(),
        _ref("org_id"),
        Column("username", String(100), nullable=False, unique=True),
        Column("display_name", String(200), nullable=False, default=""),
        Column("role", String(20), nullable=False),
        Column("language", String(5), nullable=False, default="az"),
        _rev(),
    )
    contest = Table(
        "contest",
        metadata,
        _id(),
        _ref("org_id"),
        Column("title", String(300), nullable=False),
        Column("description", Text, nullable=False, default=""),
        Column("requirements", JSON, nullable=False, default=list),
        Column("starts_at", UTCDateTime, nullable=False),
        Column("ends_at", UTCDateTime, nullable=False),
        Column("timezone", String(64), nullable=False, default="Asia/Baku"),
        Column("visibility", String(10), nullable=False, default="public"),
        Column("status", String(20), nullable=False, default="open"),
        Column("categories", JSON, nullable=False, default=list),
        # Set once by the organizer; only then do authors receive decisions and feedback.
        Column("results_announced_at", UTCDateTime, nullable=True),
        _rev(),
    )
    stage = Table(
        "stage",
        metadata,
        _id(),
        _ref("contest_id"),
        _ref("org_id"),
        Column("position", Integer, nullable=False, default=1),
        Column("kind", String(20), nullable=False, default="scoring"),
        Column("title", String(300), nullable=False, default=""),
        Column("status", String(20), nullable=False, default="open"),
        Column("deadline", UTCDateTime, nullable=True),
        # Advancement rule (shared.stage_rules): screening all | majority; scoring
        # top_n (rule_value = N) | threshold (rule_value = minimum score) | explicit.
        Column("rule", String(20), nullable=True),
        Column("rule_value", Float, nullable=True),
        # Ideas returned for improvement in a screening stage must be revised before this.
        Column("revision_deadline", UTCDateTime, nullable=True),
        _rev(),
    )
    criterion = Table(
        "criterion",
        metadata,
        _id(),
        _ref("stage_id"),
        _ref("contest_id"),
        _ref("org_id"),
        Column("name", String(200), nullable=False),
        Column("description", Text, nullable=False, default=""),
        Column("importance", String(10), nullable=False, default="medium"),
        Column("weight", Float, nullable=False, default=2.0),
        Column("scale_min", Integer, nullable=False, default=1),
        Column("scale_max", Integer, nullable=False, default=10),
        Column("position", Integer, nullable=False, default=1),
        _rev(),
    )
    idea = Table(
        "idea",
        metadata,
        _id(),
        _ref("contest_id"),
        _ref("org_id"),
        Column("title", String(300), nullable=False, default=""),
        Column("body", Text, nullable=False, default=""),
        Column("benefit", Text, nullable=False, default=""),
        Column("category", String(200), nullable=False, default=""),
        Column("channel", String(10), nullable=False, default="desktop"),
        Column("source_id", String(200), nullable=True),
        _ref("author_id", nullable=True),
        Column("contact_name", String(200), nullable=True),
        Column("contact_phone", String(40), nullable=True),
        Column("contact_email", String(254), nullable=True),
        Column("tracking_code", String(20), nullable=True, unique=True),
        Column("status", String(20), nullable=False, default="submitted"),
        Column("created_at", UTCDateTime, nullable=False),
        Column("late_synced", Boolean, nullable=False, default=False),
        Column("extra", JSON, nullable=False, default=dict),
        # Number of the idea's latest kept revision (None: never revised, the original is
        # round 1); screening checks name the round they judged.
        Column("revision_number", Integer, nullable=True),
        # While the idea is returned for improvement: when the author's revision is due.
        Column("revision_due", UTCDateTime, nullable=True),
        _rev(),
        Index("ix_idea_contest_source", "contest_id", "source_id", unique=True),
    )
    idea_revision = Table(
        "idea_revision",
        metadata,
        _id(),
        _ref("idea_id"),
        _ref("contest_id"),
        _ref("org_id"),
        _ref("author_id", nullable=True),
        Column("number", Integer, nullable=False),
        Column("title", String(300), nullable=False, default=""),
        Column("body", Text, nullable=False, default=""),
        Column("benefit", Text, nullable=False, default=""),
        Column("created_at", UTCDateTime, nullable=False),
        _rev(),
        Index("ix_idea_revision_number", "idea_id", "number", unique=True),
    )
    assignment = Table(
        "assignment",
        metadata,
        _id(),
        _ref("stage_id"),
        _ref("contest_id"),
        _ref("org_id"),
        _ref("idea_id"),
        _ref("evaluator_id"),
        _rev(),
        Index("ix_assignment_unique", "stage_id", "idea_id", "evaluator_id", unique=True),
    )
    score = Table(
        "score",
        metadata,
        _id(),
        _ref("stage_id"),
        _ref("contest_id"),
        _ref("org_id"),
        _ref("idea_id"),
        _ref("evaluator_id"),
        _ref("criterion_id"),
        Column("value", Float, nullable=False),
        Column("comment", Text, nullable=False, default=""),
        _rev(),
    )
    interest_conflict = Table(
        "interest_conflict",
        metadata,
        _id(),
        _ref("contest_id"),
        _ref("org_id"),
        _ref("idea_id"),
        _ref("evaluator_id"),
        _ref("stage_id", nullable=True),
        Column("reason", Text, nullable=False, default=""),
        Column("declared_at", UTCDateTime, nullable=False),
        _rev(),
    )
    check = Table(
        "screening_check",
        metadata,
        _id(),
        _ref("stage_id"),
        _ref("contest_id"),
        _ref("org_id"),
        _ref("idea_id"),
        _ref("evaluator_id"),
        Column("round", Integer, nullable=False, default=1),
        # Requirement texts of the contest, as announced, found met and not met.
        Column("met", JSON, nullable=False, default=list),
        Column("unmet", JSON, nullable=False, default=list),
        Column("suggestions", Text, nullable=False, default=""),
        _rev(),
        Index("ix_screening_check_unique", "stage_id", "idea_id", "evaluator_id", "round",
              unique=True),
    )
    score_reset = Table(
        "score_reset",
        metadata,
        _id(),
        _ref("stage_id"),
        _ref("contest_id"),
        _ref("org_id"),
        Column("reason", Text, nullable=False, default=""),
        Column("scores_deleted", Integer, nullable=False, default=0),
        _ref("reset_by"),
        Column("reset_at", UTCDateTime, nullable=False),
        _rev(),
    )
    decision = Table(
        "decision",
        metadata,
        _id(),
        _ref("stage_id"),
        _ref("contest_id"),
        _ref("org_id"),
        _ref("idea_id"),
        _ref("author_id", nullable=True),
        Column("outcome", String(20), nullable=False),  # advanced | not_advanced | returned
        Column("rule", String(20), nullable=False),
        Column("reason", Text, nullable=False, default=""),
        Column("score", Float, nullable=True),
        Column("rank", Integer, nullable=True),
        Column("tied_at_cut", Boolean, nullable=False, default=False),
        _ref("decided_by", nullable=True),  # hidden from authors, so absent on their replica
        Column("decided_at", UTCDateTime, nullable=False),
        _rev(),
        Index("ix_decision_unique", "stage_id", "idea_id", unique=True),
    )
    feedback = Table(
        "feedback",
        metadata,
        _id(),
        _ref("stage_id"),
        _ref("contest_id"),
        _ref("org_id"),
        _ref("idea_id"),
        _ref("author_id", nullable=True),
        # revision: goes to the author at once (with a return); result: at announcement.
        Column("purpose", String(20), nullable=False, default="result"),
        Column("text", Text, nullable=False),
        Column("created_at", UTCDateTime, nullable=False),
        _rev(),
    )
    implementation = Table(
        "implementation",
        metadata,
        _id(),
        _ref("idea_id"),
        _ref("contest_id"),
        _ref("org_id"),
        _ref("author_id", nullable=True),
        Column("status", String(20), nullable=False, default="planned"),
        Column("progress", Integer, nullable=False, default=0),
        Column("notes", Text, nullable=False, default=""),
        Column("started_on", UTCDateTime, nullable=True),
        Column("due_on", UTCDateTime, nullable=True),
        Column("finished_on", UTCDateTime, nullable=True),
        Column("updated_at", UTCDateTime, nullable=False),
        _rev(),
        Index("ix_implementation_idea", "idea_id", unique=True),
    )
    return {
        "organization": organization,
        "user": user,
        "contest": contest,
        "stage": stage,
        "criterion": criterion,
        "idea": idea,
        "assignment": assignment,
        "score": score,
        "idea_revision": idea_revision,
        "interest_conflict": interest_conflict,
        "check": check,
        "score_reset": score_reset,
        "decision": decision,
        "feedback": feedback,
        "implementation": implementation,
    }


#: Record kinds in dependency order: a page applied in this order never refers forward.
KINDS: tuple[str, ...] = (
    "organization",
    "user",
    "contest",
    "stage",
    "criterion",
    "idea",
    "idea_revision",
    "assignment",
    "interest_conflict",
    "score",
    "check",
    "score_reset",
    "decision",
    "feedback",
    "implementation",
)
