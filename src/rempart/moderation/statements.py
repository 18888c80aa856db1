"""Statements of reasons (DSA Art. 17): what was decided, why, how, and how to appeal — fr or en.

A statement is derived from the append-only decision record, so it reads the same every time;
it names the rule or the law, says whether machines detected or decided, and never names reporters.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from rempart.moderation.decision_enums import AutomatedDecision, DecisionAction, Ground
from rempart.moderation.decision_models import Decision
from rempart.moderation.decision_schemas import AppealInfo, StatementPublic
from rempart.moderation.schemas import RuleSummary

_WHAT: Final = {
    "fr": {DecisionAction.NO_ACTION: "Après examen, aucune mesure n'a été prise contre votre {thing}.",
           DecisionAction.HIDE: "Votre {thing} a été masqué : vous seul·e pouvez encore le voir.",
           DecisionAction.REMOVE: "Votre {thing} a été retiré.",
           DecisionAction.RESTRICT_ACCOUNT: "Votre compte est restreint jusqu'au {until} : vos "
                                            "commentaires seront vérifiés avant d'être publiés.",
           DecisionAction.SUSPEND_ACCOUNT: "Votre compte est suspendu jusqu'au {until} : vous ne "
                                           "pouvez plus publier de commentaires.",
           DecisionAction.BAN_ACCOUNT: "Votre compte est définitivement exclu des commentaires."},
    "en": {DecisionAction.NO_ACTION: "After review, no action was taken against your {thing}.",
           DecisionAction.HIDE: "Your {thing} was hidden: only you can still see it.",
           DecisionAction.REMOVE: "Your {thing} was removed.",
           DecisionAction.RESTRICT_ACCOUNT: "Your account is restricted until {until}: your "
                                            "comments will be checked before they are published.",
           DecisionAction.SUSPEND_ACCOUNT: "Your account is suspended until {until}: you cannot "
                                           "post comments.",
           DecisionAction.BAN_ACCOUNT: "Your account is permanently barred from commenting."},
}
_THING: Final = {"fr": {"comment": "commentaire", "content": "contenu", "account": "compte"},
                 "en": {"comment": "comment", "content": "content", "account": "account"}}
_REVERSAL: Final = {"fr": "Sur recours, la décision n°{id} est annulée. ",
                    "en": "On appeal, decision no. {id} is reversed. "}
_CATEGORY: Final = {
    "fr": {"insult": "insulte ou humiliation", "identity_hate": "haine envers un groupe",
           "threat": "menace", "sexual_harassment": "harcèlement sexuel",
           "self_harm_incitement": "incitation à se faire du mal", "doxxing": "divulgation "
           "d'informations personnelles", "body_shaming": "moquerie sur le physique",
           "exclusion": "exclusion ou harcèlement en groupe"},
    "en": {"insult": "insult or humiliation", "identity_hate": "hate against a group",
           "threat": "threat", "sexual_harassment": "sexual harassment",
           "self_harm_incitement": "incitement to self-harm", "doxxing": "disclosure of "
           "personal information", "body_shaming": "mocking someone's appearance",
           "exclusion": "exclusion or group harassment"},
}
_GROUNDS: Final = {
    "fr": {Ground.ILLEGAL_CONTENT: "Ce contenu a été jugé illicite au regard de : {legal}.",
           Ground.COMMUNITY_GUIDELINES: "Ce contenu est incompatible avec nos règles de "
                                        "communauté : « {title} » — {summary}",
           None: "Aucune règle n'a été jugée enfreinte."},
    "en": {Ground.ILLEGAL_CONTENT: "This content was found illegal under: {legal}.",
           Ground.COMMUNITY_GUIDELINES: 'This content is incompatible with our community '
                                        'guidelines: "{title}" — {summary}',
           None: "No rule was found to be broken."},
}
_FACTS: Final = {"fr": {True: "Il a été repéré par un système automatisé de détection{cat}.",
                        False: "Il a été signalé ou repéré par une personne{cat}."},
                 "en": {True: "It was flagged by an automated detection system{cat}.",
                        False: "It was reported or found by a person{cat}."}}
_AUTOMATION: Final = {
    "fr": {AutomatedDecision.FULLY: "La décision a été prise automatiquement, sans intervention "
                                    "humaine.",
           AutomatedDecision.PARTIALLY: "La décision a été prise par un·e modérateur·rice, aidé·e "
                                        "par un système automatisé.",
           AutomatedDecision.NOT_AUTOMATED: "La décision a été prise par un·e modérateur·rice."},
    "en": {AutomatedDecision.FULLY: "The decision was taken automatically, without human "
                                    "involvement.",
           AutomatedDecision.PARTIALLY: "The decision was taken by a moderator, assisted by an "
                                        "automated system.",
           AutomatedDecision.NOT_AUTOMATED: "The decision was taken by a moderator."},
}
_APPEAL: Final = {
    "fr": "Vous pouvez contester cette décision jusqu'au {deadline}, depuis la plateforme (ou "
          "POST {endpoint}). Votre recours sera examiné par une autre personne que celle qui a "
          "décidé, jamais uniquement par une machine.",
    "en": "You can appeal this decision until {deadline}, from the platform (or POST {endpoint}). "
          "Your appeal will be reviewed by a different person than the one who decided, never "
          "by a machine alone.",
}
_REDRESS: Final = {
    "fr": "Vous pouvez aussi saisir un organisme certifié de règlement extrajudiciaire des "
          "litiges, ou la justice.",
    "en": "You may also turn to a certified out-of-court dispute settlement body, or to a court.",
}


def _date(at: dt.datetime, lang: str) -> str:
    return at.strftime("%d/%m/%Y %H:%M UTC" if lang == "fr" else "%Y-%m-%d %H:%M UTC")


def statement(decision: Decision, *, lang: str | None, appeal_window: dt.timedelta) -> StatementPublic:
    """The statement of reasons for ``decision`` in ``lang`` (default: the author's language)."""
    lang = lang if lang in ("fr", "en") else decision.lang if decision.lang in ("fr", "en") else "fr"
    action = DecisionAction(decision.action)
    ground = Ground(decision.ground) if decision.ground else None
    thing = _THING[lang].get(decision.target_type, _THING[lang]["content"])
    until = _date(decision.ends_at, lang) if decision.ends_at else ""
    what = _WHAT[lang][action].format(thing=thing, until=until)
    if decision.reverses_id is not None:
        what = _REVERSAL[lang].format(id=decision.reverses_id) + what
    rule = None
    if decision.rule:
        suffix = "en" if lang == "en" else "fr"
        rule = RuleSummary(id=decision.rule["id"], title=decision.rule[f"title_{suffix}"],
                           summary=decision.rule[f"summary_{suffix}"], url=decision.rule.get("url"))
    grounds = _GROUNDS[lang][ground].format(
        legal=decision.legal_ground or "", title=rule.title if rule else "",
        summary=rule.summary if rule else "")
    label = _CATEGORY[lang].get(decision.category or "")
    facts = _FACTS[lang][decision.automated_detection].format(
        cat=f" ({label})" if label else "")
    deadline = decision.decided_at + appeal_window
    endpoint = f"/v1/decisions/{decision.id}/appeals"
    return StatementPublic(
        decision_id=decision.id, lang=lang, issued_at=decision.decided_at, action=action,
        decision=what, ground=ground, grounds=grounds, legal_ground=decision.legal_ground,
        rule=rule, category=decision.category, category_label=label, facts=facts,
        explanation=decision.explanation, automated_detection=decision.automated_detection,
        automated_decision=AutomatedDecision(decision.automated_decision),
        automation=_AUTOMATION[lang][AutomatedDecision(decision.automated_decision)],
        ends_at=decision.ends_at,
        how_to_appeal=AppealInfo(text=_APPEAL[lang].format(deadline=_date(deadline, lang),
                                                           endpoint=endpoint),
                                 deadline=deadline, endpoint=endpoint),
        redress=_REDRESS[lang])
