"""Who acts in a creator action: a creator for itself, or a platform (or admin) for an account.

A creator key always acts for its own account. A platform or admin key acts for the account
named ``on_behalf_of``, with exactly that account's rights; without it, it acts as the platform
itself, which may act on every account and comment. Other roles may only read, where allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.errors import Forbidden, InvalidInput
from rempart.moderation.enums import ActorType


@dataclass(frozen=True, slots=True)
class Actor:
    """The calling key and the account it acts for (``None``: the platform itself or an admin)."""

    principal: Principal
    account_id: str | None

    @property
    def actor_id(self) -> str:
        """The id written in audit entries."""
        return self.principal.actor_id

    @property
    def actor_type(self) -> ActorType:
        """The kind of caller written in audit entries."""
        return self.principal.actor_type

    def may_act_for(self, account_id: str) -> bool:
        """Whether this actor holds the rights of ``account_id`` (the platform holds them all)."""
        return self.account_id is None or self.account_id == account_id

    def audit_details(self) -> dict[str, Any]:
        """What audit entries say about who acted."""
        return {"role": self.principal.role.value, "on_behalf_of": self.account_id}


def pick_on_behalf_of(*, query: str | None, body: str | None) -> str | None:
    """The ``on_behalf_of`` account from the query or the body; refuses two different ones."""
    if query and body and query != body:
        raise InvalidInput(
            "on_behalf_of differs between the query and the body.",
            "on_behalf_of diffère entre la requête et le corps.",
            code="on_behalf_of_conflict",
        )
    return query or body


def resolve_actor(
    *, principal: Principal, on_behalf_of: str | None, readers: frozenset[Role] = frozenset()
) -> Actor:
    """The actor behind a request; Forbidden for a role that may not act (``readers`` may read)."""
    if principal.role is Role.CREATOR and principal.account_id:
        if on_behalf_of and on_behalf_of != principal.account_id:
            raise Forbidden(
                "A creator key acts only for its own account.",
                "Une clé créateur n'agit que pour son propre compte.",
                code="on_behalf_of_not_allowed",
            )
        return Actor(principal=principal, account_id=principal.account_id)
    if principal.role in (Role.PLATFORM, Role.ADMIN):
        return Actor(principal=principal, account_id=on_behalf_of or None)
    if principal.role in readers and not on_behalf_of:
        return Actor(principal=principal, account_id=None)
    raise Forbidden(
        "This needs a creator key, or a platform key acting on_behalf_of the creator.",
        "Il faut une clé créateur, ou une clé plateforme agissant on_behalf_of le créateur.",
    )


def forbidden_account(account_id: str) -> Forbidden:
    """The refusal for acting on another account's settings or contents."""
    return Forbidden(
        f"This key may not act for account {account_id!r}.",
        f"Cette clé ne peut pas agir pour le compte {account_id!r}.",
        code="not_your_account",
    )
