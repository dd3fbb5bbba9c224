"""Contracts for industrial development (Art. 46 … 49, 47-1, 61-1): pure rules."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ipp_common.law.calendar import add_calendar_days, add_working_days


class CustomerCategory(StrEnum):
    """Large customers (Art. 1.25)."""
    subsoil_solid_minerals = "subsoil_solid_minerals"
    quasi_state = "quasi_state"
    natural_monopoly = "natural_monopoly"
    system_forming = "system_forming"


def system_forming(output_kzt: Decimal, region_output_kzt: Decimal, threshold_pct: Decimal) -> bool:
    """Art. 47-1.1: a manufacturer whose output is more than 3% of its region's output."""
    if region_output_kzt <= 0:
        return False
    return output_kzt * 100 / region_output_kzt > threshold_pct


# ---------------------------------------------------------------- the planning cycle (Art. 47)

class PlanStatus(StrEnum):
    submitted = "submitted"
    remarks_sent = "remarks_sent"
    resubmitted = "resubmitted"
    approved = "approved"
    published = "published"


PLAN_TRANSITIONS = {
    (PlanStatus.submitted, "remarks"): PlanStatus.remarks_sent,
    (PlanStatus.submitted, "approve"): PlanStatus.approved,
    (PlanStatus.remarks_sent, "resubmit"): PlanStatus.resubmitted,
    (PlanStatus.resubmitted, "remarks"): PlanStatus.remarks_sent,
    (PlanStatus.resubmitted, "approve"): PlanStatus.approved,
    (PlanStatus.approved, "publish"): PlanStatus.published,
}


class PlanTransitionNotAllowed(Exception):
    pass


def next_plan_status(s: PlanStatus, action: str) -> PlanStatus:
    try:
        return PLAN_TRANSITIONS[(s, action)]
    except KeyError as e:
        raise PlanTransitionNotAllowed(f"{action} is not allowed for a plan in status {s}") from e


# Art. 47.3: what a plan must not list.
EXCLUDED_GOODS_RULES = {
    "47.3-domestic-market": "goods bought on the domestic market",
    "47.3-foreign-warranty": "goods of foreign origin covered by warranty obligations",
}


def submission_due(purchase_year: int) -> date:
    """Art. 47.1-2: plans reach the authorized body by 10 December of the year before purchasing."""
    return date(purchase_year - 1, 12, 10)


def publication_due(purchase_year: int) -> date:
    """Art. 47.5: the agreed list is published by 1 February."""
    return date(purchase_year, 2, 1)


@dataclass(frozen=True)
class Terms:
    review_calendar_days: int
    correction_working_days: int
    approval_working_days: int
    application_calendar_days: int
    conclusion_calendar_days: int


def review_due(submitted_on: date, t: Terms) -> date:
    return add_calendar_days(submitted_on, t.review_calendar_days)


def correction_due(remarks_served_on: date, t: Terms) -> date:
    return add_working_days(remarks_served_on, t.correction_working_days)


def approval_due(resubmitted_on: date, t: Terms) -> date:
    return add_working_days(resubmitted_on, t.approval_working_days)


def application_window_end(published_on: date, t: Terms) -> date:
    return add_calendar_days(published_on, t.application_calendar_days)


def conclusion_due(window_end: date, t: Terms) -> date:
    return add_calendar_days(window_end, t.conclusion_calendar_days)


def plan_remarks(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Remarks the Ministry sends for items Art. 47.3 excludes; each names its rule."""
    out = []
    for i, it in enumerate(items):
        if it.get("bought_on_domestic_market"):
            out.append({"item": i, "tnved": it["tnved"], "rule": "47.3-domestic-market",
                        "text": EXCLUDED_GOODS_RULES["47.3-domestic-market"]})
        if it.get("foreign_under_warranty"):
            out.append({"item": i, "tnved": it["tnved"], "rule": "47.3-foreign-warranty",
                        "text": EXCLUDED_GOODS_RULES["47.3-foreign-warranty"]})
    return out


# ---------------------------------------------------------------- contracts

def year_ended(year: int, today: date) -> bool:
    """Art. 48.2, 48.4: a contract year is judged (acceptance, penalty) only once it is over."""
    return today > date(year, 12, 31)


class ContractKind(StrEnum):
    """The contracts for industrial development a large customer proposes: offtake (Art. 48), guaranteed
    purchase (Art. 48-1) and offset (Art. 49)."""
    offtake = "offtake"                           # Art. 48
    guaranteed_purchase = "guaranteed_purchase"   # Art. 48-1
    offset = "offset"                             # Art. 49


def add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def term_years(start: date, end: date) -> list[int]:
    return list(range(start.year, end.year + 1))


def content_problems(kind: ContractKind, *, goods: list[dict[str, Any]], volumes: dict[int, Decimal], start: date, end: date,
                     min_icv_pct: Decimal | None, icv_programme_obligation: bool,
                     liability: str | None) -> list[tuple[str, str, str]]:
    """Required content; each problem is (field, rule, article)."""
    p: list[tuple[str, str, str]] = []
    article = "48.5" if kind == ContractKind.offtake else "48-1.4"
    if end <= start:
        p.append(("term_end", "the term must end after it starts", "48.3"))
    if not goods or any(not g.get("specs") for g in goods):
        p.append(("goods", "every good needs its detailed technical specifications", article))
    missing = [y for y in term_years(start, end) if y not in volumes or volumes[y] <= 0]
    if kind in (ContractKind.offtake, ContractKind.guaranteed_purchase) and missing:
        p.append(("volumes", f"volumes for every year of the term are required; missing {missing}", article))
    if kind == ContractKind.offtake:
        if min_icv_pct is None:
            p.append(("min_icv_pct", "an offtake contract states the minimum in-country value", "48.5"))
        if not icv_programme_obligation:
            p.append(("icv_programme_obligation", "the supplier must undertake an ICV-raising programme", "48.5"))
    if kind == ContractKind.guaranteed_purchase:
        # The term includes its last day: 1 Jan – 31 Dec is one year.
        if end < add_years(start, 1) - timedelta(days=1) or end > add_years(start, 10) - timedelta(days=1):
            p.append(("term_end", "a guaranteed-purchase contract runs from 1 to 10 years", "48-1.3"))
        if not liability:
            p.append(("liability", "the parties' liability for non-performance must be stated", "48-1.4"))
    return p


def offset_threshold_met(annual_purchases_kzt: Decimal | None, threshold_mrp: int, mrp: int) -> bool:
    """Art. 49.1: offset obligations apply only to a customer whose purchases exceed 500,000 MRP a year
    (the MRP of that year); a customer that declared none for the year does not qualify."""
    return annual_purchases_kzt is not None and annual_purchases_kzt > Decimal(threshold_mrp) * mrp


def offset_problems(contract_sum: Decimal, obligations: list[dict[str, Any]],
                    min_share_pct: Decimal) -> list[tuple[str, str, str]]:
    """Art. 49.2: the extra obligations are worth at least 5% of the contract sum."""
    p = []
    total = sum((Decimal(str(o["amount_kzt"])) for o in obligations), Decimal(0))
    if total * 100 < contract_sum * min_share_pct:
        p.append(("offset_obligations", f"offset obligations {total} KZT are below {min_share_pct}% of the contract "
                                        f"sum {contract_sum} KZT", "49.2"))
    return p


OFFSET_KINDS = ("direct_investment", "rnd_investment", "new_production", "training_centres",
                "service_infrastructure", "technology_transfer", "other")


@dataclass(frozen=True)
class CustomerObligations:
    """What a signed contract obliges the customer to buy: which goods (TN VED codes), how much in each
    calendar year of the term, at what unit price, from when until when (Art. 48.2, 48.5).

    The acceptance shares (all of the first year, at least half of each later year) are the law's, not the
    contract's (Art. 48.2 part 2), and the pledge of the contract is the supplier's (Art. 48.1 part 2): no
    amendment carries either, and the amendment form refuses them as unknown fields."""
    goods: frozenset[str]
    volumes: dict[int, Decimal]
    unit_price: Decimal
    term_start: date
    term_end: date

    def amended(self, *, goods: frozenset[str] | None = None, volumes: dict[int, Decimal] | None = None,
                unit_price: Decimal | None = None, term_start: date | None = None,
                term_end: date | None = None) -> CustomerObligations:
        """The obligations after an amendment: the volumes it names replace those years', and a year that
        falls outside the new term keeps no volume (a term cut takes the year's volume with it)."""
        start, end = term_start or self.term_start, term_end or self.term_end
        merged = {**self.volumes, **(volumes or {})}
        return CustomerObligations(goods=self.goods if goods is None else goods,
                                   volumes={y: v for y, v in sorted(merged.items()) if start.year <= y <= end.year},
                                   unit_price=self.unit_price if unit_price is None else unit_price,
                                   term_start=start, term_end=end)


REDUCTION_ARTICLE = "48.2"


def reductions(before: CustomerObligations, after: CustomerObligations) -> list[tuple[str, str, str]]:
    """Art. 48.2: every way in which ``after`` lessens what the customer must buy or pay, by field — a later
    start or an earlier end of the term, a lower volume in any year (a year that drops out of the term counts
    as its whole volume), a lower unit price, a good removed. Each is (field, rule, article)."""
    p: list[tuple[str, str, str]] = []
    if after.term_start > before.term_start:
        p.append(("term_start", f"the term would start later, on {after.term_start.isoformat()} instead of "
                                f"{before.term_start.isoformat()}", REDUCTION_ARTICLE))
    if after.term_end < before.term_end:
        dropped = [y for y in before.volumes if y > after.term_end.year]
        p.append(("term_end", f"the term would end earlier, on {after.term_end.isoformat()} instead of "
                              f"{before.term_end.isoformat()}" + (f", dropping the volumes of {dropped}" if dropped else ""),
                  REDUCTION_ARTICLE))
    for y, v in sorted(before.volumes.items()):
        now = after.volumes.get(y, Decimal(0))
        if now < v:
            p.append((f"volumes.{y}", f"the volume of {y} would fall from {v} to {now}", REDUCTION_ARTICLE))
    if after.unit_price < before.unit_price:
        p.append(("unit_price_kzt", f"the unit price would fall from {before.unit_price} to {after.unit_price}",
                  REDUCTION_ARTICLE))
    removed = sorted(before.goods - after.goods)
    if removed:
        p.append(("goods", f"goods {removed} would be removed from the contract", REDUCTION_ARTICLE))
    return p


def amendment_problems(kind: ContractKind, *, unilateral: bool, reductions: list[tuple[str, str, str]],
                       adds_technical_requirements: bool) -> list[tuple[str, str, str]]:
    """What refuses an amendment: technical requirements added after signing (Art. 47.8); a unilateral
    reduction of an offtake contract, named field by field (Art. 48.2); any unilateral change of a
    guaranteed-purchase contract (Art. 48-1.2)."""
    p = []
    if adds_technical_requirements:
        p.append(("goods", "technical requirements may not be added after signing", "47.8"))
    if unilateral and kind == ContractKind.offtake:
        p += [(f, f"no unilateral reduction of an offtake contract: {rule}", a) for f, rule, a in reductions]
    if unilateral and kind == ContractKind.guaranteed_purchase:
        p.append(("mode", "a guaranteed-purchase contract is amended only by agreement of both parties", "48-1.2"))
    return p


def delivery_in_future(delivered_on: date, today: date) -> bool:
    """A delivery is a fact, counted towards the year's acceptance duty (Art. 48.2): it cannot be recorded
    before it happened."""
    return delivered_on > today


def required_acceptance(year_index: int, contracted: Decimal) -> Decimal:
    """Art. 48.2: the customer accepts and pays 100% of the year's volume in year 1, at least 50% later."""
    return contracted if year_index == 1 else contracted / 2


def acceptance_shortfall(year_index: int, contracted: Decimal, accepted: Decimal,
                         refused_for_supplier_fault: Decimal) -> Decimal:
    """The part of the mandatory acceptance the customer did not take, not counting what it refused
    because of the supplier (Art. 48.2, 48.4)."""
    required = required_acceptance(year_index, contracted)
    return max(Decimal(0), required - accepted - refused_for_supplier_fault)


def penalty(shortfall_qty: Decimal, unit_price: Decimal, rate_pct: Decimal) -> Decimal:
    """Art. 48.4: refusal to buy not caused by the supplier → penalty at the rate set by the rules."""
    return (shortfall_qty * unit_price * rate_pct / 100).quantize(Decimal("0.01"))


# ---------------------------------------------------------------- ICV development programmes (Art. 61-1)

ICV_DIRECTIONS = ("icv_share", "industrial_contracts", "sme_development", "other")


def programme_problems(start_year: int, end_year: int, directions: dict[str, Any]) -> list[tuple[str, str, str]]:
    p = []
    if end_year - start_year + 1 < 3:
        p.append(("end_year", "an ICV development programme runs at least three years", "61-1.2"))
    unknown = set(directions) - set(ICV_DIRECTIONS)
    if unknown:
        p.append(("directions", f"unknown directions {sorted(unknown)}", "61-1.3"))
    return p


class ProgrammeGround(StrEnum):
    """The three grounds on which the authorized body refuses to agree an ICV programme (Art. 61-1.2)."""
    understated_icv_targets = "understated_icv_targets"            # 61-1.2(1)
    contracts_below_applications = "contracts_below_applications"  # 61-1.2(2)
    no_sme_measures = "no_sme_measures"                            # 61-1.2(3)


PROGRAMME_GROUND_ARTICLES = {ProgrammeGround.understated_icv_targets: "61-1.2(1)",
                             ProgrammeGround.contracts_below_applications: "61-1.2(2)",
                             ProgrammeGround.no_sme_measures: "61-1.2(3)"}


def programme_refusal_grounds(baseline_icv_pct: Decimal, targets: dict[int, Decimal], planned_contracts: int,
                              manufacturer_applications: int, sme_measures: list[str]) -> list[dict[str, str]]:
    """Art. 61-1.2: the grounds on which the authorized body refuses to agree a programme, each as its code,
    subparagraph and the figures that show it (the words are the notice's, in Kazakh and Russian)."""
    found: list[tuple[ProgrammeGround, str]] = []
    if not targets or any(t <= baseline_icv_pct for t in targets.values()):
        found.append((ProgrammeGround.understated_icv_targets,
                      f"{baseline_icv_pct} → {', '.join(str(t) for t in targets.values()) or '—'}"))
    if planned_contracts < manufacturer_applications:
        found.append((ProgrammeGround.contracts_below_applications, f"{planned_contracts} < {manufacturer_applications}"))
    if not sme_measures:
        found.append((ProgrammeGround.no_sme_measures, ""))
    return [{"ground": g.value, "article": PROGRAMME_GROUND_ARTICLES[g], "detail": d} for g, d in found]
