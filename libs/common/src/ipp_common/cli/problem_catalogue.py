"""``ipp-problem-catalogue``: complete each problem catalogue (``problem_texts.json``) from the code that raises
the problems — the English title, the HTTP status, the articles of the law and the fields each code names —
so that the problem type pages (``http.problem_pages``) say what the code does. The Kazakh and Russian titles
are written by people and kept; ``--check`` fails when a catalogue is out of date with the code.

    ipp-problem-catalogue            # rewrite the catalogues
    ipp-problem-catalogue --check    # exit 1 if one is out of date
"""
from __future__ import annotations

import argparse
import ast
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[5]
SERVICES = ["registry", "verification", "contracts", "measures", "notifications"]
COMMON = ROOT / "libs" / "common" / "src" / "ipp_common"
STATUS = {"Rejected": 422, "Malformed": 422, "Forbidden": 403, "NotFound": 404, "Conflict": 409, "invalid": 422}
FRAMEWORK = {  # codes the framework's handlers answer with, and pydantic's validation rules (422)
    "not_found": (404, "Not found"), "method_not_allowed": (405, "Method not allowed"),
    "http_error": (400, "Bad request"), "validation_failed": (422, "Request is not valid"),
}


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _keyword(call: ast.Call, name: str) -> str | None:
    return next((_literal(k.value) for k in call.keywords if k.arg == name), None)


def scan(source: Path) -> dict[str, dict[str, Any]]:
    """What the code says of each problem code it raises: title, status, articles, fields."""
    found: dict[str, dict[str, Any]] = {}

    def note(code: str | None, status: int | None, title: str | None, article: str | None, field: str | None) -> None:
        if not code:
            return
        entry = found.setdefault(code, {"articles": set(), "fields": set()})
        if status is not None:
            entry.setdefault("status", status)
        if title and "en" not in entry:
            entry["en"] = title
        if article:
            entry["articles"].add(article)
        if field and not field.startswith("measures["):
            entry["fields"].add(field)

    for path in sorted(source.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            article, field = _keyword(node, "article"), _keyword(node, "field")
            if name == "ProblemError" and len(node.args) >= 3:
                status = node.args[0].value if isinstance(node.args[0], ast.Constant) else None
                note(_literal(node.args[1]), status if isinstance(status, int) else None, _literal(node.args[2]),
                     article, field)
            elif name == "Conflict":
                note(_keyword(node, "code") or "conflict", 409, "Conflict with the current state", article, field)
            elif name == "invalid" and len(node.args) >= 3:
                note(_literal(node.args[1]), 422, _literal(node.args[2]), article, field)
            elif name in STATUS and name != "invalid" and node.args:
                title = _literal(node.args[1]) if len(node.args) > 1 else None
                note(_literal(node.args[0]), STATUS[name], title, article, field)
            elif name == "NotFound":
                note("not_found", 404, "Not found", None, None)
            elif name == "PydanticCustomError" and node.args:
                note(_literal(node.args[0]), 422, None, article, field)
    return found


def completed(path: Path, sources: list[Path], framework: bool) -> dict[str, dict[str, Any]]:
    texts: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    facts: dict[str, dict[str, Any]] = {}
    for source in sources:
        for code, f in scan(source).items():
            merged = facts.setdefault(code, {"articles": set(), "fields": set()})
            merged["articles"] |= f["articles"]
            merged["fields"] |= f["fields"]
            for k in ("status", "en"):
                if k in f:
                    merged.setdefault(k, f[k])
    if framework:
        for code, (status, title) in FRAMEWORK.items():
            facts.setdefault(code, {"articles": set(), "fields": set(), "status": status, "en": title})
    out = {}
    for code, entry in sorted(texts.items()):
        f = facts.get(code, {})
        new = {"kk": entry["kk"], "ru": entry["ru"],
               "en": f.get("en") or entry.get("en") or code.replace("_", " ").capitalize()}
        if f.get("status") or entry.get("status"):
            new["status"] = f.get("status") or entry["status"]
        articles = sorted(f.get("articles", set())) or entry.get("articles")
        if articles:
            new["articles"] = articles
        fields = sorted(f.get("fields", set())) or entry.get("fields")
        if fields:
            new["fields"] = fields
        out[code] = new
    return out


def catalogues() -> dict[Path, str]:
    files = {COMMON / "data" / "problem_texts.json": ([COMMON], True)}
    for s in SERVICES:
        files[ROOT / "services" / s / "src" / s / "problem_texts.json"] = ([ROOT / "services" / s / "src"], False)
    return {path: json.dumps(completed(path, src, fw), ensure_ascii=False, indent=2) + "\n"
            for path, (src, fw) in files.items()}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="ipp-problem-catalogue", description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true", help="exit 1 if a catalogue is out of date with the code")
    a = p.parse_args(argv)
    files = catalogues()
    stale = [str(f.relative_to(ROOT)) for f, text in files.items() if f.read_text(encoding="utf-8") != text]
    if a.check:
        if stale:
            sys.exit(f"out of date: {', '.join(stale)}; run ipp-problem-catalogue")
        print("problem catalogues are up to date")
        return
    for f, text in files.items():
        f.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} catalogues ({len(stale)} changed)")


if __name__ == "__main__":
    main()
