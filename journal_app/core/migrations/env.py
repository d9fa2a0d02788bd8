"""Alembic environment: always handed an open connection by `core.db.migrate`."""

from alembic import context
from sqlmodel import SQLModel

from journal_app.core import models  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
