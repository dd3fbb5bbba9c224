"""The OCDS 1.1 schemas, for validating the offtake register's packages offline with libcoveocds.

libcoveocds reads the standard from a ZIP of its repository, which it downloads from GitHub by default —
not reachable from the machines the suite runs on. The standard's schemas (1.1.5) are published on PyPI
inside the source distributions of the Open Contracting Partnership's own tools, as their test fixtures:
the core release and versioned-release schemas in ocdsextensionregistry's, the release-package schema and a
dereferenced
record-package schema in ocdskit's. This module downloads those exact files from PyPI, checks their
SHA-256, and builds the ZIP in the layout libcoveocds reads (``<dir>/schema/*.json``), once, under
``.cache/``. Nothing of the standard is committed here.

The record-package fixture is dereferenced against a profile with many extensions: its record is put back
under ``definitions`` and its three expanded schemas (compiled release, releases, versioned release) are
replaced by the core's references, as the standard publishes the file. The closed codelists are written
from the release schema's own ``enum`` lists.

    python tests/support/ocds_standard.py      # prints the path of the ZIP, downloading it if needed
"""
from __future__ import annotations

import hashlib
import io
import json
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

TAG = "1__1__5"
PYPI = "https://files.pythonhosted.org/packages"
SDISTS = {  # address → SHA-256
    f"{PYPI}/b2/32/c2f21f2541768ba3a1246e7b523d8d25b361b515c51e2ebbb6f7fbf00b91/ocdsextensionregistry-0.7.0.tar.gz":
        "aae3b247712509f158e16f44747039cfd0a9ee847590aba4794933d6fa79341a",
    f"{PYPI}/f9/86/108e0f2dfcfbc3dc14e794389c8628cdce2d676ece8032f51cb0353e3e7b/ocdskit-1.7.0.tar.gz":
        "02a7d6182bbd7672cfd26cdbcae9726fbacdb917203d2bd5a726caa30040ff76",
}
FILES = {  # name in the standard → member of a source distribution
    "release-schema.json": "ocdsextensionregistry-0.7.0/tests/fixtures/release-schema.json",
    "versioned-release-validation-schema.json":
        "ocdsextensionregistry-0.7.0/tests/fixtures/versioned-release-validation-schema.json",
    "release-package-schema.json": "ocdskit-1.7.0/tests/fixtures/release-package-schema.json",
    "record-package-schema.json": "ocdskit-1.7.0/tests/fixtures/a/record-package-schema-dereferenced.json",
}
STANDARD = f"https://standard.open-contracting.org/schema/{TAG}"
CACHE = Path(__file__).resolve().parents[2] / ".cache" / "ocds"


def standard_zip() -> Path:
    """The path of the standard's ZIP (schema files of OCDS 1.1.5), built on first use."""
    target = CACHE / f"standard-{TAG}.zip"
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    members: dict[str, bytes] = {}
    for url, sha in SDISTS.items():
        with urllib.request.urlopen(url, timeout=120) as r:
            blob = r.read()
        digest = hashlib.sha256(blob).hexdigest()
        if digest != sha:
            raise RuntimeError(f"{url}: SHA-256 {digest}, expected {sha}")
        with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tar:
            for member in FILES.values():
                if member in tar.getnames():
                    f = tar.extractfile(member)
                    assert f is not None, member
                    members[member] = f.read()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"standard-{TAG}/", "")
        for name, member in FILES.items():
            doc = json.loads(members[member])
            if doc.get("id") != f"{STANDARD}/{name}":
                raise RuntimeError(f"{member} is not the standard's {TAG}/{name}: id {doc.get('id')}")
            if name == "record-package-schema.json":  # undo the dereferencing, as the standard publishes it
                doc["definitions"] = {"record": doc["properties"]["records"]["items"]}
                doc["properties"]["records"]["items"] = {"$ref": "#/definitions/record"}
                record = doc["definitions"]["record"]["properties"]
                record["compiledRelease"] = {"$ref": f"{STANDARD}/release-schema.json"}
                record["releases"]["oneOf"][1]["items"] = {"$ref": f"{STANDARD}/release-schema.json"}
                # The standard refers to the versioned-release schema by its address, which jsonref would fetch
                # when libcoveocds dereferences a record package: it is put inline, its definitions beside
                # ``record`` (the same schema, resolved without a network).
                versioned = json.loads(members[FILES["versioned-release-validation-schema.json"]])
                doc["definitions"].update(versioned.pop("definitions"))
                record["versionedRelease"] = {k: v for k, v in versioned.items() if k not in ("id", "$schema")}
            z.writestr(f"standard-{TAG}/schema/{name}", json.dumps(doc, ensure_ascii=False, indent=2))
            if name == "release-schema.json":
                for codelist, codes in closed_codelists(doc).items():
                    z.writestr(f"standard-{TAG}/schema/codelists/{codelist}", "Code\n" + "".join(f"{c}\n" for c in codes))
    tmp = target.with_suffix(".part")
    tmp.write_bytes(out.getvalue())
    tmp.rename(target)
    return target


def closed_codelists(schema: dict[str, Any]) -> dict[str, list[str]]:
    """The closed codelists, as the release schema lists their codes (``enum`` beside ``codelist``). The
    open codelists' files are not in these fixtures; libcoveocds skips a codelist it has no file for."""
    found: dict[str, list[str]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "codelist" in node and not node.get("openCodelist", False):
                enum = node.get("enum") or (node.get("items") or {}).get("enum") or []
                found[node["codelist"]] = [c for c in enum if c is not None]
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(schema)
    return found


if __name__ == "__main__":
    print(standard_zip())
    sys.exit(0)
