"""The ``rempart`` command: serve, worker, demo, db, keys, rescore, and the detection commands."""

from __future__ import annotations

import sys

import click

from rempart.access.roles import Role
from rempart.clock import utc_now
from rempart.command_session import migrated_session, settings_for
from rempart.db import check, engine_for, upgrade
from rempart.errors import RempartError
from rempart.settings import Settings

database_option = click.option(
    "--database-url", envvar="REMPART_DATABASE_URL", default=None,
    help="SQLAlchemy URL of the database (default: a SQLite file in the user data folder).")


@click.group()
@click.version_option(package_name="rempart")
def main() -> None:
    """Rempart: a self-hostable shield against cyber-harassment in comment sections."""


@main.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
@database_option
def db_upgrade(database_url: str | None) -> None:
    """Apply every pending migration."""
    with engine_for(settings_for(database_url).database_url) as engine:
        upgrade(engine)
    click.echo("database is up to date")


@db.command("check")
@database_option
def db_check(database_url: str | None) -> None:
    """Check the database's integrity and schema version (exit 1 on a fault)."""
    try:
        with engine_for(settings_for(database_url).database_url) as engine:
            for line in check(engine):
                click.echo(line)
    except RempartError as error:
        click.echo(f"FAILED: {error.message('en')}", err=True)
        sys.exit(1)
    click.echo("database check passed")


@main.group()
def keys() -> None:
    """API keys."""


@keys.command("create")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--account", "account_id", default=None, help="Account a creator key acts for.")
@click.option("--org", "organisation", default=None, help="Organisation of a trusted-flagger key.")
@click.option("--label", default="", help="A note to recognise the key by.")
@database_option
def keys_create(role: str, account_id: str | None, organisation: str | None, label: str,
                database_url: str | None) -> None:
    """Create an API key and print its secret (shown once, stored only as a digest)."""
    from rempart.access.service import create_key

    with migrated_session(settings_for(database_url)) as session:
        issued = create_key(session, role=Role(role), now=utc_now(), account_id=account_id,
                            organisation=organisation, label=label)
    click.echo(issued.secret)


@main.group()
def users() -> None:
    """Console users (sign-in for creators, moderators, trusted flaggers, admins)."""


@users.command("create")
@click.option("--username", required=True)
@click.option("--role", type=click.Choice([r.value for r in Role if r is not Role.PLATFORM]),
              required=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              envvar="REMPART_NEW_PASSWORD", help="At least 10 characters (prompted if omitted).")
@click.option("--account", "account_id", default=None, help="Account a creator acts for.")
@click.option("--org", "organisation", default=None, help="Organisation of a trusted flagger.")
@click.option("--name", "display_name", default="", help="Name shown in the consoles.")
@database_option
def users_create(username: str, role: str, password: str, account_id: str | None,
                 organisation: str | None, display_name: str, database_url: str | None) -> None:
    """Create a console user (the password is stored as an Argon2id hash)."""
    from rempart.access.users import create_user

    with migrated_session(settings_for(database_url)) as session:
        user = create_user(session, username=username, password=password, role=Role(role),
                           now=utc_now(), account_id=account_id, organisation=organisation,
                           display_name=display_name)
    click.echo(f"user {user.username} ({user.role}) created")


def _seed(settings: Settings) -> dict[str, str]:
    from rempart.demo import DEMO_PASSWORD, seed_demo
    from rempart.runtime import build_publisher

    with migrated_session(settings) as session:
        seeded = seed_demo(session, now=utc_now(), publisher=build_publisher(settings))
    click.echo(f"demo world ready ({seeded.comments_added} new comments); fresh demo keys:")
    for role, secret in seeded.keys.items():
        click.echo(f"  {role:<16} {secret}")
    click.echo(f"demo console users (password: {DEMO_PASSWORD}):")
    for username, role in seeded.users.items():
        click.echo(f"  {role:<16} {username}")
    if seeded.comment_ids:
        click.echo(f"  a demo comment:  GET /v1/comments/{seeded.comment_ids[0]}")
    return seeded.keys


@main.command()
@database_option
def demo(database_url: str | None) -> None:
    """Seed the French demo world (idempotent) and print fresh demo keys."""
    _seed(settings_for(database_url))


@main.command()
@click.option("--host", default=None, help="Interface to bind (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 8000).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, help="Worker processes.")
@click.option("--demo", "with_demo", is_flag=True, help="Seed the demo world first.")
@database_option
def serve(host: str | None, port: int | None, workers: int, with_demo: bool,
          database_url: str | None) -> None:
    """Migrate the database, then serve the API (and pages)."""
    import os

    import uvicorn

    settings = settings_for(database_url)
    host, port = host or settings.host, port or settings.port
    settings = settings.model_copy(update={"host": host, "port": port,
                                           "demo_host": settings.demo_host or with_demo})
    with engine_for(settings.database_url) as engine:
        upgrade(engine)
    if with_demo:
        _seed(settings)
    base = f"http://{host}:{port}"
    click.echo(f"Rempart on {base}  (health: {base}/healthz, API docs: {base}/docs)")
    if with_demo:
        click.echo(f"  demo platform: {base}/demo   sign in: {base}/signin")
        click.echo(f'  try: curl -H "Authorization: Bearer <platform key>" {base}/v1/comments/1')
    if workers == 1:
        from rempart.app import create_app

        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    else:
        os.environ["REMPART_DATABASE_URL"] = settings.database_url
        os.environ["REMPART_HOST"] = host
        os.environ["REMPART_DEMO_HOST"] = "true" if settings.demo_host else "false"
        uvicorn.run("rempart.app:create_app", factory=True, host=host, port=port,
                    workers=workers, log_level="info")


def _register_detection_commands() -> None:
    from rempart.detection import commands

    main.add_command(commands.score_command, "score")
    main.add_command(commands.eval_command, "eval")
    main.add_command(commands.train_command, "train")


_register_detection_commands()


def _register_transparency_commands() -> None:
    from rempart.transparency.commands import report_command

    main.add_command(report_command, "report")


_register_transparency_commands()


def _register_evidence_commands() -> None:
    from rempart.evidence.commands import evidence_group

    main.add_command(evidence_group, "evidence")


_register_evidence_commands()


def _register_privacy_commands() -> None:
    from rempart.privacy.commands import erase_account_command

    main.add_command(erase_account_command, "erase-account")


_register_privacy_commands()


def _register_job_commands() -> None:
    from rempart.jobs.commands import rescore_command, worker_command

    main.add_command(worker_command, "worker")
    main.add_command(rescore_command, "rescore")


_register_job_commands()
