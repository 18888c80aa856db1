"""Fixtures of the hardening tests: one migrated database per module and database kind.

The role matrix and the input-limit tests make hundreds of cheap requests against one world, so
they share a database per module (on SQLite, and on PostgreSQL when configured) instead of cloning
one per test like ``database_url`` does.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tests.conftest import PG_ENV, _admin_engine

_counter = itertools.count()


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def module_database_url(request: pytest.FixtureRequest,
                        tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a fresh, migrated database that only this test module uses."""
    if request.param == "sqlite":
        target = tmp_path_factory.mktemp("module-db") / "rempart.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), target)
        yield f"sqlite:///{target}"
        return
    template = request.getfixturevalue("postgres_template")
    url = os.environ[PG_ENV]
    name = f"rempart_m_{os.getpid()}_{next(_counter)}"
    admin = _admin_engine(url)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
