"""contracts: the headers of a remembered Idempotency-Key answer (ADR 23)

Revision ID: 29a98f690aa4
Revises: a3d5c7e9f1b2
Create Date: 2026-12-05 23:30:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import add_idempotency_headers_v5, drop_idempotency_headers_v5

revision: str = '29a98f690aa4'
down_revision: str | None = 'a3d5c7e9f1b2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_idempotency_headers_v5()


def downgrade() -> None:
    drop_idempotency_headers_v5()
