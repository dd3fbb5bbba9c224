"""Notice templates in Kazakh and Russian (the state and official languages), one per addressed event
type, versioned. A notice keeps the version it was rendered with. Rendering is pure: the event's data in,
texts out; motivated reasons are rendered per criterion (criterion, expected, found, article).

Every date a person reads is a Kazakhstan (Asia/Almaty) date: an instant such as ``excluded_at`` is
converted before it is shown (an exclusion at 02:00 Almaty time is on that Almaty day, not the UTC one).
A deadline is the last day on which the act may still be done, and says so ("по … включительно"). Codes
(grounds of exclusion, deadlines, contract kinds, terms) are rendered as words in each language."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ipp_common.law.calendar import local_date
from ipp_common.law.words import (
    CONTRACT_TERMINATIONS,
    EXCLUSION_GROUNDS,
    PROGRAMME_REFUSAL_GROUNDS,
    exclusion_flag,
    word,
)


@dataclass(frozen=True)
class Template:
    event_type: str
    version: int
    title_kk: str
    title_ru: str
    body_kk: str
    body_ru: str


@dataclass(frozen=True)
class Rendered:
    title_kk: str
    title_ru: str
    body_kk: str
    body_ru: str
    template_version: int


class MissingTemplate(LookupError):
    pass


def _reasons(data: dict[str, Any], lang: str) -> str:
    lines = []
    for r in data.get("reasons") or []:
        text = r.get(f"text_{lang}") or ""
        art = r.get("article")
        if lang == "kk":
            lines.append(f"— {text} [{r.get('code')}; күтілген: {r.get('expected') or '—'}; "
                         f"табылған: {r.get('found') or '—'}{'; бап ' + art if art else ''}]")
        else:
            lines.append(f"— {text} [{r.get('code')}; ожидалось: {r.get('expected') or '—'}; "
                         f"найдено: {r.get('found') or '—'}{'; ст. ' + art if art else ''}]")
    return "\n".join(lines)


def _date(v: Any) -> str:
    """A date or an instant as the Almaty date a person there reads (DD.MM.YYYY)."""
    if not v:
        return "—"
    text = str(v)
    if len(text) > 10:  # an instant: its date in Almaty, not in UTC
        d = local_date(datetime.fromisoformat(text.replace("Z", "+00:00")))
    else:
        d = date.fromisoformat(text)
    return d.strftime("%d.%m.%Y")


def _until(v: Any, lang: str) -> str:
    """A deadline, inclusive: its last day is still in time."""
    if not v:
        return "—"
    return f"{_date(v)} қоса алғанда" if lang == "kk" else f"по {_date(v)} включительно"


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    return few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many


_TERM = re.compile(r"^(\d+) (working|calendar) days?$")


def _term(v: Any, lang: str) -> str:
    """A term such as ``10 working days`` in words of the language."""
    m = _TERM.match(str(v or ""))
    if not m:
        return str(v) if v else "—"
    n, kind = int(m.group(1)), m.group(2)
    if lang == "kk":
        return f"{n} {'жұмыс' if kind == 'working' else 'күнтізбелік'} күн"
    adj = _ru_plural(n, "рабочий", "рабочих", "рабочих") if kind == "working" else \
        _ru_plural(n, "календарный", "календарных", "календарных")
    return f"{n} {adj} {_ru_plural(n, 'день', 'дня', 'дней')}"


DEADLINES = {"submission": ("жоспарды ұсыну", "представление плана"),
             "review": ("жоспарды қарау", "рассмотрение плана"),
             "correction": ("ескертулерді жою", "устранение замечаний"),
             "approval": ("түзетілген жоспарды келісу", "согласование исправленного плана"),
             "publication": ("тізбені жариялау", "размещение перечня"),
             "applications": ("өтінімдерді қабылдау", "приём заявок"),
             "conclusion": ("шарттарды жасасу", "заключение договоров")}
"""Statutory deadlines of the planning cycle (Art. 47) in words."""

CONTRACT_KINDS = {"offtake": ("офтейк-келісімшарт", "офтейк-контракт"),
                  "guaranteed_purchase": ("кепілдендірілген сатып алу", "гарантированный закуп"),
                  "offset": ("офсеттік", "офсетный")}

AGREEMENT_KINDS = {"competitiveness": ("бәсекеге қабілеттілікті арттыру туралы", "о повышении конкурентоспособности"),
                   "grant": ("индустриялық грант туралы", "о предоставлении индустриального гранта"),
                   "assembly": ("өнеркәсіптік құрастыру туралы", "о промышленной сборке")}


def _flag(data: dict[str, Any], lang: str) -> str:
    """Why an agreement is flagged: its recipient's exclusion (date and ground in words)."""
    if not data.get("excluded_on"):
        return "—"
    return exclusion_flag(data.get("ground"), date.fromisoformat(str(data["excluded_on"])[:10]), lang)


def _programme_grounds(data: dict[str, Any], lang: str) -> str:
    """The Art. 61-1.2 grounds of a refused ICV programme, each in words with its subparagraph."""
    out = []
    for g in data.get("grounds") or []:
        code = g.get("ground") if isinstance(g, dict) else None
        article, pair = PROGRAMME_REFUSAL_GROUNDS.get(str(code), ("61-1.2", None))
        text = pair[0 if lang == "kk" else 1] if pair else "—"
        detail = f"; {g['detail']}" if isinstance(g, dict) and g.get("detail") else ""
        out.append(f"— {text} ({article}{detail})")
    return "\n".join(out)


def _termination(data: dict[str, Any], lang: str) -> str:
    change = data.get("change") or {}
    return word(CONTRACT_TERMINATIONS, change.get("reason"), lang)


def _measure(data: dict[str, Any], lang: str) -> str:
    """A measure by its name in the language, its code in brackets."""
    name = data.get(f"measure_name_{lang}")
    return f"{name} ({data.get('measure')})" if name else f"({data.get('measure')})"




TEMPLATES: dict[str, Template] = {t.event_type: t for t in [
    Template("registry.application.verified", 1,
             "Цифрлық верификация өтті", "Цифровая верификация пройдена",
             "Өтінім {application_id} (БСН {bin}) цифрлық верификациядан өтті және өндірісті бағалауға "
             "жіберілді (Заңның 51-1-бабы).",
             "Заявление {application_id} (БИН {bin}) прошло цифровую верификацию и направлено на оценку "
             "производства (статья 51-1 Закона)."),
    Template("registry.application.refused", 1,
             "Өтінім қабылданбады: дәлелді жауап", "Отказ по заявлению: мотивированный ответ",
             "Өтінім {application_id} (БСН {bin}) «{stage_kk}» кезеңінде қабылданбады. Себептері:\n{reasons_kk}\n"
             "Кемшіліктерді жойғаннан кейін қайта өтінім беруге болады (51-1-бап, 6-тармақ).",
             "Заявлению {application_id} (БИН {bin}) отказано на этапе «{stage_ru}». Причины:\n{reasons_ru}\n"
             "После устранения недостатков можно подать заявление повторно (пункт 6 статьи 51-1)."),
    Template("registry.producer.included", 1,
             "Отандық өндірушілер тізіліміне енгізілді", "Включение в реестр отечественных производителей",
             "БСН {bin} {included_at} бастап отандық өндірушілер тізіліміне енгізілді (жазба {entry_id}).",
             "БИН {bin} включён в реестр отечественных производителей с {included_at} (запись {entry_id})."),
    Template("registry.producer.excluded", 2,
             "Тізілімнен шығару туралы хабарлама", "Уведомление об исключении из реестра",
             "БСН {bin} {excluded_at} тізілімнен шығарылды (негіз: {ground_kk}).\n{reasons_kk}\n"
             "Шағым {appeal_due_kk} берілуі мүмкін (51-5-бап).",
             "БИН {bin} исключён из реестра {excluded_at} (основание: {ground_ru}).\n{reasons_ru}\n"
             "Возражение может быть подано {appeal_due_ru} (статья 51-5)."),
    Template("registry.application.inspection_scheduled", 1,
             "Өндірісті көшпелі инспекциялау", "Выездная инспекция производства",
             "Өтінім {application_id} (БСН {bin}): ұсынылған мәліметтер бойынша өндірісті бағалау мүмкін емес, "
             "көшпелі инспекция жүргізіледі ({planned_on}). Себебі: {reason} (51-1-бап, 5-тармақ).",
             "Заявление {application_id} (БИН {bin}): оценка производства по представленным сведениям невозможна, "
             "проводится выездная инспекция ({planned_on}). Причина: {reason} (пункт 5 статьи 51-1)."),
    Template("registry.producer.reincluded", 1,
             "Тізілімге қайта енгізілді", "Повторное включение в реестр",
             "Апелляциялық комиссияның шешімі бойынша БСН {bin} {reincluded_at} бастап тізілімге 51-1-баптың "
             "кезеңдерінен өтпей қайта енгізілді (51-5-бап, 8-тармақ; жазба {entry_id}).",
             "По решению апелляционной комиссии БИН {bin} включён в реестр повторно с {reincluded_at} без "
             "прохождения этапов статьи 51-1 (пункт 8 статьи 51-5; запись {entry_id})."),
    Template("registry.remedy_notice.issued", 2,
             "Сәйкессіздіктерді жою қажеттігі туралы хабарлама",
             "Уведомление о необходимости устранения несоответствий",
             "Мониторинг нәтижесінде БСН {bin} бойынша сәйкессіздіктер анықталды:\n{reasons_kk}\n"
             "Оларды {due_kk} ({term_kk}) жою қажет, әйтпесе тізілімнен шығарылады (51-4-бап, 2-тармақ).",
             "По итогам мониторинга по БИН {bin} выявлены несоответствия:\n{reasons_ru}\n"
             "Их необходимо устранить {due_ru} ({term_ru}), иначе последует исключение из реестра "
             "(пункт 2 статьи 51-4)."),
    Template("registry.remedy_notice.closed", 1,
             "Сәйкессіздіктер туралы хабарлама жабылды", "Уведомление о несоответствиях закрыто",
             "БСН {bin}: {notice_id} хабарламасы жабылды — {outcome_kk}.",
             "БИН {bin}: уведомление {notice_id} закрыто — {outcome_ru}."),
    Template("registry.appeal.received", 1,
             "Шағым қабылданды", "Возражение принято",
             "БСН {bin} шағымы (№ {appeal_id}) {filed_on} апелляциялық комиссияға қабылданды (51-5-бап).",
             "Возражение БИН {bin} (№ {appeal_id}) принято апелляционной комиссией {filed_on} (статья 51-5)."),
    Template("registry.appeal.decided", 1,
             "Апелляциялық комиссияның шешімі", "Решение апелляционной комиссии",
             "БСН {bin}, № {appeal_id} шағым бойынша шешім: {outcome_kk}. {reasons_kk}\n"
             "Шешім уәкілетті орган үшін міндетті, сотқа шағымдануға болады (51-5-бап, 6-7-тармақтар).",
             "БИН {bin}, решение по возражению № {appeal_id}: {outcome_ru}. {reasons_ru}\n"
             "Решение обязательно для уполномоченного органа и может быть обжаловано в суд "
             "(пункты 6-7 статьи 51-5)."),
    Template("registry.extract.issued", 1,
             "Тізілімнен үзінді берілді", "Выдана выписка из реестра",
             "БСН {bin} үшін тізілімнен қол қойылған үзінді № {extract_id} берілді (51-1-бап, 8-тармақ). "
             "Оның түпнұсқалығын кез келген адам тексере алады.",
             "Для БИН {bin} выдана подписанная выписка из реестра № {extract_id} (пункт 8 статьи 51-1). "
             "Её подлинность может проверить любое лицо."),
    Template("contracts.contract.signed", 2, "Шарт жасалды", "Договор заключён",
             "БСН {supplier_bin} жеткізушісімен {kind_kk} шарты № {contract_id} жасалды (тапсырыс беруші БСН "
             "{customer_bin}; мерзімі {term_start} — {term_end}).",
             "С поставщиком БИН {supplier_bin} заключён договор ({kind_ru}) № {contract_id} (заказчик БИН "
             "{customer_bin}; срок {term_start} — {term_end})."),
    Template("contracts.contract.amended", 1, "Шартқа өзгеріс енгізілді", "В договор внесено изменение",
             "БСН {supplier_bin}: № {contract_id} шартқа өзгеріс күшіне енді (нұсқа {version}).",
             "БИН {supplier_bin}: изменение договора № {contract_id} вступило в силу (версия {version})."),
    Template("contracts.contract.terminated", 2, "Шарт бұзылды", "Договор расторгнут",
             "БСН {supplier_bin}: № {contract_id} шарт бұзылды. Себебі: {termination_kk}.",
             "БИН {supplier_bin}: договор № {contract_id} расторгнут. Причина: {termination_ru}."),
    Template("contracts.penalty.assessed", 1, "Тұрақсыздық айыбы есептелді", "Начислена неустойка",
             "БСН {bin}: № {contract_id} шарт бойынша {year} жылға тұрақсыздық айыбы {penalty_kzt} теңге "
             "(жетіспеушілік {shortfall}, мөлшерлеме {rate_pct}%).",
             "БИН {bin}: по договору № {contract_id} за {year} год начислена неустойка {penalty_kzt} тенге "
             "(недобор {shortfall}, ставка {rate_pct}%)."),
    Template("contracts.plan.remarks_issued", 2, "Сатып алу жоспарына ескертулер", "Замечания к плану закупок",
             "БСН {bin}: № {plan_id} жоспарға ескертулер ({remarks_count}). Түзетулерді {correction_due_kk} "
             "енгізу қажет (47-бап, 4-тармақ).",
             "БИН {bin}: замечания к плану № {plan_id} ({remarks_count}). Исправления необходимо внести "
             "{correction_due_ru} (пункт 4 статьи 47)."),
    Template("contracts.plan.approved", 2, "Сатып алу жоспары келісілді", "План закупок согласован",
             "БСН {bin}: № {plan_id} жоспар {approved_on} келісілді; тізбе {publication_due_kk} жарияланады.",
             "БИН {bin}: план № {plan_id} согласован {approved_on}; перечень размещается {publication_due_ru}."),
    Template("contracts.plan.overdue", 2, "Мерзім өтіп кетті", "Срок пропущен",
             "БСН {bin}: № {plan_id} жоспар бойынша «{deadline_kk}» мерзімі өтіп кетті (соңғы күні {due}).",
             "БИН {bin}: по плану № {plan_id} пропущен срок «{deadline_ru}» (последний день — {due})."),
    Template("contracts.programme.decided", 2, "ІҚҚ даму бағдарламасы бойынша шешім",
             "Решение по программе развития ВЦ",
             "БСН {bin}: № {programme_id} бағдарлама — {outcome_kk}.\n{programme_grounds_kk}",
             "БИН {bin}: программа № {programme_id} — {outcome_ru}.\n{programme_grounds_ru}"),
    Template("measures.application.decided", 2, "Қолдау шарасы бойынша шешім", "Решение по мере поддержки",
             "БСН {bin}: «{measure_kk}» шарасы бойынша өтінім {application_id} — {outcome_kk}.\n{grounds_kk}",
             "БИН {bin}: заявка {application_id} на меру «{measure_ru}» — {outcome_ru}.\n{grounds_ru}"),
    Template("measures.agreement.concluded", 2, "Келісім жасалды", "Соглашение заключено",
             "БСН {bin}: {agreement_kind_kk} келісім № {agreement_id} жасалды ({start} — {end}), сомасы {amount_kzt} теңге.",
             "БИН {bin}: заключено соглашение {agreement_kind_ru} № {agreement_id} ({start} — {end}) на {amount_kzt} тенге."),
    Template("measures.agreement.flagged", 2, "Келісім қайта қаралады", "Соглашение направлено на пересмотр",
             "БСН {bin}: № {agreement_id} келісім қайта қарауға жіберілді: {flag_kk}.",
             "БИН {bin}: соглашение № {agreement_id} направлено на пересмотр: {flag_ru}."),
    Template("measures.breach.notified", 2, "Келісімді бұзу туралы хабарлама", "Уведомление о нарушении соглашения",
             "БСН {bin}: № {agreement_id} келісім бұзылды: {reason}. Жою мерзімі: {cure_due_kk} (62-бап, 4-тармақ).",
             "БИН {bin}: нарушение соглашения № {agreement_id}: {reason}. Срок устранения: {cure_due_ru} "
             "(пункт 4 статьи 62)."),
    Template("measures.agreement.terminated", 2, "Келісім бұзылды", "Соглашение расторгнуто",
             "БСН {bin}: № {agreement_id} келісім {terminated_on} біржақты тәртіппен бұзылды: бұзушылық {cure_due_kk} "
             "жойылмады (62-бап, 4-тармақ). Бұзушылық: {breach_reason}.",
             "БИН {bin}: соглашение № {agreement_id} расторгнуто в одностороннем порядке {terminated_on}: нарушение "
             "не устранено {cure_due_ru} (пункт 4 статьи 62). Нарушение: {breach_reason}."),
    Template("measures.refund.demanded", 1, "Қаражатты қайтару талабы", "Требование о возврате средств",
             "БСН {bin}: қарсы міндеттемелердің орындалу деңгейі {level}; қайтаруға {refund} теңге "
             "(негізгі сома {principal}, ҚР ҰБ базалық мөлшерлемесі бойынша {interest}) (27-бап, 4-тармақ).",
             "БИН {bin}: уровень исполнения встречных обязательств {level}; к возврату {refund} тенге "
             "(основная сумма {principal}, по базовой ставке НБ РК {interest}) (пункт 4 статьи 27)."),
]}

OUTCOMES = {"satisfied": ("толық қанағаттандырылды", "удовлетворено полностью"),
            "partially_satisfied": ("ішінара қанағаттандырылды", "удовлетворено частично"),
            "refused": ("қанағаттандырудан бас тартылды", "в удовлетворении отказано"),
            "remedied": ("сәйкессіздіктер уақытында жойылды", "несоответствия устранены в срок"),
            "excluded": ("сәйкессіздіктер жойылмады, тізілімнен шығарылды",
                         "несоответствия не устранены, исключение из реестра"),
            "superseded": ("басқа негіз бойынша шығарылуына байланысты", "в связи с исключением по иному основанию"),
            "agreed": ("келісілді", "согласована"), "granted": ("берілді", "предоставлена"),
            "refused_measure": ("бас тартылды", "отказано"),
            "expertise": ("сараптамаға жіберілді", "направлена на экспертизу"),
            "refused_programme": ("келісуден бас тартылды", "в согласовании отказано")}

STAGES = {"verification": ("цифрлық верификация", "цифровая верификация"),
          "assessment": ("өндірісті бағалау", "оценка производства")}


def render(event_type: str, data: dict[str, Any]) -> Rendered:
    t = TEMPLATES.get(event_type)
    if t is None:
        raise MissingTemplate(f"no notice template for addressed event type {event_type}")
    ctx = {"reason": "—", "term": "—", "breach_reason": "—",
           **{k: v for k, v in data.items() if isinstance(v, (str, int, float))}}
    stage = STAGES.get(str(data.get("stage")), (str(data.get("stage")), str(data.get("stage"))))
    key = {("contracts.programme.decided", "refused"): "refused_programme",
           ("measures.application.decided", "refused"): "refused_measure"}.get(
        (event_type, str(data.get("outcome"))), str(data.get("outcome")))
    outcome = OUTCOMES.get(key, (str(data.get("outcome")), str(data.get("outcome"))))
    ctx.update(outcome_kk=outcome[0], outcome_ru=outcome[1],
               reasons_kk=data.get("reasons_kk") or _reasons(data, "kk"),
               reasons_ru=data.get("reasons_ru") or _reasons(data, "ru"),
               stage_kk=stage[0], stage_ru=stage[1],
               included_at=_date(data.get("included_at")), excluded_at=_date(data.get("excluded_at")),
               appeal_due=_date(data.get("appeal_due")), due=_date(data.get("due")),
               filed_on=_date(data.get("filed_on")), planned_on=_date(data.get("planned_on")),
               reincluded_at=_date(data.get("reincluded_at")), term_start=_date(data.get("term_start")),
               term_end=_date(data.get("term_end")), correction_due=_date(data.get("correction_due")),
               approved_on=_date(data.get("approved_on")), publication_due=_date(data.get("publication_due")),
               remarks_count=len(data.get("remarks") or []),
               programme_grounds_kk=_programme_grounds(data, "kk"), programme_grounds_ru=_programme_grounds(data, "ru"),
               termination_kk=_termination(data, "kk"), termination_ru=_termination(data, "ru"),
               measure_kk=_measure(data, "kk"), measure_ru=_measure(data, "ru"),
               start=_date(data.get("start")), end=_date(data.get("end")), cure_due=_date(data.get("cure_due")),
               terminated_on=_date(data.get("terminated_on")),
               ground_kk=word(EXCLUSION_GROUNDS, data.get("ground"), "kk"),
               ground_ru=word(EXCLUSION_GROUNDS, data.get("ground"), "ru"),
               deadline_kk=word(DEADLINES, data.get("deadline"), "kk"),
               deadline_ru=word(DEADLINES, data.get("deadline"), "ru"),
               kind_kk=word(CONTRACT_KINDS, data.get("kind"), "kk"), kind_ru=word(CONTRACT_KINDS, data.get("kind"), "ru"),
               agreement_kind_kk=word(AGREEMENT_KINDS, data.get("kind"), "kk"),
               agreement_kind_ru=word(AGREEMENT_KINDS, data.get("kind"), "ru"),
               flag_kk=_flag(data, "kk"), flag_ru=_flag(data, "ru"),
               term_kk=_term(data.get("term"), "kk"), term_ru=_term(data.get("term"), "ru"),
               **{f"{k}_{lang}": _until(data.get(k), lang) for k in ("due", "appeal_due", "correction_due",
                                                                      "publication_due", "cure_due")
                  for lang in ("kk", "ru")},
               grounds_kk="\n".join(f"— {g.get('text_kk') or '—'} ({g.get('ground')}; {g.get('article')})"
                                     for g in data.get("grounds") or [] if isinstance(g, dict)),
               grounds_ru="\n".join(f"— {g.get('text_ru') or '—'} ({g.get('ground')}; {g.get('article')})"
                                     for g in data.get("grounds") or [] if isinstance(g, dict)))
    return Rendered(t.title_kk.format_map(ctx), t.title_ru.format_map(ctx), t.body_kk.format_map(ctx),
                    t.body_ru.format_map(ctx), t.version)
