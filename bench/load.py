"""Load test of the HTTP API with a realistic mix, several worker processes (issue 9's goals, printed).

Serves Rempart with ``--workers`` processes on PostgreSQL (``--database-url``, default the
`rempart_bench` database on this machine) or SQLite, seeds 200 contents and a few thousand
comments, then drives it with four `wrk` streams at once for ``--seconds``:

  publishes  POST /v1/comments        a comment stream, about one in ten hurtful, Idempotency-Key
  checks     POST /v1/checks          the reconsider prompt
  listings   GET  /v1/contents/…      a content's newest comments (a moderator reading)
  reports    POST /v1/reports         users reporting comments

and prints each stream's throughput and p50/p99 latency, with the goals: >= 2,000 publishes/s on
PostgreSQL with 4 workers, and checks p99 <= 15 ms under that load. The driver runs on the same
machine as the server and takes its share of the cores; `--connections` scales every stream.

    python bench/load.py [--workers 4] [--seconds 20] [--connections 8]
                         [--database-url postgresql+psycopg://postgres@127.0.0.1/rempart_bench]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

import httpx
from harness import (
    AUTHORS,
    CONTENTS,
    STREAM,
    fresh_postgres,
    have_wrk,
    lua_list,
    prepare,
    serve,
    stop,
    wrk,
    wrk_result,
)

SEEDED_COMMENTS = 2000
PREAMBLE = """
counter = 0
wrk.headers["Content-Type"] = "application/json"
texts = %(texts)s
"""
SCRIPTS = {
    "publishes": """
wrk.method = "POST"
request = function()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = string.format("%%d-%%d", math.random(1, 1000000000), counter)
  local body = string.format('{"content_id":"bench-%%d","author_id":"user-%%d","text":"%%s"}',
    math.random(0, %(contents)d - 1), math.random(0, %(authors)d - 1), texts[(counter %% #texts) + 1])
  return wrk.format(nil, "/v1/comments", nil, body)
end
""",
    "checks": """
wrk.method = "POST"
request = function()
  counter = counter + 1
  local body = string.format('{"content_id":"bench-%%d","author_id":"user-%%d","text":"%%s"}',
    math.random(0, %(contents)d - 1), math.random(0, %(authors)d - 1), texts[(counter %% #texts) + 1])
  return wrk.format(nil, "/v1/checks", nil, body)
end
""",
    "listings": """
request = function()
  return wrk.format("GET", string.format("/v1/contents/bench-%%d/comments?limit=20",
    math.random(0, %(contents)d - 1)))
end
""",
    "reports": """
wrk.method = "POST"
request = function()
  local body = string.format(
    '{"target_type":"comment","target_id":"%%d","reason":"harassment","reporter_id":"user-%%d"}',
    math.random(1, %(comments)d), math.random(0, %(authors)d - 1))
  return wrk.format(nil, "/v1/reports", nil, body)
end
""",
}
#: Connections per stream, per unit of --connections: publishes dominate, as on a busy platform.
SHARES = {"publishes": 4, "checks": 2, "listings": 1, "reports": 1}
#: Which key each stream calls with.
CALLERS = {"publishes": "platform", "checks": "platform", "listings": "moderator",
           "reports": "platform"}


def _seed_comments(base: str, key: str) -> None:
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"},
                      timeout=30) as client:
        for n in range(SEEDED_COMMENTS):
            client.post("/v1/comments", json={
                "content_id": f"bench-{n % CONTENTS}", "author_id": f"user-{n % AUTHORS}",
                "text": STREAM[n % len(STREAM)]}).raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--connections", type=int, default=4,
                        help="connections per share of the mix (publishes get 4 shares)")
    parser.add_argument("--database-url", default=os.environ.get(
        "REMPART_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1/rempart_bench"))
    parser.add_argument("--port", type=int, default=8767)
    args = parser.parse_args()
    if not have_wrk():
        raise SystemExit("this benchmark drives the server with wrk: `make bench` installs it")
    url = args.database_url
    with tempfile.TemporaryDirectory() as folder:
        if url.startswith("sqlite"):
            url = f"sqlite:///{Path(folder) / 'load.sqlite3'}"
        else:
            fresh_postgres(url)
        keys = prepare(url)
        base = f"http://127.0.0.1:{args.port}"
        server = serve(url, args.port, workers=args.workers)
        try:
            _seed_comments(base, keys.platform)
            values = {"texts": lua_list(STREAM), "contents": CONTENTS, "authors": AUTHORS,
                      "comments": SEEDED_COMMENTS}
            runs = {}
            for name, body in SCRIPTS.items():
                script = Path(folder) / f"{name}.lua"
                script.write_text((PREAMBLE + body) % values, encoding="utf-8")
                runs[name] = wrk(base, seconds=args.seconds, script=script,
                                 key=getattr(keys, CALLERS[name]),
                                 connections=SHARES[name] * args.connections)
            results = {name: wrk_result(process) for name, process in runs.items()}
        finally:
            stop(server)
    database = url.split(":", 1)[0]
    print(f"load: {database}, {args.workers} workers, {os.cpu_count()} cores shared with the "
          f"driver, {args.seconds:.0f} s")
    for name, result in results.items():
        print(f"  {name:<10} {result.rate:8.0f}/s  p50_ms={result.p50_ms:7.1f}  "
              f"p99_ms={result.p99_ms:7.1f}  ({result.requests} requests)")
    publishes, checks = results["publishes"], results["checks"]
    total = sum(r.rate for r in results.values())
    print(f"  all        {total:8.0f}/s")
    print(f"goal: publishes >= 2000/s on PostgreSQL with 4 workers: ratio "
          f"{publishes.rate / 2000:.2f}; checks p99 <= 15 ms under load: ratio "
          f"{checks.p99_ms / 15:.2f}")


if __name__ == "__main__":
    main()
