"""Quoted lines are someone else's words: the reply decides (rempart.detection.quotes)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rempart.detection.detector import NUDGE_THRESHOLD, Detector
from rempart.detection.quotes import own_words

HATEFUL_QUOTE = (
    "Le 3 mars à 21:14 Krokmou a écrit :\n> les arabes c'est tous des voleurs, sale race\n\n"
)


def test_quoted_lines_and_their_header_are_blanked_in_place() -> None:
    text = "Bob wrote:\n> you idiot\n\nPlease be kind."
    own = own_words(text)
    assert len(own) == len(text)
    assert own.split() == ["Please", "be", "kind."]
    assert own.index("Please") == text.index("Please")


def test_a_bare_forum_timestamp_header_is_blanked_with_its_quote() -> None:
    for header in ("Le 12 février 2024 à 14:05:33 :", "le 3 mars à 21h14", "Le 1 janv. 2025 a 9:05 :"):
        text = f"{header}\n> t'es nul\nnon merci"
        assert own_words(text).split() == ["non", "merci"], header
    # Only a header when a quote follows it: a reply that starts with a date is the author's.
    dated = "Le 12 février 2024 à 14:05:33 :\nJ'ai eu mon permis"
    assert own_words(dated) == dated


def test_a_comment_that_is_only_a_quote_is_kept() -> None:
    assert own_words("> you idiot") == "> you idiot"
    assert own_words("Bob wrote:\n> you idiot\n\n") == "Bob wrote:\n> you idiot\n\n"


def test_text_without_quote_lines_is_unchanged() -> None:
    for text in ("2 > 1 et alors", "a écrit : rien", "-> voir plus haut", ""):
        assert own_words(text) == text


@given(st.text(alphabet="> \nab:écritwro", max_size=60))
def test_own_words_keeps_every_offset(text: str) -> None:
    own = own_words(text)
    assert len(own) == len(text)
    assert all(a == b or a == " " for a, b in zip(own, text, strict=True))


def test_counter_speech_quoting_hate_is_judged_on_the_reply() -> None:
    detector = Detector.default()
    reply = "Non, généraliser comme ça c'est du racisme, point."
    assessment = detector.score(HATEFUL_QUOTE + reply)
    assert assessment.toxicity == detector.score(reply).toxicity
    assert assessment.toxicity < NUDGE_THRESHOLD
    assert assessment.spans == ()
    # The same words typed as the author's own are an attack.
    assert detector.score(HATEFUL_QUOTE.replace("> ", "")).toxicity >= NUDGE_THRESHOLD


def test_an_attack_under_a_harmless_quote_is_flagged_on_the_reply() -> None:
    detector = Detector.default()
    text = "Lucie a écrit :\n> je cherche des conseils muscu\n\nT'es qu'une grosse vache, ferme-la"
    assessment = detector.score(text)
    assert assessment.toxicity >= NUDGE_THRESHOLD
    assert assessment.spans
    assert all(span.start >= text.index("T'es") for span in assessment.spans)
