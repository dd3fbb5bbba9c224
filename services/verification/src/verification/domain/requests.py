"""What a verification is asked to check (Art. 51-1.3 for an application, Art. 51-4 for monitoring): one shape
for both, read from the registry's request and kept as it is while the check waits for a source."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class VerificationRequest:
    event_id: str
    """The request event's id: the run records it, and a waiting check is keyed by it."""
    subject_id: uuid.UUID
    """The application, or the monitoring check, the verdict answers."""
    bin: str
    purpose: str
    """``inclusion`` (an application) or ``monitoring``."""
    tnved: tuple[str, ...] = field(default=())
    site_ids: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """As a waiting check stores it."""
        return {"event_id": self.event_id, "subject_id": str(self.subject_id), "bin": self.bin,
                "purpose": self.purpose, "tnved": list(self.tnved), "site_ids": list(self.site_ids)}

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> VerificationRequest:
        return cls(event_id=doc["event_id"], subject_id=uuid.UUID(str(doc["subject_id"])), bin=doc["bin"],
                   purpose=doc["purpose"], tnved=tuple(doc.get("tnved", ())), site_ids=tuple(doc.get("site_ids", ())))
