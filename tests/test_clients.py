"""The typed clients in clients/ are what openapi-python-client generates from the five services' OpenAPI
documents as the code serves them now: an API change without `make clients` fails here."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_generated_clients_match_the_openapi_documents() -> None:
    r = subprocess.run([sys.executable, "clients/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "up to date" in r.stdout
