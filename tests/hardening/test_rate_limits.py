"""Rate limits: per key (or client address) on the API, per author on publishing; shared counters.

Windows are driven by a FakeClock (never by sleeping). Two ``create_app`` on one database stand
for two workers: they must see the same counters.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from fastapi.testclient import TestClient
from limits.strategies import FixedWindowRateLimiter
from pydantic import ValidationError
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.clock import utc_now
from rempart.moderation.models import Check, Comment
from rempart.ratelimit.limiter import RateLimits
from rempart.ratelimit.models import RateLimitCounter
from rempart.ratelimit.parsing import parse_limit
from rempart.ratelimit.storage import SQLStorage
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock, FakeScorer


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def world(sessions: sessionmaker[Session], now: dt.datetime) -> dict[str, str]:
    make_account(sessions, "creator-1", now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    return {"a": make_key(sessions, Role.PLATFORM, now=now),
            "b": make_key(sessions, Role.PLATFORM, now=now)}


@pytest.fixture
def apps(database_url: str, clock: FakeClock) -> Iterator[Any]:
    """``apps(**settings)`` builds a started app (a worker) on this test's database."""
    with ExitStack() as stack:
        def build(**overrides: Any) -> TestClient:
            settings = Settings(database_url=database_url, webhook_sender=False, **overrides)
            app = create_app(settings, clock=clock, scorer=FakeScorer())
            return stack.enter_context(TestClient(app))
        yield build


def publish(client: TestClient, key: str, author: str = "kid-1", **extra: Any) -> Any:
    body = {"content_id": "video-1", "author_id": author, "text": f"hello {uuid.uuid4().hex}"}
    return client.post("/v1/comments", json=body, headers={**bearer(key), **extra})


def comments(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Comment)) or 0


def test_the_request_past_the_key_limit_gets_429_with_retry_after_and_changes_nothing(
        apps: Any, world: dict[str, str], sessions: sessionmaker[Session]) -> None:
    client = apps(rate_limit_per_key="3/minute")
    remaining = []
    for n in range(3):
        response = publish(client, world["a"], author=f"kid-{n}")
        assert response.status_code == 201
        assert response.headers["RateLimit-Limit"] == "3"
        remaining.append(response.headers["RateLimit-Remaining"])
    assert remaining == ["2", "1", "0"]
    refused = publish(client, world["a"], author="kid-9", **{"Accept-Language": "fr"})
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "60"
    error = refused.json()["error"]
    assert error["code"] == "rate_limited"
    assert "Trop de requêtes" in error["message"] and "3 par minute" in error["message"]
    assert error["details"]["retry_after"] == 60 and error["details"]["scope"] == "key"
    assert comments(sessions) == 3


def test_another_key_is_unaffected(apps: Any, world: dict[str, str]) -> None:
    client = apps(rate_limit_per_key="2/minute")
    assert [publish(client, world["a"], author=f"k{n}").status_code for n in range(3)] == [
        201, 201, 429]
    assert publish(client, world["b"], author="other").status_code == 201


def test_the_window_rolls_over_when_the_clock_moves(
        apps: Any, world: dict[str, str], clock: FakeClock) -> None:
    client = apps(rate_limit_per_key="2/minute")
    assert publish(client, world["a"], author="k1").status_code == 201
    clock.advance(seconds=30)
    assert publish(client, world["a"], author="k2").status_code == 201
    clock.advance(seconds=29)
    refused = publish(client, world["a"], author="k3")
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "1"  # the window opened at the first hit
    clock.advance(seconds=1)
    assert publish(client, world["a"], author="k3").status_code == 201


def test_two_workers_share_the_key_counter(apps: Any, world: dict[str, str],
                                           sessions: sessionmaker[Session]) -> None:
    first, second = apps(rate_limit_per_key="3/minute"), apps(rate_limit_per_key="3/minute")
    assert publish(first, world["a"], author="k1").status_code == 201
    assert publish(second, world["a"], author="k2").status_code == 201
    assert publish(first, world["a"], author="k3").status_code == 201
    assert publish(second, world["a"], author="k4").status_code == 429
    assert publish(first, world["a"], author="k4").status_code == 429
    assert comments(sessions) == 3


def test_the_author_limit_holds_across_keys_and_workers(
        apps: Any, world: dict[str, str], sessions: sessionmaker[Session],
        clock: FakeClock) -> None:
    first, second = apps(rate_limit_per_author="2/minute"), apps(rate_limit_per_author="2/minute")
    assert publish(first, world["a"], author="flooder").status_code == 201
    clock.advance(seconds=10)
    assert publish(second, world["b"], author="flooder").status_code == 201
    refused = publish(first, world["b"], author="flooder")
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "author_rate_limited"
    assert refused.headers["Retry-After"] == "50"  # when the first comment leaves the window
    assert "flooder" in refused.json()["error"]["message"]
    assert comments(sessions) == 2
    assert publish(second, world["a"], author="someone-else").status_code == 201
    clock.advance(seconds=50)
    assert publish(second, world["a"], author="flooder").status_code == 201


def test_an_idempotent_retry_is_not_refused_by_the_author_limit(
        apps: Any, world: dict[str, str], sessions: sessionmaker[Session]) -> None:
    client = apps(rate_limit_per_author="1/minute")
    body = {"content_id": "video-1", "author_id": "kid-1", "text": "once"}
    headers = {**bearer(world["a"]), "Idempotency-Key": "k-1"}
    assert client.post("/v1/comments", json=body, headers=headers).status_code == 201
    assert client.post("/v1/comments", json=body, headers=headers).status_code == 200
    assert publish(client, world["a"], author="kid-1").status_code == 429
    assert comments(sessions) == 1


def test_drafts_checked_have_their_own_author_limit(
        apps: Any, world: dict[str, str], sessions: sessionmaker[Session]) -> None:
    client = apps(rate_limit_per_author="2/minute")
    draft = {"content_id": "video-1", "author_id": "kid-1", "text": "a draft"}
    statuses = [client.post("/v1/checks", json=draft, headers=bearer(world["a"])).status_code
                for _ in range(3)]
    assert statuses == [201, 201, 429]
    assert client.post("/v1/checks", json=draft,
                       headers=bearer(world["b"])).json()["error"]["code"] == "author_rate_limited"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Check)) == 2
    assert publish(client, world["a"], author="kid-1").status_code == 201  # comments count apart


def test_disabled_limits_never_answer_429(apps: Any, world: dict[str, str]) -> None:
    client = apps(rate_limits_enabled=False, rate_limit_per_key="1/minute",
                  rate_limit_anonymous="1/minute", rate_limit_per_author="1/minute")
    for _ in range(4):
        response = publish(client, world["a"], author="kid-1")
        assert response.status_code == 201
        assert "RateLimit-Limit" not in response.headers
        assert client.get("/v1/helplines?country=FR").status_code == 200


def test_callers_without_a_valid_key_are_limited_by_address(
        apps: Any, world: dict[str, str]) -> None:
    client = apps(rate_limit_anonymous="2/minute")
    assert client.get("/v1/helplines?country=FR").status_code == 200
    made_up = client.get("/v1/helplines?country=FR", headers=bearer("rmp_made-up"))
    assert made_up.status_code == 200  # a public endpoint ignores the key, but it is counted
    refused = client.get("/v1/helplines?country=FR", headers={"Accept-Language": "en"})
    assert refused.status_code == 429
    assert refused.json()["error"]["details"]["scope"] == "client"
    assert "without an API key" in refused.json()["error"]["message"]
    assert client.get("/v1/helplines?country=FR", headers=bearer(world["a"])).status_code == 200
    assert client.get("/v1/comments/1").status_code == 429  # still counted before the 401
    for _ in range(3):
        assert client.get("/healthz").status_code == 200


def test_perspective_requests_count_against_their_key(apps: Any, world: dict[str, str]) -> None:
    client = apps(rate_limit_per_key="1/minute")
    body = {"comment": {"text": "hello"}, "requestedAttributes": {"TOXICITY": {}}}
    url = f"/v1alpha1/comments:analyze?key={world['a']}"
    assert client.post(url, json=body).status_code == 200
    assert client.post(url, json=body).status_code == 429
    assert client.post(f"/v1alpha1/comments:analyze?key={world['b']}", json=body).status_code == 200


def test_limits_are_validated_when_settings_load() -> None:
    for wrong in ("lots", "0/minute", "1/second;100/minute"):
        with pytest.raises(ValidationError):
            Settings(rate_limit_per_key=wrong)
    assert parse_limit("5000/2 hours").get_expiry() == 7200


def test_counters_in_process_memory_are_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="one process"):
        RateLimits.build(engine=engine, clock=utc_now, per_key="1/minute", anonymous="1/minute",
                         storage_url="memory://")


def test_the_sql_storage_is_a_limits_storage(engine: Engine, clock: FakeClock) -> None:
    storage = SQLStorage(engine, clock=clock)
    limiter = FixedWindowRateLimiter(storage)
    item = parse_limit("2/minute")
    assert limiter.hit(item, "x") and limiter.hit(item, "x") and not limiter.hit(item, "x")
    assert not limiter.test(item, "x") and limiter.test(item, "y")
    stats = limiter.get_window_stats(item, "x")
    assert stats.remaining == 0 and stats.reset_time == clock().timestamp() + 60
    assert storage.check()
    storage.clear(item.key_for("x"))
    assert storage.get(item.key_for("x")) == 0
    limiter.hit(item, "z")
    clock.advance(minutes=2)
    assert storage.get(item.key_for("z")) == 0
    assert storage.purge_expired() == 1
    limiter.hit(item, "w")
    assert storage.reset() == 1


def test_counters_are_one_row_per_key_and_window(
        apps: Any, world: dict[str, str], engine: Engine) -> None:
    client = apps()
    for n in range(3):
        assert publish(client, world["a"], author=f"k{n}").headers["RateLimit-Remaining"] == str(
            120000 - 1 - n)
    with Session(engine) as session:
        rows = session.scalars(select(RateLimitCounter)).all()
    # 120000/minute is counted in batches of 120: the first hit was written, the next two are
    # held back by this worker until its batch is full.
    assert [(row.hits, row.key.endswith("120000/1/minute")) for row in rows] == [(1, True)]


def _batched(engine: Engine, clock: FakeClock) -> RateLimits:
    # 20/minute in batches of 4 (20 // 5): a worker writes to the shared counter every 4 hits.
    return RateLimits(storage=SQLStorage(engine, clock=clock), clock=clock,
                      per_key=parse_limit("20/minute"), anonymous=parse_limit("1/minute"),
                      batch_divisor=5)


def test_a_large_limit_counted_in_batches_still_holds_exactly_for_one_worker(
        engine: Engine, clock: FakeClock) -> None:
    limits = _batched(engine, clock)
    outcomes = [limits.hit_key(7) for _ in range(21)]
    assert [o.allowed for o in outcomes] == [True] * 20 + [False]
    assert [o.remaining for o in outcomes[:20]] == list(range(19, -1, -1))
    shared = SQLStorage(engine, clock=clock).get(parse_limit("20/minute").key_for("key:7"))
    assert 21 - 4 < shared <= 21  # at most one batch not yet written
    clock.advance(minutes=1)
    fresh = limits.hit_key(7)  # a new window: the hits held back from the old one are dropped
    assert fresh.allowed and fresh.remaining == 19


def test_batched_workers_let_through_at_most_a_batch_each_over_the_limit(
        engine: Engine, clock: FakeClock) -> None:
    first, second = _batched(engine, clock), _batched(engine, clock)
    allowed = sum((first if n % 2 else second).hit_key(7).allowed for n in range(60))
    assert 20 <= allowed <= 20 + 2 * 3


def test_small_limits_are_counted_hit_by_hit(engine: Engine, clock: FakeClock) -> None:
    limits = _batched(engine, clock)
    for _ in range(3):
        limits.hit_client("192.0.2.1")
    assert SQLStorage(engine, clock=clock).get(parse_limit("1/minute").key_for("client:192.0.2.1")) == 3


@pytest.mark.postgres
def test_the_counter_table_is_unlogged_on_postgresql(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("UNLOGGED tables are a PostgreSQL feature")
    with engine.connect() as connection:
        persistence = connection.scalar(text(
            "SELECT relpersistence FROM pg_class WHERE relname = 'rate_limits'"))
    assert persistence == "u"


@pytest.fixture
def redis_url() -> str:
    """A Redis database for the tests, or a skip when no server answers."""
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis server answers on 127.0.0.1:6379")
    return url


def test_redis_storage_when_configured(engine: Engine, redis_url: str) -> None:
    limits = RateLimits.build(engine=engine, clock=utc_now, per_key="2/minute",
                              anonymous="1/minute", storage_url=redis_url)
    key_id = uuid.uuid4().int % 10**9
    try:
        outcomes = [limits.hit_key(key_id) for _ in range(3)]
        assert [o.allowed for o in outcomes] == [True, True, False]
        assert 1 <= outcomes[-1].reset_after <= 60
        assert outcomes[-1].headers()["Retry-After"] == str(outcomes[-1].reset_after)
    finally:
        limits.storage.clear(limits.per_key.key_for(f"key:{key_id}"))


def test_redis_reset_is_never_past_the_window_when_clocks_differ(
    engine: Engine, redis_url: str
) -> None:
    # Redis's expiry is read against the machine's clock; ours may lag it by a little.
    limits = RateLimits.build(engine=engine, clock=lambda: utc_now() - dt.timedelta(seconds=5),
                              per_key="1/minute", anonymous="1/minute", storage_url=redis_url)
    key_id = uuid.uuid4().int % 10**9
    try:
        outcomes = [limits.hit_key(key_id) for _ in range(2)]
        assert [o.allowed for o in outcomes] == [True, False]
        assert outcomes[-1].reset_after == 60
    finally:
        limits.storage.clear(limits.per_key.key_for(f"key:{key_id}"))


def test_every_api_router_is_limited(apps: Any) -> None:
    client = apps(rate_limit_anonymous="1/minute")
    assert client.get("/v1/helplines?country=FR").status_code == 200
    for path in ("/v1/helplines?country=FR", "/v1/comments/1", "/v1/review/queue",
                 "/v1/decisions/1", "/v1/reports/1", "/v1/webhooks", "/v1/guidelines"):
        assert client.get(path).status_code == 429, path
    assert client.post("/v1alpha1/comments:analyze", json={}).status_code == 429
