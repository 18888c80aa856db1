"""Reconsider-prompt and publish benchmark over real HTTP (issue 4's goals, printed, not asserted).

Starts `rempart serve` on a fresh SQLite file (and on PostgreSQL when --postgres-url is given),
seeds a platform key and 200 contents of 50 creators, then prints:
  - `/v1/checks` latency p50/p99 (ms) for sequential requests, the server pinned to one core
    (goal: p99 <= 15 ms);
  - `POST /v1/comments` throughput (publishes/s): a realistic stream (2,000 authors, about one
    comment in ten hurtful, an Idempotency-Key on each) from concurrent connections driven by
    `wrk` — first one server process pinned to one core, then ``--workers`` processes sharing the
    machine with the driver (goal on SQLite: >= 500/s);
  - the same server's `GET /healthz` rate under the same driver: the ceiling a request that does
    almost nothing reaches here, the peer the publish rate is compared to in the same run.

    python bench/checks.py [--checks 1000] [--publish-seconds 10] [--connections 16] [--workers 2]
                           [--postgres-url postgresql+psycopg://postgres@127.0.0.1/rempart_bench]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from harness import (
    AUTHORS,
    CONTENTS,
    STREAM,
    cpu_seconds,
    fresh_postgres,
    have_wrk,
    lua_list,
    prepare,
    serve,
    stop,
    wrk,
    wrk_result,
)

TEXTS = [
    "Super vidéo, merci pour les explications !",
    "t'es vraiment qu'une grosse merde, arrête",
    "Je ne suis pas d'accord avec ton avis sur la fin",
    "You are such a pathetic loser lol",
    "ptdr le chat à 3:12 😂",
    "va te pendre personne te regrettera",
]
PUBLISH_SCRIPT = """
counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
texts = %(texts)s
request = function()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = string.format("%%d-%%d", math.random(1, 1000000000), counter)
  local body = string.format('{"content_id":"bench-%%d","author_id":"user-%%d","text":"%%s"}',
    math.random(0, %(contents)d - 1), math.random(0, %(authors)d - 1), texts[(counter %% #texts) + 1])
  return wrk.format(nil, "/v1/comments", nil, body)
end
"""
DRIVER_CORE = {(os.cpu_count() or 1) - 1}


def _checks(base: str, key: str, n: int) -> list[float]:
    latencies = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}) as client:
        for i in range(n):
            body = {"text": TEXTS[i % len(TEXTS)], "author_id": f"user-{i % AUTHORS}",
                    "content_id": f"bench-{i % CONTENTS}"}
            started = time.perf_counter()
            response = client.post("/v1/checks", json=body)
            latencies.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
    return latencies


def run(label: str, url: str, args: argparse.Namespace, port: int, script: Path) -> None:
    """Measure one database: check latency, then publish throughput on one core and on several."""
    key = prepare(url).platform
    base = f"http://127.0.0.1:{port}"
    process = serve(url, port, cores={0})  # one core for the server; the driver runs on another
    try:
        _checks(base, key, 50)  # warm up
        latencies = sorted(_checks(base, key, args.checks))
        used = cpu_seconds(process.pid)
        one_core = wrk_result(wrk(base, seconds=args.publish_seconds, key=key, script=script,
                                  connections=args.connections, cores=DRIVER_CORE))
        cpu_ms = 1000 * (cpu_seconds(process.pid) - used) / max(one_core.requests, 1)
        ceiling = wrk_result(wrk(f"{base}/healthz", seconds=5, key=key,
                                 connections=args.connections, cores=DRIVER_CORE))
    finally:
        stop(process)
    p50, p99 = statistics.median(latencies), latencies[int(0.99 * (len(latencies) - 1))]
    print(f"{label}: checks n={args.checks} p50_ms={p50:.2f} p99_ms={p99:.2f} "
          f"(goal p99<=15, ratio {p99 / 15:.2f})")
    print(f"{label}: publishes_per_s={one_core.rate:.0f} p99_ms={one_core.p99_ms:.1f} "
          f"server_cpu_ms_per_publish={cpu_ms:.2f} with 1 worker "
          f"on 1 core (healthz on the same server {ceiling.rate:.0f}/s, "
          f"publish/healthz {one_core.rate / ceiling.rate:.2f})")
    if args.workers > 1:
        process = serve(url, port, workers=args.workers)
        try:
            _checks(base, key, 20 * args.workers)  # warm up
            used = cpu_seconds(process.pid)
            several = wrk_result(wrk(base, seconds=args.publish_seconds, key=key, script=script,
                                     connections=args.connections))
            cpu_ms = 1000 * (cpu_seconds(process.pid) - used) / max(several.requests, 1)
        finally:
            stop(process)
        goal = f" (goal >=500, ratio {several.rate / 500:.2f})" if label == "sqlite" else ""
        print(f"{label}: publishes_per_s={several.rate:.0f} p99_ms={several.p99_ms:.1f} "
              f"server_cpu_ms_per_publish={cpu_ms:.2f} with "
              f"{args.workers} workers on {os.cpu_count()} cores shared with the driver{goal}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=1000)
    parser.add_argument("--publish-seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=16, help="wrk connections")
    parser.add_argument("--workers", type=int, default=2, help="server processes, second run")
    parser.add_argument("--postgres-url", default=os.environ.get("REMPART_BENCH_POSTGRES_URL"))
    args = parser.parse_args()
    if not have_wrk():
        raise SystemExit("this benchmark drives the server with wrk: `make bench` installs it")
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "publish.lua"
        script.write_text(PUBLISH_SCRIPT % {"texts": lua_list(STREAM), "contents": CONTENTS,
                                            "authors": AUTHORS}, encoding="utf-8")
        run("sqlite", f"sqlite:///{Path(folder) / 'bench.sqlite3'}", args, 8765, script)
        if args.postgres_url:
            run("postgresql", fresh_postgres(args.postgres_url), args, 8766, script)


if __name__ == "__main__":
    main()
