"""contracts: partial index on the outbox's unpublished rows (the relay's query stays O(batch))

Revision ID: eb62af388367
Revises: 19a93d90d04f
Create Date: 2026-11-26 01:55:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import create_outbox_unpublished_index_v3, drop_outbox_unpublished_index_v3

revision: str = 'eb62af388367'
down_revision: str | None = '19a93d90d04f'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_unpublished_index_v3()


def downgrade() -> None:
    drop_outbox_unpublished_index_v3()
