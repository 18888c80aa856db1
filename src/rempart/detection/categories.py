"""The harm categories Rempart detects, shared by the lexicon, the model and the detector."""

from __future__ import annotations

from typing import Final, Literal

CategoryName = Literal[
    "insult",
    "identity_hate",
    "threat",
    "sexual_harassment",
    "self_harm_incitement",
    "doxxing",
    "body_shaming",
    "exclusion",
]

#: The harm categories, in a fixed order (the model's output columns follow it).
CATEGORIES: Final[tuple[CategoryName, ...]] = (
    "insult",
    "identity_hate",
    "threat",
    "sexual_harassment",
    "self_harm_incitement",
    "doxxing",
    "body_shaming",
    "exclusion",
)

#: The overall score: the probability that a comment is hurtful in any way.
TOXICITY: Final = "toxicity"

#: Every head the detector reports: the categories plus the overall score.
ALL_HEADS: Final[tuple[str, ...]] = (*CATEGORIES, TOXICITY)
