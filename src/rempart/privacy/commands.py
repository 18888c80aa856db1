"""The ``rempart erase-account`` command: an operator erases an account (audited as ``cli``)."""

from __future__ import annotations

from dataclasses import dataclass

import click

from rempart.moderation.enums import ActorType


@dataclass(frozen=True, slots=True)
class Operator:
    """The person at the command line, as the audit log names them."""

    actor_type: ActorType = ActorType.SYSTEM
    actor_id: str = "cli"


@click.command("erase-account")
@click.argument("account_id")
@click.option("--database-url", envvar="REMPART_DATABASE_URL", default=None,
              help="SQLAlchemy URL of the database (default: the settings').")
def erase_account_command(account_id: str, database_url: str | None) -> None:
    """Erase ACCOUNT_ID's personal data; its decisions stay under a pseudonym (idempotent)."""
    from rempart.clock import utc_now
    from rempart.command_session import migrated_session, settings_for
    from rempart.privacy.erasure import erase_account

    with migrated_session(settings_for(database_url)) as session:
        done = erase_account(session, account_id=account_id, actor=Operator(), now=utc_now())
    if done.already_erased:
        click.echo(f"already erased; pseudonym {done.pseudonym}")
        return
    changed = ", ".join(f"{name} {n}" for name, n in sorted(done.counts.items()) if n)
    click.echo(f"erased; pseudonym {done.pseudonym} ({changed})")
