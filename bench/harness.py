"""What the HTTP benchmarks share: a seeded database, a served Rempart, and `wrk` to drive it.

`wrk` (Debian's package; `make bench` installs it) is the load driver: it is written in C, so the
driver takes little of the machine's CPU from the server it measures.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from rempart.access.roles import Role
from rempart.access.service import create_key
from rempart.clock import utc_now
from rempart.db import engine_for, make_session_factory, transaction, upgrade
from rempart.moderation.accounts import upsert_content

CONTENTS, CREATORS, AUTHORS = 200, 50, 2000

#: A comment stream where about one comment in ten is hurtful, as on a busy comment section.
STREAM = [
    "Super vidéo, merci pour les explications !",
    "Je ne suis pas d'accord avec ton avis sur la fin",
    "ptdr le chat à 3:12 😂",
    "trop bien ce passage, tu peux refaire la même chose ?",
    "Merci pour cette vidéo, j'ai appris plein de choses",
    "first",
    "c'est quoi la musique à la fin ?",
    "great explanation, thanks!",
    "I disagree with the ending but the editing is great",
    "t'es vraiment qu'une grosse merde, arrête",
]


def lua_list(texts: list[str]) -> str:
    """``texts`` as a Lua table literal of JSON-safe strings."""
    return "{" + ", ".join('"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'
                           for t in texts) + "}"


def fresh_postgres(url: str) -> str:
    """Drop and create the database ``url`` names; returns ``url``."""
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()
    return url


@dataclass(frozen=True)
class Keys:
    """The secrets a benchmark calls with."""

    platform: str
    moderator: str


def prepare(url: str) -> Keys:
    """Migrate ``url``, add the contents of the benchmark's creators, and make its keys."""
    with engine_for(url) as engine:
        upgrade(engine)
        with transaction(make_session_factory(engine)) as session:
            for index in range(CONTENTS):
                upsert_content(session, content_id=f"bench-{index}",
                               creator_id=f"creator-{index % CREATORS}", title="Bench", url=None,
                               now=utc_now(), actor_id="bench")
            now = utc_now()
            return Keys(
                platform=create_key(session, role=Role.PLATFORM, now=now, label="bench").secret,
                moderator=create_key(session, role=Role.MODERATOR, now=now, label="bench").secret)


#: What uvicorn logs once a worker process has started the app (its lifespan is done).
_WORKER_READY = b"Application startup complete."


def serve(url: str, port: int, *, workers: int = 1,
          cores: set[int] | None = None) -> subprocess.Popen[bytes]:
    """``rempart serve`` on ``url`` with ``workers`` processes (on ``cores``), once every worker
    has started: one answering ``/healthz`` is not enough, since a load driver connecting before
    the others are up would send all its connections to that one."""
    # The deployment's defaults (rate limits included); only webhooks are off: nothing listens.
    env = {**os.environ, "REMPART_DATABASE_URL": url, "REMPART_WEBHOOK_SENDER": "false"}
    # BENCH_SERVER_LOG=FILE keeps the server's log; otherwise it goes to a temporary file, read
    # only to see the workers start.
    kept = os.environ.get("BENCH_SERVER_LOG")
    log_path = Path(kept) if kept else Path(tempfile.mkstemp(prefix="rempart-bench-", suffix=".log")[1])
    start = log_path.stat().st_size if log_path.exists() else 0
    with open(log_path, "ab") as log:  # the child keeps its own copy of the handle
        process = subprocess.Popen(
            [sys.executable, "-m", "rempart", "serve", "--port", str(port),
             "--workers", str(workers)],
            env=env, stdout=log, stderr=log,
            # Set before exec, so the workers a multi-process server starts inherit it.
            preexec_fn=(lambda: os.sched_setaffinity(0, cores)) if cores else None)
    for _ in range(1200):
        with open(log_path, "rb") as log:
            log.seek(start)
            started = log.read().count(_WORKER_READY)
        if started >= workers and _answers(port):
            if not kept:
                log_path.unlink()  # the running server keeps writing to its open handle
            return process
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"server did not start (log kept: {log_path})")


def _answers(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server started by :func:`serve`."""
    process.terminate()
    process.wait(timeout=60)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by process ``pid`` and its descendants (Linux).

    Throughput on a shared machine moves with its neighbours; CPU time per request moves less,
    so the benchmarks print both."""
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        child = int(stat.parent.name)
        parents[child] = int(fields[1])
        used[child] = (int(fields[11]) + int(fields[12])) / tick
    family = {pid}
    for _ in range(3):  # the server, its workers, their helpers
        family |= {child for child, parent in parents.items() if parent in family}
    return sum(used.get(member, 0.0) for member in family)


def have_wrk() -> bool:
    """Whether the `wrk` load driver is installed."""
    return shutil.which("wrk") is not None


@dataclass(frozen=True)
class WrkResult:
    """What one `wrk` run measured."""

    rate: float
    p50_ms: float
    p99_ms: float
    requests: int


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def wrk(url: str, *, seconds: float, connections: int, key: str, script: Path | None = None,
        threads: int = 1, cores: set[int] | None = None) -> subprocess.Popen[str]:
    """Start `wrk` against ``url``; :func:`wrk_result` reads what it measured."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(int(seconds), 1)}s",
               "--latency", "-H", f"Authorization: Bearer {key}"]
    if script is not None:
        command += ["-s", str(script)]
    return subprocess.Popen([*command, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True,
                            preexec_fn=(lambda: os.sched_setaffinity(0, cores)) if cores else None)


def wrk_result(process: subprocess.Popen[str]) -> WrkResult:
    """Wait for a `wrk` run; fail loudly if any request was refused or errored."""
    output, errors = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"wrk failed: {errors}")
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if failed:
        raise SystemExit(f"{failed.group(1)} requests failed during the benchmark:\n{output}")
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    p50 = re.search(r"50%\s+([\d.]+(?:us|ms|s))", output)
    p99 = re.search(r"99%\s+([\d.]+(?:us|ms|s))", output)
    if not (rate and total and p50 and p99):
        raise SystemExit(f"unexpected wrk output:\n{output}")
    return WrkResult(rate=float(rate.group(1)), p50_ms=_ms(p50.group(1)),
                     p99_ms=_ms(p99.group(1)), requests=int(total.group(1)))
