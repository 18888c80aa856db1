"""Language identification for comments: French, English or other."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, Literal

Language = Literal["fr", "en", "other"]

#: Languages the identifier chooses among; anything but fr/en is reported as "other".
_CANDIDATES: Final = ("fr", "en", "es", "de", "it", "pt", "nl", "ar", "tr")


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Short comments defeat character statistics, so very common function words and chat
# abbreviations vote first; each list holds only words that are rare in the other language.
_FR_MARKERS: Final = _wordset(
    """je tu il elle nous vous ils elles le la les un une des du au aux et est sont pas
    ne que qui quoi avec pour dans sur ce cette ces mon ma mes ton ta tes son sa ses c j t m
    qu n s d l moi toi lui mais ou donc car tres trop bien fait faire etre avoir suis es
    mdr ptdr jpp tkt wsh ki koi slt bjr stp svp pk pq cv chui chuis jsp jsuis ya g ke ptn
    oui non merci sale va te se ca ça été être très où"""
)
_EN_MARKERS: Final = _wordset(
    """the you your you're youre ur u is are was were and not no yes this that with for
    of to in on it its i'm im my me he she they them his her him we our what who why how
    lol lmao omg wtf kys idk tbh smh bro just so dont don't cant can't gonna wanna get
    be been have has do does did will would should could go stop please thanks"""
)
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


@lru_cache(maxsize=1)
def _identifier() -> object:
    """The character n-gram identifier shipped inside py3langid (loaded once, offline)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(_CANDIDATES))
    return ident


def detect_language(text: str) -> Language:
    """The comment's language: "fr", "en", or "other" when neither is likely."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if not tokens:
        return "other"
    fr = sum(1 for t in tokens if t in _FR_MARKERS)
    en = sum(1 for t in tokens if t in _EN_MARKERS)
    if len(tokens) <= 4 and fr != en:
        return "fr" if fr > en else "en"
    lang, prob = _identifier().classify(text)  # type: ignore[attr-defined]
    if lang in ("fr", "en") and float(prob) >= 0.5:
        return "fr" if lang == "fr" else "en"
    if fr != en:
        return "fr" if fr > en else "en"
    return "other"
