from ipp_common.db import UnitOfWork


class MeasuresUnitOfWork(UnitOfWork):
    pass
