"""notifications: the outbox wakes the relays; subscription changes reach the consumers (NOTIFY, PostgreSQL)

Revision ID: 186257a9963e
Revises: 832e4d8bd550
Create Date: 2026-11-25 22:40:00
"""
from collections.abc import Sequence

from alembic import op
from ipp_common.migration_ops import create_outbox_notify_v2, drop_outbox_notify_v2

revision: str = '186257a9963e'
down_revision: str | None = '832e4d8bd550'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_notify_v2()
    if op.get_bind().dialect.name == "postgresql":
        # every change of a subscription empties the consumers' in-memory view of the active ones
        op.execute("""CREATE OR REPLACE FUNCTION webhook_subscription_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_notify('ipp_webhook_subscriptions', ''); RETURN NULL; END $$""")
        op.execute("CREATE TRIGGER webhook_subscription_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                   "ON webhook_subscription FOR EACH STATEMENT EXECUTE FUNCTION webhook_subscription_notify()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS webhook_subscription_notify ON webhook_subscription")
        op.execute("DROP FUNCTION IF EXISTS webhook_subscription_notify()")
    drop_outbox_notify_v2()
