from ipp_common.service.runner import main

from verification.bootstrap import build_app, build_runtime
from verification.config import VerificationSettings

if __name__ == "__main__":
    main("verification", VerificationSettings, lambda s, role: build_runtime(s, role), build_app)
