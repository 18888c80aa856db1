"""Liveness: the service answers and its database is reachable."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import text

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(request: Request) -> dict[str, str]:
    """``{"status": "ok"}`` when the service and its database answer."""
    with request.app.state.sessions() as session:
        session.execute(text("SELECT 1"))
    return {"status": "ok"}
