"""Runtime settings, read from the environment (prefix ``REMPART_``) or passed in explicitly."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

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
    #: SQLite durability: NORMAL (a killed process loses nothing committed) or FULL (a power cut
    #: neither, at some cost in write speed). Ignored on PostgreSQL.
    sqlite_synchronous: Literal["NORMAL", "FULL"] = "NORMAL"
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
    #: Key that signs console session cookies; by default a random key made at installation
    #: and stored in the database, so every worker of one deployment shares it.
    secret_key: str | None = None
    #: Send session cookies over HTTPS only; by default on unless serving on a loopback address.
    cookie_secure: bool | None = None
    #: Serve the demo host pages (/demo): a pretend platform wired to Rempart.
    demo_host: bool = False
    #: Hours within which a user report or a grey-zone comment should be reviewed
    #: (trusted flaggers use their organisation's ``due_hours``).
    review_due_hours: int = Field(default=24, ge=1, le=24 * 30)
    #: Minutes a moderator's claim on a review item lasts before another may take it.
    review_claim_minutes: int = Field(default=30, ge=1, le=24 * 60)
    #: Days after a decision during which it can be appealed (DSA Art. 20: at least 6 months).
    appeal_window_days: int = Field(default=183, ge=183, le=3650)
    #: Hours within which an appeal should be reviewed.
    appeal_due_hours: int = Field(default=72, ge=1, le=24 * 60)
    #: Days after which a strike stops counting.
    strike_expiry_days: int = Field(default=180, ge=1, le=3650)
    #: Active strikes at which an account is restricted (its comments wait for a moderator) ...
    strike_restrict_at: int = Field(default=3, ge=1)
    strike_restrict_hours: int = Field(default=24, ge=1)
    #: ... suspended (its comments are refused) ...
    strike_suspend_at: int = Field(default=5, ge=1)
    strike_suspend_days: int = Field(default=7, ge=1)
    #: ... and banned for good.
    strike_ban_at: int = Field(default=8, ge=1)
    #: Run the in-process webhook sender (a later release moves it onto a job queue).
    webhook_sender: bool = True
    #: Seconds between two passes of the webhook sender.
    webhook_poll_seconds: float = Field(default=2.0, gt=0, le=3600)
    #: Seconds a webhook receiver has to answer.
    webhook_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    #: Attempts before a delivery is marked failed (it stays listed, never silently dropped).
    webhook_max_attempts: int = Field(default=12, ge=1, le=100)
    #: First retry delay in seconds; each retry doubles it, up to ``webhook_backoff_max_seconds``.
    webhook_backoff_seconds: float = Field(default=30.0, gt=0)
    webhook_backoff_max_seconds: float = Field(default=6 * 3600.0, gt=0)
    #: Pile-on protection: this many distinct accounts saying hurtful things to one target
    #: (hurtful comments, or reported comments) within the window open an incident.
    pileon_threshold: int = Field(default=8, ge=2, le=10_000)
    pileon_window_minutes: int = Field(default=30, ge=1, le=24 * 60)
    #: Minutes without a new hurtful event after which protective mode lifts by itself.
    pileon_quiet_minutes: int = Field(default=120, ge=1, le=30 * 24 * 60)
    #: Days a comment removed by moderation stays in the evidence store (for evidence bundles)
    #: before ``rempart.evidence.retention.purge_expired_evidence`` may redact it.
    evidence_retention_days: int = Field(default=365, ge=30, le=3650)
    #: Time zone of the dates written in evidence bundles (an IANA name).
    evidence_timezone: str = "Europe/Paris"
    #: Log each SQL statement (for debugging only).
    echo_sql: bool = False
