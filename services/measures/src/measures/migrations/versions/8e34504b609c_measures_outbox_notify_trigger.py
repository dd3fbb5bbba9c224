"""measures: the outbox wakes the relays (NOTIFY on insert, PostgreSQL)

Revision ID: 8e34504b609c
Revises: f9c4d14276dd
Create Date: 2026-11-25 22:40:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import create_outbox_notify_v2, drop_outbox_notify_v2

revision: str = '8e34504b609c'
down_revision: str | None = 'f9c4d14276dd'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_notify_v2()


def downgrade() -> None:
    drop_outbox_notify_v2()
