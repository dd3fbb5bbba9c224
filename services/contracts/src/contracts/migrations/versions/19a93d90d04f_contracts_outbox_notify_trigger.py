"""contracts: the outbox wakes the relays (NOTIFY on insert, PostgreSQL)

Revision ID: 19a93d90d04f
Revises: 9bcaabca1489
Create Date: 2026-11-25 22:40:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import create_outbox_notify_v2, drop_outbox_notify_v2

revision: str = '19a93d90d04f'
down_revision: str | None = '9bcaabca1489'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_notify_v2()


def downgrade() -> None:
    drop_outbox_notify_v2()
