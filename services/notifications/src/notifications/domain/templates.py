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
]}

STAGES = {"verification": ("цифрлық верификация", "цифровая верификация"),
          "assessment": ("өндірісті бағалау", "оценка производства")}


def render(event_type: str, data: dict[str, Any]) -> Rendered:
    t = TEMPLATES.get(event_type)
    if t is None:
        raise MissingTemplate(f"no notice template for addressed event type {event_type}")
    ctx = {k: v for k, v in data.items() if isinstance(v, (str, int, float))}
    stage = STAGES.get(str(data.get("stage")), (str(data.get("stage")), str(data.get("stage"))))
    ctx.update(reasons_kk=_reasons(data, "kk"), reasons_ru=_reasons(data, "ru"),
               stage_kk=stage[0], stage_ru=stage[1],
               included_at=_date(data.get("included_at")), excluded_at=_date(data.get("excluded_at")),
               appeal_due=_date(data.get("appeal_due")))
    return Rendered(t.title_kk.format_map(ctx), t.title_ru.format_map(ctx), t.body_kk.format_map(ctx),
                    t.body_ru.format_map(ctx), t.version)
