from ipp_common.db import UnitOfWork
from registry.adapters.repository import ApplicationRepository


class RegistryUnitOfWork(UnitOfWork):
    applications: ApplicationRepository

    def _start(self) -> None:
        self.applications = ApplicationRepository(self.session)
