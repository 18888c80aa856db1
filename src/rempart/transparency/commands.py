"""The `rempart report` command: the period report (json, csv, html) and the DSA statements export."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import click
from sqlalchemy.orm import Session

from rempart.clock import utc_now
from rempart.command_session import migrated_session, settings_for
from rempart.settings import Settings


def _when(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not an ISO-8601 date or time (2026-11-01)") from error
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _options(function: click.decorators.FC) -> click.decorators.FC:
    for option in reversed((
            click.option("--from", "start", callback=_when, help="Start, e.g. 2026-11-01 (UTC)."),
            click.option("--to", "end", callback=_when, help="End, excluded, e.g. 2026-12-01."),
            click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None,
                         help="File to write (default: standard output)."),
            click.option("--database-url", envvar="REMPART_DATABASE_URL", default=None,
                         help="SQLAlchemy URL of the database."))):
        function = option(function)
    return function


def _write(chunks: Iterable[str], out: str | None) -> None:
    if out is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    with open(out, "w", encoding="utf-8", newline="") as handle:
        for chunk in chunks:
            handle.write(chunk)
    click.echo(f"written to {out}", err=True)


@contextmanager
def _session(database_url: str | None) -> Iterator[tuple[Settings, Session]]:
    """The settings and a migrated database's session (see rempart.command_session)."""
    settings = settings_for(database_url)
    with migrated_session(settings) as session:
        yield settings, session


@click.group("report", invoke_without_command=True)
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "html"]), default="json",
              show_default=True)
@_options
@click.pass_context
def report_command(ctx: click.Context, fmt: str, start: dt.datetime | None, end: dt.datetime | None,
                   out: str | None, database_url: str | None) -> None:
    """Transparency report for [--from, --to), beside the previous period of the same length."""
    if ctx.invoked_subcommand is not None:
        return
    from rempart.transparency import export, metrics
    from rempart.transparency.periods import make_period

    if start is None or end is None:
        raise click.UsageError("--from and --to are required.")
    with _session(database_url) as (settings, session):
        report = metrics.transparency_report(
            session, period=make_period(start, end), now=utc_now(),
            abandon_after=dt.timedelta(minutes=settings.check_abandon_after_minutes))
    render = {"json": export.to_json, "csv": export.to_csv, "html": export.to_html}[fmt]
    _write([render(report)], out)


@report_command.command("statements")
@click.option("--batch", type=click.IntRange(1, 100), default=100, show_default=True,
              help="Statements per line.")
@_options
def statements_command(batch: int, start: dt.datetime | None, end: dt.datetime | None,
                       out: str | None, database_url: str | None) -> None:
    """DSA statements of reasons for [--from, --to) as JSON lines, one batch of at most 100 a line."""
    from rempart.transparency import dsa
    from rempart.transparency.periods import make_period

    if start is None or end is None:
        raise click.UsageError("--from and --to are required.")
    with _session(database_url) as (_settings, session):
        lines = list(dsa.export_lines(session, period=make_period(start, end), size=batch))
    _write(lines, out)
