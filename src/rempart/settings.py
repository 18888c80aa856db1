"""Runtime settings, read from the environment (prefix ``REMPART_``) or passed in explicitly."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_database_url() -> str:
    """The embedded default: a SQLite file in the user's data directory."""
    folder = Path(user_data_dir("rempart", appauthor=False))
    return f"sqlite:///{folder / 'rempart.sqlite3'}"


class Settings(BaseSettings):
    """Every knob of a Rempart deployment; each has a documented, working default."""

    model_config = SettingsConfigDict(env_prefix="REMPART_", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    #: Longest comment text accepted, in characters.
    max_text_length: int = Field(default=5000, ge=1, le=100_000)
    #: Interface and port that ``rempart serve`` binds to.
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    #: Language used for messages when a request states no preference.
    default_language: str = "en"
    #: Per-category overrides of the policy thresholds, e.g. ``{"insult": {"remove": 0.99}}``
    #: (categories and defaults: ``rempart.moderation.thresholds.DEFAULT_THRESHOLDS``).
    thresholds: dict[str, dict[str, float]] = Field(default_factory=dict)
    #: Minutes after which a check never followed up counts as abandoned.
    check_abandon_after_minutes: int = Field(default=60, ge=1, le=60 * 24 * 30)
    #: Log each SQL statement (for debugging only).
    echo_sql: bool = False
