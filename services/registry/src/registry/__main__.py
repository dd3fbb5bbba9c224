from ipp_common.service.runner import main

from registry.bootstrap import build_app, build_runtime
from registry.config import RegistrySettings

if __name__ == "__main__":
    main("registry", RegistrySettings, lambda s, role: build_runtime(s, role), build_app)
