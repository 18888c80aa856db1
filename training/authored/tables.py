"""What the hand-written table generators share (gen_fr_replies*.py, gen_fr_short_*.py).

Standard library only, imported by the generators beside it (a script's folder is on its import
path). A generator holds its rows as literal tables: one line per row, harmless lines as "text",
attacks as "text | label1 label2"; this module turns them into CSV rows and writes them.
"""

import csv
import random
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from evaluation_sets import evaluation_texts, text_key, texts_of

#: The detector's categories, in its order (rempart.detection.categories; generators do not
#: import Rempart).
CATEGORIES = (
    "insult",
    "identity_hate",
    "threat",
    "sexual_harassment",
    "self_harm_incitement",
    "doxxing",
    "body_shaming",
    "exclusion",
)
HEADER = ["text", "lang", "labels", "kind", "register"]

Entry = tuple[str, str, str]  # (text, labels, kind)


def lines(block: str) -> list[str]:
    """One phrase per non-empty line of a table block."""
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


def canonical(labels: str) -> str:
    """Labels in the fixed category order, each once, space-separated."""
    wanted = set(labels.split())
    return " ".join(c for c in CATEGORIES if c in wanted)


def attack(line: str) -> tuple[str, str]:
    """(text, canonical labels) of one "text | labels" line."""
    text, _, labels = line.rpartition("|")
    assert text.strip() and set(labels.split()) <= set(CATEGORIES), line
    return text.strip(), canonical(labels)


def entries(tables: Iterable[tuple[str, str, str]]) -> list[Entry]:
    """Every line of (hard negatives, neutral lines, attacks) blocks, in table order."""
    out: list[Entry] = []
    for hard, neutral, attacks in tables:
        out += [(t, "", "hard_negative") for t in lines(hard)]
        out += [(t, "", "neutral") for t in lines(neutral)]
        out += [(*attack(line), "attack") for line in lines(attacks)]
    return out


def check(table: list[Entry]) -> None:
    """Every attack is labelled, no text holds a separator, no two lines are the same text."""
    for text, labels, kind in table:
        assert text and "|" not in text, text
        if kind == "attack":
            assert labels and set(labels.split()) <= set(CATEGORIES), (text, labels)
    keys = [text_key(text) for text, _, _ in table]
    repeated = sorted(k for k, n in Counter(keys).items() if n > 1)
    assert not repeated, f"duplicate table lines: {repeated}"


def plain(text: str) -> str:
    """The one surface variant some files add: all lowercase and accents dropped."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def excluded_texts(out: Path) -> set[str]:
    """Keys of the evaluation sets and of every other authored CSV: never repeated in `out`."""
    others = sorted(p for p in out.parent.glob("*.csv") if p.name != out.name)
    return evaluation_texts() | texts_of(others)


def rows_of(
    table: list[Entry],
    *,
    out: Path,
    register: str,
    variants: tuple[random.Random, float] | None = None,
) -> tuple[list[list[str]], Counter[str]]:
    """CSV rows (text, lang, labels, kind, register) and how many the overlap check dropped.
    With `variants` (rng, share), each line draws once, on both sides of the label alike, for
    an extra plain() copy."""
    excluded = excluded_texts(out)
    seen: set[str] = set()
    dropped: Counter[str] = Counter()
    rows: list[list[str]] = []
    for text, labels, kind in table:
        candidates = [text]
        if variants is not None and variants[0].random() < variants[1]:
            candidates.append(plain(text))
        for candidate in candidates:
            key = text_key(candidate)
            if key in seen:
                continue
            seen.add(key)
            if key in excluded:
                dropped[kind] += 1
                continue
            rows.append([candidate, "fr", labels, kind, register])
    return rows, dropped


def write(out: Path, table: list[Entry], rows: list[list[str]], dropped: Counter[str]) -> None:
    """Write the CSV and print what it holds."""
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {out.name}")
    print("table lines:", dict(Counter(kind for _, _, kind in table)), "total", len(table))
    print("kind:", dict(Counter(r[3] for r in rows)))
    print("labels:", dict(Counter(lab for r in rows for lab in r[2].split()).most_common()))
    print(f"attack share: {sum(r[3] == 'attack' for r in rows) / len(rows):.1%}")
    print("dropped by the overlap check:", dict(dropped), "total", sum(dropped.values()))


def write_short(
    blocks: Iterable[tuple[str, str, str]], *, out: Path, register: str, min_words: int = 5
) -> None:
    """The fr_short_* files: one-line messages of `min_words` to 25 words with no link, handle or
    line break (the shape of the short forum messages they train for), no variants."""
    table = entries(blocks)
    check(table)
    for text, _, _ in table:
        assert "\n" not in text and "http" not in text and "@" not in text, text
        assert min_words <= len(text.split()) <= 25, (len(text.split()), text)
    rows, dropped = rows_of(table, out=out, register=register)
    write(out, table, rows, dropped)


def write_varied(table: list[Entry], *, out: Path, register: str, seed: int, share: float) -> None:
    """The fr_replies* files: the table lines, plus a plain() copy of about `share` of them."""
    check(table)
    rows, dropped = rows_of(table, out=out, register=register, variants=(random.Random(seed), share))
    write(out, table, rows, dropped)
