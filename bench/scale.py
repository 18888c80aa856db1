"""PostgreSQL at scale: the hot queries of Rempart on a generated year of ten million comments.

Builds (or, with --reuse, keeps) a database of a busy platform (see bench/scale_data.py for its
shapes), then runs each query the application issues through the real service functions —
the review queue, the creator approval queue, a content's comments (first and a deep cursor
page), pile-on counters and the quarterly transparency report — and prints, for each, the
median time of a few runs and an EXPLAIN (ANALYZE, BUFFERS) summary of every SQL statement it
sent (top plan node, time, and Seq Scans on big tables). Figures are printed, never asserted.

    python bench/scale.py [--comments 10000000] [--reuse] [--runs 5]
                          [--url postgresql+psycopg://postgres@127.0.0.1:5432/rempart_scale]

Goals: transparency report for a quarter <= 5 s; interactive queries <= 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_data

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.db import make_engine, make_session_factory, upgrade
from rempart.moderation import listing, review
from rempart.moderation.acting import Actor
from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Comment, Content
from rempart.pileon import detector, incidents, protective, service, views
from rempart.pileon.detector import PileonRules
from rempart.transparency import metrics
from rempart.transparency.periods import Period

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/rempart_scale"
NOW = scale_data.NOW
QUARTER = Period(dt.datetime(2026, 7, 1, tzinfo=dt.UTC), dt.datetime(2026, 10, 1, tzinfo=dt.UTC))
INTERACTIVE_GOAL_MS = 50.0
REPORT_GOAL_MS = 5000.0


# --- building the database ------------------------------------------------------------------

def _admin(url: str) -> Engine:
    return create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


def _holds(url: str, comments: int) -> bool:
    """Whether the database exists, is migrated and holds exactly ``comments`` comments."""
    name = make_url(url).database
    with _admin(url).connect() as connection:
        if not connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}):
            return False
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            if not connection.scalar(text("SELECT to_regclass('comments') IS NOT NULL")):
                return False
            done = connection.scalar(text("SELECT to_regclass('bench_scale_done') IS NOT NULL"))
            count = connection.scalar(text("SELECT count(*) FROM comments")) if done else -1
        return bool(done) and count == comments
    finally:
        engine.dispose()


def _secondary_indexes(connection: Any, table: str) -> list[tuple[str, str]]:
    """Plain (not constraint) indexes of ``table``: dropped for the load, rebuilt after."""
    return [(name, sql) for name, sql in connection.execute(text(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = :t AND indexname NOT IN "
        "(SELECT conname FROM pg_constraint)"), {"t": table})]


def _prepare(connection: Any) -> None:
    """Session settings for bulk loading (replica: no foreign-key or trigger checks)."""
    for setting in ("session_replication_role = replica", "synchronous_commit = off",
                    "temp_buffers = '512MB'", "work_mem = '256MB'",
                    "maintenance_work_mem = '1GB'", "max_parallel_maintenance_workers = 2"):
        connection.execute(text(f"SET {setting}"))


def generate(url: str, comments: int, chunk: int, jobs: int) -> None:
    """Drop and rebuild the database with ``comments`` comments; prints how long each step took."""
    name = make_url(url).database
    with _admin(url).connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        # Byte-order collation (as "C"): string indexes build several times faster.
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 '
                                "LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"))
    engine = make_engine(url)
    upgrade(engine)
    sizes = scale_data.sizes(comments)
    started = time.perf_counter()
    print(f"generating {sizes} ...", flush=True)
    with engine.connect() as connection:
        _prepare(connection)
        scale_data.setup(connection, sizes)
        dropped = _secondary_indexes(connection, "comments")
        for index, _sql in dropped:
            connection.execute(text(f'DROP INDEX "{index}"'))
        connection.commit()
        bounds = [(lo, min(comments, lo + chunk - 1)) for lo in range(1, comments + 1, chunk)]
        with tqdm(total=comments, unit="comment", unit_scale=True, desc="comments") as bar:
            # Chunks are independent: ``jobs`` connections fill them side by side.
            def fill(share: list[tuple[int, int]]) -> None:
                with engine.connect() as worker:
                    _prepare(worker)
                    worker.execute(text(scale_data.RULES_SQL))
                    worker.execute(text(scale_data.JSON_SQL))
                    worker.execute(text("ANALYZE js"))
                    for lo, hi in share:
                        scale_data.chunk(worker, lo=lo, hi=hi, sizes_=sizes)
                        worker.commit()
                        bar.update(hi - lo + 1)

            with ThreadPoolExecutor(jobs) as pool:
                for done in [pool.submit(fill, bounds[i::jobs]) for i in range(jobs)]:
                    done.result()
        for _index, sql in tqdm(dropped, desc="comment indexes", unit="index"):
            connection.execute(text(sql))
            connection.commit()
        with tqdm(total=len(scale_data.FINISH), desc="finishing") as bar:
            scale_data.finish(connection, step=lambda _label: bar.update(1))
        connection.execute(text("CREATE TABLE bench_scale_done (comments bigint)"))
        connection.execute(text("INSERT INTO bench_scale_done VALUES (:n)"), {"n": comments})
        connection.commit()
    # VACUUM sets the visibility map (index-only scans), ANALYZE the planner's statistics.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("SET maintenance_work_mem = '1GB'"))
        connection.execute(text("VACUUM (ANALYZE)"))
    engine.dispose()
    print(f"generated in {time.perf_counter() - started:.0f} s", flush=True)


# --- measuring ------------------------------------------------------------------------------

@dataclass
class Captured:
    """SQL statements an engine sent while ``on`` was set."""

    on: bool = False
    statements: list[tuple[str, Any]] = field(default_factory=list)


@contextmanager
def capturing(engine: Engine, captured: Captured) -> Iterator[None]:
    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
             _executemany: bool) -> None:
        if captured.on:
            captured.statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", note)


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def explain(session: Session, statement: str, parameters: Any, big: dict[str, int]) -> dict[str, Any]:
    """The EXPLAIN (ANALYZE, BUFFERS) summary of one statement."""
    raw = session.connection().exec_driver_sql(
        "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, parameters).scalar_one()
    document = (json.loads(raw) if isinstance(raw, str) else raw)[0]
    plan = document["Plan"]
    seq = sorted({f"Seq Scan on {n['Relation Name']}" for n in _nodes(plan)
                  if n["Node Type"] == "Seq Scan" and n.get("Relation Name") in big})
    top = plan["Node Type"] + (f" ({plan['Strategy']})" if plan.get("Strategy") else "")
    return {"top": top, "ms": document["Execution Time"], "seq": seq,
            "buffers": plan.get("Shared Hit Blocks", 0) + plan.get("Shared Read Blocks", 0),
            "sql": " ".join(statement.split())[:110]}


@dataclass
class Result:
    name: str
    goal_ms: float
    median_ms: float
    runs_ms: list[float]
    statements: int
    plans: list[dict[str, Any]]


def measure(engine: Engine, name: str, call: Callable[[Session], object], *, goal_ms: float,
            runs: int, big: dict[str, int]) -> Result:
    """Median time of ``call`` over ``runs`` fresh sessions, and the plans of its statements."""
    factory = make_session_factory(engine)
    captured = Captured()
    with capturing(engine, captured):
        with factory() as session:  # warm-up run: its statements are the ones explained
            captured.on = True
            call(session)
            captured.on = False
        times = []
        for _ in range(runs):
            with factory() as session:
                begin = time.perf_counter()
                call(session)
                times.append((time.perf_counter() - begin) * 1000)
        plans, seen = [], set()
        with factory() as session:
            for statement, parameters in captured.statements:
                if statement in seen or not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                    continue
                seen.add(statement)
                plans.append(explain(session, statement, parameters, big))
    return Result(name, goal_ms, statistics.median(times), times, len(captured.statements), plans)


def _scenarios(engine: Engine) -> list[tuple[str, float, Callable[[Session], object]]]:
    """The hot calls, with the busiest subjects the data holds."""
    platform = Actor(principal=Principal(key_id=1, role=Role.PLATFORM), account_id=None)
    rules = PileonRules()
    due = dt.timedelta(hours=24)
    with Session(engine) as session:
        viral = session.scalar(select(Comment.content_id).where(Comment.id <= 20000)
                               .group_by(Comment.content_id).order_by(func.count().desc()).limit(1))
        big_creator = session.scalar(select(Content.creator_id).where(Content.id == viral))
        middle = (session.scalar(select(func.count()).select_from(Content)) or 2) // 2
        typical_creator = session.scalar(select(Content.creator_id).where(
            Content.id == f"vid-{middle}"))
        # A deep page: the cursor after the 10,000th newest comment of the viral content.
        deep = session.scalar(select(Comment.id).where(Comment.content_id == viral)
                              .order_by(Comment.id.desc()).offset(10_000).limit(1))
        target = session.scalar(text("SELECT target_id FROM pileon_hits GROUP BY target_id "
                                     "ORDER BY count(*) DESC LIMIT 1"))
        actor = session.scalar(text("SELECT actor_id FROM pileon_hits WHERE target_id = :t "
                                    "ORDER BY last_at DESC LIMIT 1"), {"t": target})
    cursor = listing.encode_cursor(deep) if deep else None
    print(f"subjects: viral content {viral} (creator {big_creator}), typical creator "
          f"{typical_creator}, pile-on target {target}, deep cursor before id {deep}", flush=True)
    interactive = INTERACTIVE_GOAL_MS
    return [
        ("review queue (50)", interactive,
         lambda s: review.queue(s, now=NOW, limit=50, review_due=due)),
        ("review queue category=threat", interactive,
         lambda s: review.queue(s, now=NOW, limit=50, review_due=due, category="threat")),
        ("approval queue, biggest creator", interactive,
         lambda s: listing.approval_queue(s, actor=platform, account_id=str(big_creator))),
        ("approval queue, typical creator", interactive,
         lambda s: listing.approval_queue(s, actor=platform, account_id=str(typical_creator))),
        ("content listing viral, page 1", interactive,
         lambda s: listing.content_comments(s, actor=platform, content_id=str(viral))),
        ("content listing viral, deep page", interactive,
         lambda s: listing.content_comments(s, actor=platform, content_id=str(viral), cursor=cursor)),
        ("content listing mid-size, page 1", interactive,
         lambda s: listing.content_comments(s, actor=platform, content_id="vid-30")),
        ("content listing viral, visible", interactive,
         lambda s: listing.content_comments(s, actor=platform, content_id=str(viral),
                                            statuses=[CommentStatus.VISIBLE])),
        ("content listing viral, held+hidden", interactive,
         lambda s: listing.content_comments(s, actor=platform, content_id=str(viral),
                                            statuses=[CommentStatus.HELD, CommentStatus.HIDDEN])),
        ("pile-on distinct accounts (30 min)", interactive,
         lambda s: detector.distinct_accounts(s, target_id=str(target), since=NOW - rules.window)),
        ("pile-on active incident", interactive,
         lambda s: incidents.active_incident(s, target_id=str(target), now=NOW, quiet=rules.quiet)),
        ("pile-on interacted before", interactive,
         lambda s: protective.interacted_before(s, author_id=str(actor), target_id=str(target),
                                                before=NOW - dt.timedelta(days=1))),
        ("pile-on incidents list (50)", interactive,
         lambda s: views.many(s, service.list_incidents(s, open_only=False, limit=50),
                              now=NOW, rules=rules)),
        ("transparency report, quarter", REPORT_GOAL_MS,
         lambda s: metrics.transparency_report(s, period=QUARTER, now=NOW,
                                               abandon_after=dt.timedelta(hours=1))),
    ]


def _big_tables(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {name: int(rows) for name, rows in connection.execute(text(
            "SELECT relname, reltuples FROM pg_class WHERE relkind = 'r' "
            "AND relnamespace = 'public'::regnamespace AND reltuples > 50000"))}


def print_results(results: list[Result], *, verbose: bool) -> None:
    """The plans, then one line per query: time, plan note, goal met."""
    for result in results:
        print(f"\n## {result.name}: median {result.median_ms:.1f} ms "
              f"(runs {', '.join(f'{t:.0f}' for t in result.runs_ms)}), "
              f"{result.statements} statements, {len(result.plans)} distinct")
        shown = result.plans if verbose else sorted(result.plans, key=lambda p: -p["ms"])[:6]
        for plan in shown:
            flag = ("  <-- " + ", ".join(plan["seq"])) if plan["seq"] else ""
            print(f"   {plan['ms']:9.1f} ms  {plan['top']:<28} {plan['buffers']:>8} buf  "
                  f"{plan['sql']}{flag}")
    print(f"\n{'query':<38} {'time (ms)':>10}  {'plan note':<44} goal")
    for result in results:
        seqs = sorted({s for p in result.plans for s in p["seq"]})
        slowest = max(result.plans, key=lambda p: p["ms"], default=None)
        note = ", ".join(seqs) if seqs else (f"{len(result.plans)} stmts, slowest "
                                             f"{slowest['top']}" if slowest else "-")
        met = "yes" if result.median_ms <= result.goal_ms else f"NO (> {result.goal_ms:.0f})"
        print(f"{result.name:<38} {result.median_ms:>10.1f}  {note[:44]:<44} {met}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--comments", type=int, default=10_000_000)
    parser.add_argument("--reuse", action="store_true",
                        help="keep the database when it already holds that many comments")
    parser.add_argument("--chunk", type=int, default=500_000)
    parser.add_argument("--jobs", type=int, default=2, help="connections generating at once")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="run only the queries whose name contains this")
    parser.add_argument("--verbose", action="store_true", help="print every statement's plan")
    args = parser.parse_args()
    if args.reuse and _holds(args.url, args.comments):
        print(f"reusing {make_url(args.url).database}: {args.comments} comments", flush=True)
    else:
        generate(args.url, args.comments, args.chunk, args.jobs)
    engine = make_engine(args.url)
    upgrade(engine)  # new indexes of a newer Rempart apply to a reused database too
    big = _big_tables(engine)
    results = [measure(engine, name, call, goal_ms=goal, runs=args.runs, big=big)
               for name, goal, call in _scenarios(engine) if args.only in name]
    print_results(results, verbose=args.verbose)
    engine.dispose()


if __name__ == "__main__":
    main()
