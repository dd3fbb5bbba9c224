"""Property-based fuzzing of every service's OpenAPI with schemathesis, against the running platform:
no 5xx, no response that breaks its own schema, no undocumented status or content type, strict inputs,
correct Allow headers. Every check runs except ``positive_data_acceptance``: the law legitimately refuses
many schema-valid requests (a BIN that is not the caller's, a cursor this API did not issue) — see ADR 6."""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
from harness import SERVICES, Platform
from ipp_common.cli.token import mint

pytestmark = pytest.mark.integration
EXAMPLES = os.environ.get("IPP_FUZZ_EXAMPLES", "12")


@pytest.mark.parametrize("service", SERVICES)
async def test_openapi_fuzzing_finds_no_5xx_and_no_schema_violation(platform: Platform, service: str,
                                                                    tmp_path: Path) -> None:
    token = mint("officer", sub=f"officer:fuzz-{service}")
    cmd = [str(Path(sys.executable).parent / "schemathesis"), "run", f"{platform.url(service)}/openapi.json",
           "--checks", "all", "--exclude-checks", "positive_data_acceptance", "-n", EXAMPLES,
           "--generation-deterministic", "--request-timeout", "20", "--exclude-path-regex", "^/test/",
           "-H", f"Authorization: Bearer {token}", "--report-dir", str(tmp_path)]
    proc = await asyncio.create_subprocess_exec(*cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=600)
    text = out.decode(errors="replace")
    assert proc.returncode == 0, text[-6000:]
    assert "passed" in text
