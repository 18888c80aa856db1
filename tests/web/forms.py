"""Helpers for page tests: read the CSRF token of a page, sign in as a demo user."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from rempart.demo import DEMO_PASSWORD

FR = {"Accept-Language": "fr-FR,fr;q=0.9"}
EN = {"Accept-Language": "en-GB,en;q=0.9"}


def csrf(html: str) -> str:
    """The CSRF token a page carries (in a form field or the meta tag)."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html) or re.search(
        r'<meta name="csrf-token" content="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def sign_in(client: TestClient, username: str, password: str = DEMO_PASSWORD) -> str:
    """Sign ``username`` in (dropping any earlier session); returns the new session's CSRF token."""
    client.cookies.clear()
    token = csrf(client.get("/signin").text)
    signed = client.post("/signin", data={"username": username, "password": password,
                                          "csrf_token": token}, follow_redirects=False)
    assert signed.status_code == 303, signed.text
    return csrf(client.get("/").text)
