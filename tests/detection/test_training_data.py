"""The team-authored training data never contains a row of a held-out evaluation set."""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _texts(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {" ".join(row["text"].lower().split()) for row in csv.DictReader(fh)}


def test_no_heldout_row_is_in_the_training_data() -> None:
    heldout = sorted((ROOT / "bench/data").glob("*.csv"))
    authored = sorted((ROOT / "training/authored").glob("*.csv"))
    assert heldout and authored
    evaluation = set().union(*(_texts(p) for p in heldout))
    leaked = {p.name: sorted(_texts(p) & evaluation)[:5] for p in authored}
    assert {name: rows for name, rows in leaked.items() if rows} == {}
