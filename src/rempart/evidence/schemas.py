"""Request shape of an evidence export."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class EvidenceRequest(BaseModel):
    """What to export: comments said to ``account_id`` in [from, to) (default: all, until now).

    ``consent`` is required (true) when a trusted flagger exports for a victim.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    account_id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")
    from_: AwareDatetime | None = Field(default=None, alias="from")
    to: AwareDatetime | None = None
    lang: Literal["fr", "en"] | None = None
    consent: bool | None = None
