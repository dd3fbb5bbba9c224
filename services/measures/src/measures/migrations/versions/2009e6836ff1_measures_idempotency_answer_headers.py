"""measures: the headers of a remembered Idempotency-Key answer (ADR 23)

Revision ID: 2009e6836ff1
Revises: b4017cf18d9e
Create Date: 2026-12-05 23:30:00
"""
from collections.abc import Sequence

from ipp_common.persistence.migration_ops import add_idempotency_headers_v5, drop_idempotency_headers_v5

revision: str = '2009e6836ff1'
down_revision: str | None = 'b4017cf18d9e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    add_idempotency_headers_v5()


def downgrade() -> None:
    drop_idempotency_headers_v5()
