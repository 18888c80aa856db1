"""Alembic environment: runs migrations on the engine Rempart hands over (never a config URL)."""

from __future__ import annotations

from alembic import context

import rempart.models  # noqa: F401  (registers every table on Base.metadata)
from rempart.db import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    context.run_migrations()
