from ipp_common.service.runner import main

from contracts.bootstrap import build_app, build_runtime
from contracts.config import ContractsSettings

if __name__ == "__main__":
    main("contracts", ContractsSettings, lambda s, role: build_runtime(s, role), build_app)
