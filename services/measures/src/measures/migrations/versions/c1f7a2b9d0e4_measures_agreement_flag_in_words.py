"""measures: why an agreement is flagged, in Kazakh and Russian beside its code

Revision ID: c1f7a2b9d0e4
Revises: 2009e6836ff1
Create Date: 2026-12-07 03:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c1f7a2b9d0e4'
down_revision: str | None = '2009e6836ff1'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('measures_agreement') as batch_op:
        batch_op.add_column(sa.Column('flag_kk', sa.String(length=400), nullable=True))
        batch_op.add_column(sa.Column('flag_ru', sa.String(length=400), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('measures_agreement') as batch_op:
        batch_op.drop_column('flag_ru')
        batch_op.drop_column('flag_kk')
