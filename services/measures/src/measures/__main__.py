from ipp_common.service.runner import main

from measures.bootstrap import build_app, build_runtime
from measures.config import MeasuresSettings

if __name__ == "__main__":
    main("measures", MeasuresSettings, lambda s, role: build_runtime(s, role), build_app)
