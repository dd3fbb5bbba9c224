"""notifications: cabinet notices, platform tables

Revision ID: 9170ac03a64d
Revises: 
Create Date: 2026-11-25 19:44:08.898123
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op
from ipp_common.persistence.migration_ops import create_platform_tables_v1, drop_platform_tables_v1
from sqlalchemy import Text  # noqa: F401
from sqlalchemy.dialects import postgresql

revision: str = '9170ac03a64d'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_platform_tables_v1()
    op.create_table('notice',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('recipient_bin', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('notice_type', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('source_event_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('title_kk', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('title_ru', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('body_kk', sa.Text(), nullable=False),
    sa.Column('body_ru', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('served_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_event_id')
    )
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_notice_type'), ['notice_type'], unique=False)
        batch_op.create_index('ix_notice_recipient_created', ['recipient_bin', 'created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_index('ix_notice_recipient_created')
        batch_op.drop_index(batch_op.f('ix_notice_notice_type'))

    op.drop_table('notice')
    drop_platform_tables_v1()
