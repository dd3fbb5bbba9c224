"""The verification service's unit of work: its repositories on one session, one commit."""
from __future__ import annotations

from ipp_common.persistence.unit_of_work import UnitOfWork

from verification.adapters.repository import PendingRepository, RunRepository


class VerificationUnitOfWork(UnitOfWork):
    runs: RunRepository
    pending: PendingRepository

    def _start(self) -> None:
        self.runs = RunRepository(self.session, self.append_row)
        self.pending = PendingRepository(self.session, self.postgres)
