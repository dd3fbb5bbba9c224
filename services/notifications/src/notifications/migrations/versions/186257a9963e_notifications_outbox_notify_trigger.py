"""notifications: the outbox wakes the relays; subscription changes reach the consumers (NOTIFY, PostgreSQL)

Revision ID: 186257a9963e
Revises: 832e4d8bd550
Create Date: 2026-11-25 22:40:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import (
    create_notify_trigger,
    create_outbox_notify_v2,
    drop_notify_trigger,
    drop_outbox_notify_v2,
)

revision: str = '186257a9963e'
down_revision: str | None = '832e4d8bd550'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_notify_v2()
    # every change of a subscription empties the consumers' in-memory view of the active ones
    create_notify_trigger("webhook_subscription_notify", "webhook_subscription", "ipp_webhook_subscriptions",
                          "INSERT OR UPDATE OR DELETE OR TRUNCATE")


def downgrade() -> None:
    drop_notify_trigger("webhook_subscription_notify", "webhook_subscription")
    drop_outbox_notify_v2()
