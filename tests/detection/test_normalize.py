"""normalize(): de-obfuscation, and offsets that always lead back to the original text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rempart.detection.normalize import NormalizedText, normalize

ZERO_WIDTH_AND_BIDI = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width, soft hyphen
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi controls
)
COMBINING = "".join(chr(c) for c in range(0x300, 0x370))
RTL = "مرحبا بالعالم שלום עולם"
EMOJI = "🐷🤡🔪🖕🐒🦍🤮🪦💀😀👍🏽👨‍👩‍👧🏳️‍🌈🇫🇷❤️卐卍ϟᛋ"
LOOKALIKES = "асеорхуіјѕАВЕКМНОРСТХαεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΧ𝐜𝐨𝐧ｃｏｎ🅐🅰ᴀʙᴄ"
OBFUSCATION = "0134579@$€!|.-_* ()"
nasty_text = st.text(
    alphabet=st.sampled_from(
        ZERO_WIDTH_AND_BIDI + COMBINING + RTL + EMOJI + LOOKALIKES + OBFUSCATION + "abcdeilnostu'"
    ),
    max_size=80,
)


def check_invariants(norm: NormalizedText) -> None:
    offs = norm.offsets
    assert len(offs) == len(norm.text) + 1
    assert offs[-1] == len(norm.original)
    assert all(a <= b for a, b in pairwise(offs))
    assert all(0 <= o < len(norm.original) for o in offs[:-1])


def check_span(norm: NormalizedText, start: int, end: int) -> None:
    a, b = norm.to_original(start, end)
    assert 0 <= a <= b <= len(norm.original)
    if end > start:
        assert b > a, "a non-empty span covers at least one original character"


@given(st.text())
def test_any_text_keeps_offsets_valid(text: str) -> None:
    check_invariants(normalize(text))


@given(nasty_text)
def test_obfuscated_text_keeps_offsets_valid(text: str) -> None:
    check_invariants(normalize(text))


@settings(max_examples=200)
@given(nasty_text, st.data())
def test_to_original_always_returns_a_valid_slice(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    start = data.draw(st.integers(0, len(norm.text)))
    end = data.draw(st.integers(start, len(norm.text)))
    check_span(norm, start, end)


@given(nasty_text)
def test_no_invisible_or_combining_character_survives(text: str) -> None:
    out = normalize(text).text
    assert not set(out) & set(ZERO_WIDTH_AND_BIDI + COMBINING)
    assert out == out.casefold() or not out.isascii()


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("SALOPE", "salope"),
        ("Enculé", "encule"),
        ("enculé", "encule"),
        ("e\u0301ncule\u0301", "encule"),  # combining accents
        ("con\u200bnard", "connard"),  # zero-width space
        ("\u202econnard\u202c", "connard"),  # bidi override
        ("сonnаrd", "connard"),  # Cyrillic с and а
        ("ΚΙLL", "kill"),  # Greek capitals
        ("ｃｏｎｎａｒｄ", "connard"),  # full width
        ("𝐜𝐨𝐧𝐧𝐚𝐫𝐝", "connard"),  # mathematical bold
        ("3ncul3", "encule"),
        ("c0nn4rd", "connard"),
        ("$alope", "salope"),
        ("sa1ope", "salope"),
        ("1diot", "idiot"),
        ("nu11e", "nulle"),
        ("nuuuulle", "nulle"),
        ("b a t a r d", "batard"),
        ("c.o.n.n.e", "conne"),
        ("s-a-l-o-p-e", "salope"),
        ("œil", "oeil"),
        ("t’es", "t'es"),
    ],
)
def test_obfuscations_are_undone(typed: str, meant: str) -> None:
    assert normalize(typed).text == meant


@pytest.mark.parametrize("number", ["1488", "2024", "88", "14", "06 12 34 56 78"])
def test_numbers_stay_numbers(number: str) -> None:
    assert normalize(number).text == number


def test_leetspeak_leaves_mentions_and_glued_numbers_alone() -> None:
    assert normalize("@marie").text == "@marie"
    assert normalize("jean92").text == "jean92"
    assert normalize("super!!!").text == "super!!!"


def test_two_letters_in_a_row_are_kept() -> None:
    # "cool", "connard" keep their double letters; only runs of three or more are squeezed.
    assert normalize("cool connard").text == "cool connard"
    assert normalize("mdrrrrr").text == "mdr"


def test_ordinary_single_letter_words_are_not_joined() -> None:
    assert normalize("il y a un chat").text == "il y a un chat"


@pytest.mark.parametrize(
    ("sms", "expansion"),
    [
        ("ntm", "nique ta mere"),
        ("fdp", "fils de pute"),
        ("tg", "ta gueule"),
        ("ptn", "putain"),
        ("vtff", "va te faire foutre"),
        ("kys", "kill yourself"),
    ],
)
def test_sms_insults_are_expanded(sms: str, expansion: str) -> None:
    norm = normalize(f"oh {sms}!")
    assert norm.text == f"oh {expansion}!"
    start = norm.text.index(expansion)
    assert norm.to_original(start, start + len(expansion)) == (3, 3 + len(sms))


@pytest.mark.parametrize("harmless", ["mdr", "ptdr", "tmtc", "jpp", "lol"])
def test_harmless_sms_forms_stay(harmless: str) -> None:
    assert normalize(harmless).text == harmless


def test_sms_forms_inside_words_stay() -> None:
    assert normalize("stgermain").text == "stgermain"


@pytest.mark.parametrize(
    ("emoji", "word"),
    [
        ("🐷", "cochon"),
        ("🤡", "clown"),
        ("🔪", "couteau"),
        ("🖕", "doigt d'honneur"),
        ("🐒", "singe"),
    ],
)
def test_emoji_become_words_that_point_back_to_the_emoji(emoji: str, word: str) -> None:
    norm = normalize(f"sale {emoji}")
    assert word in norm.text
    start = norm.text.index(word)
    assert norm.original[slice(*norm.to_original(start, start + len(word)))] == emoji


def test_emoji_with_variation_selector_and_skin_tone() -> None:
    assert "couteau" in normalize("🗡\ufe0f").text
    assert normalize("👍🏽").text == "👍"


@pytest.mark.parametrize(
    ("symbol", "token"),
    [("卐", "swastika"), ("ϟϟ", "ssrunes"), ("ᛋᛋ", "ssrunes"), ("(((Levy)))", "tripleparens")],
)
def test_hate_symbols_become_tokens(symbol: str, token: str) -> None:
    assert token in normalize(f"voilà {symbol}").text.split()


def test_spans_cover_the_obfuscated_original() -> None:
    norm = normalize("t'es un b a t a r d !")
    start = norm.text.index("batard")
    a, b = norm.to_original(start, start + 6)
    assert norm.original[a:b] == "b a t a r d"

    norm = normalize("nuuuulle")
    assert norm.to_original(0, len(norm.text)) == (0, 8)


def test_to_original_covers_whole_expanded_characters() -> None:
    norm = normalize("ﬁn")  # one ligature character, two letters
    assert norm.text == "fin"
    assert norm.to_original(0, 1) == (0, 1)
    assert norm.to_original(1, 2) == (0, 1)
    assert norm.to_original(2, 2) == (1, 1)


def test_to_original_clamps_out_of_range_spans() -> None:
    norm = normalize("abc")
    assert norm.to_original(-5, 99) == (0, 3)
    assert norm.to_original(2, 1) == (2, 2)


def test_empty_text() -> None:
    norm = normalize("")
    assert norm.text == ""
    assert norm.offsets == (0,)
    assert norm.to_original(0, 0) == (0, 0)


@pytest.mark.parametrize(
    ("typed", "site"),
    [
        (
            "https://image.noelshack.com/fichiers/2017/39/3/1506524542-ruth-perplexe.png",
            "noelshack",
        ),
        ("www.instagram.com/marie_lyon92", "instagram"),
        ("HTTP://t.co/AbC12", "t"),
        ("https://user:pw@sub.example.co.uk:8080/a?b=1", "example"),
        ("https://www.service-public.gouv.fr/particuliers", "service-public"),
    ],
)
def test_links_become_their_site_name(typed: str, site: str) -> None:
    norm = normalize(f"regarde {typed} mdr")
    check_invariants(norm)
    assert norm.text.split() == ["regarde", site, "mdr"]
    start = norm.text.index(site)
    assert norm.to_original(start, start + len(site)) == (8, 8 + len(typed))
    # The digits of a link's path are not read as a phone number or anything else.
    assert not any(ch.isdigit() for ch in normalize(typed).text)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ayaa [[sticker:p/1kkr]] [[sticker:p/1lmh]]", ["ayaa"]),
        ("sale con[[sticker:p/1kki]] ok", ["sale", "con", "ok"]),
        ("[[STICKER:P/1KKN]]", []),
        ("[[sticker:]] [[sticker:a b]]", ["[[sticker:]]", "[[sticker:a", "b]]"]),  # not codes
    ],
)
def test_forum_sticker_codes_read_as_spaces(typed: str, expected: list[str]) -> None:
    norm = normalize(typed)
    check_invariants(norm)
    assert norm.text.split() == expected
    assert not any(ch.isdigit() for ch in norm.text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="[]stickerp:/1k ", max_size=60))
def test_sticker_like_text_keeps_offsets_valid(text: str) -> None:
    check_invariants(normalize(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="htps:/w.ab0123456789-_?=&@ ", max_size=60))
def test_link_like_text_keeps_offsets_valid(text: str) -> None:
    check_invariants(normalize(text))
