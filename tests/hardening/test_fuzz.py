"""Property-based fuzzing of the whole JSON API from its OpenAPI description (Schemathesis).

Every operation gets generated requests, valid (positive) and invalid (negative), with an admin or
a platform key, against an app on a real migrated database. Checks: never a 5xx, every status
documented, every body as documented. Examples are bounded and derandomized, so a run is
reproducible; a failure names the operation and the request that broke it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock

NOW = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
#: Examples per operation: valid requests, then invalid ones (25 in all per operation).
EXAMPLES = {GenerationMode.POSITIVE: 15, GenerationMode.NEGATIVE: 10}


@pytest.fixture
def fuzz_keys(sessions: sessionmaker[Session]) -> dict[str, str]:
    """An admin and a platform key, and a few rows for the generated ids to find."""
    make_account(sessions, "creator-1", now=NOW)
    make_content(sessions, "video-1", creator_id="creator-1", now=NOW)
    return {"admin": make_key(sessions, Role.ADMIN, now=NOW),
            "platform": make_key(sessions, Role.PLATFORM, now=NOW)}


@pytest.fixture
def api_schema(database_url: str, fuzz_keys: dict[str, str]) -> Iterator[schemathesis.BaseSchema]:
    """The OpenAPI description of an app on this test's database (packaged detector, fake clock).

    Rate limits are off: the fuzzer sends more requests a minute than a key may."""
    app = create_app(Settings(database_url=database_url, webhook_sender=False,
                              rate_limits_enabled=False),
                     clock=FakeClock(NOW))
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    asgi.shutdown_lifespans()  # Schemathesis started the app's lifespan (its job worker): stop it
    app.state.engine.dispose()


def _fuzz(operation: schemathesis.APIOperation, mode: GenerationMode, keys: dict[str, str]) -> None:
    @settings(max_examples=EXAMPLES[mode], derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), print_blob=False)
    @given(case=operation.as_strategy(generation_mode=mode), role=st.sampled_from(sorted(keys)))
    def run(case: schemathesis.Case, role: str) -> None:
        case.call_and_validate(headers=bearer(keys[role]), checks=CHECKS)

    run()


@pytest.mark.slow
def test_api_fuzz(api_schema: schemathesis.BaseSchema, fuzz_keys: dict[str, str]) -> None:
    failures: list[str] = []
    operations = 0
    for result in api_schema.get_all_operations():
        operation = result.ok()
        operations += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                _fuzz(operation, mode, fuzz_keys)
            except Unsatisfiable:
                continue  # nothing to make invalid (no parameters, or any string is valid)
            except (Exception, FailureGroup) as exc:  # collect every failure, then report them all
                failures.append(f"{operation.label} ({mode.value}): {exc}")
    assert operations >= 50, "the OpenAPI description lost its operations"
    assert not failures, "\n\n".join(failures)
