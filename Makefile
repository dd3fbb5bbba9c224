# The industrial-policy platform. `make up` runs it; `make test` installs everything and runs all tests.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
# Byte-code compiled at install: a service process then starts in ≈0.7 s of CPU instead of ≈1.7 s (where
# PYTHONDONTWRITEBYTECODE is set, as on the CI machines, nothing would ever be cached), and the test suite
# starts some hundred of them.
export UV_COMPILE_BYTECODE := 1
UV := python3 -m uv
RUN := $(UV) run --all-packages --locked

.PHONY: help install api-tools crd-tools ocds-standard up demo test test-fast lint asyncapi clients examples token dlq bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

install:  ## install uv (from PyPI) and every package of the workspace into .venv
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check uv
	@$(UV) sync --all-packages --locked --quiet

api-tools:  ## install the pinned tools an integrator checks the OpenAPI documents with (npm: clients/contract)
	@command -v npm >/dev/null || { echo "npm is needed for the API contract checks (Debian: nodejs, npm)"; exit 1; }
	@cd clients/contract && { [ node_modules/.package-lock.json -nt package-lock.json ] || \
		npm ci --no-audit --no-fund --loglevel=error; }

crd-tools:  ## install the pinned CRD models the rendered manifests are checked against (npm: deploy/k8s/crd-check)
	@command -v npm >/dev/null || { echo "npm is needed for the CRD checks (Debian: nodejs, npm)"; exit 1; }
	@cd deploy/k8s/crd-check && { [ node_modules/.package-lock.json -nt package-lock.json ] || \
		npm ci --no-audit --no-fund --loglevel=error; }

ocds-standard: install  ## fetch the OCDS 1.1 schemas the open-data tests validate with (PyPI, SHA-256 checked)
	@$(RUN) python tests/support/ocds_standard.py >/dev/null

up: install  ## start the whole platform locally (5 services + e-gov simulator, SQLite, RabbitMQ at AMQP_URL)
	@$(RUN) python deploy/local/up.py

demo: install  ## drive the flows and fill the public pages (run `make up` in another shell first)
	@$(RUN) python deploy/local/demo.py

# The suite in three runs: everything on PostgreSQL with the clocks at today's date; the flow tests again on
# SQLite (the embedded default of `make up`); the date-dependent tests again with every service's clock
# started years ahead at 01:30 Almaty time (20:30 UTC the day before), so no test depends on the day it runs.
TEST_TODAY_AHEAD ?= 2029-12-05T01:30:00+05:00

test: install api-tools crd-tools ocds-standard  ## install everything and run the whole test suite (needs PostgreSQL and RabbitMQ, see README)
	@$(RUN) pytest
	@echo "[test] the flow tests on SQLite (IPP_TEST_DB=sqlite)"
	@IPP_TEST_DB=sqlite $(RUN) pytest -m flow
	@echo "[test] the date-dependent tests with every clock started at $(TEST_TODAY_AHEAD)"
	@IPP_TEST_TODAY=$(TEST_TODAY_AHEAD) $(RUN) pytest -m "dated or flow"

FAST_TESTS := pytest services libs/common/tests -m "not integration" -p no:cacheprovider

test-fast: install  ## the rules and use cases of every service, in process: no database server, broker or network (< 1 min)
	@# Where the machine lets it, in a network namespace of its own with only loopback up: a test that needed
	@# PostgreSQL, RabbitMQ or the network would fail here, not quietly use them.
	@if unshare -rn true 2>/dev/null && command -v ip >/dev/null; then \
	  echo "[test-fast] in a network namespace of its own (loopback only)"; \
	  unshare -rn sh -c 'ip link set lo up && exec $(RUN) --offline $(FAST_TESTS)'; \
	else $(RUN) $(FAST_TESTS); fi

lint: install  ## ruff, the import-architecture contracts and mypy (strict for the domain packages)
	@$(RUN) ruff check libs services deploy tests bench
	@$(RUN) lint-imports
	@$(RUN) mypy

asyncapi: install  ## regenerate docs/asyncapi.json and docs/events.md from the event catalogue
	@$(RUN) ipp-asyncapi --out docs

clients: install  ## regenerate clients/ (OpenAPI documents and typed Python clients) after an API change
	@$(RUN) python clients/generate.py

examples: install  ## record the OpenAPI examples from the platform's answers (runs tests; then `make clients`)
	@$(RUN) python clients/examples.py

token: install  ## mint a dev token: make token ARGS="--role applicant --bin 190540001012"
	@$(RUN) ipp-token $(ARGS)

dlq: install  ## list dead letters: make dlq ARGS="list --service verification"
	@$(RUN) ipp-dlq $(ARGS)

bench: install  ## run every benchmark beside its baseline and write docs/benchmarks.md (needs wrk)
	@command -v wrk >/dev/null || (apt-get install -y -q wrk || (apt-get update -q && apt-get install -y -q wrk))
	@$(RUN) python bench/run.py $(ARGS)

clean:  ## remove local databases and logs
	rm -rf .data .run
