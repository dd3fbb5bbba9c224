"""contracts: a contract concluded after the plan's conclusion deadline carries an overdue mark (Art. 47.7)

Revision ID: a3d5c7e9f1b2
Revises: e7bc439fe9a6
Create Date: 2026-12-02 00:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = 'a3d5c7e9f1b2'
down_revision: str | None = 'e7bc439fe9a6'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('contracts_contract') as batch_op:
        batch_op.add_column(sa.Column('overdue', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'),
                                      nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('contracts_contract') as batch_op:
        batch_op.drop_column('overdue')
