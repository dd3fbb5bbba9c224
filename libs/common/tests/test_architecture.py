"""Architecture rules checked on every run: services never import one another, the shared library never
imports a service, domain layers import no framework, layers point one way (import-linter); and the
event catalogue documents are generated from the code."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_import_contracts_hold() -> None:
    r = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Contracts: 5 kept, 0 broken" in r.stdout


def test_the_shared_library_is_arranged_by_concern_in_modules_a_reader_can_hold() -> None:
    """``ipp_common`` is subpackages by concern (messaging, persistence, http, law, observability, service,
    cli, events), and no module is over 400 lines."""
    src = ROOT / "libs" / "common" / "src" / "ipp_common"
    loose = sorted(p.name for p in src.glob("*.py") if p.name != "__init__.py")
    assert not loose, f"modules outside a subpackage: {loose}"
    long = {str(p.relative_to(src)): n for p in src.rglob("*.py") if (n := len(p.read_text().splitlines())) > 400}
    assert not long, f"modules over 400 lines: {long}"


def test_every_type_ignore_says_why() -> None:
    """A silenced type error carries its reason after it (``# type: ignore[code]  # why``)."""
    bare = []
    for base in ("libs/common/src", "services", "deploy/egov_sim/src"):
        for p in (ROOT / base).rglob("*.py"):
            if "/tests/" in str(p) or "/migrations/versions/" in str(p):
                continue
            for n, line in enumerate(p.read_text().splitlines(), 1):
                if "# type: ignore" in line and not re.search(r"# type: ignore\[[\w-]+(, *[\w-]+)*\]  # \S", line):
                    bare.append(f"{p.relative_to(ROOT)}:{n}")
    assert not bare, bare


def test_event_catalogue_documents_are_up_to_date() -> None:
    r = subprocess.run([sys.executable, "-m", "ipp_common.cli.asyncapi", "--check", "--out", "docs"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
