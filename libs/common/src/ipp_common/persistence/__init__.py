"""Persistence: platform tables, engine, the unit of work and its row writers, idempotency keys,
migrations, retention and caches."""
