"""Security headers: every response carries them; pages get a strict content security policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from rempart.app import create_app
from rempart.settings import Settings
from tests.fakes import FakeClock, FakeScorer


@pytest.fixture
def client(database_url: str, now: dt.datetime) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=database_url, demo_host=True), clock=FakeClock(now),
                     scorer=FakeScorer())
    with TestClient(app) as test_client:
        yield test_client


def test_pages_and_api_answers_carry_security_headers(client: TestClient) -> None:
    page = client.get("/demo")
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["x-frame-options"] == "DENY"
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "frame-ancestors 'none'" in policy
    api = client.get("/healthz")
    assert api.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in api.headers


def test_api_docs_use_only_local_assets(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert 'src="https://' not in docs.text and "href=\"https://" not in docs.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
