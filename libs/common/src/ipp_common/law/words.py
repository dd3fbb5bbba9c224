"""The law's closed sets as a person reads them, in Kazakh and Russian: one table for each vocabulary that
more than one service shows (a notice, an API answer, a page). Codes stay the machine's; these are the
words. A test renders every value of every table and refuses Latin-script words outside brackets."""
from __future__ import annotations

from datetime import date

KkRu = tuple[str, str]

EXCLUSION_GROUNDS: dict[str, KkRu] = {
    "monitoring": ("мониторинг нәтижелері бойынша сәйкессіздіктер белгіленген мерзімде жойылмады",
                   "несоответствия, выявленные мониторингом, не устранены в установленный срок"),
    "software_notice": ("ақпараттандыру саласындағы уәкілетті органның хабарламасы",
                        "уведомление уполномоченного органа в сфере информатизации"),
    "own_request": ("өндірушінің өз өтініші", "заявление производителя"),
    "liquidation": ("заңды тұлғаның таратылуы", "ликвидация юридического лица"),
    "reorganization": ("заңды тұлғаның қайта ұйымдастырылуы (қайта құрудан басқа)",
                       "реорганизация юридического лица (кроме преобразования)"),
}
"""Grounds of exclusion from the register (Art. 51-6)."""

CONTRACT_TERMINATIONS: dict[str, KkRu] = {
    "pilot_negative": ("тәжірибелік партияны сынау нәтижесі теріс: шарт жеткізушінің кінәсінен орындалмады "
                       "(47-бап, 8-тармақ)",
                       "отрицательный результат испытания опытной партии: договор не исполнен по вине "
                       "поставщика (пункт 8 статьи 47)"),
}
"""Why a contract for industrial development ended (Art. 47.8)."""

PROGRAMME_REFUSAL_GROUNDS: dict[str, tuple[str, KkRu]] = {
    "understated_icv_targets": ("61-1.2(1)", (
        "сатып алудағы елішілік құндылық үлесінің нысаналы көрсеткіштері төмендетілген",
        "занижены целевые показатели доли внутристрановой ценности в закупках")),
    "contracts_below_applications": ("61-1.2(2)", (
        "өнеркәсіпті дамытуға бағытталған шарттардың көрсеткіштері өндірушілер өтінімдерінің санына сәйкес келмейді",
        "показатели договоров, направленных на развитие промышленности, не соответствуют количеству заявок "
        "производителей")),
    "no_sme_measures": ("61-1.2(3)", (
        "шағын және орта бизнесті дамыту шаралары жоқ",
        "отсутствуют меры по развитию малого и среднего предпринимательства")),
}
"""The three grounds on which an ICV development programme is refused (Art. 61-1.2), with their subparagraph."""

AGREEMENT_FLAGS: dict[str, KkRu] = {
    "register_exclusion": ("алушы {on} тізілімнен шығарылды (негіз: {ground})",
                           "получатель исключён из реестра {on} (основание: {ground})"),
}
"""Why an agreement on measures is flagged for review (Art. 25.5: its recipient left the register)."""


def word(table: dict[str, KkRu], code: object, lang: str) -> str:
    """The code's word in ``lang`` (kk or ru); an unknown code is shown as itself, in brackets."""
    pair = table.get(str(code))
    if pair is None:
        return f"({code})" if code else "—"
    return pair[0] if lang == "kk" else pair[1]


def exclusion_flag(ground: str | None, excluded_on: date, lang: str) -> str:
    """An agreement flagged because its recipient was excluded from the register on that (Almaty) date."""
    template = AGREEMENT_FLAGS["register_exclusion"][0 if lang == "kk" else 1]
    return template.format(on=excluded_on.strftime("%d.%m.%Y"), ground=word(EXCLUSION_GROUNDS, ground, lang))
