"""Curated hurtful words, phrases and symbols, found in normalised text with one Aho-Corasick pass.

`data/lexicon.tsv` has one entry a line, tab-separated: term, category, severity, lang, target.
- term: written naturally ("va te pendre", "t'es grosse", "🐷") and normalised like comments.
  A trailing `*` lets the last word continue ("encul*": "enculés"), a leading `*` lets the first
  have letters before it ("*fucker": "motherfucker"). Plain terms also match their plural in -s,
  and long ones their spelling with single letters for double ones ("connnnard" reads "conard").
- category: one of `CATEGORIES`; severity: 0..1, how hurtful the term is on its own; lang: fr,
  en or any (hits on symbols, numbers and emoji are reported as `any`).
- target: `-` counts alone; `person` only counts near a word from `data/lexicon_targets.tsv`
  (tu, t', you, she, espèce de, an @mention ...): "une grosse voiture" is not body shaming,
  "t'es grosse" is. A term made only of symbols or emoji (🐷, 卐, 1488) only counts where the
  comment really has a symbol, not the word it stands for.
`data/lexicon_allow.tsv`: ordinary words a `*` entry never matches inside ("conseil");
`data/lexicon_patterns.tsv`: phone numbers and street addresses, recognised by their shape.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, product
from typing import cast

import ahocorasick

from rempart.detection.categories import CATEGORIES, CategoryName
from rempart.detection.normalize import NormalizedText, data_rows, normalize

__all__ = ["Lexicon", "LexiconEntry", "LexiconHit"]

_TOKEN = re.compile(r"[a-z0-9]+")
_BEFORE, _AFTER = 3, 2
_ARTICLES = frozenset({"a", "an", "un", "une", "de"})
_LETTER = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One curated term: its category, how hurtful it is alone, and whether it needs a person."""

    term: str
    category: CategoryName
    severity: float
    lang: str = "any"
    needs_target: bool = False

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r} for term {self.term!r}")
        if not 0.0 <= self.severity <= 1.0:
            raise ValueError(f"severity of {self.term!r} must be within 0..1")
        if self.lang not in ("fr", "en", "any"):
            raise ValueError(f"lang of {self.term!r} must be one of fr, en, any")
        if not self.term.strip(" *"):
            raise ValueError("a lexicon term cannot be empty")


@dataclass(frozen=True, slots=True)
class LexiconHit:
    """A lexicon term found in a comment; start/end index the ORIGINAL text."""

    start: int
    end: int
    category: CategoryName
    term: str
    severity: float
    lang: str


# Personal data recognised by its shape: one regex of named alternatives s0, s1 ... and their entries.
_Shapes = tuple[re.Pattern[str], tuple[LexiconEntry, ...]]
# One comment prepared for matching: normalised text, word spans, words, word starts in the key.
_Scan = tuple[NormalizedText, list[tuple[int, int]], list[str], list[int]]


@dataclass(frozen=True, slots=True)
class _Pattern:
    entry: int  # index into Lexicon._entries
    size: int  # length of the automaton key
    lead_space: bool  # the key starts at a word start
    trail_space: bool  # the key ends at a word end
    symbol_only: bool


def _words(term: str) -> list[str]:
    return _TOKEN.findall(normalize(term).text)


def _variants(words: list[str], *, wild_end: bool) -> set[tuple[str, ...]]:
    """The spellings a term also matches: plural -s, single letters for double ones."""
    out, last = {tuple(words)}, words[-1]
    if not wild_end and len(last) >= 3 and last[-1].isalpha() and last[-1] not in "sxz":
        out.add((*words[:-1], last + "s"))
    for variant in list(out):
        # Stretched letters are squeezed to one, so "connnnard" reads "conard".
        single = (re.sub(r"([a-z])\1", r"\1", w) for w in variant)
        out.update(
            product(*({w, v} if len(v) >= 5 else {w} for w, v in zip(variant, single, strict=True)))
        )
    return out


class Lexicon:
    """A compiled set of lexicon entries and allowlisted words, searched in one pass."""

    __slots__ = ("_allow", "_automaton", "_entries", "_shapes")

    def __init__(
        self, entries: list[LexiconEntry], allow: frozenset[str], shapes: _Shapes | None = None
    ) -> None:
        self._entries = entries
        self._allow = allow
        self._shapes = shapes
        automaton = ahocorasick.Automaton()
        keys: dict[str, list[_Pattern]] = {}
        for index, entry in enumerate(entries):
            raw = entry.term.strip()
            lead, trail = raw.startswith("*"), raw.endswith("*")
            words = _words(raw.strip("*"))
            if not words:
                continue
            symbol_only = not any(c.isalnum() for c in raw)
            for variant in _variants(words, wild_end=trail):
                key = ("" if lead else " ") + " ".join(variant) + ("" if trail else " ")
                if (lead or trail) and key.strip() in allow:
                    continue
                pattern = _Pattern(index, len(key), not lead, not trail, symbol_only)
                keys.setdefault(key, []).append(pattern)
        for key, patterns in keys.items():
            automaton.add_word(key, tuple(patterns))
        if keys:
            automaton.make_automaton()
        self._automaton = automaton

    @classmethod
    def default(cls) -> Lexicon:
        """Return the packaged French and English lexicon (loaded once per process)."""
        return _default_lexicon()

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[LexiconEntry],
        allow: Iterable[str] = (),
        *,
        default_allow: bool = True,
    ) -> Lexicon:
        """Build a lexicon from any entries (a creator's keywords too), matched like the default."""
        words = {w for phrase in allow for w in [" ".join(_words(phrase))] if w}
        if default_allow:
            words |= _default_allow()
        return cls(list(entries), frozenset(words))

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, text: NormalizedText | str, *, lang: str | None = None) -> list[LexiconHit]:
        """Return the terms in `text` (of `lang` or language-neutral), spans in the original text."""
        norm = text if isinstance(text, NormalizedText) else normalize(text)
        s = norm.text
        best = {(h.start, h.end, h.category): h for h in _shape_hits(norm, self._shapes, lang)}
        if not len(self._automaton):
            return list(best.values())
        spans = [m.span() for m in _TOKEN.finditer(s)]
        words = [s[a:b] for a, b in spans]
        joined = " " + " ".join(words) + " "
        starts = list(accumulate((len(w) + 1 for w in words), initial=1))
        scan = (norm, spans, words, starts)
        for last_pos, patterns in self._automaton.iter(joined):
            for hit in self._resolve(scan, last_pos, patterns, lang):
                key = (hit.start, hit.end, hit.category)
                if key not in best or best[key].severity < hit.severity:
                    best[key] = hit
        return _drop_nested(best.values())

    def _resolve(
        self, scan: _Scan, last_pos: int, patterns: tuple[_Pattern, ...], lang: str | None
    ) -> Iterator[LexiconHit]:
        norm, spans, words, starts = scan
        for pattern in patterns:
            entry = self._entries[pattern.entry]
            first_char = last_pos - pattern.size + 1 + pattern.lead_space
            last_char = last_pos - pattern.trail_space
            first = bisect_right(starts, first_char) - 1
            last = bisect_right(starts, last_char) - 1
            # A wildcard that stops inside a word must not stop inside an allowlisted one.
            cut_first = not pattern.lead_space and first_char != starts[first]
            cut_last = not pattern.trail_space and last_char != starts[last + 1] - 2
            if (cut_first and words[first] in self._allow) or (
                cut_last and words[last] in self._allow
            ):
                continue
            if entry.needs_target and not _has_target(norm.text, spans, words, first, last):
                continue
            start, end = norm.to_original(spans[first][0], spans[last][1])
            symbolic = _LETTER.search(norm.original, start, end) is None
            if pattern.symbol_only and not symbolic:
                continue
            hit_lang = "any" if symbolic else entry.lang
            if lang is not None and hit_lang not in (lang, "any"):
                continue
            yield LexiconHit(start, end, entry.category, entry.term, entry.severity, hit_lang)


def _shape_hits(
    norm: NormalizedText, shapes: _Shapes | None, lang: str | None
) -> Iterator[LexiconHit]:
    """Phone numbers and addresses, tried only where a number starts (scanning all costs 10 µs)."""
    if shapes is None:
        return
    text, (pattern, entries), done = norm.text, shapes, 0
    for digits in _DIGITS.finditer(text):
        at = digits.start() - (text[digits.start() - 1 : digits.start()] in ("(", "+"))
        if at >= done and (m := pattern.match(text, at)) is not None:
            done = m.end()
            e = entries[int(str(m.lastgroup)[1:])]
            if lang is None or e.lang in (lang, "any"):
                span = norm.to_original(*m.span())
                yield LexiconHit(*span, e.category, e.term, e.severity, e.lang)


def _has_target(
    text: str, spans: list[tuple[int, int]], words: list[str], first: int, last: int
) -> bool:
    """Whether a person is named or addressed close to tokens first..last."""
    near, right_before = _target_markers()
    lo, hi = max(0, first - _BEFORE), min(len(words), last + 1 + _AFTER)
    if not near.isdisjoint(words[lo:first]) or not near.isdisjoint(words[last + 1 : hi]):
        return True
    # An @mention names the person only when it comes first ("@marie grosse"), not when it
    # merely signs off a reply ("that team is trash @bob").
    if any(text[spans[i][0] - 1 : spans[i][0]] == "@" for i in range(lo, first)):
        return True
    # "ce con", "sale porc", "such a loser": these only point at the very next word.
    before = [words[i] for i in range(max(0, first - 2), first)]
    return bool(before) and (
        before[-1] in right_before
        or (len(before) == 2 and before[0] in right_before and before[1] in _ARTICLES)
    )


def _drop_nested(hits: Iterable[LexiconHit]) -> list[LexiconHit]:
    """Drop a hit that lies inside a longer hit of the same category that is at least as severe."""
    kept: list[LexiconHit] = []
    live: dict[str, list[LexiconHit]] = {}  # kept hits still open, per category: linear time
    for hit in sorted(hits, key=lambda h: (h.start, -h.end, -h.severity)):
        open_ = [k for k in live.get(hit.category, ()) if k.end > hit.start]
        if not any(k.end >= hit.end and k.severity >= hit.severity for k in open_):
            open_.append(hit)
            kept.append(hit)
        live[hit.category] = open_
    return kept


def parse_entries(name: str = "lexicon.tsv") -> list[LexiconEntry]:
    """Read a packaged lexicon TSV (schema in this module's docstring); errors name the line."""
    entries = []
    for number, fields in data_rows(name):
        try:
            term, category, severity, lang, target = fields[:5]
            if target not in ("-", "person"):
                raise ValueError(f"target must be '-' or 'person', not {target!r}")
            category_name = cast(CategoryName, category)
            entries.append(
                LexiconEntry(term, category_name, float(severity), lang, target == "person")
            )
        except ValueError as exc:
            raise ValueError(f"{name} line {number}: {exc}") from exc
    return entries


@cache
def _target_markers() -> tuple[frozenset[str], frozenset[str]]:
    """Words that point a term at a person: (within a few words, only right before it)."""
    near, right_before = set[str](), set[str]()
    for number, fields in data_rows("lexicon_targets.tsv"):
        if len(fields) < 2 or fields[1] not in ("near", "next"):
            raise ValueError(f"lexicon_targets.tsv line {number}: reach must be near or next")
        (near if fields[1] == "near" else right_before).update(_words(fields[0]))
    return frozenset(near), frozenset(right_before)


@cache
def _default_allow() -> frozenset[str]:
    return frozenset(" ".join(_words(fields[0])) for _, fields in data_rows("lexicon_allow.tsv"))


@cache
def _default_lexicon() -> Lexicon:
    rows = [f for _, f in data_rows("lexicon_patterns.tsv")]
    pattern = re.compile("|".join(f"(?P<s{i}>{f[0]})" for i, f in enumerate(rows)))
    entries = tuple(LexiconEntry(f[4], cast(CategoryName, f[1]), float(f[2]), f[3]) for f in rows)
    shapes = (pattern, entries)
    return Lexicon(parse_entries(), _default_allow(), shapes)
