"""Loads the shared and authored corpora and maps their labels onto Rempart's heads."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from rempart.detection.categories import ALL_HEADS, CATEGORIES, TOXICITY

UNKNOWN: Final = float("nan")
_HEAD_INDEX: Final = {h: i for i, h in enumerate(ALL_HEADS)}
_PROTECTED_TARGETS: Final = frozenset(
    {"origin", "gender", "sexual_orientation", "religion", "disability"}
)
# MLMA "group" values that are individuals or non-protected groups: abuse of them is not
# identity hate by our definition, whatever the target column says.
_UNPROTECTED_GROUPS: Final = frozenset({"individual", "other", "left_wing_people"})

#: Relative trust per row of each shared corpus; authored rows weigh AUTHORED_WEIGHT.
CORPUS_WEIGHTS: Final = {
    "hateday-fr": 2.0,
    "rtplx-fr": 1.0,
    "jigsaw-fr": 0.6,
    "jigsaw-en": 0.3,
    "mlma-fr": 0.5,
    "mlma-en": 0.25,
    "davidson": 0.25,
}
AUTHORED_WEIGHT: Final = 1.0


@dataclass
class Corpus:
    """Texts with a label per head (NaN where the corpus says nothing) and a row weight."""

    name: str
    texts: list[str]
    langs: list[str]
    labels: npt.NDArray[np.float32]  # (n, len(ALL_HEADS))
    weights: npt.NDArray[np.float32]  # (n,)

    def __len__(self) -> int:
        return len(self.texts)


class _Builder:
    """Accumulates rows for one corpus."""

    def __init__(self, name: str, weight: float) -> None:
        self.name, self.weight = name, weight
        self.texts: list[str] = []
        self.langs: list[str] = []
        self.rows: list[list[float]] = []

    def add(self, text: str, lang: str, known: dict[str, float], *, negative_rest: bool) -> None:
        """Add a row; heads absent from `known` are 0 if negative_rest else unknown."""
        text = text.strip()
        if not text:
            return
        row = [0.0 if negative_rest else UNKNOWN] * len(ALL_HEADS)
        for head, value in known.items():
            row[_HEAD_INDEX[head]] = value
        self.texts.append(text)
        self.langs.append(lang)
        self.rows.append(row)

    def build(self) -> Corpus:
        labels = np.asarray(self.rows, dtype=np.float32).reshape(len(self.rows), len(ALL_HEADS))
        weights = np.full(len(self.texts), self.weight, dtype=np.float32)
        return Corpus(self.name, self.texts, self.langs, labels, weights)


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _toxic_only(path: Path, name: str, text_col: str) -> Corpus:
    """Binary toxic/non-toxic corpora: a non-toxic row is negative for every head."""
    b = _Builder(name, CORPUS_WEIGHTS[name])
    for r in _rows(path):
        toxic = r["label"].strip() == "1"
        b.add(r[text_col], "fr", {TOXICITY: float(toxic)}, negative_rest=not toxic)
    return b.build()


def _jigsaw(path: Path) -> list[Corpus]:
    """Jigsaw's labels: insult/threat/identity_hate map directly; the English original too."""
    out = []
    for name, col, lang in (("jigsaw-fr", "content", "fr"), ("jigsaw-en", "original_text", "en")):
        b = _Builder(name, CORPUS_WEIGHTS[name])
        for r in _rows(path):
            toxic = r["toxic"] == "1"
            known = {TOXICITY: float(toxic)}
            for head in ("insult", "threat", "identity_hate"):
                known[head] = float(r[head] == "1")
            b.add(r[col], lang, known, negative_rest=not toxic)
        out.append(b.build())
    return out


def _mlma(path: Path, name: str, lang: str) -> Corpus:
    """MLMA: `normal` alone is non-toxic; hostile tweets at a protected group hint identity_hate."""
    b = _Builder(name, CORPUS_WEIGHTS[name])
    for r in _rows(path):
        sentiments = set(r["sentiment"].split("_"))
        if sentiments == {"normal"}:
            b.add(r["tweet"], lang, {}, negative_rest=True)
            continue
        known = {TOXICITY: 1.0}
        if r["group"] in _UNPROTECTED_GROUPS or r["target"] == "other":
            known["identity_hate"] = 0.0
        elif r["target"] in _PROTECTED_TARGETS and sentiments & {"hateful", "abusive"}:
            known["identity_hate"] = 1.0
        b.add(r["tweet"], lang, known, negative_rest=False)
    return b.build()


def _davidson(path: Path, offensive_weight: float) -> Corpus:
    """Davidson: hate -> identity_hate; `offensive` is often profanity, not an attack, so it
    is a weak toxic label and an identity_hate negative."""
    b = _Builder("davidson", CORPUS_WEIGHTS["davidson"])
    weights = []
    for r in _rows(path):
        cls = r["class"]
        if cls == "0":
            b.add(r["tweet"], "en", {TOXICITY: 1.0, "identity_hate": 1.0}, negative_rest=False)
            weights.append(1.0)
        elif cls == "1":
            b.add(r["tweet"], "en", {TOXICITY: 1.0, "identity_hate": 0.0}, negative_rest=False)
            weights.append(offensive_weight)
        else:
            b.add(r["tweet"], "en", {}, negative_rest=True)
            weights.append(1.0)
    corpus = b.build()
    corpus.weights *= np.asarray(weights, dtype=np.float32)[: len(corpus)]
    return corpus


def load_shared(data_dir: Path, *, davidson_offensive_weight: float = 0.3) -> list[Corpus]:
    """Every shared corpus found under data_dir (missing ones are skipped)."""
    loaders: list[tuple[str, Callable[[Path], list[Corpus]]]] = [
        ("hateday-fr/HateDay-french.csv", lambda p: [_toxic_only(p, "hateday-fr", "content")]),
        ("rtplx-fr/RTP-LX-french.csv", lambda p: [_toxic_only(p, "rtplx-fr", "content")]),
        ("jigsaw-fr/jigsaw_fr_labelled.csv", _jigsaw),
        ("mlma/fr_dataset.csv", lambda p: [_mlma(p, "mlma-fr", "fr")]),
        ("mlma/en_dataset.csv", lambda p: [_mlma(p, "mlma-en", "en")]),
        ("davidson/labeled_data.csv", lambda p: [_davidson(p, davidson_offensive_weight)]),
    ]
    out: list[Corpus] = []
    for rel, load in loaders:
        path = data_dir / rel
        if path.is_file():
            out.extend(load(path))
    return out


def load_authored(authored_dir: Path) -> list[Corpus]:
    """One corpus per authored CSV (text, lang, labels, kind, register); labels are complete."""
    out = []
    for path in sorted(authored_dir.glob("*.csv")):
        b = _Builder(f"authored/{path.stem}", AUTHORED_WEIGHT)
        for r in _rows(path):
            labels = set((r.get("labels") or "").split())
            unknown = labels - set(CATEGORIES)
            if unknown:
                raise ValueError(f"{path}: unknown labels {sorted(unknown)}")
            known: dict[str, float] = {c: float(c in labels) for c in CATEGORIES}
            known[TOXICITY] = float(bool(labels))
            lang = (r.get("lang") or "fr").strip() or "fr"
            b.add(r.get("text") or "", lang, known, negative_rest=True)
        if b.texts:
            out.append(b.build())
    return out
