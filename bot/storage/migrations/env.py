"""Alembic environment: runs on the connection the bot hands over (see database.migrate)."""

from alembic import context

from bot.storage.models import Base

connection = context.config.attributes["connection"]
# Batch mode lets later migrations alter columns on SQLite, which has no ALTER COLUMN.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
