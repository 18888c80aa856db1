"""Engines, sessions, migrations and integrity checks; every SQLite/PostgreSQL difference lives here."""

from __future__ import annotations

import datetime as dt
import fcntl
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import BigInteger, DateTime, Integer, MetaData, create_engine, event, text
from sqlalchemy.dialects import postgresql as postgresql_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection, Dialect, Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from rempart.errors import DatabaseCheckFailed

#: Deterministic constraint names, so migrations can refer to them on both databases.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: An auto-incrementing 64-bit key (SQLite only auto-increments a plain INTEGER primary key).
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """The declarative base of every Rempart table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; Rempart stores aware UTC times only")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def is_sqlite(url: str) -> bool:
    """Whether ``url`` names a SQLite database."""
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_connection: Any, synchronous: str) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers work during a write. In WAL mode synchronous=NORMAL writes every commit to
    # the log before it is acknowledged, so a killed process loses nothing committed; only a power
    # cut may lose the last commits (synchronous=FULL closes that gap, more slowly).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={synchronous}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


#: The first words of statements that need SQLite's write lock.
_WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


class SQLiteWriterGate:
    """Lets one transaction write at a time, the others waiting on a lock rather than polling.

    SQLite has one writer; a second writer waits in SQLite's busy handler, which sleeps 1, 2, 5,
    10 … ms between tries, so writers in several processes (``rempart serve --workers N``) spend
    their time asleep. Queuing writers instead hands the database over the moment a commit ends:
    this process's threads queue on a lock, and processes queue on an exclusive ``flock`` of a
    file beside the database (``lock_path``; the kernel frees it if a process dies). If the
    thread lock is not free within ``timeout`` (say a thread writes on two connections) SQLite's
    own rule applies.

    The gate opens when SQLite's COMMIT or ROLLBACK has returned (the connections are of
    :meth:`connection_class`), not when SQLAlchemy announces it: opened earlier, the next writer
    would meet the database still locked by the commit and fall back to the busy handler's sleep.
    """

    def __init__(self, timeout: float, lock_path: Path | None = None) -> None:
        self._lock = threading.Lock()
        self._timeout = timeout
        self._lock_path = lock_path
        self._lock_file: Any = None

    def connection_class(self) -> type[sqlite3.Connection]:
        """The DBAPI connection class (``sqlite3.connect(factory=…)``) that opens the gate once
        its transaction has ended."""
        gate = self

        class GatedConnection(sqlite3.Connection):
            writing = False

            def commit(self) -> None:
                try:
                    super().commit()
                finally:
                    gate.release(self)

            def rollback(self) -> None:
                try:
                    super().rollback()
                finally:
                    gate.release(self)

            def close(self) -> None:  # closing ends the transaction (an invalidated connection)
                try:
                    super().close()
                finally:
                    gate.release(self)

        return GatedConnection

    def install(self, engine: Engine) -> None:
        """Hook the gate into ``engine``'s statements and connection returns."""
        event.listen(engine, "before_cursor_execute", self._before_execute)
        event.listen(engine.pool, "checkin", self._on_checkin)

    def _before_execute(self, _connection: Any, cursor: Any, statement: str, *_: Any) -> None:
        dbapi_connection = cursor.connection
        if dbapi_connection.writing:
            return
        if statement.lstrip()[:7].upper().startswith(_WRITE_VERBS):
            held = self._lock.acquire(timeout=self._timeout)
            if held and self._lock_path is not None:
                self._lock_processes(self._lock_path)
            dbapi_connection.writing = held

    def _lock_processes(self, lock_path: Path) -> None:
        if self._lock_file is None:  # opened once, under the thread lock; closed with the gate
            self._lock_file = open(lock_path, "a+b")  # noqa: SIM115 - lives with the gate
            weakref.finalize(self, self._lock_file.close)
        fcntl.flock(self._lock_file, fcntl.LOCK_EX)  # releases the GIL while it waits

    def _on_checkin(self, dbapi_connection: Any, _record: Any) -> None:
        if dbapi_connection is not None:  # returned mid-write: its reset failed
            self.release(dbapi_connection)

    def release(self, dbapi_connection: Any) -> None:
        """Open the gate if ``dbapi_connection`` holds it."""
        if dbapi_connection.writing:
            dbapi_connection.writing = False
            if self._lock_file is not None:
                fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock.release()


def make_engine(url: str, *, echo: bool = False, sqlite_synchronous: str = "NORMAL") -> Engine:
    """An engine for ``url`` with Rempart's connection settings; creates a SQLite file's folder."""
    if sqlite_synchronous not in ("NORMAL", "FULL"):
        raise ValueError("sqlite_synchronous must be NORMAL or FULL")
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        lock_path = (Path(database).expanduser().with_name(Path(database).name + "-writer.lock")
                     if database and database != ":memory:" and not database.startswith("file:")
                     else None)
        gate = SQLiteWriterGate(timeout=10, lock_path=lock_path)
        engine = create_engine(url, echo=echo, connect_args={
            "check_same_thread": False, "timeout": 10, "factory": gate.connection_class()})
        event.listen(engine, "connect",
                     lambda connection, _record: _sqlite_pragmas(connection, sqlite_synchronous))
        gate.install(engine)
        return engine
    # No JIT compilation: Rempart's queries are short, and compiling them cost more than running
    # them (114 ms added to a 100 ms review-queue query at ten million comments).
    return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=10, max_overflow=20,
                         connect_args={"options": "-c jit=off"})


@contextmanager
def engine_for(url: str) -> Iterator[Engine]:
    """An engine for a short task (a command); its connections are closed when the block ends."""
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; objects stay readable after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work commits when the block ends and rolls back if it raises."""
    with factory() as session, session.begin():
        yield session


def _alembic_config(engine: Engine) -> Config:
    folder = resources.files("rempart") / "migrations"
    config = Config()
    config.set_main_option("script_location", str(folder))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> None:
    """Bring the database schema up to the newest migrations (idempotent)."""
    command.upgrade(_alembic_config(engine), "heads")


def schema_revision(engine: Engine) -> str | None:
    """The migrations the database is at (comma-separated heads), or None for an empty database."""
    with engine.connect() as connection:
        heads = MigrationContext.configure(connection).get_current_heads()
    return ",".join(sorted(heads)) or None


def head_revision(engine: Engine) -> str | None:
    """The newest migrations this version of Rempart ships (comma-separated heads)."""
    return ",".join(sorted(ScriptDirectory.from_config(_alembic_config(engine)).get_heads())) or None


def check(engine: Engine) -> list[str]:
    """Verify the database's integrity and schema; returns what was checked, raises on a fault."""
    done: list[str] = []
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            result = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
            if result != ["ok"]:
                raise DatabaseCheckFailed(f"SQLite integrity check failed: {'; '.join(result)}")
            done.append("sqlite integrity_check: ok")
            broken = list(connection.execute(text("PRAGMA foreign_key_check")))
            if broken:
                raise DatabaseCheckFailed(f"{len(broken)} rows break a foreign key")
            done.append("sqlite foreign_key_check: ok")
        else:
            connection.execute(text("SELECT 1"))
            done.append(f"{engine.dialect.name} connection: ok")
    current, head = schema_revision(engine), head_revision(engine)
    if current != head:
        raise DatabaseCheckFailed(
            f"schema is at {current or 'nothing'}, this Rempart needs {head}: run `rempart db upgrade`"
        )
    done.append(f"schema revision: {current}")
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            count = connection.execute(text(f'SELECT COUNT(*) FROM "{table.name}"')).scalar_one()
            done.append(f"table {table.name}: {count} rows readable")
    return done


def append_only_statements(dialect_name: str, table: str) -> list[str]:
    """SQL that makes ``table`` refuse UPDATE and DELETE, for append-only records."""
    if dialect_name == "sqlite":
        return [
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            for verb in ("UPDATE", "DELETE")
        ]
    return [
        f"CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger AS $$ "
        f"BEGIN RAISE EXCEPTION '{table} is append-only'; END; $$ LANGUAGE plpgsql",
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()",
    ]


#: The prefix of the stable pseudonyms that replace erased accounts' ids (rempart.privacy).
PSEUDONYM_PREFIX = "erased-"


def pseudonymisable_statements(dialect_name: str, table: str, *, columns: list[str],
                               account_columns: list[str], account_targets: str) -> list[str]:
    """SQL that keeps ``table`` append-only except for pseudonymisation: an UPDATE may only
    replace ``account_columns`` by a pseudonym (``PSEUDONYM_PREFIX``...), and the column
    ``account_targets`` names target ids only when the row's ``target_type`` is ``account``.
    DELETE stays refused. On SQLite ``columns`` (every column of the table) must all be listed,
    so a migration adding a column to ``table`` must run this again."""
    p = len(PSEUDONYM_PREFIX)

    def pseudonymised(column: str) -> str:
        base = f"substr(NEW.{column}, 1, {p}) = '{PSEUDONYM_PREFIX}'"
        if column == account_targets:
            base = f"(OLD.target_type = 'account' AND {base})"
        return f"(NEW.{column} = OLD.{column} OR {base})"

    allowed = " AND ".join(pseudonymised(c) for c in account_columns)
    if dialect_name == "sqlite":
        unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns
                                 if c not in account_columns)
        return [
            f"DROP TRIGGER IF EXISTS {table}_no_update",
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"WHEN NOT ({unchanged} AND {allowed}) "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
        ]
    minus = "".join(f" - '{c}'" for c in account_columns)
    return [
        f"CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger AS $$ "
        f"BEGIN IF TG_OP = 'UPDATE' AND (to_jsonb(NEW){minus}) = (to_jsonb(OLD){minus}) "
        f"AND {allowed} THEN RETURN NEW; END IF; "
        f"RAISE EXCEPTION '{table} is append-only'; END; $$ LANGUAGE plpgsql",
    ]


def disposable_table_prefixes(dialect_name: str) -> list[str]:
    """CREATE TABLE prefixes for data that may be lost in a crash (counters): on PostgreSQL an
    UNLOGGED table (no WAL, so cheaper writes; emptied after a crash, not replicated)."""
    return ["UNLOGGED"] if dialect_name == "postgresql" else []


def disposable_commit(connection: Connection) -> None:
    """Let the current transaction commit without waiting for the disk (PostgreSQL's
    ``synchronous_commit = off``): only for writes a crash may lose, such as counters."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL synchronous_commit TO OFF"))


def insert_or_merge(dialect_name: str, table: Any) -> Any:
    """An INSERT on ``table`` that takes ``on_conflict_do_nothing/update`` (both databases have
    ON CONFLICT, but SQLAlchemy builds it per dialect)."""
    return sqlite_dialect.insert(table) if dialect_name == "sqlite" else postgresql_dialect.insert(table)


def elapsed_seconds(dialect_name: str, start: Any, end: Any) -> Any:
    """A SQL expression: whole seconds from ``start`` to ``end`` (two timestamp columns)."""
    from sqlalchemy import Integer as _Integer
    from sqlalchemy import cast, extract, func

    if dialect_name == "sqlite":
        # SQLite keeps timestamps as text; '%s' gives exact epoch seconds (julianday drifts).
        return cast(func.strftime("%s", end), _Integer) - cast(func.strftime("%s", start), _Integer)
    # Truncated to the second on both ends, as SQLite's '%s' does, so both databases agree.
    return extract("epoch", func.date_trunc("second", end)) - extract(
        "epoch", func.date_trunc("second", start))


def percentile(session: Session, values: Any, fraction: float) -> float | None:
    """The ``fraction`` percentile (linear interpolation, as PostgreSQL's ``percentile_cont``) of
    the first column of the select ``values``, computed by the database; None when it is empty."""
    from sqlalchemy import func, select

    if not 0 <= fraction <= 1:
        raise ValueError("fraction must be between 0 and 1")
    column = values.subquery().c[0]
    present = column.is_not(None)
    if session.get_bind().dialect.name != "sqlite":
        result = session.scalar(select(func.percentile_cont(fraction).within_group(column.asc()))
                                .where(present))
        return None if result is None else float(result)
    # SQLite has no percentile_cont: count, then read the one or two middle values in order.
    count = session.scalar(select(func.count()).where(present)) or 0
    if count == 0:
        return None
    rank = (count - 1) * fraction
    low = int(rank)
    pair = [float(v) for v in session.scalars(
        select(column).where(present).order_by(column.asc()).limit(2).offset(low))]
    if len(pair) == 1 or rank == low:
        return pair[0]
    return pair[0] + (pair[1] - pair[0]) * (rank - low)


def later_by(dialect_name: str, column: Any, delta: dt.timedelta) -> Any:
    """A SQL expression: the timestamp ``column`` moved by ``delta`` (whole seconds), stored as
    the column's own values are, so it compares with them (SQLite keeps timestamps as text)."""
    from sqlalchemy import Integer as _Integer
    from sqlalchemy import Interval, func, literal, type_coerce

    seconds = delta.total_seconds()
    if seconds != int(seconds):
        raise ValueError("later_by moves by whole seconds only")
    if dialect_name == "sqlite":
        # Whole seconds leave the fraction unchanged: keep the stored '.ffffff' as it is.
        moved = func.strftime("%Y-%m-%d %H:%M:%S", column, f"{int(seconds):+d} seconds")
        return type_coerce(moved.op("||")(func.substr(column, literal(20, _Integer))),
                           UTCDateTime())
    return type_coerce(column + literal(delta, Interval()), UTCDateTime())


def bytewise(dialect_name: str, expression: Any) -> Any:
    """``expression`` ordered by its bytes, as Python orders strings (PostgreSQL's collation may
    not be; SQLite's default already is)."""
    return expression if dialect_name == "sqlite" else expression.collate("C")


def json_document(dialect_name: str, column: Any) -> Any:
    """A JSON column read for several lookups: PostgreSQL's ``json`` text is reparsed by each
    ``->>``, so it is cast to ``jsonb`` once (parsed once); SQLite reads its JSON text."""
    from sqlalchemy import cast
    from sqlalchemy.dialects.postgresql import JSONB

    return column if dialect_name == "sqlite" else cast(column, JSONB)
