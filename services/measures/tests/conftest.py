"""The measures service in this process on a SQLite file of its own (ipp_common.testing.in_process)."""
from ipp_common.testing.in_process import service_fixture
from measures.bootstrap import build_runtime
from measures.config import MeasuresSettings

measures = service_fixture(build_runtime, MeasuresSettings)
