"""The notifications service's unit of work: its repositories on one session, one commit."""
from __future__ import annotations

from ipp_common.persistence.unit_of_work import UnitOfWork

from notifications.adapters.repository import NoticeRepository, WebhookRepository


class NotificationsUnitOfWork(UnitOfWork):
    notices: NoticeRepository
    webhooks: WebhookRepository

    def _start(self) -> None:
        self.notices = NoticeRepository(self.session, self.append_row)
        self.webhooks = WebhookRepository(self.session, self.postgres)
