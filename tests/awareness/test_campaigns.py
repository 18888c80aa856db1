"""Campaigns: what is featured by placement and dates, admin-only CRUD, refusals that change nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.awareness.defaults import DEMO_CAMPAIGN_SLUG
from rempart.awareness.models import Campaign
from rempart.awareness.seed import seed_awareness
from rempart.db import transaction
from tests.factories import bearer
from tests.fakes import FakeClock


def _campaign(slug: str, *, start: dt.datetime, days: int = 10, placement: str = "discover",
              **extra: Any) -> dict[str, Any]:
    return {
        "slug": slug, "title_fr": f"Campagne {slug}", "title_en": f"Campaign {slug}",
        "description_fr": "Ensemble contre le harcèlement.", "description_en": "Together against harassment.",
        "placement": placement, "starts_at": start.isoformat(),
        "ends_at": (start + dt.timedelta(days=days)).isoformat(),
        "media": [{"kind": "testimonial_video", "url": "https://video.example/t",
                   "caption_fr": "Un témoignage", "caption_en": "A testimonial"},
                  {"kind": "awareness_clip", "url": "https://video.example/c",
                   "caption_fr": "Un clip", "caption_en": "A clip"}],
        "quiz_id": "online-safety", "helpline_id": "fr-3018", **extra,
    }


def _create(client: TestClient, admin: str, payload: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/campaigns", json=payload, headers=bearer(admin))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _active(client: TestClient, placement: str = "discover", lang: str = "fr") -> list[str]:
    response = client.get("/v1/campaigns/active", params={"placement": placement, "lang": lang})
    assert response.status_code == 200, response.text
    return [c["slug"] for c in response.json()["campaigns"]]


def test_active_campaigns_are_chosen_by_placement_and_dates(
    client: TestClient, keys: dict[str, str], clock: FakeClock, now: dt.datetime
) -> None:
    admin = keys["admin"]
    _create(client, admin, _campaign("running", start=now - dt.timedelta(days=1)))
    _create(client, admin, _campaign("urgent", start=now - dt.timedelta(hours=1), priority=5))
    _create(client, admin, _campaign("later", start=now + dt.timedelta(days=2)))
    _create(client, admin, _campaign("over", start=now - dt.timedelta(days=20), days=5))
    _create(client, admin, _campaign("home-only", start=now - dt.timedelta(days=1), placement="home"))
    assert _active(client) == ["urgent", "running"]
    assert _active(client, "home") == ["home-only"]
    assert _active(client, "comments") == []
    clock.current = now + dt.timedelta(days=3)
    assert _active(client) == ["urgent", "later", "running"]
    clock.current = now - dt.timedelta(days=1) + dt.timedelta(days=10)  # "running" ends exactly now
    assert "running" not in _active(client)
    unknown = client.get("/v1/campaigns/active", params={"placement": "sidebar"})
    assert unknown.status_code == 422 and unknown.json()["error"]["code"] == "unknown_placement"


def test_a_featured_campaign_is_localized_with_media_quiz_and_helpline(
    client: TestClient, keys: dict[str, str], now: dt.datetime
) -> None:
    _create(client, keys["admin"], _campaign("featured", start=now - dt.timedelta(days=1)))
    response = client.get("/v1/campaigns/active", params={"placement": "discover", "lang": "en"})
    featured = response.json()["campaigns"][0]
    assert featured["title"] == "Campaign featured"
    assert [(m["kind"], m["caption"]) for m in featured["media"]] == [
        ("testimonial_video", "A testimonial"), ("awareness_clip", "A clip")]
    assert featured["quiz"]["questions"] == 8
    assert featured["helpline"]["number"] == "3018"
    assert featured["helpline"]["open"] is True  # the fixed clock is 11:00 in Paris
    french = client.get("/v1/campaigns/active", params={"placement": "discover"},
                        headers={"Accept-Language": "fr"}).json()
    assert french["lang"] == "fr" and french["campaigns"][0]["media"][0]["caption"] == "Un témoignage"


def test_campaign_crud_is_for_admins_only_and_audited(
    client: TestClient, keys: dict[str, str], now: dt.datetime, sessions: sessionmaker[Session]
) -> None:
    payload = _campaign("crud", start=now)
    for role in ("platform", "moderator", "creator"):
        assert client.post("/v1/campaigns", json=payload, headers=bearer(keys[role])).status_code == 403
        assert client.get("/v1/campaigns", headers=bearer(keys[role])).status_code == 403
    assert client.post("/v1/campaigns", json=payload).status_code == 401
    admin = bearer(keys["admin"])
    created = _create(client, keys["admin"], payload)
    path = f"/v1/campaigns/{created['id']}"
    assert client.get(path, headers=admin).json()["slug"] == "crud"
    assert [c["slug"] for c in client.get("/v1/campaigns", headers=admin).json()] == ["crud"]
    assert client.put(path, json={**payload, "title_en": "Hi"},
                      headers=bearer(keys["platform"])).status_code == 403
    replaced = client.put(path, json={**payload, "title_en": "Renamed", "placement": "home"},
                          headers=admin)
    assert replaced.status_code == 200 and replaced.json()["title_en"] == "Renamed"
    assert client.delete(path, headers=bearer(keys["moderator"])).status_code == 403
    assert client.delete(path, headers=admin).status_code == 204
    assert client.get(path, headers=admin).status_code == 404
    assert client.delete(path, headers=admin).status_code == 404
    with sessions() as session:
        actions = session.scalars(select(AuditEntry.action).where(
            AuditEntry.target_type == "campaign").order_by(AuditEntry.id)).all()
    assert actions == ["campaign.create", "campaign.update", "campaign.delete"]


@pytest.mark.parametrize(("change", "code"), [
    ({"ends_at": "2026-11-01T00:00:00+00:00"}, "invalid_period"),
    ({"placement": "sidebar"}, "unknown_placement"),
    ({"media": [{"kind": "awareness_clip", "url": "javascript:alert(1)", "caption_fr": "x",
                 "caption_en": "x"}]}, "invalid_url"),
    ({"media": [{"kind": "podcast", "url": "https://a.example/p", "caption_fr": "x",
                 "caption_en": "x"}]}, "unknown_media_kind"),
    ({"quiz_id": "nope"}, "unknown_quiz"),
    ({"helpline_id": "nope"}, "unknown_helpline"),
    ({"starts_at": "2026-11-02T10:00:00"}, "naive_time"),
    ({"title_fr": ""}, "invalid_request"),
])
def test_invalid_campaigns_are_refused_and_change_nothing(
    client: TestClient, keys: dict[str, str], now: dt.datetime, sessions: sessionmaker[Session],
    change: dict[str, Any], code: str,
) -> None:
    admin = bearer(keys["admin"])
    original = _campaign("kept", start=now)
    created = _create(client, keys["admin"], original)
    refused = client.post("/v1/campaigns", json={**_campaign("new", start=now), **change},
                          headers={**admin, "Accept-Language": "fr"})
    assert refused.status_code == 422 and refused.json()["error"]["code"] == code, refused.text
    assert refused.json()["error"]["message"]
    replaced = client.put(f"/v1/campaigns/{created['id']}", json={**original, **change}, headers=admin)
    assert replaced.status_code == 422 and replaced.json()["error"]["code"] == code
    assert client.get(f"/v1/campaigns/{created['id']}", headers=admin).json() == created
    with sessions() as session:
        assert session.scalars(select(Campaign.slug)).all() == ["kept"]
        assert session.scalars(select(AuditEntry.action).where(
            AuditEntry.target_type == "campaign")).all() == ["campaign.create"]


def test_a_taken_slug_is_a_conflict(client: TestClient, keys: dict[str, str], now: dt.datetime) -> None:
    _create(client, keys["admin"], _campaign("same", start=now))
    again = client.post("/v1/campaigns", json=_campaign("same", start=now), headers=bearer(keys["admin"]))
    assert again.status_code == 409 and again.json()["error"]["code"] == "slug_taken"


def test_the_demo_campaign_is_seeded_once_and_featured_on_discover(
    client: TestClient, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    with transaction(sessions) as session:
        first = seed_awareness(session, now=now).id
    with transaction(sessions) as session:
        assert seed_awareness(session, now=now + dt.timedelta(days=1)).id == first
    with sessions() as session:
        assert session.scalars(select(Campaign.slug)).all() == [DEMO_CAMPAIGN_SLUG]
    featured = client.get("/v1/campaigns/active", params={"placement": "discover", "lang": "fr"}).json()
    assert [c["slug"] for c in featured["campaigns"]] == [DEMO_CAMPAIGN_SLUG]
    assert {m["kind"] for m in featured["campaigns"][0]["media"]} == {"testimonial_video",
                                                                      "awareness_clip"}
