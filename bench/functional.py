# ruff: noqa: E402  (thread limits must be set before numpy is imported)
"""Held-out functional tests: identity_hate ROC-AUC per language and functionality, and the
overall ROC-AUC on French teenage comments with hard negatives.

    python bench/functional.py [--functional bench/data/functional_heldout.csv]
                               [--teen bench/data/teen_heldout.csv] [--worst 0]

Both files are written by training/authored/gen_heldout_functional.py and are never trained on.
Per functionality, a hateful one is ranked against every non-hateful case of its language (and
vice versa), so each line says how well that kind of case is separated from the other side.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import csv
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from rempart.detection.detector import Detector

HERE = Path(__file__).resolve().parent


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _report(name: str, rows: list[dict[str, str]], head: str, worst: int) -> None:
    detector = Detector.default()
    texts = [r["text"] for r in rows]
    scored = detector.score_many(texts, [r["lang"] for r in rows])
    p = np.array([a.toxicity if head == "toxicity" else a.scores[head] for a in scored])
    y = np.array([int(r["label"]) for r in rows])
    langs = np.array([r["lang"] for r in rows])
    funcs = np.array([r["functionality"] for r in rows])
    print(f"set={name} head={head} n={len(rows)} roc_auc={roc_auc_score(y, p):.4f}")
    for lang in sorted(set(langs)):
        sel = langs == lang
        print(
            f"set={name} lang={lang} n={int(sel.sum())} roc_auc={roc_auc_score(y[sel], p[sel]):.4f}"
        )
        for func in dict.fromkeys(funcs[sel].tolist()):
            f = sel & (funcs == func)
            label = int(y[f][0])
            other = sel & (y != label)
            yy = np.concatenate([y[f], y[other]])
            pp = np.concatenate([p[f], p[other]])
            flagged = float((p[f] >= 0.5).mean())
            print(
                f"  lang={lang} func={func:22s} label={label} n={int(f.sum()):3d} "
                f"auc_vs_other_side={roc_auc_score(yy, pp):.3f} mean={p[f].mean():.3f} "
                f"flagged={flagged:.2f}"
            )
    if worst:
        order = np.argsort(-np.abs(y - p))[:worst]
        for i in order:
            print(f"  worst y={y[i]} p={p[i]:.3f} {funcs[i]} | {texts[i]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--functional", type=Path, default=HERE / "data/functional_heldout.csv")
    parser.add_argument("--teen", type=Path, default=HERE / "data/teen_heldout.csv")
    parser.add_argument("--worst", type=int, default=0, help="Also print the N worst-ranked cases.")
    args = parser.parse_args()
    _report("functional", _rows(args.functional), "identity_hate", args.worst)
    _report("teen", _rows(args.teen), "toxicity", args.worst)


if __name__ == "__main__":
    main()
