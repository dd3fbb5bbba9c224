"""notifications: the headers of a remembered Idempotency-Key answer (ADR 23)

Revision ID: e520a1d4cd1e
Revises: fa877b50ed6c
Create Date: 2026-12-05 23:30:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import add_idempotency_headers_v5, drop_idempotency_headers_v5

revision: str = 'e520a1d4cd1e'
down_revision: str | None = 'fa877b50ed6c'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_idempotency_headers_v5()


def downgrade() -> None:
    drop_idempotency_headers_v5()
