"""Validating the offtake register's OCDS packages as a watcher would: libcoveocds (the standard's own
validator, behind the Open Contracting Partnership's CoVE) with the standard's schemas from
``ocds_standard`` and the extensions each package declares, fetched from where the package says."""
from __future__ import annotations

from typing import Any

from libcoveocds.api import ocds_json_output
from libcoveocds.config import LibCoveOCDSConfig
from ocds_standard import TAG, standard_zip


def cove(package: dict[str, Any], workdir: str) -> dict[str, Any]:
    """libcoveocds's report on one package (release or record package)."""
    config = LibCoveOCDSConfig({"standard_zip": f"file://{standard_zip()}", "context": "api",
                                "schema_version_choices": {"1.1": ("1.1", "https://standard.open-contracting.org/1.1/en/",
                                                                   TAG)}})
    return ocds_json_output(workdir, json_data=package, lib_cove_ocds_config=config)


def problems(report: dict[str, Any]) -> dict[str, Any]:
    """What a validator holds against a package: schema errors and the structural warnings — fields no schema
    declares, deprecated fields, codes outside a closed codelist, the additional checks (empty or
    unreferenced data) — and an extension that was not applied. Empty means clean."""
    ext = report.get("extensions") or {}
    found = {k: report.get(k) for k in ("validation_errors", "additional_fields", "all_additional_fields",
                                        "deprecated_fields", "additional_closed_codelist_values", "additional_checks",
                                        "json_deref_error")}
    found["invalid_extension"] = ext.get("invalid_extension")
    if not ext.get("is_extended_schema"):
        found["extension_not_applied"] = [e.get("url") for e in ext.get("extensions") or []] or ["none declared"]
    return {k: v for k, v in found.items() if v}
