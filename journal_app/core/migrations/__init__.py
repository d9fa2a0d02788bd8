"""Alembic migrations, run programmatically when a journal is opened (see `core.db`)."""
