"""registry: the offtake release log numbers its rows on SQLite too

SQLite numbers a row only when its key is declared ``INTEGER PRIMARY KEY``; the BIGINT key of
``registry_offtake_release`` was left NULL there and every contract event was refused (NOT NULL). On SQLite
the table is rebuilt with an INTEGER key (64-bit there, like PostgreSQL's BIGINT); PostgreSQL is unchanged.

Revision ID: 5e2f0c1d9a47
Revises: 0a1b770ebbaa
Create Date: 2026-12-02 00:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '5e2f0c1d9a47'
down_revision: str | None = '0a1b770ebbaa'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _position(type_: sa.types.TypeEngine) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table('registry_offtake_release', recreate="always") as batch_op:
        batch_op.alter_column('position', existing_type=sa.BigInteger(), type_=type_, autoincrement=True,
                              existing_nullable=False)


def upgrade() -> None:
    _position(sa.Integer())


def downgrade() -> None:
    _position(sa.BigInteger())
