"""Runtime settings, read from the environment (prefix ``REMPART_``) or passed in explicitly."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from rempart.ratelimit.parsing import RateLimitText


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
    #: Largest request body accepted, in bytes (larger: 413 ``body_too_large``).
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024, le=64 * 1024 * 1024)
    #: Deepest nesting of arrays and objects accepted in a JSON body (deeper: 422 ``json_too_deep``).
    max_json_depth: int = Field(default=32, ge=4, le=1000)
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
    #: Send webhooks: a delivery job is deferred after each commit that queued events, and a
    #: periodic job (every minute) retries what is due. Off: events stay queued, nothing is sent.
    webhook_sender: bool = True
    #: Seconds a webhook receiver has to answer.
    webhook_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    #: Attempts before a delivery is marked failed (it stays listed, never silently dropped).
    webhook_max_attempts: int = Field(default=12, ge=1, le=100)
    #: First retry delay in seconds; each retry doubles it, up to ``webhook_backoff_max_seconds``.
    webhook_backoff_seconds: float = Field(default=30.0, gt=0)
    webhook_backoff_max_seconds: float = Field(default=6 * 3600.0, gt=0)
    #: Let webhooks go to private, loopback and link-local addresses (receivers on the
    #: deployment's own network). Off: only public internet addresses, so an API key cannot make
    #: Rempart reach internal services (moderation/webhook_targets.py).
    webhook_allow_private_addresses: bool = False
    #: Pile-on protection: this many distinct accounts saying hurtful things to one target
    #: (hurtful comments, or reported comments) within the window open an incident.
    pileon_threshold: int = Field(default=8, ge=2, le=10_000)
    pileon_window_minutes: int = Field(default=30, ge=1, le=24 * 60)
    #: Minutes without a new hurtful event after which protective mode lifts by itself.
    pileon_quiet_minutes: int = Field(default=120, ge=1, le=30 * 24 * 60)
    #: Days a comment removed by moderation stays in the evidence store (for evidence bundles)
    #: before ``rempart.evidence.retention.purge_expired_evidence`` may redact it.
    evidence_retention_days: int = Field(default=365, ge=30, le=3650)
    #: Personal-data retention, applied by ``rempart.privacy.retention.purge_expired`` (run
    #: periodically): days after which a check's draft fingerprint is blanked ...
    retention_check_draft_days: int = Field(default=7, ge=1, le=3650)
    #: ... a published comment's idempotency key is dropped ...
    retention_idempotency_days: int = Field(default=7, ge=1, le=3650)
    #: ... the text of a comment its author deleted is blanked (if never reported nor decided;
    #: otherwise it is evidence, kept for ``evidence_retention_days``) ...
    retention_author_deleted_days: int = Field(default=30, ge=1, le=3650)
    #: ... delivered, failed or cancelled webhook deliveries (payloads name accounts) are deleted ...
    retention_webhook_days: int = Field(default=90, ge=1, le=3650)
    #: ... and pile-on counters and events that joined no incident are deleted.
    retention_pileon_days: int = Field(default=30, ge=2, le=3650)
    #: Time zone of the dates written in evidence bundles (an IANA name).
    evidence_timezone: str = "Europe/Paris"
    #: Run a job worker inside ``rempart serve`` (webhooks, maintenance, queued rescores).
    #: None (default) means yes. On SQLite jobs always run inside ``rempart serve`` (an in-memory
    #: queue) and this is ignored; on PostgreSQL production sets it false and runs ``rempart worker``.
    jobs_in_process: bool | None = None
    #: Jobs one worker runs at once (each job runs in its own thread).
    jobs_concurrency: int = Field(default=2, ge=1, le=32)
    #: Run the periodic schedules (webhook retries every minute, hourly pruning and purges).
    #: The test suite turns them off so no purge starts behind a test's back.
    jobs_schedules: bool = True
    #: Rate limits, each written as "N/second|minute|hour|day" (e.g. "1200/minute", "5000/2 hours").
    #: Off: no request and no author is ever refused for going too fast.
    rate_limits_enabled: bool = True
    #: API requests (/v1, /v1alpha1) per window for each API key; then 429 ``rate_limited``.
    #: A platform's key carries all its users' comments, so the default (2,000 a second) only
    #: stops a runaway client; tighten it for creator and flagger integrations if you like.
    rate_limit_per_key: RateLimitText = "120000/minute"
    #: API requests per window from one client address without a valid key (public endpoints).
    rate_limit_anonymous: RateLimitText = "120/minute"
    #: Comments one author (``author_id``) may publish in any window of this length, whichever key
    #: sends them; drafts checked (POST /v1/checks) count apart, against the same figure. Then 429
    #: ``author_rate_limited``.
    rate_limit_per_author: RateLimitText = "20/minute"
    #: Seconds a worker remembers what an API key authenticated as (0: look it up every request).
    #: A key revoked elsewhere keeps working on a worker that remembers it for at most this long.
    auth_cache_seconds: float = Field(default=1.0, ge=0, le=60)
    #: Checks and publishes one worker process runs at once, each on a thread of its own. Empty:
    #: 1 on SQLite, 4 on PostgreSQL. SQLite has one writer: more threads only take turns on
    #: Python's GIL while one of them holds the write lock, which makes every other writer wait
    #: (measured: 235 -> 380 publishes/s with two workers). PostgreSQL waits on the network,
    #: which a few threads overlap; dozens only contend for the GIL (40, the thread pool's
    #: default, halved the rate).
    publish_threads: int | None = Field(default=None, ge=1, le=256)
    #: Where the per-key counters live: empty for the database (shared by every worker and
    #: machine), or ``redis://host:port/db`` for Redis (needs the ``redis`` package).
    rate_limit_storage_url: str | None = None
    #: OpenTelemetry request spans, metrics and error logs through FastAPI's native telemetry
    #: (to the globally configured providers). Off by default: even with no exporter it costs
    #: about 0.6 ms of CPU per request.
    opentelemetry: bool = False
    #: Log each SQL statement (for debugging only).
    echo_sql: bool = False
