"""The publish pipeline: an ordered list of small phases decides a new comment's status.

Each phase looks at the draft and either passes (adding reasons, or nothing) or gives a final
status; the first final status wins. The classifier is one phase like the others and says what
happens when it fails: the comment is held for a moderator, never published unchecked.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rempart.detection.categories import TOXICITY
from rempart.detection.detector import Assessment, Scorer
from rempart.errors import Forbidden
from rempart.moderation.enums import CommentStatus, FilterMode
from rempart.moderation.thresholds import Policy

log = logging.getLogger("rempart.pipeline")


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a phase acted: a stable code, the phase's name, and details for people."""

    phase: str
    code: str
    detail: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The stored and published form of the reason."""
        return {"phase": self.phase, "code": self.code, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class CreatorRules:
    """A creator's filters as they apply to one content (content settings over account defaults)."""

    filter_mode: FilterMode = FilterMode.OFF
    keywords: tuple[str, ...] = ()
    approved_commenters: frozenset[str] = frozenset()
    blocked_accounts: frozenset[str] = frozenset()
    restricted_accounts: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class AuthorSanction:
    """An account-wide sanction in force on the author (``rempart.moderation.strikes``)."""

    kind: str  # restricted, suspended or banned
    until: dt.datetime | None  # None: until lifted


@dataclass(frozen=True, slots=True)
class ProtectiveHold:
    """A pile-on's protective mode covers this comment: its author is new to the target."""

    incident_id: int
    target_id: str


@dataclass
class Draft:
    """A comment on its way in, and what the phases learn about it."""

    text: str
    author_id: str
    creator_id: str
    rules: CreatorRules
    lang_hint: str | None = None
    author_sanction: AuthorSanction | None = None
    #: Set by ``rempart.pileon.protective.hold_for`` when a pile-on protects the target.
    protective: ProtectiveHold | None = None
    assessment: Assessment | None = None
    keyword_hits: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The pipeline's result: the status and every reason recorded on the way."""

    status: CommentStatus
    reasons: tuple[Reason, ...]
    assessment: Assessment | None


@dataclass(frozen=True, slots=True)
class Step:
    """What one phase decided: a final status (or None to go on) and its reasons."""

    status: CommentStatus | None = None
    reasons: tuple[Reason, ...] = ()


KeywordMatcher = Callable[[Sequence[str], str], list[str]]
Phase = Callable[[Draft], Step]


def detect(scorer: Scorer) -> Phase:
    """Score the text; if the scorer fails, hold the comment for a moderator."""

    def phase(draft: Draft) -> Step:
        try:
            draft.assessment = scorer.score(draft.text, lang=draft.lang_hint)
        except Exception as error:  # any scorer fault must not publish the comment unchecked
            log.exception("detector failed; comment held for review")
            return Step(CommentStatus.PENDING_REVIEW,
                        (Reason("detect", "detector_failed", {"error": type(error).__name__}),))
        return Step()

    return phase


def author_sanctions(draft: Draft) -> Step:
    """A restricted author's comments wait for a moderator; a suspended or banned one is refused.

    Refusing raises (403, nothing stored), so the platform can tell its user why and until when.
    """
    sanction = draft.author_sanction
    if sanction is None:
        return Step()
    until = sanction.until.isoformat() if sanction.until else None
    if sanction.kind == "restricted":
        return Step(CommentStatus.PENDING_REVIEW,
                    (Reason("author_sanction", "author_restricted", {"until": until}),))
    if sanction.kind == "banned":
        raise Forbidden("This account is banned from commenting.",
                        "Ce compte est exclu des commentaires.", code="author_banned")
    raise Forbidden(f"This account is suspended from commenting until {until}.",
                    f"Ce compte est suspendu des commentaires jusqu'au {until}.",
                    code="author_suspended", details={"until": until})


def over_threshold(policy: Policy, level: str, status: CommentStatus, code: str) -> Phase:
    """Give ``status`` when a category reaches the policy's ``level`` threshold."""

    def phase(draft: Draft) -> Step:
        if draft.assessment is None:
            return Step()
        scores = {**draft.assessment.scores, TOXICITY: draft.assessment.toxicity}
        hits = policy.over(scores, level)
        if not hits:
            return Step()
        detail = {"categories": hits, "scores": {name: round(scores[name], 4) for name in hits}}
        return Step(status, (Reason(f"policy_{level}", code, detail),))

    return phase


def blocked_author(draft: Draft) -> Step:
    """Accounts the creator blocked are hidden from everyone but themselves."""
    if draft.author_id in draft.rules.blocked_accounts:
        return Step(CommentStatus.HIDDEN, (Reason("creator_block", "author_blocked_by_creator"),))
    return Step()


def protective_mode(draft: Draft) -> Step:
    """During a pile-on, comments from accounts new to the target wait for its approval
    (the creator's approved commenters excepted)."""
    hold = draft.protective
    if hold is None or draft.author_id in draft.rules.approved_commenters:
        return Step()
    return Step(CommentStatus.HELD, (Reason("pileon_protection", "protective_mode", {
        "incident_id": hold.incident_id, "target_id": hold.target_id}),))


def approved_author(draft: Draft) -> Step:
    """The creator's approved commenters bypass the creator's own filters."""
    if draft.author_id in draft.rules.approved_commenters:
        return Step(CommentStatus.VISIBLE, (Reason("creator_approved", "approved_commenter"),))
    return Step()


def restricted_author(draft: Draft) -> Step:
    """Comments by accounts the creator restricted wait for the creator's approval."""
    if draft.author_id in draft.rules.restricted_accounts:
        return Step(CommentStatus.HELD, (Reason("creator_restrict", "author_restricted_by_creator"),))
    return Step()


def creator_keywords(matcher: KeywordMatcher) -> Phase:
    """Hold comments that contain one of the creator's keywords (matched through normalisation)."""

    def phase(draft: Draft) -> Step:
        if not draft.rules.keywords:
            return Step()
        hits = matcher(draft.rules.keywords, draft.text)
        if not hits:
            return Step()
        draft.keyword_hits = hits
        return Step(CommentStatus.HELD,
                    (Reason("creator_keywords", "creator_keyword", {"keywords": sorted(set(hits))}),))

    return phase


def filter_all(draft: Draft) -> Step:
    """With *filter all comments* on, nothing appears until the creator approves it."""
    if draft.rules.filter_mode is FilterMode.ALL:
        return Step(CommentStatus.HELD, (Reason("creator_filter", "filter_all_comments"),))
    return Step()


def offensive_filter(policy: Policy) -> Phase:
    """With the offensive filter on, what the detector flags is hidden."""
    flagged = over_threshold(policy, "nudge", CommentStatus.HIDDEN, "offensive_filter")

    def phase(draft: Draft) -> Step:
        if draft.rules.filter_mode is not FilterMode.OFFENSIVE:
            return Step()
        return flagged(draft)

    return phase


def default_phases(*, scorer: Scorer, policy: Policy, matcher: KeywordMatcher) -> list[Phase]:
    """The standard order: detect, author sanctions, remove, creator rules, review, else visible."""
    return [
        detect(scorer),
        author_sanctions,
        over_threshold(policy, "remove", CommentStatus.REMOVED, "automatic_removal"),
        blocked_author,
        protective_mode,
        approved_author,
        restricted_author,
        creator_keywords(matcher),
        filter_all,
        offensive_filter(policy),
        over_threshold(policy, "review", CommentStatus.PENDING_REVIEW, "needs_review"),
    ]


def run(phases: Sequence[Phase], draft: Draft) -> Verdict:
    """Run ``phases`` in order; the first final status wins, else the comment is visible."""
    reasons: list[Reason] = []
    for phase in phases:
        step = phase(draft)
        reasons.extend(step.reasons)
        if step.status is not None:
            return Verdict(step.status, tuple(reasons), draft.assessment)
    return Verdict(CommentStatus.VISIBLE, tuple(reasons), draft.assessment)
