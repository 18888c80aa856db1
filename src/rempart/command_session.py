"""What every `rempart` subcommand that touches the database shares: settings and a session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click
from sqlalchemy.orm import Session

from rempart.db import engine_for, make_session_factory, transaction, upgrade
from rempart.errors import RempartError
from rempart.settings import Settings


def settings_for(database_url: str | None) -> Settings:
    """The settings, with ``--database-url`` taking precedence when given."""
    return Settings(database_url=database_url) if database_url else Settings()


@contextmanager
def migrated_session(settings: Settings) -> Iterator[Session]:
    """A transaction on the settings' database, migrated first; a RempartError ends the command
    with its English message, and the engine's connections are closed afterwards."""
    with engine_for(settings.database_url) as engine:
        upgrade(engine)
        try:
            with transaction(make_session_factory(engine)) as session:
                yield session
        except RempartError as error:
            raise click.ClickException(error.message("en")) from error
