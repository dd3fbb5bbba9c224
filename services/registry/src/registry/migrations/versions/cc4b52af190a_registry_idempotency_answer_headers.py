"""registry: the headers of a remembered Idempotency-Key answer (ADR 23)

Revision ID: cc4b52af190a
Revises: 5e2f0c1d9a47
Create Date: 2026-12-05 23:30:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import add_idempotency_headers_v5, drop_idempotency_headers_v5

revision: str = 'cc4b52af190a'
down_revision: str | None = '5e2f0c1d9a47'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_idempotency_headers_v5()


def downgrade() -> None:
    drop_idempotency_headers_v5()
