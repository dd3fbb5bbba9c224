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

    def _start(self) -> None:
        pg = self.session.bind.dialect.name == "postgresql" if self.session.bind is not None else False
        self.applications = ApplicationRepository(self.session, self.append_row, self.set_at_commit)
        self.register = RegisterRepository(self.session, pg)
        self.catalogue = CatalogueRepository(self.session)
        self.facts = FactsRepository(self.session)
        self.monitoring = MonitoringRepository(self.session, pg)
        self.appeals = AppealRepository(self.session)
        self.extracts = ExtractRepository(self.session)
