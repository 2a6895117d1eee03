"""Alembic environment: the URL and connection come from service.db.migrate, never from an ini file."""

from __future__ import annotations

from alembic import context

from service.db.tables import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - always called through service.db.migrate
    raise RuntimeError("run migrations through `transnorm db upgrade`")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
