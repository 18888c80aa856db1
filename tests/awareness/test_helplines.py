"""The helpline directory: the 3018 open at 10:00 and closed at 03:00 Paris time, in summer and winter."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.awareness.helplines import helpline_for
from tests.fakes import FakeClock

PARIS_TIMES = [
    # (instant with its Paris offset, open?)
    ("2026-07-14T10:00:00+02:00", True),  # summer, 10:00
    ("2026-07-14T03:00:00+02:00", False),  # summer, 03:00
    ("2026-01-20T10:00:00+01:00", True),  # winter, 10:00
    ("2026-01-20T03:00:00+01:00", False),  # winter, 03:00
    ("2026-07-14T08:00:00Z", True),  # 10:00 in Paris in summer, given in UTC
    ("2026-01-20T09:30:00Z", True),  # 10:30 in Paris in winter
    ("2026-01-20T08:30:00Z", True),  # 09:30 in Paris in winter
    ("2026-07-14T07:30:00Z", True),  # 09:30 in Paris in summer
    ("2026-07-14T06:30:00Z", False),  # 08:30 in Paris in summer
]


def _the_3018(client: TestClient, **params: str) -> dict[str, object]:
    response = client.get("/v1/helplines", params={"country": "FR", **params})
    assert response.status_code == 200, response.text
    lines = {line["id"]: line for line in response.json()}
    line: dict[str, object] = lines["fr-3018"]
    return line


@pytest.mark.parametrize(("at", "expected"), PARIS_TIMES)
def test_the_3018_is_open_at_10_and_closed_at_3_paris_time(
    client: TestClient, at: str, expected: bool
) -> None:
    assert _the_3018(client, at=at)["open"] is expected


def test_the_3018_card_carries_its_flags_channels_and_next_opening(client: TestClient) -> None:
    card = _the_3018(client, at="2026-01-20T03:00:00+01:00", lang="fr")
    assert (card["number"], card["free"], card["anonymous"], card["confidential"]) == (
        "3018", True, True, True)
    assert card["timezone"] == "Europe/Paris"
    assert card["hours"] == [{"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                              "opens": "09:00", "closes": "23:00"}]
    kinds = {channel["kind"] for channel in card["channels"]}  # type: ignore[attr-defined]
    assert {"phone", "chat", "messaging", "website"} <= kinds
    assert dt.datetime.fromisoformat(str(card["next_opening"])) == dt.datetime(
        2026, 1, 20, 8, 0, tzinfo=dt.UTC)
    assert str(card["description"]).startswith("Le numéro national")
    english = _the_3018(client, at="2026-01-20T03:00:00+01:00", lang="en")
    assert str(english["description"]).startswith("France's national number")


def test_without_at_the_app_clock_decides(client: TestClient, clock: FakeClock) -> None:
    clock.current = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)  # 03:00 Paris
    assert _the_3018(client)["open"] is False
    clock.current = dt.datetime(2026, 7, 14, 8, 0, tzinfo=dt.UTC)  # 10:00 Paris
    assert _the_3018(client)["open"] is True


def test_directory_filters_by_country_and_refuses_bad_input(client: TestClient) -> None:
    assert [line["id"] for line in client.get("/v1/helplines", params={"country": "gb"}).json()] == [
        "gb-childline"]
    assert client.get("/v1/helplines", params={"country": "DE"}).json() == []
    everything = {line["id"] for line in client.get("/v1/helplines").json()}
    assert {"fr-3018", "gb-childline"} <= everything
    bad_country = client.get("/v1/helplines", params={"country": "France"},
                             headers={"Accept-Language": "fr"})
    assert bad_country.status_code == 422
    assert bad_country.json()["error"]["code"] == "invalid_country"
    assert "code pays" in bad_country.json()["error"]["message"]
    naive = client.get("/v1/helplines", params={"country": "FR", "at": "2026-07-14T10:00:00"})
    assert naive.status_code == 422 and naive.json()["error"]["code"] == "naive_time"


def test_the_report_flow_gets_the_helpline_of_the_reporters_country(
    sessions: sessionmaker[Session],
) -> None:
    at = dt.datetime(2026, 7, 14, 8, 0, tzinfo=dt.UTC)
    with sessions() as session:
        french = helpline_for(session, country="fr", lang="fr", at=at)
        assert french is not None and french.number == "3018" and french.open is True
        assert french.description.startswith("Le numéro national")
        british = helpline_for(session, country="GB", lang="en")
        assert british is not None and british.name == "Childline" and british.open is None
        assert helpline_for(session, country="DE", lang="en") is None
        assert helpline_for(session, country="not a country", lang="en") is None
