"""``POST /v1alpha1/comments:analyze``: Perspective's request in, Perspective's response out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse

from rempart.access.roles import Role
from rempart.access.service import authenticate
from rempart.api.responses import ERRORS
from rempart.detection.lexicon import Lexicon
from rempart.errors import Forbidden, InvalidInput
from rempart.perspective import mapping
from rempart.perspective.schemas import (
    AnalyzeRequest,
    AnalyzeResponse,
    AttributeScores,
    Score,
    SpanScorePublic,
)

router = APIRouter(prefix="/v1alpha1", tags=["perspective compatibility"], responses=ERRORS)


@router.post("/comments:analyze", response_model=AnalyzeResponse, response_model_exclude_none=True)
def analyze(body: AnalyzeRequest, request: Request,
            key: Annotated[str | None, Query(max_length=200)] = None,
            authorization: Annotated[str | None, Header()] = None) -> JSONResponse:
    """Score a comment like Perspective does; authenticate with ``?key=`` like the original."""
    bearer = authorization.partition(" ")[2].strip() if authorization else None
    with request.app.state.sessions() as session:
        principal = authenticate(session, secret=key or bearer)
    if principal.role not in (Role.PLATFORM, Role.ADMIN):
        raise Forbidden("This needs a platform key.", "Il faut une clé de plateforme.")
    unknown = sorted(set(body.requestedAttributes) - set(mapping.ALL_ATTRIBUTES))
    if unknown:
        raise InvalidInput(
            f"Unknown attributes: {', '.join(unknown)}; known: {', '.join(mapping.ALL_ATTRIBUTES)}.",
            f"Attributs inconnus : {', '.join(unknown)} ; connus : {', '.join(mapping.ALL_ATTRIBUTES)}.",
            code="unknown_attribute")
    text = body.comment.text
    publisher = request.app.state.publisher
    publisher.validate_text(text)
    hinted = next((code for code in (body.languages or []) if code in ("fr", "en")), None)
    scores, detected = mapping.analyze(
        publisher.scorer, Lexicon.default(), text=text, attributes=list(body.requestedAttributes),
        lang=hinted, with_spans=body.spanAnnotations)
    answered: dict[str, AttributeScores] = {}
    for name, result in scores.items():
        parameters = body.requestedAttributes[name]
        threshold = parameters.scoreThreshold if parameters else None
        if threshold is not None and result.summary < threshold:
            continue  # Perspective leaves out attributes under the requested threshold
        answered[name] = AttributeScores(
            summaryScore=Score(value=result.summary),
            spanScores=[SpanScorePublic(begin=s.begin, end=s.end, score=Score(value=s.value))
                        for s in result.spans] if body.spanAnnotations else None)
    response = AnalyzeResponse(attributeScores=answered, languages=body.languages or [detected],
                               detectedLanguages=[detected], clientToken=body.clientToken)
    return JSONResponse(response.model_dump(exclude_none=True))
