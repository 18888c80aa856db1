"""What the authored generators must never write: the rows of the evaluation sets.

Standard library only, imported by the generators beside it (a script's folder is on its import
path). Texts compare case- and space-insensitively, as tests/detection/test_training_data.py does.
"""

import csv
from collections.abc import Iterable
from pathlib import Path

BENCH_DATA = Path(__file__).resolve().parents[2] / "bench" / "data"


def text_key(text: str) -> str:
    """The form in which two texts count as the same row."""
    return " ".join(text.lower().split())


def texts_of(paths: Iterable[Path]) -> set[str]:
    """The keys of every `text` in these CSV files."""
    keys: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            keys |= {text_key(row["text"]) for row in csv.DictReader(fh)}
    return keys


def evaluation_texts() -> set[str]:
    """The keys of the evaluation sets' texts (bench/data/*.csv)."""
    return texts_of(sorted(BENCH_DATA.glob("*.csv")))
