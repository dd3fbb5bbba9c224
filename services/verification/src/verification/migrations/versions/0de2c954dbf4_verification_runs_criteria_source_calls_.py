"""verification: runs, criteria, source calls, platform tables

Revision ID: 0de2c954dbf4
Revises: 
Create Date: 2026-11-25 19:43:20.904158
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op
from ipp_common.persistence.migration_ops import create_platform_tables_v1, drop_platform_tables_v1
from sqlalchemy import Text  # noqa: F401
from sqlalchemy.dialects import postgresql

revision: str = '0de2c954dbf4'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_platform_tables_v1()
    op.create_table('verification_run',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('bin', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('request_event_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('verification_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verification_run_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_verification_run_bin'), ['bin'], unique=False)
        batch_op.create_index(batch_op.f('ix_verification_run_request_event_id'), ['request_event_id'], unique=False)

    op.create_table('verification_criterion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Uuid(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('criterion', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('expected', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('found', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('article', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('text_kk', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('text_ru', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['verification_run.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('verification_criterion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verification_criterion_run_id'), ['run_id'], unique=False)

    op.create_table('verification_source_call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Uuid(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('record', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['verification_run.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('verification_source_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verification_source_call_run_id'), ['run_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('verification_source_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verification_source_call_run_id'))

    op.drop_table('verification_source_call')
    with op.batch_alter_table('verification_criterion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verification_criterion_run_id'))

    op.drop_table('verification_criterion')
    with op.batch_alter_table('verification_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verification_run_request_event_id'))
        batch_op.drop_index(batch_op.f('ix_verification_run_bin'))
        batch_op.drop_index(batch_op.f('ix_verification_run_application_id'))

    op.drop_table('verification_run')
    drop_platform_tables_v1()
