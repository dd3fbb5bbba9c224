"""measures: register membership projection, platform tables

Revision ID: dfba32fb0a67
Revises: 
Create Date: 2026-11-25 19:44:34.980236
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op
from ipp_common.migration_ops import create_platform_tables_v1, drop_platform_tables_v1
from sqlalchemy import Text  # noqa: F401

revision: str = 'dfba32fb0a67'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_platform_tables_v1()
    op.create_table('register_membership',
    sa.Column('bin', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('included', sa.Boolean(), nullable=False),
    sa.Column('entry_id', sa.Uuid(), nullable=True),
    sa.Column('ground', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('as_of', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_event_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('bin')
    )


def downgrade() -> None:
    op.drop_table('register_membership')
    drop_platform_tables_v1()
