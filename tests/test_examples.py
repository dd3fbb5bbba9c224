"""Every operation of the five OpenAPI documents shows an example of its request and its answer, recorded
from the running platform (``clients/examples.py``), with the refusals it was seen to give as named examples
of its problem answers; every example is valid against the schema it illustrates. The documents read here are
the committed ones, which ``test_clients`` holds to the code."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ["registry", "verification", "contracts", "measures", "notifications"]


def operations(service: str) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    doc = json.loads((ROOT / "clients" / "openapi" / f"{service}.json").read_text())
    return [(f"{method.upper()} {path}", op, doc["components"]) for path, ops in doc["paths"].items()
            for method, op in ops.items()]


def problems_of(example: Any, schema: dict[str, Any], components: dict[str, Any]) -> list[str]:
    validator = Draft202012Validator({**schema, "components": components}, format_checker=FormatChecker())
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}"
            for e in validator.iter_errors(example)]


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_has_a_request_and_an_answer_example(service: str) -> None:
    missing = []
    for name, op, _ in operations(service):
        body = op.get("requestBody", {}).get("content", {}).get("application/json")
        if body is not None and "example" not in body:
            missing.append(f"{name}: request body")
        answers = [a["content"]["application/json"] for code, a in op["responses"].items()
                   if code.startswith("2") and "application/json" in a.get("content", {})]
        if answers and not any("example" in a for a in answers):
            missing.append(f"{name}: answer")
    assert sum("examples" in m for _, op, _ in operations(service) for a in op["responses"].values()
               for m in a.get("content", {}).values()) >= 3, "no operation shows the refusals it gives"
    assert not missing, ("no recorded example (run `python clients/examples.py` and `make clients`):\n  "
                         + "\n  ".join(missing))


@pytest.mark.parametrize("service", SERVICES)
def test_every_example_fits_the_schema_it_illustrates(service: str) -> None:
    wrong = []
    for name, op, components in operations(service):
        media = [("request", op.get("requestBody", {}).get("content", {}).get("application/json"))]
        media += [(code, m) for code, a in op["responses"].items() for m in a.get("content", {}).values()]
        for part, m in media:
            if m is None or "schema" not in m:
                continue
            shown = ([m["example"]] if "example" in m else []) + [e["value"] for e in m.get("examples", {}).values()]
            for example in shown:
                wrong += [f"{name} {part}: {p}" for p in problems_of(example, m["schema"], components)]
        for param in op.get("parameters", []):
            if "example" in param:
                wrong += [f"{name} {param['name']}: {p}" for p in problems_of(param["example"], param["schema"],
                                                                              components)]
    assert not wrong, "examples that no longer fit (record them again: `python clients/examples.py --refresh`):\n  " \
        + "\n  ".join(wrong)


def test_a_wrong_example_is_noticed() -> None:
    """The check above can fail: an amount that is not a decimal string is reported with its place."""
    schema = {"$ref": "#/components/schemas/A"}
    components = {"schemas": {"A": {"type": "object", "properties": {"amount": {"type": "string",
                                                                                "pattern": "^[0-9]+\\.[0-9]{2}$"}}}}}
    assert problems_of({"amount": "1000.00"}, schema, components) == []
    assert problems_of({"amount": "abc"}, schema, components)[0].startswith("amount:")
