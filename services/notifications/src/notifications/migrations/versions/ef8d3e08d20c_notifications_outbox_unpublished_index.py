"""notifications: partial index on the outbox's unpublished rows (the relay's query stays O(batch))

Revision ID: ef8d3e08d20c
Revises: 186257a9963e
Create Date: 2026-11-26 01:55:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import create_outbox_unpublished_index_v3, drop_outbox_unpublished_index_v3

revision: str = 'ef8d3e08d20c'
down_revision: str | None = '186257a9963e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_unpublished_index_v3()


def downgrade() -> None:
    drop_outbox_unpublished_index_v3()
