"""The registry service in this process on a SQLite file of its own (ipp_common.testing.in_process)."""
from ipp_common.testing.in_process import service_fixture
from registry.bootstrap import build_runtime
from registry.config import RegistrySettings

registry = service_fixture(build_runtime, RegistrySettings)
