"""Console users: creation with an Argon2id password hash, and sign-in."""

from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.access.models import InstanceSecret, User
from rempart.access.roles import Role
from rempart.access.service import get_or_create_organisation
from rempart.errors import Conflict, InvalidInput, NotFound, Unauthenticated
from rempart.moderation.enums import SYSTEM_ACTOR_ID, ActorType
from rempart.moderation.models import Account

_hasher = PasswordHasher()
#: Compared against when the username is unknown, so sign-in takes as long either way.
_DUMMY_HASH = _hasher.hash("rempart-no-such-user")
MIN_PASSWORD_LENGTH = 10


def create_user(session: Session, *, username: str, password: str, role: Role, now: dt.datetime,
                account_id: str | None = None, organisation: str | None = None,
                display_name: str = "") -> User:
    """Create a console user; creators are bound to an account, flaggers to an organisation."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"The password needs at least {MIN_PASSWORD_LENGTH} characters.",
                           f"Le mot de passe doit compter au moins {MIN_PASSWORD_LENGTH} caractères.",
                           code="weak_password")
    if role is Role.CREATOR and not account_id:
        raise InvalidInput("A creator needs --account.", "Un créateur demande --account.",
                           code="account_required")
    if role is Role.TRUSTED_FLAGGER and not organisation:
        raise InvalidInput("A trusted flagger needs --org.", "Un signaleur de confiance demande --org.",
                           code="org_required")
    if account_id and session.get(Account, account_id) is None:
        raise NotFound(f"No account {account_id!r}.", f"Aucun compte {account_id!r}.",
                       code="account_not_found")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"The username {username!r} is taken.", f"L'identifiant {username!r} est pris.",
                       code="username_taken")
    organisation_id = (get_or_create_organisation(session, name=organisation, now=now).id
                       if organisation else None)
    user = User(username=username, display_name=display_name or username,
                password_hash=_hasher.hash(password), role=role.value, account_id=account_id,
                organisation_id=organisation_id, created_at=now)
    session.add(user)
    session.flush()
    audit.record(session, now=now, actor_type=ActorType.SYSTEM, actor_id=SYSTEM_ACTOR_ID,
                 action="user.create", target_type="user", target_id=str(user.id),
                 details={"username": username, "role": role.value})
    return user


def authenticate_user(session: Session, *, username: str, password: str) -> User:
    """The active user with these credentials; Unauthenticated otherwise (same message for both)."""
    user = session.scalar(select(User).where(User.username == username))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        user = None
    if user is None or user.disabled_at is not None:
        raise Unauthenticated("Wrong username or password.", "Identifiant ou mot de passe incorrect.",
                              code="bad_credentials")
    return user


def session_key(session: Session) -> str:
    """The deployment's session-signing key (made by the migration, shared by all workers)."""
    secret = session.get(InstanceSecret, "session_key")
    if secret is None:
        raise RuntimeError("no session key: run `rempart db upgrade`")
    return secret.value
