"""Reconsider-prompt and publish benchmark over real HTTP (issue 4's goals, printed, not asserted).

Starts `rempart serve` pinned to one core on a fresh SQLite file (and on PostgreSQL when
--postgres-url is given), seeds a platform key and a content, then prints:
  - `/v1/checks` latency p50/p99 (ms) for sequential requests (goal: p99 <= 15 ms);
  - `POST /v1/comments` throughput (publishes/s) from concurrent clients (goal on SQLite: >= 500/s).

    python bench/checks.py [--checks 1000] [--publish-seconds 10] [--clients 8]
                           [--postgres-url postgresql+psycopg://postgres@127.0.0.1/rempart_bench]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from rempart.access.roles import Role
from rempart.access.service import create_key
from rempart.clock import utc_now
from rempart.db import engine_for, make_session_factory, transaction, upgrade
from rempart.moderation.accounts import upsert_content

TEXTS = [
    "Super vidéo, merci pour les explications !",
    "t'es vraiment qu'une grosse merde, arrête",
    "Je ne suis pas d'accord avec ton avis sur la fin",
    "You are such a pathetic loser lol",
    "ptdr le chat à 3:12 😂",
    "va te pendre personne te regrettera",
]


def _prepare(url: str) -> str:
    """Migrate, add a content, and return a platform key for the benchmark."""
    with engine_for(url) as engine:
        upgrade(engine)
        with transaction(make_session_factory(engine)) as session:
            upsert_content(session, content_id="bench-video", creator_id="bench-creator",
                           title="Bench", url=None, now=utc_now(), actor_id="bench")
            return create_key(session, role=Role.PLATFORM, now=utc_now(), label="bench").secret


def _serve(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "REMPART_DATABASE_URL": url, "REMPART_WEBHOOK_SENDER": "false"}
    process = subprocess.Popen([sys.executable, "-m", "rempart", "serve", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.sched_setaffinity(process.pid, {0})  # the server gets one core; clients run elsewhere
    for _ in range(600):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("server did not start")


def _checks(base: str, key: str, n: int) -> list[float]:
    latencies = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}) as client:
        for i in range(n):
            body = {"text": TEXTS[i % len(TEXTS)], "author_id": f"user-{i % 50}",
                    "content_id": "bench-video"}
            started = time.perf_counter()
            response = client.post("/v1/checks", json=body)
            latencies.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
    return latencies


def _publish(base: str, key: str, seconds: float, clients: int) -> float:
    done = [0] * clients
    stop = time.monotonic() + seconds

    def worker(index: int) -> None:
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}) as client:
            n = 0
            while time.monotonic() < stop:
                response = client.post("/v1/comments", json={
                    "content_id": "bench-video", "author_id": f"user-{index}-{n % 20}",
                    "text": TEXTS[n % len(TEXTS)]})
                response.raise_for_status()
                n += 1
            done[index] = n

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / (time.monotonic() - started)


def _fresh_postgres(url: str) -> str:
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()
    return url


def run(label: str, url: str, args: argparse.Namespace, port: int) -> None:
    key = _prepare(url)
    process = _serve(url, port)
    base = f"http://127.0.0.1:{port}"
    try:
        _checks(base, key, 50)  # warm up
        latencies = sorted(_checks(base, key, args.checks))
        p50 = statistics.median(latencies)
        p99 = latencies[int(0.99 * (len(latencies) - 1))]
        rate = _publish(base, key, args.publish_seconds, args.clients)
    finally:
        process.terminate()
        process.wait()
    print(f"{label}: checks n={args.checks} p50_ms={p50:.2f} p99_ms={p99:.2f} "
          f"(goal p99<=15, ratio {p99 / 15:.2f})")
    print(f"{label}: publishes_per_s={rate:.0f} with {args.clients} clients "
          f"(goal >=500 on SQLite, ratio {rate / 500:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=1000)
    parser.add_argument("--publish-seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--postgres-url", default=os.environ.get("REMPART_BENCH_POSTGRES_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run("sqlite", f"sqlite:///{Path(folder) / 'bench.sqlite3'}", args, 8765)
    if args.postgres_url:
        run("postgresql", _fresh_postgres(args.postgres_url), args, 8766)


if __name__ == "__main__":
    main()
