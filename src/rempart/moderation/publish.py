"""Publishing a comment: idempotent, decided by the pipeline, stored and audited in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, bindparam, insert, select
from sqlalchemy.orm import Session, make_transient_to_detached

from rempart import audit
from rempart.detection.detector import Scorer
from rempart.errors import Conflict, InvalidInput, NotFound, RempartError, TextTooLong
from rempart.moderation import checks, decisions, pipeline, strikes
from rempart.moderation.accounts import content_not_found, create_account_if_absent
from rempart.moderation.author_limits import AuthorLimit, enforce_comment_limit
from rempart.moderation.enums import ActorType, CommentStatus, FilterMode
from rempart.moderation.keywords import match_keywords
from rempart.moderation.models import Comment, Content, CreatorSettings
from rempart.moderation.thresholds import Policy
from rempart.pileon import protective
from rempart.pileon import service as pileon
from rempart.pileon.detector import PileonRules


@dataclass(frozen=True, slots=True)
class PublishRequest:
    """A comment the platform wants to publish."""

    content_id: str
    author_id: str
    text: str
    external_id: str | None = None
    parent_id: int | None = None
    check_id: str | None = None
    idempotency_key: str | None = None
    lang: str | None = None


# The statements every publish runs are built once: building one costs more than running it.
_INSERT_COMMENT = insert(cast(Table, Comment.__table__)).returning(Comment.__table__.c.id)
_BY_IDEMPOTENCY_KEY = select(Comment).where(Comment.idempotency_key == bindparam("key"))
_SETTINGS_COLUMNS = (
    CreatorSettings.content_id, CreatorSettings.filter_mode, CreatorSettings.keywords,
    CreatorSettings.approved_commenters, CreatorSettings.blocked_accounts,
    CreatorSettings.restricted_accounts)
_CREATOR_SETTINGS = select(*_SETTINGS_COLUMNS).where(
    CreatorSettings.account_id == bindparam("creator_id"),
    (CreatorSettings.content_id == bindparam("content_id")) | CreatorSettings.content_id.is_(None))
# The content's creator with the settings that apply to it: one row per settings row (content's
# own, creator's defaults), or one with none.
_CONTENT_RULES = (
    select(Content.creator_id, *_SETTINGS_COLUMNS)
    .select_from(Content)
    .outerjoin(CreatorSettings, (CreatorSettings.account_id == Content.creator_id) & (
        (CreatorSettings.content_id == Content.id) | CreatorSettings.content_id.is_(None)))
    .where(Content.id == bindparam("content_id")))


def _merged(rows: Sequence[Any]) -> pipeline.CreatorRules:
    """Content settings over the creator's defaults; lists add up."""
    default = next((r for r in rows if r.content_id is None), None)
    specific = next((r for r in rows if r.content_id is not None), None)
    chosen = specific or default
    both = [r for r in (default, specific) if r is not None]
    return pipeline.CreatorRules(
        filter_mode=FilterMode(chosen.filter_mode) if chosen else FilterMode.OFF,
        keywords=tuple(dict.fromkeys(k for r in both for k in r.keywords)),
        approved_commenters=frozenset(a for r in both for a in r.approved_commenters),
        blocked_accounts=frozenset(a for r in both for a in r.blocked_accounts),
        restricted_accounts=frozenset(a for r in both for a in r.restricted_accounts),
    )


def creator_rules(session: Session, *, creator_id: str, content_id: str) -> pipeline.CreatorRules:
    """The creator's filters for ``content_id``: its own settings over the creator's defaults."""
    return _merged(session.connection().execute(
        _CREATOR_SETTINGS, {"creator_id": creator_id, "content_id": content_id}).all())


def content_rules(session: Session, *, content_id: str) -> tuple[str, pipeline.CreatorRules]:
    """The creator of ``content_id`` and its filters for it, in one query; NotFound if the
    platform never declared the content."""
    rows = session.connection().execute(_CONTENT_RULES, {"content_id": content_id}).all()
    if not rows:
        raise content_not_found(content_id)
    return rows[0].creator_id, _merged([r for r in rows if r.filter_mode is not None])


def _sanction(standing: strikes.AuthorStanding) -> pipeline.AuthorSanction | None:
    sanction = standing.sanction
    return pipeline.AuthorSanction(sanction.kind, sanction.ends_at) if sanction else None


class _Decided(NamedTuple):
    creator_id: str
    author_known: bool
    verdict: pipeline.Verdict


class Publisher:
    """Runs the publish pipeline with one scorer and one policy."""

    def __init__(self, *, scorer: Scorer, policy: Policy, max_text_length: int,
                 decision_rules: decisions.DecisionRules | None = None,
                 pileon_rules: PileonRules | None = None,
                 author_limit: AuthorLimit | None = None) -> None:
        self.scorer = scorer
        self.policy = policy
        self.max_text_length = max_text_length
        self.decision_rules = decision_rules or decisions.DecisionRules()
        self.pileon_rules = pileon_rules or PileonRules()
        #: Comments (and, apart, drafts checked) one author may send per window; None: no limit.
        self.author_limit = author_limit
        self.phases = pipeline.default_phases(scorer=scorer, policy=policy, matcher=match_keywords)

    def validate_text(self, text: str) -> None:
        """Refuse an empty or oversized text with a clear error."""
        if not text.strip():
            raise InvalidInput("The comment text is empty.", "Le texte du commentaire est vide.",
                               code="empty_text")
        if len(text) > self.max_text_length:
            raise TextTooLong(
                f"The text has {len(text)} characters; the limit is {self.max_text_length}.",
                f"Le texte compte {len(text)} caractères ; la limite est {self.max_text_length}.")

    def publish(self, session: Session, *, request: PublishRequest, now: dt.datetime,
                actor_id: str, after_conflict: bool = False) -> tuple[Comment, bool]:
        """Store a new comment with the status the pipeline gives; returns it and whether it is new.

        A retry with the same idempotency key returns the first comment and creates nothing; an
        author past ``author_limit`` is refused (429 ``author_rate_limited``) and nothing changes.
        The key is looked up only when something stands in the way: a refusal, or the unique
        index (the caller's try raised IntegrityError; it tries again with ``after_conflict``).
        A first try, the common case, costs no lookup.
        """
        self.validate_text(request.text)
        if after_conflict and (earlier := self._earlier(session, request)) is not None:
            return earlier, False
        try:
            decided = self._decide(session, request=request, now=now)
        except RempartError:
            # An idempotent retry gets the first answer even if the author has since been
            # limited or sanctioned, or its external_id is now taken (by that very first try).
            if (earlier := self._earlier(session, request)) is None:
                raise
            return earlier, False
        return self._store(session, request=request, decided=decided, now=now,
                           actor_id=actor_id), True

    @staticmethod
    def _earlier(session: Session, request: PublishRequest) -> Comment | None:
        """The comment an earlier try with this idempotency key stored (409 if its text,
        author or content differ), or None."""
        if not request.idempotency_key:
            return None
        earlier = session.scalar(_BY_IDEMPOTENCY_KEY, {"key": request.idempotency_key})
        if earlier is not None and (earlier.text, earlier.author_id, earlier.content_id) != (
                request.text, request.author_id, request.content_id):
            raise Conflict("This Idempotency-Key was already used for another comment.",
                           "Cette Idempotency-Key a déjà servi pour un autre commentaire.",
                           code="idempotency_key_reused")
        return earlier

    def _decide(self, session: Session, *, request: PublishRequest,
                now: dt.datetime) -> _Decided:
        """Read what the pipeline needs and run it. Refusals raise here, before any write."""
        if request.external_id and session.scalar(
                select(Comment.id).where(Comment.external_id == request.external_id)):
            raise Conflict(f"A comment with external_id {request.external_id!r} already exists.",
                           f"Un commentaire avec l'external_id {request.external_id!r} existe déjà.",
                           code="external_id_taken")
        enforce_comment_limit(session, author_id=request.author_id, now=now,
                              limit=self.author_limit)
        creator_id, rules = content_rules(session, content_id=request.content_id)
        if request.parent_id is not None:
            parent = session.get(Comment, request.parent_id)
            if parent is None or parent.content_id != request.content_id:
                raise NotFound(f"No comment {request.parent_id} on this content to reply to.",
                               f"Aucun commentaire {request.parent_id} sur ce contenu auquel répondre.",
                               code="parent_not_found")
        author = strikes.author_standing(session, account_id=request.author_id, now=now)
        draft = pipeline.Draft(
            text=request.text, author_id=request.author_id, creator_id=creator_id, rules=rules,
            lang_hint=request.lang, author_sanction=_sanction(author),
            protective=protective.hold_for(
                session, creator_id=creator_id, parent_id=request.parent_id, text=request.text,
                author_id=request.author_id, now=now, rules=self.pileon_rules))
        return _Decided(creator_id, author.known, pipeline.run(self.phases, draft))

    def _store(self, session: Session, *, request: PublishRequest, decided: _Decided,
               now: dt.datetime, actor_id: str) -> Comment:
        """Write the comment with its verdict, its audit entry and what follows from it."""
        creator_id, verdict = decided.creator_id, decided.verdict
        assessment = verdict.assessment
        # The first write comes only now: on SQLite it takes the database's single writer lock,
        # and every read and the scoring above ran without holding it.
        if not decided.author_known:
            create_account_if_absent(session, account_id=request.author_id, now=now)
        values = {
            "external_id": request.external_id, "idempotency_key": request.idempotency_key,
            "content_id": request.content_id, "author_id": request.author_id,
            "parent_id": request.parent_id, "text": request.text, "status": verdict.status.value,
            "lang": request.lang or (assessment.language if assessment else "other"),
            "toxicity": assessment.toxicity if assessment else None,
            "scores": dict(assessment.scores) if assessment else {},
            "spans": [{"start": s.start, "end": s.end, "category": s.category, "term": s.term}
                      for s in assessment.spans] if assessment else [],
            "reasons": [r.as_dict() for r in verdict.reasons],
            "model_version": assessment.model_version if assessment else None,
            "created_at": now, "updated_at": now,
        }
        # One INSERT, then the row joins the session as if loaded: the unit of work's flush
        # cost more than the statement, and what follows (and the caller) use the ORM object.
        comment = Comment(id=session.connection().scalar(_INSERT_COMMENT, values), **values)
        make_transient_to_detached(comment)
        session.add(comment)
        if request.check_id:
            checks.link_publish(session, check_id=request.check_id, comment=comment, now=now)
        audit.record(session, now=now, actor_type=ActorType.API_KEY, actor_id=actor_id,
                     action="comment.publish", target_type="comment", target_id=str(comment.id),
                     details={"status": comment.status,
                              "reasons": [r.code for r in verdict.reasons]})
        if verdict.status is CommentStatus.REMOVED:
            decisions.record_automated_removal(session, comment=comment, now=now,
                                               rules=self.decision_rules)
        pileon.record_comment(session, comment=comment, creator_id=creator_id,
                              assessment=assessment, now=now, rules=self.pileon_rules)
        return comment
