"""Perspective's request and response shapes (only what Rempart reads or answers)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class TextEntry(BaseModel):
    model_config = ConfigDict(extra="allow")

    text: str = Field(max_length=100_000)
    type: str = "PLAIN_TEXT"


class AttributeParameters(BaseModel):
    model_config = ConfigDict(extra="allow")

    scoreType: str | None = None
    scoreThreshold: float | None = Field(default=None, ge=0, le=1)


class AnalyzeRequest(BaseModel):
    """``POST /v1alpha1/comments:analyze``, as Perspective documents it."""

    model_config = ConfigDict(extra="allow")

    comment: TextEntry
    requestedAttributes: dict[str, AttributeParameters | None] = Field(min_length=1, max_length=20)
    languages: list[str] | None = Field(default=None, max_length=10)
    spanAnnotations: bool = False
    doNotStore: bool = False
    clientToken: str | None = Field(default=None, max_length=200)
    context: dict[str, Any] | None = None
    sessionId: str | None = None


class Score(BaseModel):
    value: float
    type: str = "PROBABILITY"


class SpanScorePublic(BaseModel):
    begin: int
    end: int
    score: Score


class AttributeScores(BaseModel):
    spanScores: list[SpanScorePublic] | None = None
    summaryScore: Score


class AnalyzeResponse(BaseModel):
    attributeScores: dict[str, AttributeScores]
    languages: list[str]
    detectedLanguages: list[str]
    clientToken: str | None = None
