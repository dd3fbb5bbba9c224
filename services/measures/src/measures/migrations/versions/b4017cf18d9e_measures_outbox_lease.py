"""measures: the relay's lease on claimed outbox rows (ADR 16)

Revision ID: b4017cf18d9e
Revises: 6cdadf67bcc5
Create Date: 2026-11-26 11:20:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import add_outbox_lease_v4, drop_outbox_lease_v4

revision: str = 'b4017cf18d9e'
down_revision: str | None = '6cdadf67bcc5'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_outbox_lease_v4()


def downgrade() -> None:
    drop_outbox_lease_v4()
