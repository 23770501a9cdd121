"""audit log, mail outbox, staff e-mail addresses, contest subscriptions

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import shared.schema

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('at', shared.schema.UTCDateTime(timezone=True), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=True),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('target_kind', sa.String(length=30), nullable=True),
    sa.Column('target_id', sa.String(length=36), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_org_seq', ['org_id', 'seq'], unique=False)

    op.create_table('mail_outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event', sa.String(length=40), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=True),
    sa.Column('recipient', sa.String(length=254), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('html', sa.Text(), nullable=False),
    sa.Column('dedupe_key', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', shared.schema.UTCDateTime(timezone=True), nullable=False),
    sa.Column('claim_token', sa.String(length=36), nullable=True),
    sa.Column('lease_until', shared.schema.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', shared.schema.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent_at', shared.schema.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dedupe_key')
    )
    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.create_index('ix_mail_outbox_due', ['status', 'next_attempt_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_mail_outbox_org_id'), ['org_id'], unique=False)

    op.create_table('user_email',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.PrimaryKeyConstraint('user_id')
    )
    op.create_table('mail_subscription',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('unsubscribe_token', sa.String(length=64), nullable=False),
    sa.Column('created_at', shared.schema.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('unsubscribe_token')
    )
    with op.batch_alter_table('mail_subscription', schema=None) as batch_op:
        batch_op.create_index('ix_mail_subscription_email_org', ['email', 'org_id'], unique=True)

    # The audit chain's counter; taking a number locks this row until commit.
    op.execute("INSERT INTO sync_counter (name, value) VALUES ('audit', 0)")


def downgrade() -> None:
    op.execute("DELETE FROM sync_counter WHERE name = 'audit'")
    with op.batch_alter_table('mail_subscription', schema=None) as batch_op:
        batch_op.drop_index('ix_mail_subscription_email_org')
    op.drop_table('mail_subscription')
    op.drop_table('user_email')
    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mail_outbox_org_id'))
        batch_op.drop_index('ix_mail_outbox_due')
    op.drop_table('mail_outbox')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_org_seq')
    op.drop_table('audit_log')
