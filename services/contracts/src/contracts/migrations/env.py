from contracts.adapters.orm import metadata
from ipp_common.persistence.migrations import run_env

run_env(metadata)
