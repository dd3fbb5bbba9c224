"""State stimulation of industry (Art. 25 … 28, 42, 62 … 65): eligibility, scoring, counter-obligations,
refunds, the repeat-agreement ban and the assembly agreements' cure period. Pure rules."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any


class AgreementKind(StrEnum):
    """The agreements under which measures are granted: on raising competitiveness (Art. 28), a grant
    agreement, and on industrial assembly (Art. 65)."""
    competitiveness = "competitiveness"
    grant = "grant"
    assembly = "assembly"


class AgreementStatus(StrEnum):
    """In force; flagged for review when its recipient leaves the register (Art. 51-6); or terminated (an
    assembly agreement whose breach was not cured in time, Art. 65)."""
    active = "active"
    flagged_for_review = "flagged_for_review"
    terminated = "terminated"


# ---------------------------------------------------------------- eligibility (Art. 25.5-6)


@dataclass(frozen=True)
class Ground:
    code: str
    article: str
    text_ru: str
    text_kk: str


GROUNDS = {
    "not_priority_goods": Ground("not_priority_goods", "25.5, 26", "Товары не входят в перечень приоритетных товаров",
                                 "Тауарлар басым тауарлар тізбесіне кірмейді"),
    "counter_obligations_not_accepted": Ground("counter_obligations_not_accepted", "25.5, 27",
                                               "Встречные обязательства не приняты",
                                               "Қарсы міндеттемелер қабылданбаған"),
    "documents_incomplete": Ground("documents_incomplete", "25.5", "Документы не соответствуют требованиям меры",
                                   "Құжаттар шара талаптарына сәйкес емес"),
    "not_in_register": Ground("not_in_register", "25.5", "Нет в реестре казахстанских товаропроизводителей",
                              "Отандық тауар өндірушілер тізілімінде жоқ"),
    "no_assembly_agreement": Ground("no_assembly_agreement", "65", "Нет соглашения о промышленной сборке",
                                    "Өнеркәсіптік құрастыру туралы келісім жоқ"),
}


def eligibility_failures(*, goods: list[str], priority: set[str], counter_obligations_accepted: bool,
                         documents: set[str], required_documents: set[str], in_register: bool,
                         requires_assembly_agreement: bool = False, has_assembly_agreement: bool = False) -> list[dict[str, Any]]:
    """Every condition of Art. 25.5 is evaluated and each failing one is named (Art. 25.6 allows no other
    ground). Art. 65 adds the assembly-agreement condition for the measures that require it."""
    out = []
    not_priority = [g for g in goods if g not in priority]
    if not goods or not_priority:
        out.append({"ground": "not_priority_goods", "detail": f"not on the list: {not_priority or 'no goods'}"})
    if not counter_obligations_accepted:
        out.append({"ground": "counter_obligations_not_accepted", "detail": "counter-obligations must be accepted"})
    missing = sorted(required_documents - documents)
    if missing:
        out.append({"ground": "documents_incomplete", "detail": f"missing: {missing}"})
    if not in_register:
        out.append({"ground": "not_in_register", "detail": "no inclusion in the register of Kazakhstani producers"})
    if requires_assembly_agreement and not has_assembly_agreement:
        out.append({"ground": "no_assembly_agreement", "detail": "an industrial assembly agreement is required"})
    for f in out:
        g = GROUNDS[f["ground"]]
        f.update(article=g.article, text_ru=g.text_ru, text_kk=g.text_kk)
    return out


SCORING_CRITERIA = ("innovativeness", "competitiveness", "scale", "export_orientation", "labour_productivity")


def score(scores: dict[str, int]) -> int:
    """Art. 25.4: the five criteria, each 0-10."""
    return sum(max(0, min(10, int(scores.get(c, 0)))) for c in SCORING_CRITERIA)


# ---------------------------------------------------------------- counter-obligations (Art. 27)

DIRECTIONS = ("labour_productivity", "export_output", "domestic_market")


def obligation_level(target: Decimal, actual: Decimal) -> Decimal:
    """Achieved level of one obligation, 0..1."""
    if target <= 0:
        return Decimal(1)
    return max(Decimal(0), min(Decimal(1), actual / target))


def agreement_level(levels: list[tuple[Decimal, Decimal]]) -> Decimal:
    """Weighted mean of (level, weight) over the obligations."""
    total = sum((w for _, w in levels), Decimal(0))
    if total == 0:
        return Decimal(1)
    return sum((lv * w for lv, w in levels), Decimal(0)) / total


RateOn = Callable[[date], Decimal]


def base_rate_interest(principal: Decimal, start: date, end: date, rate_on: RateOn) -> tuple[Decimal, list[dict[str, Any]]]:
    """Interest on ``principal`` from ``start`` (inclusive) to ``end`` (exclusive) at the National Bank base rate
    in force each day (percent per year, 365-day year). Returns the interest and the sub-periods used."""
    parts: list[dict[str, Any]] = []
    d, total = start, Decimal(0)
    while d < end:
        rate = rate_on(d)
        e = d
        while e < end and rate_on(e) == rate:
            e += timedelta(days=1)
        days = (e - d).days
        amount = principal * rate / 100 * days / 365
        parts.append({"from": d.isoformat(), "to": e.isoformat(), "days": days, "rate_pct": str(rate),
                      "interest": str(amount.quantize(Decimal("0.01"), ROUND_HALF_UP))})
        total += amount
        d = e
    return total.quantize(Decimal("0.01"), ROUND_HALF_UP), parts


def refund(received: Decimal, level: Decimal, disbursed_on: date, demanded_on: date, rate_on: RateOn) -> dict[str, Any]:
    """Art. 27.4: money received is returned in proportion to what was not achieved, with interest at the
    National Bank base rate from disbursement to the demand:

        principal = received × (1 − level)
        interest  = Σ principal × base_rate(period) / 100 × days(period) / 365
        refund    = principal + interest
    """
    level = max(Decimal(0), min(Decimal(1), level))
    principal = (received * (1 - level)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    interest, parts = base_rate_interest(principal, disbursed_on, demanded_on, rate_on) if principal else (Decimal("0.00"), [])
    return {"received": str(received), "level": str(level), "principal": str(principal), "interest": str(interest),
            "refund": str(principal + interest), "periods": parts}


# ---------------------------------------------------------------- agreements

def repeat_ban(previous: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Art. 28.4: no new competitiveness agreement with a recipient that failed counter-obligations under
    an earlier one, unless the failure was beyond its control. The failure shows either as a breach notice
    or in the agreement's own fulfilment record: a report whose achieved level is below 1 (a breach notice
    recognising the circumstances as beyond the recipient's control excuses both)."""
    for a in previous:
        breaches = a.get("breaches", [])
        for b in breaches:
            if not b.get("beyond_control"):
                return {"agreement_id": a["id"], "breach": b}
        if any(b.get("beyond_control") for b in breaches):
            continue
        unmet = [r for r in a.get("reports", []) if Decimal(str(r["level"])) < 1]
        if unmet:
            r = unmet[-1]
            return {"agreement_id": a["id"], "unfulfilled": {"period": r["period"], "level": str(r["level"])}}
    return None


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(d)


def cure_due(notice_sent_on: date) -> date:
    """Art. 62.4: breaches not cured within three months of the notice → unilateral termination."""
    return add_months(notice_sent_on, 3)
