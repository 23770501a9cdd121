"""organization registration, invitations, login throttling, organization administrators

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from shared.schema import UTCDateTime

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('credential', schema=None) as batch_op:
        batch_op.add_column(sa.Column('org_admin', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.create_table(
        'org_registration',
        sa.Column('org_id', sa.String(length=36), primary_key=True),
        sa.Column('contact_email', sa.String(length=254), nullable=False),
        sa.Column('language', sa.String(length=5), nullable=False),
        sa.Column('first_admin_id', sa.String(length=36), nullable=False),
        sa.Column('requested_at', UTCDateTime(), nullable=False),
        sa.Column('decided_at', UTCDateTime(), nullable=True),
        sa.Column('decided_by', sa.String(length=100), nullable=True),
    )
    op.create_table(
        'invitation',
        sa.Column('token_hash', sa.String(length=64), primary_key=True),
        sa.Column('org_id', sa.String(length=36), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('invited_as', sa.String(length=20), nullable=False),
        sa.Column('display_name', sa.String(length=200), nullable=False),
        sa.Column('created_by', sa.String(length=36), nullable=False),
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.Column('expires_at', UTCDateTime(), nullable=False),
        sa.Column('accepted_by', sa.String(length=36), nullable=True),
        sa.Column('accepted_at', UTCDateTime(), nullable=True),
    )
    op.create_index('ix_invitation_org_id', 'invitation', ['org_id'])
    op.create_table(
        'login_failure',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), primary_key=True,
                  autoincrement=True),
        sa.Column('username', sa.String(length=100), nullable=False),
        sa.Column('address', sa.String(length=64), nullable=False),
        sa.Column('at', UTCDateTime(), nullable=False),
    )
    op.create_index('ix_login_failure_username_at', 'login_failure', ['username', 'at'])
    op.create_index('ix_login_failure_address_at', 'login_failure', ['address', 'at'])


def downgrade() -> None:
    op.drop_table('login_failure')
    op.drop_table('invitation')
    op.drop_table('org_registration')
    with op.batch_alter_table('credential', schema=None) as batch_op:
        batch_op.drop_column('org_admin')
