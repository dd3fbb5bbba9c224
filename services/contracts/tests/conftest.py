"""The contracts service in this process on a SQLite file of its own (ipp_common.testing.in_process)."""
from contracts.bootstrap import build_runtime
from contracts.config import ContractsSettings
from ipp_common.testing.in_process import service_fixture

contracts = service_fixture(build_runtime, ContractsSettings)
