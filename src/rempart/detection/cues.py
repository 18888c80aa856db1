"""Dense cue features: who is addressed, lexicon hits, counter-speech, help-seeking, warmth,
protected groups (also misspelt)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Final

from rempart.detection.categories import CATEGORIES


def _words(*groups: str) -> re.Pattern[str]:
    """A regex matching any of the given phrases as whole words (phrases may span words)."""
    phrases = sorted({p.strip() for g in groups for p in g.split("|") if p.strip()}, key=len)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in reversed(phrases))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


# Cues the model cannot easily assemble from n-grams alone: who is addressed, whether the
# writer is defending someone, asking for help, joking, or reporting what others said.
# They are learnt from the authored data (their weights come from training, not from here).
_SECOND_PERSON: Final = _words(
    "tu|t|te|toi|ton|ta|tes|vous|vos|votre|t'es|t'as|t'es|toi meme|ta gueule|ferme la",
    "you|your|ur|u|youre|you're|yourself|urself|ya|yo mama|thou",
)
_THIRD_PERSON: Final = _words(
    "il|elle|lui|ils|elles|leur|eux|cette meuf|ce mec|cette fille|ce gars",
    "he|she|him|her|they|them|his|hers|this guy|that girl",
)
_FIRST_PERSON: Final = _words(
    "je|j|moi|me|m|mon|ma|mes|moi meme|on m|chui|chuis|jsuis|jsp",
    "i|im|i'm|me|my|myself|mine",
)
_COUNTER: Final = _words(
    "harcelement|harceler|harcele|harcelee|laisse la tranquille|laissez la tranquille",
    "laisse le tranquille|laissez le tranquille|laissez les tranquilles|arretez|arrete",
    "stop|c'est pas ok|c'est pas cool|pas normal|inacceptable|honte a vous|signalez",
    "c'est raciste|c'est homophobe|c'est sexiste|respectez|soutien|courage a elle",
    "harassment|bullying|leave her alone|leave him alone|leave them alone|not okay|not ok",
    "not cool|that's racist|thats racist|unacceptable|report him|report her|shame on you",
    "stand with|support|be kind|no one deserves|personne ne merite",
    "c'est faux|faux de dire|cliche|prejuge|prejuges|stereotype|stereotypes|refuse de croire",
    "n'ont pas a|n ont pas a|c'est aussi leur pays|racisme|homophobie|sexisme|transphobie",
    "antisemitisme|islamophobie|discours de haine|propos haineux|je cite|il a ose ecrire",
    "refuse to believe|it's wrong to|its wrong to|nonsense|racism|homophobia|sexism|bigotry",
    "bigoted|hate speech|transphobic|antisemitic|islamophobic|this is hateful|they belong here",
    "traiter de|traiter quelqu'un de|traiter les|traite de|traitent de|insulter les|s'opposer a",
    "violence contre|violences contre|haine contre|haine envers|agressions contre|discrimination",
    "discriminations|stand up against|speak out against|violence against|violence towards",
    "hate against|hate towards|attacks on|calling them|calling someone|call someone|called out",
    "dehumanising|dehumanizing|deshumaniser|deshumanisant|bigot|bigots|haineux|haineuse",
)
# Warmth towards someone or some group: the same group words and rough words read very
# differently in "on devrait célébrer les X" or "t'es con mdr je t'aime".
_POSITIVE: Final = _words(
    "j'adore|j'aime|je t'aime|jtm|je t'adore|love|loves|loved|adore|celebrer|celebrons|celebrate",
    "celebrating|respect|respecte|respectons|fier|fiere|fiers|fieres|proud|pride|fiertes|merci",
    "thank|thanks|bravo|welcome|bienvenue|bienvenus|bienvenues|formidable|formidables|genial",
    "geniale|geniaux|geniales|wonderful|amazing|brilliant|talented|talentueux|talentueuse|kind",
    "gentil|gentille|gentils|admire|admirable|beautiful|magnifique|magnifiques|inspiring",
    "inspirant|inspirante|grateful|reconnaissant|reconnaissante|deserve every|meritent toutes",
    "needs more|besoin de plus|mes amis|my friends|ma soeur de coeur|mon frere de coeur",
    "love sur toi|bisous|bisou|<3|on se voit demain|see you tomorrow|bestie|ma bff|my bff",
)
_AFFECTION_EMOJI: Final = re.compile(
    "[\u2764\U0001f495\U0001f496\U0001f497\U0001f618\U0001f970\U0001f917]"
)
# Mentions of protected groups (normalised, unaccented). Group words appear on both sides of
# the authored data; the interactions below let a linear head learn what surrounds them.
_GROUP: Final = re.compile(
    r"(?<!\w)(?:musulman\w*|juif\w*|juive\w*|noir(?:e|s|es)?|renoi\w*|arabe\w*|rebeu\w*|beurs?"
    r"|maghrebin\w*|africain\w*|asiatique\w*|asiats?|chinois\w*|roms?|gitan\w*|tsigane\w*"
    r"|migrant\w*|immigre\w*|refugie\w*|etranger\w*|femmes?|meufs?|gonzesses?|homos?|gays?"
    r"|lesbienne\w*|bisexuel\w*|trans|transgenre\w*|lgbt\w*|queers?|handicape\w*|autiste\w*"
    r"|trisomique\w*|chretien\w*|cathos?|hindou\w*|musulmane\w*|voilee\w*"
    r"|muslims?|jews?|jewish|blacks?|africans?|arabs?|asians?|mexicans?|latinos?|hispanics?"
    r"|immigrants?|refugees?|foreigners?|women|woman|females?|lesbians?|bisexuals?"
    r"|transgender\w*|disabled|autistic|christians?|hindus?|sikhs?|gypsies|gypsy|hijabis?)(?!\w)"
)
# Group words as typed with one letter dropped or two swapped ("muslms", "wmoen"), or glued to
# the next or previous word ("asianpeople", "jehais"): HateCheck-style spelling variants.
_GROUP_STEMS: Final = tuple(
    re.findall(
        r"\w+",
        """musulman musulmans musulmane musulmanes juifs juives arabes africains asiatiques chinois
    migrants immigres immigre refugies etrangers femmes homosexuels homosexuel lesbiennes lesbienne
    transgenres handicapes handicape autistes noirs noires gitans muslims muslim jewish blacks
    africans asians mexicans latinos immigrants refugees foreigners women woman females lesbians
    bisexuals transgender disabled autistic christians hindus gypsies homosexuals arabs""",
    )
)


def _typos(word: str) -> set[str]:
    out = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    return out - {word}


# Typos that are ordinary words, or group words already matched by _GROUP.
_NOT_TYPOS: Final = frozenset(
    re.findall(r"\w+", "woman women noirs ferme femme backs etranges noies nois handicap")
)
_GROUP_TYPOS: Final = (
    frozenset(t for w in _GROUP_STEMS if len(w) >= 5 for t in _typos(w) if len(t) >= 4)
    - frozenset(_GROUP_STEMS)
    - _NOT_TYPOS
)
_GLUE_STEMS: Final = (*(w for w in _GROUP_STEMS if len(w) >= 6), "asian", "jewish")
_STEM_SET: Final = frozenset(_GROUP_STEMS)
_GLUE_ARTICLES: Final = frozenset({"les", "des", "aux", "the"})
_LETTERS: Final = re.compile(r"[a-z]+")


def _fuzzy_group(low: str) -> float:
    """1.0 when a protected-group word appears misspelt or glued to a neighbouring word."""
    tokens = _LETTERS.findall(low)
    if not _GROUP_TYPOS.isdisjoint(tokens):
        return 1.0
    for tok in tokens:
        if len(tok) < 8:
            continue
        if tok[:3] in _GLUE_ARTICLES and tok[3:] in _STEM_SET:  # "lesjuifs", "theblacks"
            return 1.0
        glued = tok.startswith(_GLUE_STEMS) or tok.endswith(_GLUE_STEMS)
        if glued and len(tok) >= 9 and tok not in _STEM_SET:
            return 1.0
    return 0.0


_HELP: Final = _words(
    "qu'est ce que je dois faire|que dois je faire|je dois faire quoi|je fais quoi",
    "que faire|aidez moi|aide moi|besoin d'aide|comment reagir|a qui en parler|j'ai peur",
    "on m'a ecrit|on m'a dit|on m'a envoye|quelqu'un m'a|il m'a dit|elle m'a dit",
    "ils m'ont|je recois|je me fais|on me traite|m'a traite|m'ont traite",
    "what should i do|what do i do|help me|need help|someone told me|someone sent me",
    "someone wrote|they called me|he called me|she called me|i keep getting|people keep",
    "i'm scared|im scared|who can i talk to|how do i report",
)
_LAUGH: Final = _words(
    "mdr|mdrr|mdrrr|ptdr|ptdrr|lol|lool|mort de rire|jpp|haha|hahaha|hihi|xd|lmao|lmfao",
    "rofl|jk|just kidding|je rigole|jrigole|c'est pour rire|tkt|frero|frerot|mon reuf",
    "bro|mate|dude|gg|rematch|au foot|match|partie|game",
)
_NEGATION: Final = _words(
    "ne|n|pas|jamais|aucun|aucune|personne ne|rien|not|never|no|don't|dont|doesn't|isn't",
    "aren't|wasn't|nobody|nothing|without|sans",
)
_LAUGH_EMOJI: Final = re.compile("[\U0001f602\U0001f923\U0001f606\U0001f61c\U0001f61d]")
_QUOTE: Final = re.compile(r"[«»\"“”]")
_DIGITS: Final = re.compile(r"\d")

#: Names of the dense (non-hashed) features, in column order; stored in the artifact.
DENSE_FEATURES: Final[tuple[str, ...]] = (
    *(f"lex_{c}" for c in CATEGORIES),
    "lex_any",
    "second_person",
    "third_person",
    "first_person",
    "counter_speech",
    "help_seeking",
    "laughter",
    "negation",
    "question",
    "quote",
    "digits",
    "log_length",
    "lex_x_second",
    "lex_x_counter",
    "lex_x_help",
    "lex_x_laugh",
    "lex_x_first",
    "lex_x_negation",
    "group",
    "group_x_lex",
    "group_x_negation",
    "group_x_counter",
    "group_x_second",
    "group_x_laugh",
    "positive",
    "lex_x_positive",
    "group_x_positive",
    "group_fuzzy",
)


def dense_cues(text: str, hits: Mapping[str, float]) -> list[float]:
    """The dense cue features of one normalised comment, in DENSE_FEATURES order, given
    the highest lexicon severity (0..1) found per category."""
    low = text.lower().replace("’", "'")
    lex = [float(hits.get(c, 0.0)) for c in CATEGORIES]
    lex_any = max(lex)
    second = 1.0 if _SECOND_PERSON.search(low) else 0.0
    first = 1.0 if _FIRST_PERSON.search(low) else 0.0
    counter = 1.0 if _COUNTER.search(low) else 0.0
    help_ = 1.0 if _HELP.search(low) else 0.0
    laugh = 1.0 if (_LAUGH.search(low) or _LAUGH_EMOJI.search(text)) else 0.0
    negation = 1.0 if _NEGATION.search(low) else 0.0
    group = 1.0 if _GROUP.search(low) else 0.0
    positive = 1.0 if (_POSITIVE.search(low) or _AFFECTION_EMOJI.search(text)) else 0.0
    fuzzy = 0.0 if group else _fuzzy_group(low)
    return [
        *lex,
        lex_any,
        second,
        1.0 if _THIRD_PERSON.search(low) else 0.0,
        first,
        counter,
        help_,
        laugh,
        negation,
        1.0 if "?" in text else 0.0,
        1.0 if _QUOTE.search(text) else 0.0,
        min(len(_DIGITS.findall(text)), 10) / 10.0,
        math.log1p(len(text.strip())) / 8.0,  # a blanked quote above a reply does not count
        lex_any * second,
        lex_any * counter,
        lex_any * help_,
        lex_any * laugh,
        lex_any * first,
        lex_any * negation,
        group,
        group * lex_any,
        group * negation,
        group * counter,
        group * second,
        group * laugh,
        positive,
        lex_any * positive,
        group * positive,
        fuzzy,
    ]
