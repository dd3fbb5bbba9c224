"""registry: partial index on the outbox's unpublished rows (the relay's query stays O(batch))

Revision ID: 7fd575707b4b
Revises: 0d4239b3885e
Create Date: 2026-11-26 01:55:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import create_outbox_unpublished_index_v3, drop_outbox_unpublished_index_v3

revision: str = '7fd575707b4b'
down_revision: str | None = '0d4239b3885e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_unpublished_index_v3()


def downgrade() -> None:
    drop_outbox_unpublished_index_v3()
