"""The register's words in the two languages its public documents speak (Kazakh, the state language, and
Russian): the names of the bases of inclusion, the grounds of exclusion (Art. 51-6), the kinds of entry,
the statuses and the statuses of the offtake register's contracts. One list for the public pages and the PDF extract."""
from __future__ import annotations

from ipp_common.events.contracts import ContractStatus

from registry.domain.register import Basis, EntryKind, Ground, ProducerStatus

KkRu = tuple[str, str]

BASIS: dict[str, KkRu] = {
    Basis.application: ("өтінім бойынша өндірісті бағалау (51-1-бап)", "оценка производства по заявлению (ст. 51-1)"),
    Basis.wholly_produced: ("Қазақстанда толық өндірілген тауар (51-3-бап)",
                            "товар, полностью произведённый в Казахстане (ст. 51-3)"),
    Basis.software_notice: ("бағдарламалық қамтамасыз ету өндірушісі (51-2-бап)",
                            "производитель программного обеспечения (ст. 51-2)"),
    Basis.appeal: ("апелляциялық комиссияның шешімі (51-5-бап)", "решение апелляционной комиссии (ст. 51-5)"),
}
GROUND: dict[str, KkRu] = {
    Ground.monitoring: ("мониторинг нәтижелері (51-4, 51-6-баптар)", "результаты мониторинга (ст. 51-4, 51-6)"),
    Ground.software_notice: ("уәкілетті органның хабарламасы (51-2-бап)", "уведомление уполномоченного органа (ст. 51-2)"),
    Ground.own_request: ("өндірушінің өз өтініші (51-6-бап)", "заявление самого производителя (ст. 51-6)"),
    Ground.liquidation: ("заңды тұлғаның таратылуы (51-6-бап)", "ликвидация юридического лица (ст. 51-6)"),
    Ground.reorganization: ("заңды тұлғаның қайта ұйымдастырылуы (51-6-бап)",
                            "реорганизация юридического лица (ст. 51-6)"),
}
ENTRY_KIND: dict[str, KkRu] = {
    EntryKind.inclusion: ("тізілімге енгізу", "включение в реестр"),
    EntryKind.exclusion: ("тізілімнен шығару", "исключение из реестра"),
    EntryKind.reinclusion: ("тізілімге қайта енгізу", "повторное включение"),
    EntryKind.correction: ("түзету", "исправление"),
}
STATUS: dict[str, KkRu] = {
    ProducerStatus.included: ("тізілімде", "в реестре"),
    ProducerStatus.excluded: ("тізілімнен шығарылған", "исключён из реестра"),
}
CONTRACT_STATUS: dict[str, KkRu] = {
    ContractStatus.awaiting_supplier: ("өнім берушінің қол қоюын күтуде", "ожидает подписи поставщика"),
    ContractStatus.signed: ("жасалған", "заключён"),
    ContractStatus.terminated: ("бұзылған", "расторгнут"),
}
"""A contract's status as contracts reports it; those in the offtake register (Art. 48.6) are signed or
terminated."""


def word(table: dict[str, KkRu], key: str | None, language: str) -> str:
    """The word for ``key`` in ``language`` (kk or ru); an unknown key as it is, none as a dash."""
    if key is None:
        return "—"
    pair = table.get(key)
    return key if pair is None else pair[0 if language == "kk" else 1]
