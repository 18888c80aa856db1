"""Creating, checking and revoking API keys, and creating organisations."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.access.models import ApiKey, Organisation
from rempart.access.roles import Role
from rempart.errors import InvalidInput, NotFound, Unauthenticated
from rempart.moderation.enums import SYSTEM_ACTOR_ID, ActorType
from rempart.moderation.models import Account

KEY_PREFIX = "rmp_"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: an API key, or a person signed in to the consoles, with role and bindings."""

    key_id: int | None
    role: Role
    account_id: str | None = None
    organisation_id: int | None = None
    #: Set for a console user (who holds no API key); then ``key_id`` is None.
    user_id: int | None = None

    @property
    def actor_id(self) -> str:
        """The id written in audit entries for this caller: ``user:<id>`` or ``key:<id>``."""
        return f"user:{self.user_id}" if self.user_id is not None else f"key:{self.key_id}"

    @property
    def actor_type(self) -> ActorType:
        """How audit entries name this caller's kind: a signed-in user or an API key."""
        return ActorType.USER if self.user_id is not None else ActorType.API_KEY

    @classmethod
    def console_user(cls, *, user_id: int, role: Role, account_id: str | None = None,
                     organisation_id: int | None = None) -> Principal:
        """The principal of a signed-in console user (what they file records no API key)."""
        return cls(key_id=None, role=role, account_id=account_id,
                   organisation_id=organisation_id, user_id=user_id)


@dataclass(frozen=True, slots=True)
class IssuedKey:
    """A newly created key: ``secret`` is shown once and never stored."""

    key: ApiKey
    secret: str


def digest(secret: str) -> str:
    """The stored form of a key secret (keys are 256-bit random, so SHA-256 is enough)."""
    return hashlib.sha256(secret.encode()).hexdigest()


def get_or_create_organisation(session: Session, *, name: str, now: dt.datetime) -> Organisation:
    """The organisation called ``name``, created (and audited) if it does not exist."""
    organisation = session.scalar(select(Organisation).where(Organisation.name == name))
    if organisation is None:
        organisation = Organisation(name=name, due_hours=4, created_at=now)
        session.add(organisation)
        session.flush()
        audit.record(
            session,
            now=now,
            actor_type=ActorType.SYSTEM,
            actor_id=SYSTEM_ACTOR_ID,
            action="organisation.create",
            target_type="organisation",
            target_id=str(organisation.id),
            details={"name": name},
        )
    return organisation


def create_key(
    session: Session,
    *,
    role: Role,
    now: dt.datetime,
    account_id: str | None = None,
    organisation: str | None = None,
    label: str = "",
) -> IssuedKey:
    """Create a key for ``role``; creator keys need an existing account, flagger keys an org name."""
    if role is Role.CREATOR and not account_id:
        raise InvalidInput(
            "A creator key needs --account.",
            "Une clé créateur demande --account.",
            code="account_required",
        )
    if role is Role.TRUSTED_FLAGGER and not organisation:
        raise InvalidInput(
            "A trusted-flagger key needs --org.",
            "Une clé de signaleur de confiance demande --org.",
            code="org_required",
        )
    if role not in (Role.CREATOR,) and account_id:
        raise InvalidInput(
            "Only creator keys are bound to an account.",
            "Seules les clés créateur sont liées à un compte.",
            code="account_not_allowed",
        )
    if role is not Role.TRUSTED_FLAGGER and organisation:
        raise InvalidInput(
            "Only trusted-flagger keys belong to an organisation.",
            "Seules les clés de signaleur de confiance appartiennent à une organisation.",
            code="org_not_allowed",
        )
    if account_id and session.get(Account, account_id) is None:
        raise NotFound(
            f"No account {account_id!r}.", f"Aucun compte {account_id!r}.", code="account_not_found"
        )
    organisation_id = None
    if organisation:
        organisation_id = get_or_create_organisation(session, name=organisation, now=now).id
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        prefix=secret[:12],
        digest=digest(secret),
        role=role.value,
        account_id=account_id,
        organisation_id=organisation_id,
        label=label,
        created_at=now,
    )
    session.add(key)
    session.flush()
    audit.record(
        session,
        now=now,
        actor_type=ActorType.SYSTEM,
        actor_id=SYSTEM_ACTOR_ID,
        action="api_key.create",
        target_type="api_key",
        target_id=str(key.id),
        details={
            "role": role.value,
            "account_id": account_id,
            "organisation": organisation,
            "label": label,
        },
    )
    return IssuedKey(key=key, secret=secret)


# Built once: every API request runs it.
_BY_DIGEST = select(ApiKey).where(ApiKey.digest == bindparam("digest"))


def authenticate(session: Session, *, secret: str | None) -> Principal:
    """The principal behind a presented secret; raises Unauthenticated if missing, wrong or revoked."""
    if not secret:
        raise Unauthenticated(
            "An API key is required: send 'Authorization: Bearer KEY'.",
            "Une clé d'API est requise : envoyez « Authorization: Bearer CLÉ ».",
        )
    wanted = digest(secret)
    key = session.scalar(_BY_DIGEST, {"digest": wanted})
    if key is None or key.revoked_at is not None or not hmac.compare_digest(key.digest, wanted):
        raise Unauthenticated(
            "This API key is not valid.", "Cette clé d'API n'est pas valide.", code="invalid_key"
        )
    return Principal(
        key_id=key.id,
        role=Role(key.role),
        account_id=key.account_id,
        organisation_id=key.organisation_id,
    )


def revoke_keys(session: Session, *, label: str, now: dt.datetime) -> int:
    """Revoke every live key carrying ``label``; returns how many were revoked."""
    keys = session.scalars(
        select(ApiKey).where(ApiKey.label == label, ApiKey.revoked_at.is_(None))
    ).all()
    for key in keys:
        key.revoked_at = now
        audit.record(
            session,
            now=now,
            actor_type=ActorType.SYSTEM,
            actor_id=SYSTEM_ACTOR_ID,
            action="api_key.revoke",
            target_type="api_key",
            target_id=str(key.id),
        )
    return len(keys)
