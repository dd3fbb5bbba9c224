"""Property-based fuzzing of every service's OpenAPI with schemathesis, against the running platform, with
**every** check and every phase (the recorded examples, coverage, fuzzing, and the stateful phase that
follows the documents' links from a creating POST to the operations on what it created): no 5xx, no answer
that breaks its own schema, no undocumented status or content type, strict inputs, correct Allow headers, and
schema-valid requests accepted.

Each operation is called with a token of a role its document admits (``security: [{bearer: [roles]}]``),
so the fuzzing reaches the rules behind the role check. ``positive_data_acceptance`` counts as accepted,
besides 2xx, the refusals the law makes of requests the schema cannot tell apart (ADR 6):
403 (a BIN that is not the caller's), 404 (an id that does not exist, or belongs to another business),
409 (an action the object's state does not allow now) and 422 (a rule of the law across fields or against
data, e.g. a BIN's check digit, a TN VED code outside the nomenclature, a term already expired); 412, the
answer to an If-Match naming a tag the resource does not have (``test_preconditions``); and 304, the answer to
an If-None-Match naming the representation's tag (``*`` names any), which the documents declare on every GET. Any other
refusal of a schema-valid request (400, 401, 405, 413, 415) fails. ``test_the_law_refuses_schema_valid_requests``
shows each of the four with a real request."""
from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from harness import SERVICES, Platform, fresh_bin
from infra import Infra
from ipp_common.cli.token import mint

pytestmark = pytest.mark.integration
EXAMPLES = os.environ.get("IPP_FUZZ_EXAMPLES", "12")
LAWFUL_REFUSALS = ["2xx", "304", "403", "404", "409", "412", "422"]
"""What ``positive_data_acceptance`` takes as the answer to a schema-valid request (see the module's text)."""
FUZZ_BIN = "190540001012"
SCOPES = ["informatization", "registry-observer", "measures-observer", "contracts-observer", "bank"]


def token_for(roles: list[str], service: str) -> str:
    """A token of the role an operation admits: an officer where officers may call it (they see everything),
    else the first role listed; a business acts for ``FUZZ_BIN``, an agency holds every scope."""
    role = "officer" if not roles or "officer" in roles else roles[0]
    return mint(role, sub=f"{role}:fuzz-{service}", bin=FUZZ_BIN if role in ("applicant", "customer") else None,
                scopes=SCOPES if role == "agency" else None)


def config(document: dict[str, Any], service: str) -> str:
    """schemathesis.toml: the accepted answers of ``positive_data_acceptance`` and each operation's token."""
    lines = ["[checks.positive_data_acceptance]", f"expected-statuses = {json.dumps(LAWFUL_REFUSALS)}", ""]
    for ops in document["paths"].values():
        for op in ops.values():
            if not op.get("security"):
                continue  # public: no token
            roles = next(iter(op["security"][0].values()))
            lines += ["[[operations]]", f"include-operation-id = {json.dumps(op['operationId'])}",
                      f"headers = {{ Authorization = {json.dumps('Bearer ' + token_for(roles, service))} }}", ""]
    return "\n".join(lines)


@pytest.fixture(scope="module")
async def platform(infra: Infra, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Platform]:
    """A platform of the fuzzing's own: it replays the recorded examples as an officer, which changes
    reference data other tests rely on (a TN VED code's production conditions), and it sends more requests
    than the suite's low measures limit (which lets the security suite see 429s) admits."""
    p = Platform(infra, tmp_path_factory.mktemp("fuzz"), db_pool_size=3,
                 env={"MEASURES_RATE_LIMIT_PER_S": "200", "MEASURES_RATE_LIMIT_BURST": "400"})
    try:
        await p.start()
        yield p
    finally:
        await p.stop()



@pytest.mark.parametrize("service", SERVICES)
async def test_openapi_fuzzing_with_every_check_and_phase_finds_nothing(platform: Platform, service: str,
                                                                        tmp_path: Path) -> None:
    document = (await platform.http.get(f"{platform.url(service)}/openapi.json")).json()
    (tmp_path / "schemathesis.toml").write_text(config(document, service))
    cmd = [str(Path(sys.executable).parent / "schemathesis"), "--config-file", str(tmp_path / "schemathesis.toml"),
           "run", f"{platform.url(service)}/openapi.json", "--checks", "all",
           "--phases", "examples,coverage,fuzzing,stateful", "-n", EXAMPLES,
           "--generation-deterministic", "--request-timeout", "20", "--exclude-path-regex", "^/test/",
           "--report-dir", str(tmp_path)]
    proc = await asyncio.create_subprocess_exec(*cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=600)
    text = out.decode(errors="replace")
    assert proc.returncode == 0, text[-8000:]
    assert "passed" in text
    links = re.search(r"API Links:\s+(\d+) covered / (\d+) selected", text)
    print(f"[fuzz] {service}: links covered {links.group(1) if links else '?'} of {links.group(2) if links else '?'}")
    assert "Stateful" in text, text[-3000:]  # the phase over the links ran


async def test_the_law_refuses_schema_valid_requests(platform: Platform) -> None:
    """ADR 6's reasons, each shown: requests that fit their schema and that the law still refuses."""
    mine, other = fresh_bin(), fresh_bin()
    # 403 — a business acts only for its own BIN
    r = await platform.registry("GET", f"/v1/register/{other}/history", role="applicant", bin_=mine)
    assert r.status_code in (403, 404), r.text
    # 404 — an id that fits the uuid format but names nothing
    r = await platform.registry("GET", "/v1/appeals/00000000-0000-4000-8000-000000000000", role="officer")
    assert r.status_code == 404 and r.json()["code"] == "not_found"
    # 409 — a second application while the first is still open (Art. 51-1.2): the state does not allow it now
    assert (await platform.file(mine)).status_code == 202
    r = await platform.file(mine)
    assert r.status_code == 409 and r.json()["code"] == "application_already_open"
    # 422 — twelve digits whose check digit is wrong: the schema's pattern holds, the BIN does not
    bad = mine[:11] + str((int(mine[11]) + 1) % 10)
    r = await platform.file(bad)
    assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "bin_invalid", r.text
