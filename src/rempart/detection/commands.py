"""The `rempart score`, `rempart eval` and `rempart train` commands."""

from __future__ import annotations

import csv
import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click
import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_fscore_support, roc_auc_score

from rempart.detection.categories import CATEGORIES
from rempart.detection.detector import NUDGE_THRESHOLD, Detector, Scorer

_NEGATIVE_WORDS = frozenset(
    {"", "0", "false", "no", "none", "non", "normal", "neutral", "nontoxic", "non-toxic",
     "non_toxic", "not_hateful", "ok", "clean"}
)  # fmt: skip


def parse_label(raw: str) -> tuple[bool, frozenset[str]]:
    """A label cell as (hurtful?, categories named): "1", "toxic", "insult threat", "0" …"""
    value = raw.strip().lower()
    try:
        return float(value) >= 0.5, frozenset()
    except ValueError:
        pass
    if value in _NEGATIVE_WORDS:
        return False, frozenset()
    words = frozenset(value.replace(",", " ").split())
    return True, words & frozenset(CATEGORIES)


@click.command("score")
@click.argument("text")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None, help="Skip detection.")
@click.option("--json", "as_json", is_flag=True, help="Print the assessment as JSON.")
def score_command(text: str, lang: str | None, as_json: bool) -> None:
    """Score one comment: per-category probabilities, severity and the words that triggered it."""
    assessment = Detector.default().score(text, lang=lang)
    if as_json:
        data = asdict(assessment)
        data["top_category"] = assessment.top_category()
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(
        f"toxicity={assessment.toxicity:.3f} severity={assessment.severity} "
        f"language={assessment.language} top_category={assessment.top_category() or '-'}"
    )
    for name, value in sorted(assessment.scores.items(), key=lambda kv: -kv[1]):
        click.echo(f"  {name}={value:.3f}")
    for span in assessment.spans:
        click.echo(
            f"  span [{span.start}:{span.end}] {span.category}: {text[span.start : span.end]!r}"
        )
    click.echo(f"model_version={assessment.model_version}")


def _binary_figures(y: np.ndarray[Any, Any], p: np.ndarray[Any, Any]) -> dict[str, float]:
    """ROC-AUC, PR-AUC and precision/recall/F1 at the nudge threshold (NaN if one-class)."""
    if len(np.unique(y)) < 2:
        return {"roc_auc": float("nan"), "pr_auc": float("nan")}
    prec, rec, f1, _ = precision_recall_fscore_support(
        y, p >= NUDGE_THRESHOLD, average="binary", zero_division=0
    )
    return {
        "roc_auc": float(roc_auc_score(y, p)),
        "pr_auc": float(average_precision_score(y, p)),
        "precision": float(prec),
        "recall": float(rec),
        "f1": float(f1),
    }


def evaluate_file(
    path: Path,
    *,
    text_column: str,
    label_column: str,
    lang_column: str | None,
    category: str | None,
    detector: Scorer,
) -> dict[str, float | int | str]:
    """Score every row of a labelled CSV and return the figures the eval command prints."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if not rows:
        raise click.ClickException(f"{path} has no rows")
    for col in (text_column, label_column, lang_column):
        if col is not None and col not in rows[0]:
            raise click.ClickException(f"{path} has no column {col!r}")
    texts = [r[text_column] for r in rows]
    given = [r[lang_column].strip() or None for r in rows] if lang_column else None
    detector.score_many(texts[:1])  # load the model first: speed is measured warm
    start = time.perf_counter()
    results = detector.score_many(texts, given)
    elapsed = time.perf_counter() - start
    parsed = [parse_label(r[label_column]) for r in rows]
    named = any(cats for _, cats in parsed)
    if category is None:
        y = np.array([hurt for hurt, _ in parsed], dtype=int)
        p = np.array([a.toxicity for a in results])
    else:
        y = np.array([(category in cats) if named else hurt for hurt, cats in parsed], dtype=int)
        p = np.array([a.scores[category] for a in results])
    figures: dict[str, float | int | str] = {"n": len(rows), "positives": int(y.sum())}
    figures |= _binary_figures(y, p)
    figures["threshold"] = NUDGE_THRESHOLD
    langs = np.array([a.language for a in results])
    for lang in ("fr", "en", "other"):
        sel = langs == lang
        if sel.any() and len(np.unique(y[sel])) == 2:
            figures[f"roc_auc_{lang}"] = _binary_figures(y[sel], p[sel])["roc_auc"]
    if named and category is None:
        for cat in CATEGORIES:
            yc = np.array([cat in cats for _, cats in parsed], dtype=int)
            if 0 < yc.sum() < len(yc):
                pc = np.array([a.scores[cat] for a in results])
                figures[f"roc_auc_{cat}"] = _binary_figures(yc, pc)["roc_auc"]
    figures["comments_per_second"] = len(rows) / max(elapsed, 1e-9)
    figures["model_version"] = results[0].model_version
    return figures


@click.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--text-column", default="text", show_default=True)
@click.option("--label-column", default="label", show_default=True)
@click.option("--lang-column", default=None, help="Column giving each row's language.")
@click.option(
    "--category",
    type=click.Choice(list(CATEGORIES)),
    default=None,
    help="Rank by this category's probability instead of overall toxicity.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_command(
    file: Path,
    text_column: str,
    label_column: str,
    lang_column: str | None,
    category: str | None,
    as_json: bool,
) -> None:
    """Measure the detector on a labelled CSV: ROC-AUC, PR-AUC, P/R/F1, speed."""
    figures = evaluate_file(
        file,
        text_column=text_column,
        label_column=label_column,
        lang_column=lang_column,
        category=category,
        detector=Detector.default(),
    )
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        click.echo(f"{key}={value:.4f}" if isinstance(value, float) else f"{key}={value}")


@click.command("train")
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path),
    default=Path("../shared/datasets"),
    show_default=True,
    help="The shared public corpora.",
)
@click.option(
    "--authored-dir",
    type=click.Path(path_type=Path),
    default=Path("training/authored"),
    show_default=True,
    help="Team-authored CSVs (every *.csv is used).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the artifact [default: the packaged model].",
)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option(
    "--dev-fraction",
    type=float,
    default=0.2,
    show_default=True,
    help="Share of every corpus held out for calibration and the report.",
)
def train_command(
    data_dir: Path, authored_dir: Path, out: Path | None, seed: int, dev_fraction: float
) -> None:
    """Rebuild the model artifact from the corpora (reproducible for a given seed)."""
    from rempart.detection.model import packaged_artifact
    from rempart.detection.training import TrainConfig, train

    if not data_dir.is_dir() and not authored_dir.is_dir():
        raise click.ClickException(f"neither {data_dir} nor {authored_dir} exists")
    try:
        model, report = train(
            data_dir=data_dir,
            authored_dir=authored_dir,
            config=TrainConfig(seed=seed, dev_fraction=dev_fraction),
            progress=True,
        )
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    target = out if out is not None else packaged_artifact()
    model.save(target)
    for fig in report:
        click.echo(
            f"held_out group={fig.group} head={fig.head} roc_auc={fig.roc_auc:.4f} "
            f"positives={fig.positives} negatives={fig.negatives}"
        )
    click.echo(f"model_version={model.version} out={target}")
