"""The ``rempart`` command: keys, db check and upgrade, the demo world."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.models import ApiKey
from rempart.app import create_app
from rempart.cli import main
from rempart.moderation.models import Comment
from rempart.settings import Settings
from tests.factories import bearer, make_account


def test_keys_create_prints_a_secret_that_is_stored_only_as_a_digest(
    database_url: str, sessions: sessionmaker[Session]
) -> None:
    result = CliRunner().invoke(main, ["keys", "create", "--role", "moderator",
                                       "--database-url", database_url])
    assert result.exit_code == 0, result.output
    secret = result.output.strip()
    assert secret.startswith("rmp_")
    with sessions() as session:
        key = session.scalars(select(ApiKey)).one()
        assert key.role == "moderator"
        assert secret not in (key.digest, key.prefix)


def test_creator_keys_need_an_existing_account(
    database_url: str, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["keys", "create", "--role", "creator", "--database-url", database_url])
    assert missing.exit_code != 0
    assert "--account" in missing.output
    unknown = runner.invoke(main, ["keys", "create", "--role", "creator", "--account", "ghost",
                                   "--database-url", database_url])
    assert unknown.exit_code != 0
    make_account(sessions, "lea", now=now)
    ok = runner.invoke(main, ["keys", "create", "--role", "creator", "--account", "lea",
                              "--database-url", database_url])
    assert ok.exit_code == 0, ok.output


def test_db_upgrade_and_check(database_url: str) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["db", "upgrade", "--database-url", database_url]).exit_code == 0
    checked = runner.invoke(main, ["db", "check", "--database-url", database_url])
    assert checked.exit_code == 0, checked.output
    assert "database check passed" in checked.output


def test_db_check_fails_on_an_unmigrated_database(tmp_path: object) -> None:
    result = CliRunner().invoke(main, ["db", "check", "--database-url", f"sqlite:///{tmp_path}/x.db"])
    assert result.exit_code == 1
    assert "rempart db upgrade" in result.output


def test_demo_is_idempotent_and_its_platform_key_reads_a_demo_comment(
    database_url: str, sessions: sessionmaker[Session]
) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["demo", "--database-url", database_url])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["demo", "--database-url", database_url])
    assert second.exit_code == 0, second.output
    assert "(0 new comments)" in second.output
    with sessions() as session:
        total = session.scalar(select(func.count()).select_from(Comment))
        first_id = session.scalar(select(func.min(Comment.id)))
    assert total is not None and total >= 15
    platform_key = next(line.split()[1] for line in second.output.splitlines()
                        if line.strip().startswith("platform"))
    old_key = next(line.split()[1] for line in first.output.splitlines()
                   if line.strip().startswith("platform"))
    app = create_app(Settings(database_url=database_url))
    with TestClient(app) as client:
        response = client.get(f"/v1/comments/{first_id}", headers=bearer(platform_key))
        assert response.status_code == 200
        assert response.json()["text"]
        assert client.get(f"/v1/comments/{first_id}").status_code == 401
        # Re-seeding revoked the previous demo keys.
        assert client.get(f"/v1/comments/{first_id}", headers=bearer(old_key)).status_code == 401
