"""The register itself (Art. 51-1.6, 51-4 … 51-6): append-only entries with a hash chain, exclusion
grounds and the terms to contest them, and the quarterly monitoring schedule. Pure rules."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from ipp_common.law.calendar import add_calendar_days, add_working_days


class EntryKind(StrEnum):
    inclusion = "inclusion"
    exclusion = "exclusion"
    reinclusion = "reinclusion"
    correction = "correction"


class ProducerStatus(StrEnum):
    included = "included"
    excluded = "excluded"


class Basis(StrEnum):
    """Why a producer is in the register."""
    application = "application"              # Art. 51-1
    wholly_produced = "wholly_produced"      # Art. 51-1.9, 51-3
    software_notice = "software_notice"      # Art. 51-2.4
    appeal = "appeal"                        # Art. 51-5.8


class Ground(StrEnum):
    """Grounds of exclusion (Art. 51-6)."""
    monitoring = "monitoring"
    software_notice = "software_notice"
    own_request = "own_request"
    liquidation = "liquidation"
    reorganization = "reorganization"


@dataclass(frozen=True)
class ContestTerm:
    kind: str             # appeal (to the commission) | contest (to the informatization authority)
    working_days: bool
    article: str
    refdata_key: str


# Only these exclusions can be contested, each with its own term.
CONTEST_TERMS: dict[Ground, ContestTerm] = {
    Ground.monitoring: ContestTerm("appeal", True, "51-5.3", "appeal_term_working_days"),
    Ground.software_notice: ContestTerm("contest", False, "51-2.5", "software_contest_term_calendar_days"),
}


def contest_due(ground: Ground, excluded_on: date, days: int) -> date | None:
    """The last day to contest an exclusion on this ground, or None if it cannot be contested here.
    ``days`` is the term in force (reference data), counted in working or calendar days per the law."""
    term = CONTEST_TERMS.get(ground)
    if term is None:
        return None
    return add_working_days(excluded_on, days) if term.working_days else add_calendar_days(excluded_on, days)


def automatic_exclusion_ground(status: str, reorganization_form: str | None) -> Ground | None:
    """Art. 51-6: exclusion is automatic on liquidation, or on reorganization other than transformation."""
    if status == "liquidated":
        return Ground.liquidation
    if status == "reorganized" and reorganization_form != "transformation":
        return Ground.reorganization
    return None


GENESIS = "0" * 64


def entry_hash(prev_hash: str, content: dict[str, Any]) -> str:
    """Hash chain over the register: each entry commits to the previous one, so no entry can be changed
    or removed without breaking every hash after it."""
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def quarter_start(d: date) -> date:
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


def next_quarter_start(d: date) -> date:
    q = quarter_start(d)
    return date(q.year + (q.month == 10), (q.month + 2) % 12 + 1, 1)


def monitoring_offset(bin_: str, quarter_days: int) -> int:
    """A stable day within the quarter for this producer, so checks spread evenly over the quarter."""
    return int(hashlib.sha256(bin_.encode()).hexdigest()[:8], 16) % quarter_days


def next_monitoring_date(bin_: str, after: date) -> date:
    """The producer's check day in the first quarter whose check day is after ``after``; consecutive
    checks are therefore never more than one quarter apart (Art. 51-4.1: at least once a quarter)."""
    q = quarter_start(after)
    for _ in range(2):
        days = (next_quarter_start(q) - q).days
        d = q + timedelta(days=monitoring_offset(bin_, days))
        if d > after:
            return d
        q = next_quarter_start(q)
    return q + timedelta(days=monitoring_offset(bin_, (next_quarter_start(q) - q).days))
