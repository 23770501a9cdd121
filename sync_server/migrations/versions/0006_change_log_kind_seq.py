"""change feed indexed by kind and change number

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 07:40:00.000000
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The pull filters of evaluators, authors and kiosks select entries by kind; with only
    # the (kind, record_id) key to go by, SQLite read every entry of the kind on each pull.
    op.create_index('ix_change_log_kind_seq', 'change_log', ['kind', 'seq'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_change_log_kind_seq', table_name='change_log')
