"""registry: one open application per BIN, by a partial unique index (Art. 51-1.6)

Revision ID: 3c9e51a0b7d2
Revises: 7fd575707b4b
Create Date: 2026-11-26 04:20:00

A database holding two open applications of one BIN (possible before: the rule was a look-up before the
insert) fails this upgrade; decide or withdraw the newer one first.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '3c9e51a0b7d2'
down_revision: str | None = '7fd575707b4b'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As registry.adapters.orm.OPEN_APPLICATION_WHERE at this revision (a migration does not follow later code).
_OPEN = sa.text("status IN ('awaiting_assessment', 'on_site_inspection', 'verification')")


def upgrade() -> None:
    op.create_index("ux_registry_application_open_bin", "registry_application", ["bin"], unique=True,
                    postgresql_where=_OPEN, sqlite_where=_OPEN)


def downgrade() -> None:
    op.drop_index("ux_registry_application_open_bin", table_name="registry_application")
