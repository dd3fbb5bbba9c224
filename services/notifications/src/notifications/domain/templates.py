"""Notice templates in Kazakh and Russian (the state and official languages), one per addressed event
type, versioned. A notice keeps the version it was rendered with. Rendering is pure: the event's data in,
texts out; motivated reasons are rendered per criterion (criterion, expected, found, article)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


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


def _ground_text(g: Any) -> str:
    """Grounds are codes (contracts) or objects with a code, text and article (measures)."""
    return str(g.get("ground", g)) if isinstance(g, dict) else str(g)


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
    if not v:
        return "—"
    d = date.fromisoformat(str(v)[:10])
    return d.strftime("%d.%m.%Y")


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
    Template("registry.producer.excluded", 1,
             "Тізілімнен шығару туралы хабарлама", "Уведомление об исключении из реестра",
             "БСН {bin} {excluded_at} тізілімнен шығарылды (негіз: {ground}).\n{reasons_kk}\n"
             "Шағым {appeal_due} дейін берілуі мүмкін (51-5-бап).",
             "БИН {bin} исключён из реестра {excluded_at} (основание: {ground}).\n{reasons_ru}\n"
             "Возражение может быть подано до {appeal_due} (статья 51-5)."),
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
    Template("registry.remedy_notice.issued", 1,
             "Сәйкессіздіктерді жою қажеттігі туралы хабарлама",
             "Уведомление о необходимости устранения несоответствий",
             "Мониторинг нәтижесінде БСН {bin} бойынша сәйкессіздіктер анықталды:\n{reasons_kk}\n"
             "Оларды {due} дейін ({term}) жою қажет, әйтпесе тізілімнен шығарылады (51-4-бап, 2-тармақ).",
             "По итогам мониторинга по БИН {bin} выявлены несоответствия:\n{reasons_ru}\n"
             "Их необходимо устранить до {due} ({term}), иначе последует исключение из реестра "
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
    Template("contracts.contract.signed", 1, "Шарт жасалды", "Договор заключён",
             "БСН {supplier_bin} жеткізушісімен {kind} шарты № {contract_id} жасалды (тапсырыс беруші БСН "
             "{customer_bin}; мерзімі {term_start} — {term_end}).",
             "С поставщиком БИН {supplier_bin} заключён договор ({kind}) № {contract_id} (заказчик БИН "
             "{customer_bin}; срок {term_start} — {term_end})."),
    Template("contracts.contract.amended", 1, "Шартқа өзгеріс енгізілді", "В договор внесено изменение",
             "БСН {supplier_bin}: № {contract_id} шартқа өзгеріс күшіне енді (нұсқа {version}).",
             "БИН {supplier_bin}: изменение договора № {contract_id} вступило в силу (версия {version})."),
    Template("contracts.contract.terminated", 1, "Шарт бұзылды", "Договор расторгнут",
             "БСН {supplier_bin}: № {contract_id} шарт бұзылды. Себебі: {change_reason}.",
             "БИН {supplier_bin}: договор № {contract_id} расторгнут. Причина: {change_reason}."),
    Template("contracts.penalty.assessed", 1, "Тұрақсыздық айыбы есептелді", "Начислена неустойка",
             "БСН {bin}: № {contract_id} шарт бойынша {year} жылға тұрақсыздық айыбы {penalty_kzt} теңге "
             "(жетіспеушілік {shortfall}, мөлшерлеме {rate_pct}%).",
             "БИН {bin}: по договору № {contract_id} за {year} год начислена неустойка {penalty_kzt} тенге "
             "(недобор {shortfall}, ставка {rate_pct}%)."),
    Template("contracts.plan.remarks_issued", 1, "Сатып алу жоспарына ескертулер", "Замечания к плану закупок",
             "БСН {bin}: № {plan_id} жоспарға ескертулер ({remarks_count}). Түзетулерді {correction_due} дейін "
             "енгізу қажет (47-бап, 4-тармақ).",
             "БИН {bin}: замечания к плану № {plan_id} ({remarks_count}). Исправления необходимо внести до "
             "{correction_due} (пункт 4 статьи 47)."),
    Template("contracts.plan.approved", 1, "Сатып алу жоспары келісілді", "План закупок согласован",
             "БСН {bin}: № {plan_id} жоспар {approved_on} келісілді; тізбе {publication_due} дейін жарияланады.",
             "БИН {bin}: план № {plan_id} согласован {approved_on}; перечень размещается до {publication_due}."),
    Template("contracts.plan.overdue", 1, "Мерзім өтіп кетті", "Срок пропущен",
             "БСН {bin}: № {plan_id} жоспар бойынша «{deadline}» мерзімі {due} өтіп кетті.",
             "БИН {bin}: по плану № {plan_id} пропущен срок «{deadline}» ({due})."),
    Template("contracts.programme.decided", 1, "ІҚҚ даму бағдарламасы бойынша шешім",
             "Решение по программе развития ВЦ",
             "БСН {bin}: № {programme_id} бағдарлама — {outcome_kk}. {grounds_text}",
             "БИН {bin}: программа № {programme_id} — {outcome_ru}. {grounds_text}"),
    Template("measures.application.decided", 1, "Қолдау шарасы бойынша шешім", "Решение по мере поддержки",
             "БСН {bin}: «{measure}» шарасы бойынша өтінім {application_id} — {outcome_kk}.\n{grounds_kk}",
             "БИН {bin}: заявка {application_id} на меру «{measure}» — {outcome_ru}.\n{grounds_ru}"),
    Template("measures.agreement.concluded", 1, "Келісім жасалды", "Соглашение заключено",
             "БСН {bin}: {kind} келісімі № {agreement_id} жасалды ({start} — {end}), сомасы {amount_kzt} теңге.",
             "БИН {bin}: заключено соглашение ({kind}) № {agreement_id} ({start} — {end}) на {amount_kzt} тенге."),
    Template("measures.agreement.flagged", 1, "Келісім қайта қаралады", "Соглашение направлено на пересмотр",
             "БСН {bin}: № {agreement_id} келісім қайта қарауға жіберілді: {reason}.",
             "БИН {bin}: соглашение № {agreement_id} направлено на пересмотр: {reason}."),
    Template("measures.breach.notified", 1, "Келісімді бұзу туралы хабарлама", "Уведомление о нарушении соглашения",
             "БСН {bin}: № {agreement_id} келісім бұзылды: {reason}. Жою мерзімі: {cure_due} (62-бап, 4-тармақ).",
             "БИН {bin}: нарушение соглашения № {agreement_id}: {reason}. Срок устранения: {cure_due} "
             "(пункт 4 статьи 62)."),
    Template("measures.agreement.terminated", 1, "Келісім бұзылды", "Соглашение расторгнуто",
             "БСН {bin}: № {agreement_id} келісім {terminated_on} біржақты тәртіппен бұзылды: {reason}.",
             "БИН {bin}: соглашение № {agreement_id} расторгнуто в одностороннем порядке {terminated_on}: {reason}."),
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
    ctx = {"reason": "—", "term": "—", **{k: v for k, v in data.items() if isinstance(v, (str, int, float))}}
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
               grounds_text="; ".join(_ground_text(g) for g in data.get("grounds") or []),
               change_reason=(data.get("change") or {}).get("reason", "—"),
               start=_date(data.get("start")), end=_date(data.get("end")), cure_due=_date(data.get("cure_due")),
               terminated_on=_date(data.get("terminated_on")),
               grounds_kk="\n".join(f"— {g.get('text_kk', g.get('ground'))} ({g.get('article')})"
                                     for g in data.get("grounds") or [] if isinstance(g, dict)),
               grounds_ru="\n".join(f"— {g.get('text_ru', g.get('ground'))} ({g.get('article')})"
                                     for g in data.get("grounds") or [] if isinstance(g, dict)))
    return Rendered(t.title_kk.format_map(ctx), t.title_ru.format_map(ctx), t.body_kk.format_map(ctx),
                    t.body_ru.format_map(ctx), t.version)
