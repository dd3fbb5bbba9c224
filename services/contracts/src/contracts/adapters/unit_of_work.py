from ipp_common.db import UnitOfWork


class ContractsUnitOfWork(UnitOfWork):
    pass
