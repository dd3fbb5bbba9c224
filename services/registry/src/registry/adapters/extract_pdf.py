"""A register extract (Art. 51-1.8) as a PDF a person can read and check: in Kazakh and Russian side by side,
the producer, its goods with their ICV share, the date and time of issue in Almaty time, the register entry
it reflects, the signature's key id, and a QR code that opens the extract's verification page.

ReportLab draws it; the fonts are DejaVu (TrueType, embedded), which carry the Kazakh letters
(ә ғ қ ң ө ұ ү һ і) that the PDF standard fonts lack."""
from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from ipp_common.law.calendar import KZ
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from registry.domain.wording import BASIS, word

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"

# Labels: Kazakh / Russian (the register's own words are in domain/wording.py).
TITLE = ("Қазақстандық тауар өндірушілер тізілімінен үзінді-көшірме",
         "Выписка из реестра казахстанских товаропроизводителей")
LABELS = {
    "bin": ("БСН", "БИН"),
    "company_name": ("Атауы", "Наименование"),
    "region": ("Өңір", "Регион"),
    "in_register_since": ("Тізілімде", "В реестре с"),
    "basis": ("Енгізу негізі", "Основание включения"),
    "issued_at": ("Берілген күні мен уақыты (Алматы)", "Дата и время выдачи (Алматы)"),
    "entry": ("Тізілім жазбасы", "Запись реестра"),
    "extract_id": ("Үзінді-көшірме нөмірі", "Номер выписки"),
    "key_id": ("Қолтаңба кілті", "Ключ подписи"),
    "issuer": ("Берген", "Выдана"),
    "tnved": ("СЭҚ ТН коды", "Код ТН ВЭД"),
    "good": ("Тауар", "Товар"),
    "icv": ("ЕҚҮ, %", "Доля ВСЦ, %"),
    "goods": ("Өндірілетін тауарлар", "Производимые товары"),
    "check": ("Тексеру үшін QR-кодты сканерлеңіз немесе сілтемені ашыңыз",
              "Для проверки отсканируйте QR-код или откройте ссылку"),
}


class FontsMissing(RuntimeError):
    """The DejaVu TrueType fonts are not where the settings say (Debian: fonts-dejavu-core)."""


def register_fonts(font_dir: str) -> None:
    """Load the fonts once per process; a missing font is an installation fault, named with its path."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        path = Path(font_dir) / file
        if not path.is_file():
            raise FontsMissing(f"{path} not found: install fonts-dejavu-core or set REGISTRY_PDF_FONT_DIR")
        pdfmetrics.registerFont(TTFont(name, str(path)))


def both(pair: tuple[str, str]) -> str:
    return f"{pair[0]} / {pair[1]}"


def extract_pdf(signed: dict[str, Any], verify_url: str, font_dir: str) -> bytes:
    """The PDF of a signed extract (``reads.signed_extract``); ``verify_url`` goes into the QR code."""
    register_fonts(font_dir)
    doc = signed["extract"]
    producer = doc["producer"]
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=13, leading=17, spaceAfter=2)
    sub = ParagraphStyle("sub", fontName=BOLD, fontSize=10, leading=14, spaceBefore=8, spaceAfter=4)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style)

    issued = datetime.fromisoformat(doc["issued_at"]).astimezone(KZ)
    entry = doc["entry"]
    rows = [
        (LABELS["bin"], producer["bin"]),
        (LABELS["company_name"], producer.get("company_name") or "—"),
        (LABELS["region"], producer.get("region") or "—"),
        (LABELS["in_register_since"], datetime.fromisoformat(producer["in_register_since"]).astimezone(KZ)
         .strftime("%d.%m.%Y")),
        (LABELS["basis"], " / ".join(word(BASIS, producer.get("basis"), lang) for lang in ("kk", "ru"))),
        (LABELS["issued_at"], issued.strftime("%d.%m.%Y %H:%M:%S")),
        (LABELS["entry"], f"№ {entry['seq']} · {entry['id']}"),
        (LABELS["extract_id"], doc["extract_id"]),
        (LABELS["key_id"], f"{doc['key_id']} (Ed25519)"),
        (LABELS["issuer"], doc["issuer"]),
    ]
    facts = Table([[p(both(label)), p(str(value))] for label, value in rows], colWidths=[62 * mm, 112 * mm])
    goods = Table([[p(both(LABELS["tnved"])), p(both(LABELS["good"])), p(both(LABELS["icv"]))]]
                  + [[p(g["tnved"]), p(g.get("name") or "—"), p(str(g.get("icv_pct") or "—"))] for g in doc["goods"]],
                  colWidths=[34 * mm, 110 * mm, 30 * mm], repeatRows=1)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    facts.setStyle(grid)
    goods.setStyle(TableStyle([*grid.getCommands(), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5"))]))

    qr = QrCodeWidget(verify_url, barLevel="M")
    x0, y0, x1, y1 = qr.getBounds()
    side = 42 * mm
    code = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    code.add(qr)
    check = Table([[code, [p(both(LABELS["check"])), Spacer(1, 3 * mm), p(verify_url)]]],
                  colWidths=[48 * mm, 126 * mm])
    check.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))

    out = io.BytesIO()
    pdf = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=both(TITLE), author=doc["issuer"],
                            subject=f"{producer['bin']} · {doc['extract_id']}",
                            invariant=True)  # the same extract, the same bytes: its ETag holds (ADR 28)
    pdf.build([p(TITLE[0], head), p(TITLE[1], head), Spacer(1, 4 * mm), facts,
               p(both(LABELS["goods"]), sub), goods, Spacer(1, 8 * mm), check])
    return out.getvalue()
