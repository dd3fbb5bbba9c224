"""contracts: the relay's lease on claimed outbox rows (ADR 16)

Revision ID: e7bc439fe9a6
Revises: eb62af388367
Create Date: 2026-11-26 11:20:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import add_outbox_lease_v4, drop_outbox_lease_v4

revision: str = 'e7bc439fe9a6'
down_revision: str | None = 'eb62af388367'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_outbox_lease_v4()


def downgrade() -> None:
    drop_outbox_lease_v4()
