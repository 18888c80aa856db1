"""The score, eval and train commands, run through click's CliRunner on data the tests write."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from rempart.detection.categories import CATEGORIES
from rempart.detection.commands import eval_command, parse_label, score_command, train_command
from rempart.detection.detector import Detector
from rempart.detection.model import LinearModel

ROWS = [
    ("t'es qu'une grosse merde", "1", "fr"),
    ("va te pendre sale bouffon", "1", "fr"),
    ("je vais te retrouver et te tuer", "1", "fr"),
    ("you are a worthless idiot", "1", "en"),
    ("super vidéo merci", "0", "fr"),
    ("on se voit demain au parc ?", "0", "fr"),
    ("great video thanks", "0", "en"),
    ("laissez-la tranquille, c'est du harcèlement", "0", "fr"),
]


def _write_csv(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_score_prints_figures_and_json() -> None:
    runner = CliRunner()
    result = runner.invoke(score_command, ["t'es qu'une grosse merde"])
    assert result.exit_code == 0, result.output
    assert re.search(r"toxicity=\d\.\d+", result.output)
    result = runner.invoke(score_command, ["t'es qu'une grosse merde", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["scores"]) == set(CATEGORIES)
    assert data["language"] == "fr" and data["severity"] in ("low", "medium", "high")


def test_eval_prints_roc_auc(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "d.csv", ["text", "label", "lang"], ROWS)
    result = CliRunner().invoke(eval_command, [str(path), "--lang-column", "lang"])
    assert result.exit_code == 0, result.output
    match = re.search(r"(?:^|\s)roc_auc=([0-9.]+)(?:\s|$)", result.output)
    assert match and float(match.group(1)) >= 0.9, result.output
    for key in ("pr_auc", "precision", "recall", "f1", "comments_per_second", "roc_auc_fr"):
        assert re.search(rf"(?:^|\s){key}=", result.output), key


def test_eval_json_and_category_ranking(tmp_path: Path) -> None:
    rows = [
        ("les musulmans dehors, c'est des rats", "identity_hate"),
        ("sale pd", "identity_hate insult"),
        ("t'es nul au foot", "insult"),
        ("je respecte toutes les religions", ""),
        ("bonne soirée à tous", ""),
    ]
    path = _write_csv(tmp_path / "c.csv", ["msg", "labels"], rows)
    args = [str(path), "--text-column", "msg", "--label-column", "labels", "--json"]
    result = CliRunner().invoke(eval_command, [*args, "--category", "identity_hate"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["positives"] == 2 and 0.0 <= figures["roc_auc"] <= 1.0
    result = CliRunner().invoke(eval_command, args)
    assert "roc_auc_identity_hate" in json.loads(result.output)


def test_eval_missing_column_is_a_clear_error(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "d.csv", ["text", "label"], [("a", "1")])
    result = CliRunner().invoke(eval_command, [str(path), "--label-column", "toxic"])
    assert result.exit_code != 0
    assert "toxic" in result.output


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", (True, frozenset())), ("0", (False, frozenset())), ("0.8", (True, frozenset())),
     ("", (False, frozenset())), ("insult threat", (True, frozenset({"insult", "threat"}))),
     ("toxic", (True, frozenset())), ("normal", (False, frozenset()))],
)  # fmt: skip
def test_parse_label(raw: str, expected: tuple[bool, frozenset[str]]) -> None:
    assert parse_label(raw) == expected


def _tiny_corpus(folder: Path) -> None:
    folder.mkdir()
    rows = []
    for i in range(30):
        rows.append((f"t'es qu'un bouffon numéro {i}", "fr", "insult", "attack", "teen"))
        rows.append((f"va te pendre {i} fois", "fr", "self_harm_incitement", "attack", "teen"))
        rows.append((f"super match numéro {i} bravo", "fr", "", "neutral", "adult"))
        rows.append((f"you are stupid number {i}", "en", "insult", "attack", "adult"))
        rows.append((f"nice video number {i}", "en", "", "neutral", "adult"))
    _write_csv(folder / "tiny.csv", ["text", "lang", "labels", "kind", "register"], rows)


def test_train_on_tiny_corpus_is_reproducible(tmp_path: Path) -> None:
    _tiny_corpus(tmp_path / "authored")
    outs = []
    for name in ("a.npz", "b.npz"):
        out = tmp_path / name
        args = ["--data-dir", str(tmp_path / "none"), "--authored-dir", str(tmp_path / "authored"),
                "--out", str(out), "--seed", "3"]  # fmt: skip
        result = CliRunner().invoke(train_command, args)
        assert result.exit_code == 0, result.output
        assert "roc_auc=" in result.output
        outs.append(LinearModel.load(out))
    assert outs[0].version == outs[1].version
    detector = Detector(outs[0])
    bad, good = detector.score_many(["t'es qu'un bouffon", "nice video"])
    assert bad.scores["insult"] > good.scores["insult"]


def test_train_without_data_fails_cleanly(tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path / "x"), "--authored-dir", str(tmp_path / "y"),
            "--out", str(tmp_path / "m.npz")]  # fmt: skip
    result = CliRunner().invoke(train_command, args)
    assert result.exit_code != 0
    assert not (tmp_path / "m.npz").exists()
