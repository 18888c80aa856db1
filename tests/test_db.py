"""Storage: migrations, integrity checks, UTC timestamps and the append-only audit log."""

from __future__ import annotations

import datetime as dt
import fcntl
import os

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from rempart import audit
from rempart.audit import AuditEntry
from rempart.db import check, head_revision, make_engine, schema_revision, transaction, upgrade
from rempart.errors import DatabaseCheckFailed
from rempart.moderation.enums import ActorType
from rempart.moderation.models import Account
from tests.factories import make_account


def test_fresh_database_is_at_head_and_passes_check(engine: Engine) -> None:
    assert schema_revision(engine) == head_revision(engine)
    report = check(engine)
    assert any(line.startswith("schema revision") for line in report)
    assert any("table comments" in line for line in report)


def test_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    upgrade(engine)
    assert schema_revision(engine) == head_revision(engine)


def test_check_refuses_a_database_that_was_never_migrated(tmp_path: object) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/empty.sqlite3")
    with pytest.raises(DatabaseCheckFailed, match="rempart db upgrade"):
        check(engine)


def test_check_detects_a_corrupted_sqlite_file(tmp_path: object) -> None:
    path = f"{tmp_path}/broken.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:  # scribble over the header of every b-tree page but the first
        for page_start in range(4096, size, 4096):
            handle.seek(page_start)
            handle.write(b"\x07\xff\xff\xff")
    with pytest.raises(Exception):  # noqa: B017  (sqlite reports corruption as several types)
        check(make_engine(f"sqlite:///{path}"))


def test_timestamps_come_back_aware_and_in_utc(sessions: sessionmaker[Session]) -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    at = dt.datetime(2026, 11, 2, 11, 30, tzinfo=paris)
    make_account(sessions, "acc-1", now=at)
    with sessions() as session:
        account = session.get(Account, "acc-1")
        assert account is not None
        assert account.created_at == at
        assert account.created_at.tzinfo is not None
        assert account.created_at.utcoffset() == dt.timedelta(0)


def test_naive_timestamps_are_refused(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        make_account(sessions, "acc-2", now=dt.datetime(2026, 1, 1))


def test_audit_log_is_append_only(sessions: sessionmaker[Session], now: dt.datetime) -> None:
    with transaction(sessions) as session:
        audit.record(session, now=now, actor_type=ActorType.SYSTEM, actor_id="rempart",
                     action="test.write", target_type="thing", target_id="1")
    with pytest.raises(DBAPIError, match="append-only"), transaction(sessions) as session:
        session.execute(update(AuditEntry).values(action="tampered"))
    with pytest.raises(DBAPIError, match="append-only"), transaction(sessions) as session:
        session.execute(text("DELETE FROM audit_log"))
    with sessions() as session:
        assert session.scalars(select(AuditEntry.action)).all() == ["test.write"]


def test_sqlite_writers_of_several_processes_queue_on_a_file_lock(tmp_path: object) -> None:
    """A write transaction holds an exclusive flock beside the database until it ends, so a writer
    in another process waits on the kernel's lock, not in SQLite's sleeping busy handler."""
    database = f"{tmp_path}/queued.sqlite3"
    engine = make_engine(f"sqlite:///{database}")
    lock_path = f"{database}-writer.lock"

    def lock_is_free() -> bool:
        with open(lock_path, "a+b") as other:  # another open file: flock treats it as a process
            try:
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            fcntl.flock(other, fcntl.LOCK_UN)
            return True

    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x INTEGER)"))
            assert not lock_is_free()
        assert lock_is_free()
        # Held until SQLite's own COMMIT has run, not only until SQLAlchemy announced it: opened
        # earlier, the next writer would find the database still locked and sleep in the busy
        # handler.
        free_during: dict[str, bool] = {}
        with engine.begin() as connection:
            dbapi_connection = connection.connection.dbapi_connection
            assert dbapi_connection is not None
            dbapi_connection.set_trace_callback(
                lambda sql: free_during.setdefault(sql, lock_is_free()))
            connection.execute(text("INSERT INTO t VALUES (0)"))
        dbapi_connection.set_trace_callback(None)
        assert free_during["COMMIT"] is False
        assert lock_is_free()
        with engine.connect() as connection:  # a connection dropped mid-write frees the gate
            connection.execute(text("INSERT INTO t VALUES (2)"))
            assert not lock_is_free()
            connection.invalidate()
        assert lock_is_free()
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM t"))
            assert lock_is_free()  # reading takes no writer lock
            connection.execute(text("INSERT INTO t VALUES (1)"))
            assert not lock_is_free()
            connection.rollback()
        assert lock_is_free()
    finally:
        engine.dispose()
