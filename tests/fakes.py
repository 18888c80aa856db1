"""Fakes passed into the code under test (never patched in)."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Sequence
from typing import Any

from rempart.detection.categories import CATEGORIES
from rempart.detection.detector import Assessment, Span


class FakeScorer:
    """Scores a text by markers it contains: ``[insult=0.9]`` gives insult 0.9, spans included."""

    version = "fake-1"

    def __init__(self, *, fail: bool = False) -> None:
        self.fail = fail
        self.calls = 0

    def score(self, text: str, lang: str | None = None) -> Assessment:
        self.calls += 1
        if self.fail:
            raise RuntimeError("scorer is down")
        scores = dict.fromkeys(CATEGORIES, 0.01)
        spans = []
        for category in CATEGORIES:
            marker = f"[{category}="
            start = text.find(marker)
            if start >= 0:
                end = text.index("]", start) + 1
                scores[category] = float(text[start + len(marker): end - 1])
                spans.append(Span(start, end, category, category))
        toxicity = max(scores.values())
        severity = "high" if toxicity >= 0.9 else "medium" if toxicity >= 0.75 else (
            "low" if toxicity >= 0.5 else "none")
        return Assessment(scores=scores, toxicity=toxicity, severity=severity,  # type: ignore[arg-type]
                          language=lang or "fr", spans=tuple(spans), model_version=self.version)

    def score_many(self, texts: Sequence[str], langs: Sequence[str | None] | None = None
                   ) -> list[Assessment]:
        return [self.score(t, (langs or [None] * len(texts))[i]) for i, t in enumerate(texts)]


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, start: dt.datetime) -> None:
        self.current = start

    def __call__(self) -> dt.datetime:
        return self.current

    def advance(self, **delta: float) -> dt.datetime:
        self.current += dt.timedelta(**delta)
        return self.current


class FakeResolver:
    """Answers ``socket.getaddrinfo`` from a table (host name → addresses), with no DNS."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table

    def __call__(self, host: str, port: int, *_: Any, **__: Any) -> list[tuple[Any, ...]]:
        if host not in self.table:
            raise socket.gaierror(socket.EAI_NONAME, f"unknown host {host}")
        return [(socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_STREAM, 6,
                 "", (address, port)) for address in self.table[host]]
