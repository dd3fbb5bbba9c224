"""registry: the relay's lease on claimed outbox rows (ADR 16)

Revision ID: 0a1b770ebbaa
Revises: 3c9e51a0b7d2
Create Date: 2026-11-26 11:20:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import add_outbox_lease_v4, drop_outbox_lease_v4

revision: str = '0a1b770ebbaa'
down_revision: str | None = '3c9e51a0b7d2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_outbox_lease_v4()


def downgrade() -> None:
    drop_outbox_lease_v4()
