# ruff: noqa: E402  (thread limits must be set before numpy is imported)
"""Detection benchmark: Rempart vs open-source peers on the same held-out data, one core.

Prints, for Rempart and each peer (safetype, glin-profanity, alt-profanity-check, installed
with the `bench` extra): ROC-AUC per held-out set, batch throughput (comments/s), single
comment latency (p50/p99 ms), and each peer's figures as a ratio of Rempart's.

    python bench/detection.py [--data-dir ../shared/datasets] [--n-speed 4000]

Held-out sets are the dev splits `rempart train` made with the packaged model's seed (never
trained on), the authored dev splits (optimistic: templated text), bench/data's checks and
its held-out French teenage comments (identity-hate functional tests: bench/functional.py).
"""

from __future__ import annotations

import os

# One core, as the target says; must be set before numpy is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import csv
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from rempart.detection.corpora import Corpus, load_authored, load_shared
from rempart.detection.detector import Detector
from rempart.detection.model import default_model
from rempart.detection.training import dev_mask

HERE = Path(__file__).resolve().parent
ScoreMany = Callable[[Sequence[str]], list[float]]


@dataclass
class HeldOutSet:
    name: str
    texts: list[str]
    labels: np.ndarray


def _dev_sets(data_dir: Path, authored_dir: Path) -> list[HeldOutSet]:
    meta = default_model().metadata
    seed, fraction = int(meta.get("seed", 0)), float(meta.get("dev_fraction", 0.2))
    corpora: list[Corpus] = load_shared(data_dir) + load_authored(authored_dir)
    out = []
    for c in corpora:
        mask = dev_mask(c.texts, seed=seed, fraction=fraction)
        y = c.labels[mask, -1]  # toxicity is the last head
        texts = [t for t, m in zip(c.texts, mask, strict=True) if m]
        if len(np.unique(y)) == 2:
            out.append(HeldOutSet(f"dev:{c.name}", texts, y.astype(int)))
    return out


def _check_sets(path: Path) -> list[HeldOutSet]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = [HeldOutSet("checks:all", [r["text"] for r in rows],
                      np.array([bool(r["labels"]) for r in rows], dtype=int))]  # fmt: skip
    for lang in ("fr", "en"):
        sub = [r for r in rows if r["lang"] == lang]
        out.append(HeldOutSet(f"checks:{lang}", [r["text"] for r in sub],
                              np.array([bool(r["labels"]) for r in sub], dtype=int)))  # fmt: skip
    return out


def _heldout_sets(path: Path, name: str) -> list[HeldOutSet]:
    """A held-out French set with a 0/1 label column, never trained on (teen comments from
    gen_heldout_functional.py; forum posts from data/forum_heldout*.md). A `label_broad` column
    (rude or unreasonable, not only targeted) or a 0-10 `score` gives a second set."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = [r["text"] for r in rows]
    out = [HeldOutSet(f"heldout:{name}", texts, np.array([int(r["label"]) for r in rows]))]
    if rows and "label_broad" in rows[0]:
        broad = np.array([int(r["label_broad"]) for r in rows])
        out.append(HeldOutSet(f"heldout:{name}-broad", texts, broad))
    if rows and "score" in rows[0]:  # a 0-10 toxicity grade: toxic from 5 ("prejudice") up
        graded = np.array([int(int(r["score"]) >= 5) for r in rows])
        out.append(HeldOutSet(f"heldout:{name}-score5", texts, graded))
    return out


def _peers() -> dict[str, ScoreMany]:
    peers: dict[str, ScoreMany] = {}
    detector = Detector.default()
    peers["rempart"] = lambda texts: [a.toxicity for a in detector.score_many(texts)]
    try:
        from safetype import create_moderation_engine

        engine = create_moderation_engine(mode="mask", languages=["en", "fr"])
        weight = {"low": 0.25, "medium": 0.5, "high": 0.75, "critical": 1.0}

        def safetype_scores(texts: Sequence[str]) -> list[float]:
            return [
                max(
                    (
                        weight.get(m.severity, 0.5) * m.confidence
                        for m in engine.moderate(t).matches
                    ),
                    default=0.0,
                )
                for t in texts
            ]

        peers["safetype"] = safetype_scores
    except ImportError:
        print("peer_missing=safetype")
    try:
        from glin_profanity import Filter

        glin = Filter({"languages": ["english", "french"]})
        peers["glin-profanity"] = lambda texts: [
            float(len(glin.check_profanity(t)["profane_words"])) for t in texts
        ]
    except ImportError:
        print("peer_missing=glin-profanity")
    try:
        from profanity_check import predict_prob

        peers["alt-profanity-check"] = lambda texts: [float(p) for p in predict_prob(list(texts))]
    except ImportError:
        print("peer_missing=alt-profanity-check")
    return peers


def _speed(score_many: ScoreMany, texts: list[str], n_single: int) -> dict[str, float]:
    """Throughput and single-comment latency, in wall time and in CPU time (the CPU figures
    are what one core costs, and hold even when other jobs share the machine)."""
    score_many(texts[:50])  # warm up caches and lazy loads
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), 256):
        score_many(texts[i : i + 256])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    lat_wall, lat_cpu = [], []
    for t in texts[:n_single]:
        w0, c0 = time.perf_counter(), time.thread_time()
        score_many([t])
        lat_cpu.append((time.thread_time() - c0) * 1000)
        lat_wall.append((time.perf_counter() - w0) * 1000)
    qw, qc = statistics.quantiles(lat_wall, n=100), statistics.quantiles(lat_cpu, n=100)
    return {
        "comments_per_second": len(texts) / wall,
        "cpu_comments_per_second": len(texts) / max(cpu, 1e-9),
        "p50_ms": qw[49],
        "p99_ms": qw[98],
        "cpu_p50_ms": qc[49],
        "cpu_p99_ms": qc[98],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=HERE.parent.parent / "shared/datasets")
    parser.add_argument("--authored-dir", type=Path, default=HERE.parent / "training/authored")
    parser.add_argument("--n-speed", type=int, default=4000)
    parser.add_argument("--n-single", type=int, default=1000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sets = (
        _dev_sets(args.data_dir, args.authored_dir)
        + _check_sets(HERE / "data/detection_checks.csv")
        + _heldout_sets(HERE / "data/teen_heldout.csv", "teen-fr")
        + _heldout_sets(HERE / "data/forum_heldout.csv", "forum-fr")
        + _heldout_sets(HERE / "data/forum_heldout2.csv", "forum2-fr")
        + _heldout_sets(HERE / "data/forum_heldout3.csv", "forum3-fr")
    )
    peers = _peers()
    print(f"model_version={Detector.default().model_version} cores=1")
    auc: dict[str, dict[str, float]] = {}
    for name, fn in peers.items():
        for s in sets:
            value = float(roc_auc_score(s.labels, fn(s.texts)))
            auc.setdefault(name, {})[s.name] = value
            print(f"roc_auc system={name} set={s.name} n={len(s.texts)} roc_auc={value:.4f}")
    pool = [t for s in sets for t in s.texts]
    rng = np.random.default_rng(0)
    speed_texts = [pool[i] for i in rng.choice(len(pool), size=args.n_speed, replace=True)]
    speed = {name: _speed(fn, speed_texts, args.n_single) for name, fn in peers.items()}
    for name, figs in speed.items():
        print(f"speed system={name} " + " ".join(f"{k}={v:.2f}" for k, v in figs.items()))
    ref, ref_speed = auc["rempart"], speed["rempart"]
    for name in peers:
        if name == "rempart":
            continue
        other = speed[name]
        mean_ratio = statistics.fmean(ref[s] / max(auc[name][s], 1e-9) for s in ref)
        print(
            f"ratio rempart_vs={name} roc_auc_mean={mean_ratio:.3f} "
            f"throughput={ref_speed['cpu_comments_per_second'] / other['cpu_comments_per_second']:.2f} "
            f"p99_latency={other['cpu_p99_ms'] / ref_speed['cpu_p99_ms']:.2f} (CPU time; >1 favours "
            "rempart)"
        )


if __name__ == "__main__":
    main()
