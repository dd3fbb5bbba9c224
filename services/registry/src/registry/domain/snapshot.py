"""The register of Kazakhstani producers as bulk open data (Art. 51-1.8: the register is public; Art. 6.3: what
a producer filed is not): the whole register as of the end of an Almaty day, as CSV and as JSON Lines, and a
manifest that names each file's SHA-256 and is signed with the register's extract key.

Pure: rows in, bytes and the manifest out. The same entries give the same bytes, so a day's snapshot — made
from the append-only, hash-chained entries — is the same file whenever it is downloaded.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Column:
    name: str
    label_kk: str
    label_ru: str
    description: str


COLUMNS = (
    Column("bin", "БСН", "БИН", "The producer's business identification number."),
    Column("company_name", "Атауы", "Наименование", "The producer's name as entered in the register."),
    Column("region", "Өңір", "Регион", "The region of the producer's production site."),
    Column("basis", "Тізілімге енгізу негізі", "Основание включения",
           "Why the producer is in the register: application (Art. 51-1), wholly_produced (Art. 51-1.9, 51-3) "
           "or software_notice (Art. 51-2)."),
    Column("entry_kind", "Жазба түрі", "Вид записи",
           "The register entry that stands on the day: inclusion, reinclusion, correction."),
    Column("entry_at", "Жазба уақыты", "Время записи", "When that entry was made (UTC)."),
    Column("tnved", "ЕАЭО СЭҚ ТН кодтары", "Коды ТН ВЭД ЕАЭС",
           "The goods the producer is in the register for, by ten-digit code; several are separated by ';'."),
    Column("entry_seq", "Жазбаның реттік нөмірі", "Порядковый номер записи",
           "The entry's place in the register's hash chain."),
    Column("entry_hash", "Жазба хэші", "Хеш записи",
           "The entry's SHA-256 in the chain: checks the row against GET /v1/register/{bin}/history."),
)
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
JSONL_MEDIA_TYPE = "application/jsonl"


@dataclass(frozen=True)
class SnapshotFiles:
    csv: bytes
    jsonl: bytes
    producers: int


def row(entry: Mapping[str, Any]) -> dict[str, Any]:
    """One producer as the snapshot shows it (a JSON Lines object); ``entry``: its entry standing on the day."""
    return {"bin": entry["bin"], "company_name": entry.get("company_name"), "region": entry.get("region"),
            "basis": entry.get("basis"), "entry_kind": entry["kind"], "entry_at": entry["at"],
            "goods": [{"tnved": g["tnved"], "name": g.get("name"), "icv_pct": g.get("declared_icv_pct")}
                      for g in entry.get("goods") or []],
            "entry_seq": entry["seq"], "entry_hash": entry["hash"]}


def files(rows: Iterable[Mapping[str, Any]]) -> SnapshotFiles:
    """The CSV (a header of the columns' names, UTF-8, CRLF as RFC 4180 has it) and the JSON Lines file."""
    text, lines, n = io.StringIO(), io.StringIO(), 0
    w = csv.writer(text, lineterminator="\r\n")
    w.writerow([c.name for c in COLUMNS])
    for r in rows:
        n += 1
        flat = {**r, "tnved": ";".join(g["tnved"] for g in r["goods"])}
        w.writerow(["" if flat.get(c.name) is None else flat[c.name] for c in COLUMNS])
        lines.write(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    return SnapshotFiles(csv=text.getvalue().encode(), jsonl=lines.getvalue().encode(), producers=n)


def file_names(day: date) -> dict[str, str]:
    return {"csv": f"register-{day.isoformat()}.csv", "jsonl": f"register-{day.isoformat()}.jsonl"}


def manifest(day: date, f: SnapshotFiles, *, base_url: str, issuer: str, key_id: str, as_of: str,
             chain_head: Mapping[str, Any] | None, license_url: str | None) -> dict[str, Any]:
    """What a downloader checks the files against; the register signs it as it signs an extract."""
    names = file_names(day)
    return {
        "register": "Register of Kazakhstani producers (Art. 51-1)", "issuer": issuer, "day": day.isoformat(),
        "as_of": as_of, "producers": f.producers, "key_id": key_id, "license": license_url,
        "chain_head": dict(chain_head) if chain_head else None,
        "files": [{"name": names["csv"], "media_type": CSV_MEDIA_TYPE, "bytes": len(f.csv),
                   "sha256": hashlib.sha256(f.csv).hexdigest(), "url": f"{base_url}/{names['csv']}"},
                  {"name": names["jsonl"], "media_type": JSONL_MEDIA_TYPE, "bytes": len(f.jsonl),
                   "sha256": hashlib.sha256(f.jsonl).hexdigest(), "url": f"{base_url}/{names['jsonl']}"}],
        "columns": [{"name": c.name, "label_kk": c.label_kk, "label_ru": c.label_ru, "description": c.description}
                    for c in COLUMNS]}
