"""Webhooks go to public internet addresses only, unless the deployment allows private ones."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.moderation.decision_models import Webhook, WebhookDelivery
from rempart.moderation.webhook_sender import SenderPolicy, deliver_due
from rempart.moderation.webhook_targets import WebhookAddressNotPublic, pin
from tests.factories import bearer
from tests.fakes import FakeClock, FakeResolver
from tests.moderation.backbone_world import World, build_world, running_app
from tests.moderation.test_webhooks import Receiver, _remove_reported_comment
from tests.server import free_port

NOT_PUBLIC = ["http://127.0.0.1:9/x", "http://localhost:8080/hook", "http://api.localhost/h",
              "http://[::1]/h", "http://169.254.169.254/latest/meta-data", "https://10.0.0.5/h",
              "http://192.168.1.20/h", "http://[::ffff:127.0.0.1]/h", "http://0.0.0.0:80/h",
              "http://100.64.0.1/h", "http://[fd00::1]/h", "http://224.0.0.1/h"]


@pytest.mark.parametrize("url", NOT_PUBLIC)
def test_a_webhook_to_a_private_address_is_refused_and_nothing_is_stored(
    url: str, database_url: str, clock: FakeClock, world: World, sessions: sessionmaker[Session]
) -> None:
    with running_app(database_url, clock, webhook_allow_private_addresses=False) as client:
        refused = client.post("/v1/webhooks", json={"url": url},
                              headers={**bearer(world.platform), "Accept-Language": "fr"})
    assert refused.status_code == 422, refused.text
    error = refused.json()["error"]
    assert error["code"] == "webhook_address_not_public"
    assert "adresses publiques" in error["message"]
    with sessions() as session:
        assert session.scalars(select(Webhook)).all() == []


@pytest.mark.parametrize("url", ["http://\u0099\u00a3/x", "http:///x", "https://exa mple.org/"])
def test_a_webhook_url_without_a_valid_host_is_refused(
    url: str, database_url: str, clock: FakeClock, world: World
) -> None:
    with running_app(database_url, clock) as client:  # private addresses allowed: still refused
        refused = client.post("/v1/webhooks", json={"url": url}, headers=bearer(world.platform))
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"]["code"] in ("invalid_webhook_url", "invalid_request")


def test_an_operator_may_allow_private_addresses(
    database_url: str, clock: FakeClock, world: World
) -> None:
    with running_app(database_url, clock, webhook_allow_private_addresses=True) as client:
        allowed = client.post("/v1/webhooks", json={"url": NOT_PUBLIC[0]},
                              headers=bearer(world.platform))
    assert allowed.status_code == 201, allowed.text


def test_a_delivery_goes_to_the_address_that_was_checked() -> None:
    resolve = FakeResolver({"hooks.example.org": ["93.184.215.14"],
                            "v6.example.org": ["2606:4700::6810:84e5"]})
    target = pin("https://hooks.example.org:8443/in?x=1", allow_private=False, resolve=resolve)
    assert target.url == "https://93.184.215.14:8443/in?x=1"
    assert target.headers == {"Host": "hooks.example.org:8443"}
    assert target.extensions == {"sni_hostname": "hooks.example.org"}  # TLS checks the name
    assert pin("http://v6.example.org/in", allow_private=False,
               resolve=resolve).url == "http://[2606:4700::6810:84e5]/in"
    international = pin("https://bücher.example/in", allow_private=False,
                        resolve=FakeResolver({"xn--bcher-kva.example": ["93.184.215.14"]}))
    assert international.headers == {"Host": "xn--bcher-kva.example"}
    assert pin("http://127.0.0.1:9/x", allow_private=True, resolve=resolve).url == (
        "http://127.0.0.1:9/x")


def test_a_name_with_any_private_address_is_refused() -> None:
    resolve = FakeResolver({"rebind.example.org": ["93.184.215.14", "10.1.2.3"]})
    with pytest.raises(WebhookAddressNotPublic, match=r"10\.1\.2\.3"):
        pin("https://rebind.example.org/h", allow_private=False, resolve=resolve)


def test_a_registered_name_that_now_resolves_to_a_private_address_gets_nothing(
    database_url: str, clock: FakeClock, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    """The name passed registration; at delivery it points inside the network: nothing is
    posted, the attempt is recorded with the reason, and the delivery is retried later."""
    world = build_world(sessions, now)
    receiver = Receiver(free_port())
    receiver.start()
    try:
        with running_app(database_url, clock, webhook_allow_private_addresses=False) as client:
            url = f"http://receiver.example.org:{receiver.port}/hooks/rempart"
            assert client.post("/v1/webhooks", json={"url": url},
                               headers=bearer(world.platform)).status_code == 201
            _remove_reported_comment(client, world)
        outcome = deliver_due(sessions, now=clock(), policy=SenderPolicy(timeout=2.0),
                              resolve=FakeResolver({"receiver.example.org": ["127.0.0.1"]}))
    finally:
        receiver.stop()
    assert receiver.received == []
    assert outcome.delivered == [] and len(outcome.retrying) == 3
    with sessions() as session:
        (error,) = set(session.scalars(select(WebhookDelivery.last_error)))
    assert error is not None and "127.0.0.1" in error and "public" in error


def test_a_pinned_delivery_keeps_the_host_name_for_the_receiver(
    database_url: str, clock: FakeClock, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    world = build_world(sessions, now)
    with running_app(database_url, clock, webhook_allow_private_addresses=False) as client:
        assert client.post("/v1/webhooks", json={"url": "https://hooks.example.org/in"},
                           headers=bearer(world.platform)).status_code == 201
        _remove_reported_comment(client, world)
    seen: list[httpx.Request] = []

    def accept(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with httpx.Client(transport=httpx.MockTransport(accept)) as http:
        outcome = deliver_due(sessions, now=clock(), client=http,
                              resolve=FakeResolver({"hooks.example.org": ["93.184.215.14"]}))
    assert len(outcome.delivered) == 3
    assert {(r.url.host, r.headers["Host"], r.extensions.get("sni_hostname")) for r in seen} == {
        ("93.184.215.14", "hooks.example.org", "hooks.example.org")}
