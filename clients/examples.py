"""Record the examples of the five OpenAPI documents from the platform's own answers.

Runs test modules that drive every operation with ``IPP_RECORD_EXAMPLES`` set (each service process then
keeps the first successful exchange of each operation, ``ipp_common.http.examples``), and gathers what they
recorded into ``services/<service>/src/<service>/openapi_examples.json``. An operation that already has an
example keeps it unless ``--refresh`` is given, so recording again changes only what is new. Follow with
``make clients``: the documents in ``clients/openapi`` carry the examples.

    python clients/examples.py                 # record, add the examples that are missing
    python clients/examples.py --refresh       # record, replace every example
    python clients/examples.py --from DIR      # gather what an earlier run recorded into DIR
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "clients"))
from generate import document  # noqa: E402  (clients/generate.py: the documents as the applications serve them)

SERVICES = ["registry", "verification", "contracts", "measures", "notifications"]
DRIVERS = ["tests/test_retries.py", "tests/test_reads.py", "tests/test_flow.py", "tests/test_register.py",
           "tests/test_contracts.py", "tests/test_measures.py", "tests/test_notifications.py", "tests/test_security.py",
           "tests/test_bad_input.py", "tests/test_preconditions.py", "tests/test_public_pages.py",
           "tests/test_open_data.py"]
"""The test modules that, between them, answer every operation successfully at least once, and refuse what
each operation refuses."""


def target(service: str) -> Path:
    return ROOT / "services" / service / "src" / service / "openapi_examples.json"


def gather(directory: Path, *, refresh: bool) -> None:
    for service in SERVICES:
        path = target(service)
        kept: dict[str, Any] = {} if refresh or not path.exists() else json.loads(path.read_text())
        operations = {f"{method.upper()} {p}" for p, ops in document(service)["paths"].items() for method in ops}
        dropped = sorted(set(kept) - operations)  # operations the service no longer has
        for name in dropped:
            del kept[name]
        found = sorted((directory / service).glob("*.json")) if (directory / service).is_dir() else []
        records = [json.loads(f.read_text()) for f in found]
        added = 0
        for record in sorted(records, key=lambda r: r["status"] >= 400):  # the successes first
            if record["operation"] not in operations:
                continue
            entry = kept.setdefault(record["operation"], {})
            if record["status"] < 400 and "status" not in entry:
                entry.update({k: record[k] for k in ("path", "status", "request")},
                             response=shortened(record["response"]))
                added += 1
            elif record["status"] >= 400:
                label = f"{record['status']} {record['response']['code']}"
                if label not in entry.setdefault("problems", {}):
                    entry["problems"][label] = record["response"]
                    added += 1
            if "problems" in entry:
                entry["problems"] = dict(sorted(entry["problems"].items()))
        path.write_text(json.dumps(dict(sorted(kept.items())), indent=2, ensure_ascii=False) + "\n")
        print(f"[examples] {service}: {added} added, {len(dropped)} dropped, {len(kept)} in all "
              f"-> {path.relative_to(ROOT)}", flush=True)


LIST_EXAMPLE_MAX = 3


def shortened(value: Any) -> Any:
    """An answer with every list cut to its first three items: an example shows the shape, and a change feed
    or a day's bulk file recorded late in the suite holds hundreds (each item stays as it was sent)."""
    if isinstance(value, list):
        return [shortened(v) for v in value[:LIST_EXAMPLE_MAX]]
    if isinstance(value, dict):
        return {k: shortened(v) for k, v in value.items()}
    return value


def record(directory: Path) -> None:
    env = {**os.environ, "IPP_RECORD_EXAMPLES": str(directory)}
    print(f"[examples] recording into {directory} while {len(DRIVERS)} test modules run", flush=True)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *DRIVERS],
                          cwd=ROOT, env=env)
    if done.returncode != 0:
        sys.exit(f"[examples] the test run failed (exit {done.returncode}); nothing gathered")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--refresh", action="store_true", help="replace the examples that exist")
    parser.add_argument("--from", dest="source", type=Path, help="gather an earlier recording, run no tests")
    args = parser.parse_args()
    if args.source:
        gather(args.source, refresh=args.refresh)
        return
    with tempfile.TemporaryDirectory(prefix="ipp-examples-") as tmp:
        record(Path(tmp))
        gather(Path(tmp), refresh=args.refresh)


if __name__ == "__main__":
    main()
