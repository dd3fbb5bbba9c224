from ipp_common.migrations import run_env
from contracts.adapters.orm import metadata

run_env(metadata)
