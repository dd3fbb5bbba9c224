"""notifications: the relay's lease on claimed outbox rows (ADR 16)

Revision ID: fa877b50ed6c
Revises: ef8d3e08d20c
Create Date: 2026-11-26 11:20:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import add_outbox_lease_v4, drop_outbox_lease_v4

revision: str = 'fa877b50ed6c'
down_revision: str | None = 'ef8d3e08d20c'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_outbox_lease_v4()


def downgrade() -> None:
    drop_outbox_lease_v4()
