"""Training: split every corpus by a fixed seed, fit one linear head per label, calibrate."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from tqdm import tqdm

from rempart.detection.categories import ALL_HEADS, TOXICITY
from rempart.detection.corpora import Corpus, load_authored, load_shared
from rempart.detection.detector import analyze
from rempart.detection.features import FeatureConfig, Featurizer
from rempart.detection.lexicon import Lexicon
from rempart.detection.model import LinearModel, weights_digest

Floats = npt.NDArray[np.float32]


@dataclass(frozen=True)
class TrainConfig:
    """Everything that determines the trained artifact (same config + data = same weights)."""

    seed: int = 0
    dev_fraction: float = 0.2
    c: float = 20.0  # inverse L2 strength of every head; 8 ranked the forum sets lower (README)
    davidson_offensive_weight: float = 0.3
    features: FeatureConfig = field(default_factory=FeatureConfig)


@dataclass(frozen=True)
class HeldOut:
    """One held-out figure: ROC-AUC of `head` on the dev rows of `group`."""

    group: str
    head: str
    roc_auc: float
    positives: int
    negatives: int


def dev_mask(texts: Sequence[str], *, seed: int, fraction: float) -> npt.NDArray[np.bool_]:
    """Rows held out for development: chosen by a seeded hash of the lowercased text, so a
    text and its exact duplicates always fall on the same side."""
    cut = int(fraction * 10_000)
    out = np.zeros(len(texts), dtype=bool)
    for i, t in enumerate(texts):
        digest = hashlib.blake2b(f"{seed}\x00{t.strip().lower()}".encode(), digest_size=8)
        out[i] = int.from_bytes(digest.digest(), "big") % 10_000 < cut
    return out


def _batches(n: int, size: int) -> Iterator[slice]:
    for start in range(0, n, size):
        yield slice(start, min(n, start + size))


def featurize(
    texts: Sequence[str],
    langs: Sequence[str],
    *,
    featurizer: Featurizer,
    lexicon: Lexicon,
    progress: bool = False,
) -> sp.csr_matrix:
    """Feature rows exactly as the Detector builds them at scoring time."""
    blocks = []
    bar = tqdm(total=len(texts), desc="features", unit="text", disable=not progress)
    for sl in _batches(len(texts), 2048):
        analyses = [analyze(t, lg, lexicon) for t, lg in zip(texts[sl], langs[sl], strict=True)]
        blocks.append(
            featurizer.transform(
                [a.normalized for a in analyses], [a.hit_severity for a in analyses]
            )
        )
        bar.update(sl.stop - sl.start)
    bar.close()
    width = featurizer.config.n_features
    return sp.vstack(blocks, format="csr") if blocks else sp.csr_matrix((0, width))


def _fit_head(x: sp.csr_matrix, y: Floats, w: Floats, *, c: float) -> tuple[Floats, float]:
    """Weighted, class-balanced logistic regression; returns (coefficients, intercept)."""
    pos = float(w[y == 1].sum())
    neg = float(w[y == 0].sum())
    if pos == 0 or neg == 0:
        return np.zeros(x.shape[1], dtype=np.float32), (5.0 if neg == 0 else -5.0)
    # Balance classes so rare heads (doxxing, exclusion) are not drowned; Platt restores
    # the real base rate afterwards.
    bal = np.where(y == 1, 0.5 * (pos + neg) / pos, 0.5 * (pos + neg) / neg)
    sw = w * bal * (len(y) / float((w * bal).sum()))
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=200, random_state=0)
    clf.fit(x, y.astype(int), sample_weight=sw)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def _fit_platt(margin: Floats, y: Floats, w: Floats) -> tuple[float, float]:
    """Platt scaling on held-out margins; identity-ish when the dev split cannot support it."""
    if len(np.unique(y)) < 2:
        return 1.0, 0.0
    clf = LogisticRegression(C=100.0)
    clf.fit(margin.reshape(-1, 1), y.astype(int), sample_weight=w)
    return float(clf.coef_[0, 0]), float(clf.intercept_[0])


def _auc(y: Floats, p: Floats) -> HeldOut | None:
    pos, neg = int((y == 1).sum()), int((y == 0).sum())
    if pos == 0 or neg == 0:
        return None
    return HeldOut("", "", float(roc_auc_score(y, p)), pos, neg)


def held_out_report(
    corpora: Sequence[Corpus], masks: Sequence[npt.NDArray[np.bool_]], probs: Floats
) -> list[HeldOut]:
    """ROC-AUC per corpus, per language and per head on the dev rows (probs follow them)."""
    labels = np.vstack([c.labels[m] for c, m in zip(corpora, masks, strict=True)])
    names = np.concatenate([[c.name] * int(m.sum()) for c, m in zip(corpora, masks, strict=True)])
    langs = np.concatenate([np.asarray(c.langs)[m] for c, m in zip(corpora, masks, strict=True)])
    groups: dict[str, npt.NDArray[np.bool_]] = {"all": np.ones(len(names), dtype=bool)}
    groups["shared"] = ~np.char.startswith(names.astype(str), "authored/")
    groups["authored"] = ~groups["shared"]
    for lang in ("fr", "en"):
        groups[f"lang={lang}"] = langs == lang
    for name in dict.fromkeys(names.tolist()):
        groups[name] = names == name
    out = []
    for group, sel in groups.items():
        for j, head in enumerate(ALL_HEADS):
            known = sel & ~np.isnan(labels[:, j])
            fig = _auc(labels[known, j], probs[known, j])
            if fig is not None:
                out.append(HeldOut(group, head, fig.roc_auc, fig.positives, fig.negatives))
    return out


def train(
    *,
    data_dir: Path | None,
    authored_dir: Path | None,
    config: TrainConfig,
    progress: bool = False,
) -> tuple[LinearModel, list[HeldOut]]:
    """Fit every head on the train split of all corpora; calibrate and report on the dev split."""
    corpora = []
    if data_dir is not None and data_dir.is_dir():
        corpora += load_shared(data_dir, davidson_offensive_weight=config.davidson_offensive_weight)
    if authored_dir is not None and authored_dir.is_dir():
        corpora += load_authored(authored_dir)
    if not corpora:
        raise ValueError("no training data found")
    masks = [dev_mask(c.texts, seed=config.seed, fraction=config.dev_fraction) for c in corpora]
    texts = [t for c in corpora for t in c.texts]
    langs = [lg for c in corpora for lg in c.langs]
    dev = np.concatenate(masks)
    labels = np.vstack([c.labels for c in corpora])
    weights = np.concatenate([c.weights for c in corpora])

    featurizer = Featurizer(config.features)
    x = featurize(texts, langs, featurizer=featurizer, lexicon=Lexicon.default(), progress=progress)
    x_train, x_dev = x[~dev], x[dev]
    n_heads = len(ALL_HEADS)
    coef = np.zeros((config.features.n_features, n_heads), dtype=np.float32)
    bias = np.zeros(n_heads, dtype=np.float32)
    platt_a = np.ones(n_heads, dtype=np.float32)
    platt_b = np.zeros(n_heads, dtype=np.float32)
    for j in tqdm(range(n_heads), desc="heads", disable=not progress):
        y, w = labels[~dev, j], weights[~dev]
        known = ~np.isnan(y)
        coef[:, j], bias[j] = _fit_head(x_train[known], y[known], w[known], c=config.c)
        yd, wd = labels[dev, j], weights[dev]
        kd = ~np.isnan(yd)
        margin = np.asarray(x_dev[kd] @ coef[:, j], dtype=np.float32) + bias[j]
        platt_a[j], platt_b[j] = _fit_platt(margin, yd[kd], wd[kd])
    model = LinearModel(
        config=config.features,
        heads=ALL_HEADS,
        weights=coef,
        bias=bias,
        platt_a=platt_a,
        platt_b=platt_b,
        metadata={},
    )
    report = held_out_report(corpora, masks, model.predict_proba(x_dev))
    metadata = {
        "version": weights_digest(coef, bias),
        "seed": config.seed,
        "c": config.c,
        "dev_fraction": config.dev_fraction,
        "corpora": {c.name: len(c) for c in corpora},
        "held_out_roc_auc": {
            f"{r.group}:{r.head}": round(r.roc_auc, 4)
            for r in report
            if r.head in (TOXICITY, "identity_hate") or r.group == "all"
        },
    }
    return LinearModel(config.features, ALL_HEADS, coef, bias, platt_a, platt_b, metadata), report
