"""The DSA Transparency Database's field rules, checked before any record leaves Rempart."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, Final

from rempart.errors import InvalidInput
from rempart.transparency.dsa_enums import (
    EEA_COUNTRIES,
    KEYWORD_OTHER,
    KEYWORDS_OF,
    AccountType,
    AutomatedDecision,
    AutomatedDetection,
    ContentType,
    DecisionAccount,
    DecisionGround,
    DecisionMonetary,
    DecisionProvision,
    DecisionVisibility,
    SourceType,
    StatementCategory,
)

#: The most statements the database's multiple-statements endpoint takes in one call.
MAX_BATCH: Final = 100
REQUIRED: Final = ("decision_ground", "category", "content_type", "content_date", "application_date",
                   "decision_facts", "source_type", "automated_detection", "automated_decision",
                   "puid", "territorial_scope")
#: Free-text fields and their length limits.
TEXT_LIMITS: Final = {
    "decision_visibility_other": 500, "decision_monetary_other": 500, "decision_facts": 5000,
    "illegal_content_legal_ground": 500, "illegal_content_explanation": 2000,
    "incompatible_content_ground": 500, "incompatible_content_explanation": 2000,
    "content_type_other": 500, "category_specification_other": 500, "source_identity": 500,
    "decision_ground_reference_url": 500, "puid": 500}
SINGLE: Final[dict[str, type[StrEnum]]] = {
    "decision_monetary": DecisionMonetary, "decision_provision": DecisionProvision,
    "decision_account": DecisionAccount, "account_type": AccountType,
    "decision_ground": DecisionGround, "category": StatementCategory, "source_type": SourceType,
    "automated_detection": AutomatedDetection, "automated_decision": AutomatedDecision,
    "incompatible_content_illegal": AutomatedDetection}
LISTS: Final[dict[str, type[StrEnum]]] = {
    "decision_visibility": DecisionVisibility, "content_type": ContentType,
    "category_addition": StatementCategory}
DATES: Final = {"content_date": dt.date(2000, 1, 1), "application_date": dt.date(2020, 1, 1),
                "end_date_account_restriction": None, "end_date_monetary_restriction": None,
                "end_date_service_restriction": None, "end_date_visibility_restriction": None}
KNOWN: Final = frozenset({*REQUIRED, *TEXT_LIMITS, *SINGLE, *LISTS, *DATES, "category_specification",
                          "content_language", "content_id"})
_PUID: Final = re.compile(r"[A-Za-z0-9_-]+")
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


class StatementInvalid(InvalidInput):
    """A statement of reasons breaks the database's field rules; ``problems`` says which and why."""

    def __init__(self, problems: Sequence[str], puid: str | None = None) -> None:
        where = f"statement {puid}: " if puid else ""
        summary = "; ".join(problems)
        super().__init__(f"Invalid DSA {where}{summary}",
                         f"Exposé des motifs DSA invalide ({where.rstrip(': ') or 'lot'}) : {summary}",
                         code="invalid_statement", details={"puid": puid, "problems": list(problems)})
        self.problems = list(problems)


def _date(record: dict[str, Any], field: str, problems: list[str]) -> dt.date | None:
    value = record.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        problems.append(f"{field}: {value!r} is not a date in the form YYYY-MM-DD")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problems.append(f"{field}: {value!r} is not a real date")
        return None


def _problems(record: dict[str, Any]) -> list[str]:
    problems = [f"{f}: unknown field" for f in sorted(set(record) - KNOWN)]
    problems += [f"{f}: required" for f in REQUIRED if record.get(f) in (None, "", [])]
    restrictions = ("decision_visibility", "decision_monetary", "decision_provision", "decision_account")
    if not any(record.get(f) for f in restrictions):
        problems.append("decision_visibility: required when none of decision_monetary, "
                        "decision_provision or decision_account is given")
    for field, vocabulary in SINGLE.items():
        if (value := record.get(field)) is not None and value not in set(vocabulary):
            problems.append(f"{field}: {value!r} is not an allowed value")
    for field, vocabulary in LISTS.items():
        values = record.get(field)
        if values is None:
            continue
        if not isinstance(values, list) or not values:
            problems.append(f"{field}: must be a non-empty list")
            continue
        problems += [f"{field}: {v!r} is not an allowed value" for v in values if v not in set(vocabulary)]
    for field, limit in TEXT_LIMITS.items():
        value = record.get(field)
        if value is not None and (not isinstance(value, str) or len(value) > limit):
            problems.append(f"{field}: must be text of at most {limit} characters")
        elif value is not None and field != "puid" and _EMAIL.search(value):
            problems.append(f"{field}: holds an e-mail address (no personal data may be sent)")
    ground = record.get("decision_ground")
    needs = {DecisionGround.ILLEGAL_CONTENT.value: ("illegal_content_legal_ground",
                                                    "illegal_content_explanation"),
             DecisionGround.INCOMPATIBLE_CONTENT.value: ("incompatible_content_ground",
                                                         "incompatible_content_explanation")}
    problems += [f"{f}: required when decision_ground is {ground}"
                 for f in needs.get(str(ground), ()) if not record.get(f)]
    for flag, field, other in (("decision_visibility", DecisionVisibility.OTHER, "decision_visibility_other"),
                               ("content_type", ContentType.OTHER, "content_type_other")):
        if field.value in (record.get(flag) or []) and not record.get(other):
            problems.append(f"{other}: required when {flag} includes {field.value}")
    if record.get("decision_monetary") == DecisionMonetary.OTHER.value and not record.get(
            "decision_monetary_other"):
        problems.append("decision_monetary_other: required when decision_monetary is "
                        f"{DecisionMonetary.OTHER.value}")
    problems += _keywords(record)
    scope = record.get("territorial_scope")
    if scope is not None and (not isinstance(scope, list) or len(set(scope)) != len(scope)
                              or any(c not in EEA_COUNTRIES for c in scope)):
        problems.append("territorial_scope: must list distinct EU/EEA country codes (e.g. FR)")
    language = record.get("content_language")
    if language is not None and not (isinstance(language, str) and re.fullmatch(r"[A-Z]{2}", language)):
        problems.append(f"content_language: {language!r} is not an uppercase ISO 639-1 code")
    if (puid := record.get("puid")) is not None and not (isinstance(puid, str) and _PUID.fullmatch(puid)):
        problems.append("puid: only letters, digits, '-' and '_' are allowed")
    dates = {f: _date(record, f, problems) for f in DATES}
    for field, earliest in DATES.items():
        day = dates[field]
        floor = earliest or dates["application_date"]
        if day is not None and floor is not None and day < floor:
            problems.append(f"{field}: must be on or after {floor.isoformat()}")
    return problems


def _keywords(record: dict[str, Any]) -> list[str]:
    keywords = record.get("category_specification")
    if keywords is None:
        return []
    if not isinstance(keywords, list):
        return ["category_specification: must be a list"]
    categories = [record.get("category"), *(record.get("category_addition") or [])]
    allowed = {KEYWORD_OTHER}.union(*(KEYWORDS_OF.get(StatementCategory(c), frozenset())
                                      for c in categories if c in set(StatementCategory)))
    return [f"category_specification: {k!r} does not belong to category {record.get('category')}"
            for k in keywords if k not in allowed]


def validate_statement(record: dict[str, Any]) -> None:
    """Return when ``record`` follows every field rule; else raise StatementInvalid listing them all."""
    problems = _problems(record)
    if problems:
        puid = record.get("puid")
        raise StatementInvalid(problems, puid if isinstance(puid, str) else None)


def validate_batch(batch: Sequence[dict[str, Any]]) -> None:
    """Return when ``batch`` holds 1 to 100 valid records with distinct puids; else StatementInvalid."""
    if not 1 <= len(batch) <= MAX_BATCH:
        raise StatementInvalid([f"batch: holds {len(batch)} statements; 1 to {MAX_BATCH} are allowed"])
    for record in batch:
        validate_statement(record)
    puids = [r.get("puid") for r in batch]
    if len(set(puids)) != len(puids):
        raise StatementInvalid(["batch: the same puid appears twice"])
