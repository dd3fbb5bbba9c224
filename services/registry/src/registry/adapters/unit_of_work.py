from collections.abc import Callable
from typing import Any

from ipp_common.persistence.unit_of_work import UnitOfWork

from registry.adapters.repository import (
    AppealRepository,
    ApplicationRepository,
    CatalogueRepository,
    ExtractRepository,
    FactsRepository,
    MonitoringRepository,
    RegisterRepository,
)


class RegistryUnitOfWork(UnitOfWork):
    applications: ApplicationRepository
    register: RegisterRepository
    catalogue: CatalogueRepository
    facts: FactsRepository
    monitoring: MonitoringRepository
    appeals: AppealRepository
    extracts: ExtractRepository

    def __init__(self, *args: Any, on_producers_committed: Callable[[set[str]], None] | None = None,
                 **kwargs: Any):
        """``on_producers_committed`` is told the BINs whose records a commit of this unit of work changed
        (the process's register cache drops them: a writer reads its own write, ADR 8)."""
        super().__init__(*args, **kwargs)
        self._on_producers_committed = on_producers_committed

    async def commit(self) -> None:
        await super().commit()
        if self.shared or self._on_producers_committed is None or not self.register.saved:
            return  # in a consumer's batch the batch commits later; other processes hear the NOTIFY
        self._on_producers_committed(set(self.register.saved))
        self.register.saved.clear()

    def _start(self) -> None:
        pg = self.postgres
        self.applications = ApplicationRepository(self.session, self.append_row, self.set_at_commit)
        self.register = RegisterRepository(self.session, pg)
        self.catalogue = CatalogueRepository(self.session)
        self.facts = FactsRepository(self.session)
        self.monitoring = MonitoringRepository(self.session, pg)
        self.appeals = AppealRepository(self.session)
        self.extracts = ExtractRepository(self.session)
