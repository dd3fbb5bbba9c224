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
    assert "Contracts: 7 kept, 0 broken" in r.stdout


def test_the_shared_library_is_arranged_by_concern_in_modules_a_reader_can_hold() -> None:
    """``ipp_common`` is subpackages by concern (core, events, messaging, persistence, http, law, observability,
    service, cli, testing), and no module is over 400 lines."""
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


def test_tests_use_only_public_attributes() -> None:
    """Issue 37: a test observes what it checks through public names — our classes' properties, a library's
    public API, the wire (``amqp_wire``) — never another object's ``_private`` attribute, which ties the test to
    an implementation (ours) or breaks on a library's next release (theirs). ``self``/``cls`` are the object's
    own; ``os._exit`` is the fault it injects; namedtuples' ``_replace`` is their public API."""
    import ast

    allowed = {"_exit", "_replace", "_asdict", "_fields", "_make"}
    found = []
    for base in ("libs/common/tests", "tests", "services"):
        for p in (ROOT / base).rglob("*.py"):
            if base == "services" and "/tests/" not in str(p):
                continue
            for node in ast.walk(ast.parse(p.read_text())):
                if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                        and node.attr not in allowed
                        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
                    found.append(f"{p.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    assert not found, found
