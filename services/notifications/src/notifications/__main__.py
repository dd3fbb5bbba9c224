from ipp_common.service.runner import main

from notifications.bootstrap import build_app, build_runtime
from notifications.config import NotificationsSettings

if __name__ == "__main__":
    main("notifications", NotificationsSettings, lambda s, role: build_runtime(s, role), build_app)
