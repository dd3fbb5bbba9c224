"""registry: the outbox wakes the relays; register changes reach the API caches (NOTIFY, PostgreSQL)

Revision ID: 0d4239b3885e
Revises: ec170ad63853
Create Date: 2026-11-25 22:40:00
"""
from collections.abc import Sequence

from alembic import op
from ipp_common.persistence.migration_ops import create_outbox_notify_v2, drop_outbox_notify_v2

revision: str = '0d4239b3885e'
down_revision: str | None = 'ec170ad63853'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# A change of up to 100 producers names each BIN; a bulk change (the monitoring sweep) empties the caches.
_NOTIFY_FUNCTION = """CREATE OR REPLACE FUNCTION register_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer; b text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT count(*) INTO n FROM old_rows;
        IF n > 100 THEN PERFORM pg_notify('ipp_register', '');
        ELSE FOR b IN SELECT DISTINCT bin FROM old_rows LOOP PERFORM pg_notify('ipp_register', b); END LOOP;
        END IF;
    ELSE
        SELECT count(*) INTO n FROM new_rows;
        IF n > 100 THEN PERFORM pg_notify('ipp_register', '');
        ELSE FOR b IN SELECT DISTINCT bin FROM new_rows LOOP PERFORM pg_notify('ipp_register', b); END LOOP;
        END IF;
    END IF;
    RETURN NULL;
END $$"""


def upgrade() -> None:
    create_outbox_notify_v2()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_NOTIFY_FUNCTION)
        op.execute("CREATE TRIGGER register_notify_insert AFTER INSERT ON registry_producer "
                   "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_notify()")
        op.execute("CREATE TRIGGER register_notify_update AFTER UPDATE ON registry_producer "
                   "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_notify()")
        op.execute("CREATE TRIGGER register_notify_delete AFTER DELETE ON registry_producer "
                   "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION register_notify()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for t in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS register_notify_{t} ON registry_producer")
        op.execute("DROP FUNCTION IF EXISTS register_notify()")
    drop_outbox_notify_v2()
