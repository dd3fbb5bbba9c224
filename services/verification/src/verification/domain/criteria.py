"""Digital verification criteria (Art. 1.23-1, 51-1.3, 51-4): each a pure function of what one government
source returned and the thresholds in force, giving a result with a reason code and kk/ru texts.

A source that did not answer is not evaluated here: the adapter reports it as unavailable, which is a
different outcome from a failed criterion.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Thresholds:
    max_tax_arrears_kzt: int
    min_employees: int


@dataclass(frozen=True)
class Outcome:
    code: str
    criterion: str
    status: str  # passed | failed | source_unavailable
    source: str
    expected: str | None
    found: str | None
    article: str
    text_kk: str
    text_ru: str


@dataclass(frozen=True)
class Criterion:
    code: str
    name: str
    source: str
    article: str
    fail_kk: str
    fail_ru: str
    evaluate: Callable[[dict[str, Any], Thresholds, list[str]], tuple[bool, str, str]]
    """(passed, expected, found) from the source's data, the thresholds, and the declared TN VED codes."""

    def outcome(self, data: dict[str, Any], th: Thresholds, tnved: list[str]) -> Outcome:
        ok, expected, found = self.evaluate(data, th, tnved)
        if ok:
            return Outcome(self.code, self.name, "passed", self.source, expected, found, self.article,
                           "Критерий орындалды.", "Критерий выполнен.")
        return Outcome(self.code, self.name, "failed", self.source, expected, found, self.article,
                       self.fail_kk.format(expected=expected, found=found),
                       self.fail_ru.format(expected=expected, found=found))

    def unavailable(self, reason: str) -> Outcome:
        return Outcome(self.code, self.name, "source_unavailable", self.source, None, reason, self.article,
                       "Дереккөз уақытша қолжетімсіз, тексеру кейінірек қайталанады.",
                       "Источник временно недоступен, проверка будет повторена.")


def _active(d: dict[str, Any], th: Thresholds, tn: list[str]) -> tuple[bool, str, str]:
    return d["status"] == "active", "active", str(d["status"])


def _manufacturing(d: dict[str, Any], th: Thresholds, tn: list[str]) -> tuple[bool, str, str]:
    # OKED section C (Manufacturing) is divisions 10-33.
    div = int(str(d["oked"]).split(".")[0])
    return 10 <= div <= 33, "OKED section C (10-33)", str(d["oked"])


def _employees(d: dict[str, Any], th: Thresholds, tn: list[str]) -> tuple[bool, str, str]:
    n = int(d["employees_with_contributions"])
    return n >= th.min_employees, f">= {th.min_employees}", str(n)


def _arrears(d: dict[str, Any], th: Thresholds, tn: list[str]) -> tuple[bool, str, str]:
    a = int(d["arrears_kzt"])
    return a <= th.max_tax_arrears_kzt, f"<= {th.max_tax_arrears_kzt} KZT", f"{a} KZT"


def _einvoices(d: dict[str, Any], th: Thresholds, tn: list[str]) -> tuple[bool, str, str]:
    sold = {s["tnved"] for s in d["sales"] if int(s["invoices"]) > 0}
    missing = [t for t in tn if t not in sold]
    purchases = int(d["raw_material_purchases"])
    ok = purchases > 0 and not missing
    found = f"raw-material purchases: {purchases}; goods without sales: {', '.join(missing) or 'none'}"
    return ok, "purchases of raw materials and sales of every declared good", found


def _utilities(d: dict[str, Any], th: Thresholds, tn: list[str]) -> tuple[bool, str, str]:
    kwh = int(d["electricity_kwh"])
    return kwh > 0, "> 0 kWh last quarter", f"{kwh} kWh"


def _video(d: dict[str, Any], th: Thresholds, tn: list[str]) -> tuple[bool, str, str]:
    ok = d["reachable"]
    if not isinstance(ok, bool):
        raise ValueError("reachable must be a boolean")
    return ok, "feed reachable", "reachable" if ok else "unreachable"


CRITERIA: list[Criterion] = [
    Criterion("LEGAL_ENTITY_ACTIVE", "Legal entity registered and active", "gbd-ul", "51-1.3, 51-6",
              "Заңды тұлға белсенді емес (күтілген: {expected}, табылған: {found}).",
              "Юридическое лицо не является действующим (ожидалось: {expected}, найдено: {found}).", _active),
    Criterion("ACTIVITY_MANUFACTURING", "Main activity is manufacturing", "gbd-ul", "1.23-1, 51-1.3",
              "Негізгі қызмет түрі өңдеу өнеркәсібі емес (күтілген: {expected}, табылған: {found}).",
              "Основной вид деятельности не относится к обрабатывающей промышленности "
              "(ожидалось: {expected}, найдено: {found}).", _manufacturing),
    Criterion("EMPLOYEES_PRESENT", "Employees with paid social contributions", "sgd", "51-1.3",
              "Әлеуметтік аударымдар төленген қызметкерлер жоқ (күтілген: {expected}, табылған: {found}).",
              "Нет работников с уплаченными социальными отчислениями (ожидалось: {expected}, "
              "найдено: {found}).", _employees),
    Criterion("NO_TAX_ARREARS", "No tax arrears above the limit", "kgd", "51-1.3",
              "Салық берешегі шектен асады (күтілген: {expected}, табылған: {found}).",
              "Налоговая задолженность превышает предел (ожидалось: {expected}, найдено: {found}).", _arrears),
    Criterion("EINVOICES_PRODUCTION", "E-invoices show raw-material purchases and sales of the declared goods",
              "esf", "1.23-1, 51-1.3",
              "Электрондық шот-фактуралар өндірісті растамайды ({found}).",
              "Электронные счета-фактуры не подтверждают производство ({found}).", _einvoices),
    Criterion("SITE_UTILITIES", "Utility consumption of the production site", "utilities", "51-1.3",
              "Өндірістік алаңның коммуналдық тұтынуы өндіріске сәйкес емес (табылған: {found}).",
              "Потребление коммунальных услуг площадкой не соответствует производству (найдено: {found}).",
              _utilities),
    Criterion("VIDEO_FEED", "Video-surveillance feed reachable", "video", "51-1.2(3), 51-4",
              "Бейнебақылау арнасы қолжетімсіз.", "Канал видеонаблюдения недоступен.", _video),
]


def evaluate(criterion: Criterion, data: dict[str, Any] | None, th: Thresholds, tnved: list[str],
             unavailable_reason: str | None) -> Outcome:
    """One criterion's outcome; data that does not have the expected shape counts as the source being
    unavailable (it answered, but not usably), never as a failure of the applicant."""
    if data is None:
        return criterion.unavailable(unavailable_reason or "no answer")
    try:
        return criterion.outcome(data, th, tnved)
    except (KeyError, TypeError, ValueError) as e:
        return criterion.unavailable(f"unusable answer: {type(e).__name__}: {e}")


class RunOutcome(StrEnum):
    """A verification run's result (Art. 51-1.3): every criterion passed, one failed, or a source was
    unavailable, so that no decision can be taken yet (the run waits and is tried again)."""
    passed = "passed"
    failed = "failed"
    incomplete = "incomplete"


def run_outcome(outcomes: list[Outcome]) -> RunOutcome:
    if any(o.status == "source_unavailable" for o in outcomes):
        return RunOutcome.incomplete
    return RunOutcome.passed if all(o.status == "passed" for o in outcomes) else RunOutcome.failed
