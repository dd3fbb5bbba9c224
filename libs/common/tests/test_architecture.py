"""Architecture rules checked on every run: services never import one another, the shared library never
imports a service, domain layers import no framework, layers point one way (import-linter); and the
event catalogue documents are generated from the code."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_import_contracts_hold() -> None:
    r = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Contracts: 4 kept, 0 broken" in r.stdout


def test_event_catalogue_documents_are_up_to_date() -> None:
    r = subprocess.run([sys.executable, "-m", "ipp_common.cli.asyncapi", "--check", "--out", "docs"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
