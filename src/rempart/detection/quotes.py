"""Quoted lines in a reply: what someone else wrote is not the author's own words.

Forums, mail and Markdown quote with lines that start with ">", often under a header such as
"Le 3 mars à 21:14 Pseudo a écrit :" or "Bob wrote:". A reply that quotes a slur in order to
answer it is counter-speech, and a reply that quotes a harmless question and then insults its
author is an attack: in both cases the reply decides. The detector therefore reads the author's
own lines only, unless the comment is nothing but a quote.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["own_words"]

_QUOTED: Final = re.compile(r"^[ \t]*>")
# The line that announces a quote: "… a écrit :", "… wrote:", "Citation de …", "Quote from …",
# or a forum's bare timestamp "Le 12 février 2024 à 14:05:33 :".
_HEADER: Final = re.compile(
    r"(?:\ba\s+[ée]crit|\bwrote|^\s*(?:citation|quote)\b[^\n]*"
    r"|^\s*le\s+\d{1,2}\s+\w+\.?(?:\s+\d{4})?\s+[àa]\s+\d{1,2}[:h]\d{2}(?::\d{2})?)\s*:?\s*$",
    re.IGNORECASE,
)


def own_words(text: str) -> str:
    """The comment with quoted lines (and the header that announces them) blanked with spaces,
    so every character keeps its offset; the comment unchanged when nothing else would remain."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    quoted = [bool(_QUOTED.match(line)) for line in lines]
    if not any(quoted):
        return text
    for i, line in enumerate(lines):
        if not quoted[i] and i + 1 < len(lines) and quoted[i + 1] and _HEADER.search(line):
            quoted[i] = True
    if all(q or not line.strip() for q, line in zip(quoted, lines, strict=True)):
        return text
    return "\n".join(" " * len(line) if q else line for q, line in zip(quoted, lines, strict=True))
