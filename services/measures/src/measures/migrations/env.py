from ipp_common.persistence.migrations import run_env
from measures.adapters.orm import metadata

run_env(metadata)
