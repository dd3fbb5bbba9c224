"""contracts: register membership projection, platform tables

Revision ID: f453d6fd6912
Revises: 
Create Date: 2026-11-25 19:44:33.417756
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op
from ipp_common.persistence.migration_ops import (
    create_platform_tables_v1,
    create_register_membership_v1,
    drop_platform_tables_v1,
    drop_register_membership_v1,
)
from sqlalchemy import Text  # noqa: F401

revision: str = 'f453d6fd6912'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_platform_tables_v1()
    create_register_membership_v1()


def downgrade() -> None:
    drop_register_membership_v1()
    drop_platform_tables_v1()
