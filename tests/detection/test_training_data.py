"""The team-authored training data never contains a row of a held-out evaluation set."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

from rempart.detection.categories import CATEGORIES

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


def test_the_generators_category_tuple_is_the_detectors() -> None:
    # The generators run on the standard library alone, so tables.py spells the categories out;
    # a category added to the detector and not there would be refused by load_authored only
    # after a file was written without it.
    spec = importlib.util.spec_from_file_location(
        "authored_tables", ROOT / "training/authored/tables.py"
    )
    assert spec is not None and spec.loader is not None
    sys.path.insert(0, str(ROOT / "training/authored"))  # tables imports evaluation_sets
    try:
        tables = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tables)
    finally:
        sys.path.remove(str(ROOT / "training/authored"))
    assert tuple(tables.CATEGORIES) == tuple(CATEGORIES)
