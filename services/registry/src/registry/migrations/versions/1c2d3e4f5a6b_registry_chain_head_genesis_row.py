"""registry: the chain head's genesis row, present before the first append

Two first inclusions on two replicas each found no head row to lock, both inserted one, and one failed on the
primary key (a 500, found by tests/cluster). With the row in place from the start every append locks it.

Revision ID: 1c2d3e4f5a6b
Revises: 0f5f6f596ed9
Create Date: 2026-12-06 05:02:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '1c2d3e4f5a6b'
down_revision: str | None = '0f5f6f596ed9'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64  # registry.domain.register.GENESIS, as of this revision


def upgrade() -> None:
    op.execute(sa.text("INSERT INTO registry_chain_head (id, seq, hash) SELECT 1, 0, :genesis "
                       "WHERE NOT EXISTS (SELECT 1 FROM registry_chain_head WHERE id = 1)").bindparams(genesis=GENESIS))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM registry_chain_head WHERE id = 1 AND seq = 0"))
