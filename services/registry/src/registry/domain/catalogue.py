"""Production conditions and operations per good (Art. 51-7), and production assessment against them
(Art. 51-1.4-5). Pure rules."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from registry.domain.model import CriterionResult

CONDITION_KINDS = {
    "raw_materials": "production from specified raw materials and/or components",
    "product_testing": "product testing",
    "technical_documents": "normative-technical or permit documents",
}


@dataclass(frozen=True)
class ProductionConditions:
    """One version of the conditions for a good (TN VED): conditions (Art. 51-7.2), the operations
    established in Kazakhstan and the minimum threshold of them (Art. 51-7.3)."""
    tnved: str
    version: int
    effective_from: date
    conditions: frozenset[str]
    operations: frozenset[str]
    min_operations: int


def validate_conditions(pc: ProductionConditions) -> list[str]:
    problems = []
    if not pc.conditions:
        problems.append("conditions must contain one or more criteria (Art. 51-7.2)")
    unknown = pc.conditions - CONDITION_KINDS.keys()
    if unknown:
        problems.append(f"unknown condition kinds: {', '.join(sorted(unknown))}")
    if not pc.operations:
        problems.append("the list of production and technological operations is empty (Art. 51-7.3)")
    if not 1 <= pc.min_operations <= len(pc.operations):
        problems.append("the minimum threshold must be between 1 and the number of listed operations")
    return problems


def loosening(old: ProductionConditions, new: ProductionConditions) -> list[str]:
    """What makes ``new`` more favourable than ``old`` (Art. 51-7.4 forbids it): a condition dropped, the
    threshold lowered, or an operation added that could count towards the threshold."""
    found = []
    dropped = old.conditions - new.conditions
    if dropped:
        found.append(f"conditions dropped: {', '.join(sorted(dropped))}")
    if new.min_operations < old.min_operations:
        found.append(f"minimum threshold lowered from {old.min_operations} to {new.min_operations}")
    added = new.operations - old.operations
    if added:
        found.append(f"operations added that would count towards the threshold: {', '.join(sorted(added))}")
    if new.effective_from < old.effective_from:
        found.append("effective date earlier than the version it amends")
    return found


@dataclass(frozen=True)
class GoodFindings:
    """What the assessment (or the on-site inspection act) established for one good."""
    tnved: str
    confirmed_operations: frozenset[str]
    conditions_met: frozenset[str]


def assess_good(declared_operations: list[str], findings: GoodFindings,
                pc: ProductionConditions | None) -> list[CriterionResult]:
    """Art. 51-1.4: the declared operations must be confirmed and meet the minimum threshold of the
    good's operations; every production condition must be met. Returns the failures (empty = passed)."""
    if pc is None:
        return [CriterionResult("NO_PRODUCTION_CONDITIONS", "Production conditions established for the good",
                                "failed", "approved conditions for this TN VED", "none", "51-7.3",
                                f"{findings.tnved} тауары үшін өндіріс шарттары бекітілмеген.",
                                f"Для товара {findings.tnved} не утверждены условия производства.")]
    out = []
    counted = (frozenset(declared_operations) & findings.confirmed_operations) & pc.operations
    if len(counted) < pc.min_operations:
        out.append(CriterionResult(
            "OPERATIONS_BELOW_THRESHOLD", "Minimum threshold of production and technological operations",
            "failed", f">= {pc.min_operations} of: {', '.join(sorted(pc.operations))}",
            f"{len(counted)}: {', '.join(sorted(counted)) or '—'}", "51-1.4, 51-7.3",
            f"{findings.tnved}: расталған операциялар ({len(counted)}) ең төменгі шектен ({pc.min_operations}) аз.",
            f"{findings.tnved}: подтверждённых операций ({len(counted)}) меньше минимального порога "
            f"({pc.min_operations})."))
    missing = pc.conditions - findings.conditions_met
    if missing:
        out.append(CriterionResult(
            "PRODUCTION_CONDITIONS_NOT_MET", "Production conditions", "failed",
            ", ".join(sorted(pc.conditions)), f"not met: {', '.join(sorted(missing))}", "51-1.4, 51-7.2",
            f"{findings.tnved}: өндіріс шарттары орындалмаған ({', '.join(sorted(missing))}).",
            f"{findings.tnved}: не выполнены условия производства ({', '.join(sorted(missing))})."))
    return out
