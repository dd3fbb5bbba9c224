"""Who acts: the parties of the law as the platform knows them (an applicant or large customer acting for
one BIN, an officer of the authorised body, another agency with its scopes, the system itself)."""
from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel


class Role(StrEnum):
    applicant = "applicant"
    officer = "officer"
    appeals = "appeals"
    customer = "customer"
    agency = "agency"


class Principal(BaseModel):
    sub: str
    role: Role
    bin: str | None = None
    scopes: frozenset[str] = frozenset()
    name: str | None = None
    token_id: str | None = None

    @property
    def confined_bin(self) -> str | None:
        """The one BIN a business (applicant, large customer) acts and reads for; None for the others."""
        return self.bin if self.role in (Role.applicant, Role.customer) else None

    def can_see_bin(self, bin_: str) -> bool:
        if self.role in (Role.applicant, Role.customer):
            return self.bin == bin_
        return True
