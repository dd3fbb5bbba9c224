"""Each service's Alembic migrations build exactly the schema its models describe (no drift), and can be
rolled back to nothing."""
import importlib
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from ipp_common.migrations import alembic_config, upgrade
from sqlalchemy import create_engine, inspect

SERVICES = ["registry", "verification", "contracts", "measures", "notifications"]


@pytest.mark.parametrize("service", SERVICES)
def test_migrations_match_models_and_downgrade(service: str, tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/m.db"
    upgrade(url, service)
    metadata = importlib.import_module(f"{service}.adapters.orm").metadata
    engine = create_engine(f"sqlite:///{tmp_path}/m.db")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
        assert diff == [], diff
        assert {"outbox", "inbox", "audit_log", "idempotency_key"} <= set(inspect(conn).get_table_names())
    command.downgrade(alembic_config(url, service), "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    engine.dispose()
