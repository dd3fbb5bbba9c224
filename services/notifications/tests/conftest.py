"""The notifications service in this process on a SQLite file of its own (ipp_common.testing.in_process)."""
from ipp_common.testing.in_process import service_fixture
from notifications.bootstrap import build_runtime
from notifications.config import NotificationsSettings

notifications = service_fixture(build_runtime, NotificationsSettings)
