"""Stable pseudonyms for erased accounts: the same account id always gives the same pseudonym.

A pseudonym is ``erased-`` and the first 24 hex digits of HMAC-SHA256(instance secret, id): it
cannot be turned back into the id without the deployment's ``pseudonym_key`` (made by migration
0010, shared by every worker), yet every record of one erased account keeps pointing at one name,
so decisions, strikes and appeals of that account still hang together.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from rempart.access.models import InstanceSecret
from rempart.db import PSEUDONYM_PREFIX

SECRET_NAME = "pseudonym_key"
_DIGITS = 24


def pseudonym_key(session: Session) -> str:
    """The deployment's pseudonym key (made here if a database predates migration 0010's seed)."""
    secret = session.get(InstanceSecret, SECRET_NAME)
    if secret is None:
        secret = InstanceSecret(name=SECRET_NAME, value=secrets.token_urlsafe(48))
        session.add(secret)
        session.flush()
    return secret.value


def pseudonym_for(session: Session, *, account_id: str) -> str:
    """The stable pseudonym of ``account_id`` on this deployment."""
    digest = hmac.new(pseudonym_key(session).encode(), account_id.encode(), hashlib.sha256)
    return PSEUDONYM_PREFIX + digest.hexdigest()[:_DIGITS]


def is_pseudonym(account_id: str) -> bool:
    """Whether ``account_id`` is a pseudonym rather than a platform's account id."""
    return account_id.startswith(PSEUDONYM_PREFIX) and len(account_id) == len(PSEUDONYM_PREFIX) + _DIGITS
