"""The ``rempart evidence`` commands: verify a bundle, export one from the database."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from rempart.evidence.verify import verify


@click.group("evidence")
def evidence_group() -> None:
    """Evidence bundles for victims (verify one, or export one)."""


@evidence_group.command("verify")
@click.argument("bundle_path", metavar="BUNDLE.zip",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
def verify_command(bundle_path: Path) -> None:
    """Check every digest of BUNDLE.zip; exit 1 naming each altered file or item."""
    result = verify(bundle_path)
    if not result.ok:
        for problem in result.problems:
            click.echo(f"FAILED: {problem}", err=True)
        click.echo(f"{bundle_path}: NOT verified ({len(result.problems)} problem(s))", err=True)
        sys.exit(1)
    click.echo(f"{bundle_path}: verified — {result.items} comment(s), {result.files} file(s) "
               f"and the manifest match their SHA-256 digests "
               f"(account {result.account_id}, manifest {result.manifest_sha256})")


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value


@evidence_group.command("export")
@click.option("--account", "account_id", required=True, help="The victim's account id.")
@click.option("--from", "start", type=click.DateTime(), default=None,
              help="Start of the period (UTC), e.g. 2026-11-01.")
@click.option("--to", "end", type=click.DateTime(), default=None, help="End (UTC), default now.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", help="Language of the PDF.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the ZIP.")
@click.option("--database-url", envvar="REMPART_DATABASE_URL", default=None,
              help="SQLAlchemy URL of the database (default: the settings').")
def export_command(account_id: str, start: dt.datetime | None, end: dt.datetime | None,
                   lang: str, out: Path, database_url: str | None) -> None:
    """Export the evidence bundle of an account as the operator (audited as ``cli``)."""
    from rempart.clock import utc_now
    from rempart.command_session import migrated_session, settings_for
    from rempart.evidence import bundle
    from rempart.moderation.enums import ActorType

    settings = settings_for(database_url)
    with migrated_session(settings) as session:
        made = bundle.export(session, account_id=account_id, start=_aware(start),
                             end=_aware(end), lang=lang,
                             zone=bundle.zone_named(settings.evidence_timezone),
                             now=utc_now(), actor_type=ActorType.SYSTEM, actor_id="cli",
                             audit_details={"role": "operator"})
    out.write_bytes(made.data)
    click.echo(f"{out}: {made.items} comment(s); manifest SHA-256 {made.manifest_sha256}")
