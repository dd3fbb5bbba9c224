"""registry: applications, transitions, platform tables

Revision ID: 4bea4cc0d3c4
Revises: 
Create Date: 2026-11-25 19:42:10.387350
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op
from ipp_common.persistence.migration_ops import create_platform_tables_v1, drop_platform_tables_v1
from sqlalchemy import Text  # noqa: F401
from sqlalchemy.dialects import postgresql

revision: str = '4bea4cc0d3c4'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_platform_tables_v1()
    op.create_table('registry_application',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('bin', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('company_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('consents', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('evidence', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('goods', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('sites', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('verification_run_id', sa.Uuid(), nullable=True),
    sa.Column('reasons', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('filed_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('filed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('registry_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registry_application_bin'), ['bin'], unique=False)
        batch_op.create_index(batch_op.f('ix_registry_application_status'), ['status'], unique=False)

    op.create_table('registry_application_transition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('from_status', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('to_status', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['registry_application.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('registry_application_transition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registry_application_transition_application_id'), ['application_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('registry_application_transition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registry_application_transition_application_id'))

    op.drop_table('registry_application_transition')
    with op.batch_alter_table('registry_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registry_application_status'))
        batch_op.drop_index(batch_op.f('ix_registry_application_bin'))

    op.drop_table('registry_application')
    drop_platform_tables_v1()
