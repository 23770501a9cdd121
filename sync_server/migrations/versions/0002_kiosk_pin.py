"""kiosk PIN of an organization

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-10 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kiosk_pin_hash', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_column('kiosk_pin_hash')
