"""Lexicon: every category in French and English, through obfuscation, without false hits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rempart.detection.categories import CATEGORIES
from rempart.detection.lexicon import Lexicon, LexiconEntry, LexiconHit, parse_entries
from rempart.detection.normalize import normalize


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.default()


def hits_of(
    lexicon: Lexicon, text: str, category: str, lang: str | None = None
) -> list[LexiconHit]:
    return [h for h in lexicon.find(text, lang=lang) if h.category == category]


def covered(text: str, hit: LexiconHit) -> str:
    return text[hit.start : hit.end]


# (category, lang, comment, the part of the comment the hit must cover)
ATTACKS = [
    ("insult", "fr", "t'es qu'un connard", "connard"),
    ("insult", "fr", "ferme ta gueule sale bouffon", "ta gueule"),
    ("insult", "fr", "ntm", "ntm"),
    ("insult", "en", "you are a worthless piece of shit", "piece of shit"),
    ("insult", "en", "shut up you dumb bitch", "dumb bitch"),
    ("identity_hate", "fr", "sale bougnoule rentre dans ton pays", "bougnoule"),
    ("identity_hate", "fr", "les pd comme toi", "pd"),
    ("identity_hate", "en", "go back to your country", "go back to your country"),
    ("identity_hate", "en", "shut up faggot", "faggot"),
    ("threat", "fr", "je vais te tuer", "vais te tuer"),
    ("threat", "fr", "on va te retrouver et te faire la peau", "on va te retrouver"),
    ("threat", "en", "I'm gonna stab you", "gonna stab you"),
    ("threat", "en", "you're dead, watch your back", "you're dead"),
    ("sexual_harassment", "fr", "envoie des nudes stp", "envoie des nudes"),
    ("sexual_harassment", "fr", "montre tes seins", "montre tes seins"),
    ("sexual_harassment", "en", "send nudes or else", "send nudes"),
    ("sexual_harassment", "en", "suck my dick", "suck my dick"),
    ("self_harm_incitement", "fr", "va te pendre", "va te pendre"),
    ("self_harm_incitement", "fr", "personne ne te regrettera", "personne ne te regrettera"),
    ("self_harm_incitement", "en", "just kill yourself", "kill yourself"),
    ("self_harm_incitement", "en", "kys", "kys"),
    ("doxxing", "fr", "je sais où tu habites", "je sais où tu habites"),
    ("doxxing", "fr", "voici son adresse : 12 rue Victor Hugo", "voici son adresse"),
    ("doxxing", "en", "i know where you live", "i know where you live"),
    ("doxxing", "en", "here's her address lol", "here's her address"),
    ("body_shaming", "fr", "t'es grosse", "t'es grosse"),
    ("body_shaming", "fr", "grosse vache", "grosse vache"),
    ("body_shaming", "en", "you're so fat", "so fat"),
    ("body_shaming", "en", "fat cow", "fat cow"),
    ("exclusion", "fr", "personne ne lui parle", "personne ne lui parle"),
    ("exclusion", "fr", "on veut pas de toi ici", "on veut pas de toi"),
    ("exclusion", "en", "nobody likes you", "nobody likes you"),
    ("exclusion", "en", "don't invite her to the party", "don't invite her"),
]


@pytest.mark.parametrize(("category", "lang", "comment", "part"), ATTACKS)
def test_every_category_hits_in_french_and_english(
    lexicon: Lexicon, category: str, lang: str, comment: str, part: str
) -> None:
    hits = hits_of(lexicon, comment, category, lang=lang)
    assert hits, f"no {category} hit in {comment!r}"
    assert any(part in covered(comment, h) for h in hits), [covered(comment, h) for h in hits]
    assert all(0 < h.severity <= 1 and h.lang in (lang, "any") for h in hits)


def test_attack_table_covers_every_category_in_both_languages() -> None:
    assert {(c, lang) for c, lang, _, _ in ATTACKS} == {
        (c, lg) for c in CATEGORIES for lg in ("fr", "en")
    }


# (category, lang, obfuscated comment, the original text the hit must cover exactly)
OBFUSCATED = [
    ("insult", "fr", "t'es un b a t a r d", "b a t a r d"),
    ("insult", "fr", "3ncul3", "3ncul3"),
    ("insult", "fr", "c0nn4rd va", "c0nn4rd"),
    ("insult", "fr", "t'es nuuuulle", "t'es nuuuulle"),
    ("insult", "fr", "sale сonnаrd", "сonnаrd"),  # Cyrillic с and а
    ("insult", "fr", "s-a-l-o-p-e", "s-a-l-o-p-e"),
    ("insult", "fr", "con\u200bnard", "con\u200bnard"),
    ("insult", "fr", "ｃｏｎｎａｒｄ", "ｃｏｎｎａｒｄ"),
    ("insult", "fr", "cοnnаsse", "cοnnаsse"),  # Greek ο, Cyrillic а
    ("insult", "en", "motherfuuuucker", "motherfuuuucker"),
    ("insult", "en", "you dumb b1tch", "dumb b1tch"),
    ("identity_hate", "fr", "sale b0ugn0ule", "sale b0ugn0ule"),
    ("identity_hate", "en", "f@gg0t", "f@gg0t"),
    ("threat", "fr", "je vais te tu3r", "vais te tu3r"),
    ("threat", "en", "i'll k1ll you", "ll k1ll you"),
    ("sexual_harassment", "fr", "envoie d3s nud3s", "envoie d3s nud3s"),
    ("sexual_harassment", "en", "s3nd nud3s", "s3nd nud3s"),
    ("self_harm_incitement", "fr", "va te p e n d r e", "va te p e n d r e"),
    ("self_harm_incitement", "en", "k i l l yourself", "k i l l yourself"),
    ("doxxing", "fr", "je s4is où tu h4bites", "je s4is où tu h4bites"),
    ("doxxing", "en", "i kn0w where you l1ve", "i kn0w where you l1ve"),
    ("body_shaming", "fr", "gr0sse v4che", "gr0sse v4che"),
    ("body_shaming", "en", "f4t c0w", "f4t c0w"),
    ("exclusion", "fr", "p e r s o n n e ne t'aime", "p e r s o n n e ne t'aime"),
    ("exclusion", "en", "n0b0dy likes you", "n0b0dy likes you"),
]


@pytest.mark.parametrize(("category", "lang", "comment", "span"), OBFUSCATED)
def test_obfuscated_forms_hit_with_spans_on_the_original(
    lexicon: Lexicon, category: str, lang: str, comment: str, span: str
) -> None:
    hits = hits_of(lexicon, comment, category, lang=lang)
    assert span in [covered(comment, h) for h in hits], [covered(comment, h) for h in hits]


def test_obfuscation_table_covers_every_category_in_both_languages() -> None:
    expected = {(c, lg) for c in CATEGORIES for lg in ("fr", "en")}
    assert {(c, lang) for c, lang, _, _ in OBFUSCATED} == expected


@pytest.mark.parametrize(
    ("comment", "category", "span"),
    [
        ("🐷", "insult", "🐷"),
        ("🖕🖕", "insult", "🖕"),
        ("🔪🔪 bientôt", "threat", "🔪"),
        ("t'es un 🤡", "insult", "🤡"),
        ("🐒🐒🐒", "identity_hate", "🐒"),
        ("1488", "identity_hate", "1488"),
        ("卐", "identity_hate", "卐"),
        ("ϟϟ", "identity_hate", "ϟϟ"),
        ("(((Levy)))", "identity_hate", "((("),
    ],
)
def test_symbols_and_emoji_hit_in_any_language(
    lexicon: Lexicon, comment: str, category: str, span: str
) -> None:
    for lang in ("fr", "en", None):
        hits = hits_of(lexicon, comment, category, lang=lang)
        assert span in [covered(comment, h) for h in hits]
        assert all(h.lang == "any" for h in hits)


def test_emoji_reads_as_its_word_next_to_a_person(lexicon: Lexicon) -> None:
    hits = hits_of(lexicon, "sale 🐷", "insult")
    assert any(h.term == "sale cochon" for h in hits)


HARD_NEGATIVES = [
    "putain que c'est beau",
    "j'ai mis ma salopette pour peindre",
    "arrête de te disputer avec ta sœur",
    "merci pour le conseil",
    "le bitume est chaud",
    "mon assurance a tout remboursé",
    "il habite à côté de l'école",
    "le calcul est juste",
    "the cocktail bar in Scunthorpe",
    "my therapist helped a lot",
    "the assassin's creed game",
    "une grosse voiture",
    "j'ai un gros rhume",
    "il y a un chat",
    "en 2024 j'avais 14 ans",
    "mdr ptdr jpp tmtc",
    "il faut signaler et bloquer le harcèlement",
    "I want to lose weight before summer",
    "a pink pig at the farm",
    "ce film est nul",
    "my dog is so cute",
    "le thon en boîte",
    "I'm late, en retard comme d'habitude",
    "elle est victime de harcèlement",
    "tu vas manger quoi ce soir ?",
    "quelqu'un m'a écrit de me tuer, qu'est-ce que je dois faire ?",
    "leave her alone, this is bullying",
    "someone told me to kill myself, what should I do?",
    "mon adresse e-mail a changé",
]


@pytest.mark.parametrize("comment", HARD_NEGATIVES)
def test_ordinary_text_has_no_serious_hit(lexicon: Lexicon, comment: str) -> None:
    serious = [h for h in lexicon.find(comment) if h.severity >= 0.3]
    assert not serious, [(covered(comment, h), h.category, h.term) for h in serious]


@pytest.mark.parametrize("word", ["salopette", "disputer", "conseil", "bitume", "assurance"])
def test_insults_inside_ordinary_words_do_not_hit(lexicon: Lexicon, word: str) -> None:
    assert lexicon.find(word) == []
    assert lexicon.find(f"Ma {word.upper()}!") == []


def test_profanity_without_a_target_is_at_most_mild(lexicon: Lexicon) -> None:
    hits = lexicon.find("putain que c'est beau", lang="fr")
    assert all(h.category == "insult" and h.severity <= 0.2 for h in hits)
    hits = lexicon.find("holy shit this is amazing", lang="en")
    assert all(h.severity <= 0.2 for h in hits)


def test_target_words_decide_for_person_entries(lexicon: Lexicon) -> None:
    assert not hits_of(lexicon, "une grosse voiture", "body_shaming")
    assert hits_of(lexicon, "t'es vraiment trop grosse", "body_shaming")
    assert hits_of(lexicon, "@marie grosse", "body_shaming")
    assert not hits_of(lexicon, "c'est con", "insult")
    assert hits_of(lexicon, "t'es con", "insult")
    assert not hits_of(lexicon, "that's ugly", "body_shaming")
    assert hits_of(lexicon, "you are ugly", "body_shaming")


def test_forum_register_insults_and_death_wishes(lexicon: Lexicon) -> None:
    assert hits_of(lexicon, "quel sous-homme ce type", "insult")
    assert hits_of(lexicon, "la tchoin du topic", "insult")
    assert hits_of(lexicon, "cette sous-race", "identity_hate")
    assert hits_of(lexicon, "il mérite de crever", "threat")
    # A death wish needs someone to wish it on: a game or a law "deserves to die" is hyperbole.
    assert not hits_of(lexicon, "ce patch mérite de mourir", "threat")


def test_language_filter_keeps_neutral_hits(lexicon: Lexicon) -> None:
    assert not hits_of(lexicon, "kill yourself", "self_harm_incitement", lang="fr")
    assert hits_of(lexicon, "kill yourself", "self_harm_incitement", lang="en")
    assert not hits_of(lexicon, "va te pendre", "self_harm_incitement", lang="en")


def test_a_longer_phrase_absorbs_the_words_inside_it(lexicon: Lexicon) -> None:
    text = "nique ta mère"
    insults = hits_of(lexicon, text, "insult")
    assert [covered(text, h) for h in insults] == ["nique ta mère"]


def test_normalised_text_can_be_passed_in(lexicon: Lexicon) -> None:
    norm = normalize("t'es un c0nnard")
    assert lexicon.find(norm) == lexicon.find("t'es un c0nnard")


def test_ad_hoc_keywords_match_through_normalisation() -> None:
    custom = Lexicon.from_entries(
        [LexiconEntry("nul", "insult", 0.5), LexiconEntry("spoil*", "insult", 0.2)]
    )
    hit = custom.find("t'es n u l")
    assert [(h.start, h.end, h.term) for h in hit] == [(5, 10, "nul")]
    assert [h.term for h in custom.find("SPOILERS!!")] == ["spoil*"]
    assert custom.find("nullement") == []


def test_allowlist_protects_words_from_wildcards() -> None:
    entries = [LexiconEntry("con*", "insult", 0.5)]
    assert Lexicon.from_entries(entries).find("un conseil") == []
    assert Lexicon.from_entries(entries, default_allow=False).find("un conseil")
    assert Lexicon.from_entries(entries, allow=["connasse"]).find("connasse") == []
    assert Lexicon.from_entries(entries).find("connasse")


def test_leading_wildcard_matches_compounds() -> None:
    lex = Lexicon.from_entries([LexiconEntry("*fucker", "insult", 0.8)])
    assert [covered("motherfucker!", h) for h in lex.find("motherfucker!")] == ["motherfucker"]


def test_empty_lexicon_finds_nothing() -> None:
    assert Lexicon.from_entries([]).find("connard") == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"category": "rudeness"}, "unknown category"),
        ({"severity": 1.5}, "severity"),
        ({"lang": "de"}, "lang"),
        ({"term": " * "}, "empty"),
    ],
)
def test_bad_entries_are_refused(kwargs: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"term": "x", "category": "insult", "severity": 0.5, "lang": "fr"}
    fields.update(kwargs)
    with pytest.raises(ValueError, match=message):
        LexiconEntry(**fields)  # type: ignore[arg-type]


def test_packaged_lexicon_is_large_and_covers_every_category() -> None:
    entries = parse_entries()
    for lang in ("fr", "en"):
        mine = [e for e in entries if e.lang == lang]
        assert len(mine) >= 300
        assert {e.category for e in mine} == set(CATEGORIES)
    assert len(Lexicon.default()) == len(entries)
    assert Lexicon.default() is Lexicon.default()


@settings(max_examples=150)
@given(st.text(max_size=120))
def test_hits_are_valid_spans_of_any_text(text: str) -> None:
    for hit in Lexicon.default().find(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.category in CATEGORIES


def test_a_creators_keywords_match_obfuscated_comments() -> None:
    keywords = Lexicon.from_entries(LexiconEntry(t, "insult", 0.9) for t in ["spoiler", "nul"])
    hits = keywords.find("SP0ILER : t'es n.u.l")
    assert [(h.term, h.severity, h.category) for h in hits] == [
        ("spoiler", 0.9, "insult"),
        ("nul", 0.9, "insult"),
    ]


@pytest.mark.parametrize(
    ("comment", "span"),
    [
        ("voilà son 06 : 06 12 34 56 78", "06 12 34 56 78"),
        ("appelle le +33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("call her at (555) 123-4567", "(555) 123-4567"),
        ("elle habite au 12 bis rue Victor Hugo", "12 bis rue Victor"),
        ("she lives at 44 Elm Street", "44 Elm Street"),
    ],
)
def test_phone_numbers_and_street_addresses_are_doxxing(
    lexicon: Lexicon, comment: str, span: str
) -> None:
    assert span in [covered(comment, h) for h in hits_of(lexicon, comment, "doxxing")]


@pytest.mark.parametrize(
    "comment",
    [
        "en 2024 j'avais 14 ans et 1500 euros",
        "score 3 - 2 le 12 mars",
        "I ate 3 pizzas on main street",
    ],
)
def test_ordinary_numbers_are_not_personal_data(lexicon: Lexicon, comment: str) -> None:
    assert not hits_of(lexicon, comment, "doxxing")


@pytest.mark.parametrize(
    ("comment", "lang"),
    [
        ("les musulmans sont une plaie, dehors", "fr"),
        ("les migrants sont des rats", "fr"),
        ("immigrants are rats infesting our cities", "en"),
        ("gay people are disgusting freaks", "en"),
    ],
)
def test_hateful_generalisations_about_a_group(lexicon: Lexicon, comment: str, lang: str) -> None:
    assert hits_of(lexicon, comment, "identity_hate", lang=lang)


@pytest.mark.parametrize(
    "comment",
    ["je respecte les musulmans et leur foi", "les femmes sont fortes", "I'm a proud gay man"],
)
def test_identity_words_alone_are_not_hate(lexicon: Lexicon, comment: str) -> None:
    assert not hits_of(lexicon, comment, "identity_hate")


def test_game_banter_is_a_weaker_threat_than_a_death_threat(lexicon: Lexicon) -> None:
    banter = max(h.severity for h in hits_of(lexicon, "je vais t'éclater au foot demain", "threat"))
    death = max(h.severity for h in hits_of(lexicon, "je vais te tuer", "threat"))
    assert banter < 0.5 < death
