"""What an application must carry to be accepted at the door (Art. 51-1.2). Pure checks used by the
API's input models, so the rule and its article live in one place."""
from __future__ import annotations

import re

from ipp_common.law.codes import TNVED_PATTERN

TNVED = re.compile(TNVED_PATTERN)
SHA256 = re.compile(r"^[0-9a-f]{64}$")

CONSENTS = {
    "personal_data": ("51-1.2(1)", "consent to the collection and processing of personal data"),
    "site_access": ("51-1.2(2)", "consent to access to the production site for assessment and monitoring"),
    "video_surveillance": ("51-1.2(3)", "consent to install video surveillance with remote viewing by the "
                                        "authorized body"),
}
EVIDENCE_ARTICLE = "51-1.2(4)"


def tnved_rule(code: str) -> str | None:
    """None if ``code`` is a TN VED EAEU code (10 digits); otherwise the rule it breaks."""
    if not TNVED.match(code or ""):
        return "TN VED EAEU code must be exactly 10 digits"
    if code[:2] == "00" or int(code[:2]) > 97:
        return "TN VED EAEU group (first two digits) must be 01-97"
    return None
