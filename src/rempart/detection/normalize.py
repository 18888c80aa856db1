"""Undo obfuscation in a comment while remembering where every character came from.

`normalize(text).text` is what people meant: NFKC-folded, case-folded, de-accented, with
look-alike letters, leetspeak, stretched and spaced-out letters, SMS insults, hateful symbols and
insulting emoji turned into plain words, and links reduced to their site's name. `offsets` maps
every character back to the original, so a hit found in the normalised text can be shown on what
the person actually typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick

__all__ = ["NormalizedText", "normalize"]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A comment and its normalised form; `offsets[i]` is the index in `original` of `text[i]`."""

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of `original` that `text[start:end]` comes from, whole characters."""
        n = len(self.text)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        offs = self.offsets
        first = offs[start]
        if end == start:
            return first, first
        # A span ending inside one original character's expansion (an emoji turned into a word)
        # still covers that whole character.
        return first, max(offs[end], offs[end - 1] + 1)


# Characters that are invisible or only steer rendering: removed outright.
_DROP_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Cs", "Co"})
_CACHE_LIMIT = 50_000
_SKIN_TONES = frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))

# Letters boxed in circles and squares that NFKC leaves alone (🅐, 🅰 …) read as their letter.
_ENCLOSED = {chr(0x1F150 + i): chr(97 + i) for i in range(26)} | {
    chr(0x1F170 + i): chr(97 + i) for i in range(26)
}

_LEET = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
         "@": "a", "$": "s", "€": "e", "|": "l"}  # fmt: skip
_VOWELS = frozenset("aeiouy")
_LEETCH = "0-9@$€!|"
# A word mixing letters with digits or symbols ("c0nn4rd", "3ncul3", "$alope").
_LEET_WORD = re.compile(
    rf"(?<![a-z{_LEETCH}])(?=[a-z{_LEETCH}]*[a-z])(?=[a-z{_LEETCH}]*[{_LEETCH}])[a-z{_LEETCH}]+"
)
# Three or more single letters in a row, split by spaces, dots, dashes ("b a t a r d", "c.o.n").
_SPACED = re.compile(r"(?<![\w@$€])[a-z0-9@$€](?:(?:[ .\-_·*]{1,2})[a-z0-9@$€]){2,}(?![\w@$€])")
_SPACED_SEP = re.compile(r"[ .\-_·*]+")
# Cheap first looks: Python's regex engine costs about 10 ns a character per pattern, so each
# step first checks for a sign that it is needed at all.
_SPACED_HINT = re.compile(r"[ .\-_·*][a-z0-9@$€][ .\-_·*][a-z0-9@$€](?![\w@$€])")
_LEET_HINT = re.compile(rf"[{_LEETCH}]")
# "14 ans" and "amis!" have no leetspeak: a digit or symbol glued to a letter ("!" before one).
_LEET_GLUED = re.compile(rf"[a-z][0-9@$€|]|[{_LEETCH}][a-z]")
_STRETCH_HINT = re.compile(r"([a-z])\1\1")
_STRETCH = re.compile(r"([a-z])\1{2,}")
_RUNES = re.compile(r"([ϟᛋᛊ])\1")
_ECHO = re.compile(r"(\({3,})[^()]{1,60}?(\){3,})")
# A link's path is noise to the model (random ids and file names whose character n-grams carry
# no meaning, and digits the phone-number patterns could misread); its site name may matter.
# Group 1 is the host, without "www." and without user:password@; a bare "http://" is no link.
_URL = re.compile(r"(?:https?://|www\.)(?=[^\s<>\"'])(?:[^\s<>\"'@/]*@)?(?:www\.)?([^\s<>\"'/:?#]*)[^\s<>\"']*")
# A forum sticker's code ("[[sticker:p/1kkr]]") is an image id: its letters and digits mean
# nothing to the model (and digits feed the phone-number cue), so it is read as a space.
_STICKER = re.compile(r"\[\[sticker:[^\[\]\s]{1,40}\]\]")
_GENERIC_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "gouv", "ac", "edu"})


Edit = tuple[int, int, str]  # replace text[start:end] by a string


@dataclass(frozen=True, slots=True)
class _Tables:
    chars: dict[str, str]  # per-character fold cache, filled on first sight
    sms: dict[str, str]
    sms_automaton: Any  # ahocorasick.Automaton over the SMS forms, a fast first look


def data_rows(name: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, tab-separated fields) of a packaged data file, minus comments."""
    data = (resources.files("rempart.detection") / "data" / name).read_text("utf-8")
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line.split("\t")


class _CharFolds(dict[str, str]):
    """Maps one original character to its normalised replacement, computing it on first use."""

    def __init__(self, homoglyphs: dict[str, str], emoji: dict[str, str]) -> None:
        super().__init__()
        self._homo = homoglyphs
        self._emoji = emoji

    def __missing__(self, ch: str) -> str:
        value = self._fold(ch)
        if len(self) < _CACHE_LIMIT:  # a flood of rare code points must not grow memory forever
            self[ch] = value
        return value

    def _fold(self, ch: str) -> str:
        if ch in self._emoji:
            return self._emoji[ch]
        if ch in _ENCLOSED:
            return _ENCLOSED[ch]
        if ch in _SKIN_TONES or unicodedata.category(ch) in _DROP_CATEGORIES:
            return ""
        homo = self._homo
        out: list[str] = []
        for c in unicodedata.normalize("NFKC", ch):
            c = homo.get(c, c)  # capitals are matched on their look, before folding
            for d in unicodedata.normalize("NFD", c.casefold()):
                if unicodedata.category(d) not in _DROP_CATEGORIES:
                    out.append(homo.get(d, d))
        return "".join(out)


@cache
def _tables() -> _Tables:
    """Load the packaged homoglyph, emoji and SMS tables once."""
    homo = {row[0]: row[1] for _, row in data_rows("normalize_homoglyphs.tsv")}
    emoji = {row[0][0]: f" {row[1]} " for _, row in data_rows("normalize_emoji.tsv")}
    sms = {row[0]: row[1] for _, row in data_rows("normalize_sms.tsv")}
    automaton = ahocorasick.Automaton()
    for word in sms:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return _Tables(_CharFolds(homo, emoji), sms, automaton)


def _sms_edits(text: str, tables: _Tables) -> list[Edit]:
    """Whole-word SMS forms in `text`, as edits that expand them ("ntm" -> "nique ta mere")."""
    edits: list[Edit] = []
    for last, size in tables.sms_automaton.iter(text):
        start, end = last - size + 1, last + 1
        inside_word = (start > 0 and text[start - 1].isalnum()) or text[end : end + 1].isalnum()
        if inside_word or (edits and start < edits[-1][1]):
            continue
        edits.append((start, end, tables.sms[text[start:end]]))
    return edits


def _rewrite(text: str, offs: list[int], edits: Iterable[Edit]) -> tuple[str, list[int]]:
    """Apply sorted, non-overlapping (start, end, replacement) edits, carrying the offsets along."""
    out: list[str] = []
    new: list[int] = []
    pos = 0
    for start, end, repl in edits:
        out.append(text[pos:start])
        new.extend(offs[pos:start])
        out.append(repl)
        span, size = end - start, len(repl)
        # Spread the replacement over the characters it replaces, keeping offsets monotonic.
        new.extend(offs[start + (k * span) // size] for k in range(size))
        pos = end
    out.append(text[pos:])
    new.extend(offs[pos:])
    return "".join(out), new


def _unleet(word: str) -> str:
    """Read a word that mixes letters with digits or symbols as letters ("c0nn4rd" -> "connard")."""
    letters = sum(c.isalpha() for c in word)
    if letters == len(word):
        return word
    if word[0] == "@" or re.search(r"\d{3,}", word):
        return word  # a number or a year glued to a word, or an @mention, is not leetspeak
    # Numbers glued at either end ("jean92", "1488x") stay numbers; only inner swaps count.
    lead = len(word) - len(word.lstrip("0123456789"))
    trail = len(word) - len(word.rstrip("0123456789"))
    lo = lead if lead >= 2 else 0
    hi = len(word) - (trail if trail >= 2 else 0)
    chars = list(word)
    for i in range(lo, hi):
        c = chars[i]
        if c in _LEET:
            chars[i] = _LEET[c]
        elif c in "1!":
            j = i
            while j < hi and chars[j] in "1!":
                j += 1
            if c == "!" and j == len(word):
                break  # trailing "!" is punctuation
            prev = chars[i - 1] if i > 0 else ""
            nxt = _LEET.get(word[j], word[j]) if j < len(word) else ""
            # "sa1ope", "nu1" read as l after a vowel; "1diot", "k1ll", "n1que" as i.
            letter = "l" if prev in _VOWELS and (nxt in _VOWELS or nxt == "") else "i"
            for k in range(i, j):
                chars[k] = letter
    return "".join(chars)


def _join_spaced(match: re.Match[str]) -> Iterable[Edit]:
    """Drop the separators between spaced-out letters, if at least two are letters."""
    if sum(c.isalpha() for c in match.group()) < 2:
        return
    base = match.start()
    for sep in _SPACED_SEP.finditer(match.group()):
        yield base + sep.start(), base + sep.end(), ""


def _edits(
    pattern: re.Pattern[str], text: str, make: Callable[[re.Match[str]], Iterable[Edit]]
) -> list[Edit]:
    return [edit for m in pattern.finditer(text) for edit in make(m)]


def _link_edits(m: re.Match[str]) -> Iterable[Edit]:
    """A link becomes its site's name: "https://image.noelshack.com/x/1.png" -> "noelshack"
    (after a space if the link was glued to a word)."""
    labels = [p for p in m.group(1).split(".") if p.replace("-", "").isalnum()]
    names = labels[:-1] if len(labels) >= 2 else labels  # without the top-level domain
    while len(names) > 1 and names[-1] in _GENERIC_SECOND_LEVEL:  # example.co.uk, gouv.fr
        names.pop()
    site = names[-1] if names else ""
    glued = m.start() > 0 and m.string[m.start() - 1].isalnum()
    yield m.start(), m.end(), (" " if glued or not site else "") + site


def _symbol_edits(m: re.Match[str]) -> Iterable[Edit]:
    if m.re is _RUNES:
        yield m.start(), m.end(), " ssrunes "
    else:  # ((( name ))) marks a person as Jewish in antisemitic posts
        yield m.start(1), m.end(1), " tripleparens "
        yield m.start(2), m.end(2), " "


def _apply(
    text: str, offs: list[int] | None, size: int, edits: list[Edit]
) -> tuple[str, list[int] | None]:
    """Apply edits to text whose offsets are `offs` (None: the identity over `size` characters)."""
    if not edits:
        return text, offs
    return _rewrite(text, offs if offs is not None else list(range(size + 1)), edits)


def normalize(text: str) -> NormalizedText:
    """Return what the comment means once obfuscation is undone, with offsets to the original."""
    tables, size = _tables(), len(text)
    offs: list[int] | None = None  # None while the offsets are the identity
    if text.isascii():
        folded = text.lower()
    else:
        parts = list(map(tables.chars.__getitem__, text))
        folded = "".join(parts)
        if len(folded) != size or "" in parts:
            offs = [i for i, part in enumerate(parts) for _ in part]
            offs.append(size)
        if _RUNES.search(folded):
            folded, offs = _apply(folded, offs, size, _edits(_RUNES, folded, _symbol_edits))
    if "http" in folded or "www." in folded:
        folded, offs = _apply(folded, offs, size, _edits(_URL, folded, _link_edits))
    if "[[sticker:" in folded:
        edits = [(m.start(), m.end(), " ") for m in _STICKER.finditer(folded)]
        folded, offs = _apply(folded, offs, size, edits)
    if "((" in folded:
        folded, offs = _apply(folded, offs, size, _edits(_ECHO, folded, _symbol_edits))
    if _SPACED_HINT.search(folded):
        folded, offs = _apply(folded, offs, size, _edits(_SPACED, folded, _join_spaced))
    if _LEET_HINT.search(folded) and _LEET_GLUED.search(folded):  # offsets do not change
        folded = _LEET_WORD.sub(lambda m: _unleet(m.group()), folded)
    if _STRETCH_HINT.search(folded):
        edits = [(m.start() + 1, m.end(), "") for m in _STRETCH.finditer(folded)]
        folded, offs = _apply(folded, offs, size, edits)
    folded, offs = _apply(folded, offs, size, _sms_edits(folded, tables))
    offsets = tuple(offs) if offs is not None else tuple(range(size + 1))
    return NormalizedText(original=text, text=folded, offsets=offsets)
