"""The human-readable evidence PDF, in French or English: one section per comment, with its digest.

``layout`` turns the evidence document into styled lines (what the PDF says); ``render`` draws
them with fpdf2 and the bundled DejaVu Sans font (so every accent prints on any machine).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from typing import Any, Final, Literal

from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos
from fpdf.fonts import TTFFont

Style = Literal["title", "heading", "label", "text", "quote", "digest", "small", "gap"]
Line = tuple[Style, str]

_TEXT: Final[dict[str, dict[str, str]]] = {
    "fr": {
        "title": "Dossier de preuves : propos adressés à {handle}",
        "account": "Compte concerné : {handle} (identifiant {id})",
        "period": "Période : du {start} au {end}",
        "beginning": "début",
        "generated": "Établi le {at} par {generator} (fuseau horaire : {zone})",
        "count": "{n} commentaire(s), dont {removed} retiré(s) par la modération.",
        "json_digest": "SHA-256 de evidence.json : {digest}",
        "howto": "Chaque commentaire porte l'empreinte SHA-256 de son enregistrement dans "
                 "evidence.json ; manifest.json donne celles des fichiers. Pour vérifier que rien "
                 "n'a été modifié : rempart evidence verify DOSSIER.zip",
        "item": "Commentaire {i} sur {n} (n° {id})",
        "author": "Auteur : {handle} (identifiant {id})",
        "date": "Date et heure : {at}",
        "content": "Publié sous : {title}",
        "addressed": "Adressé à la victime : {how}",
        "status": "Statut actuel : {status}",
        "decisions": "Décisions de modération :",
        "no_decision": "Décisions de modération : aucune",
        "decision": "{at} : {action}{category}{automation}. {explanation}",
        "text": "Texte :",
        "digest": "Empreinte SHA-256 : {digest}",
        "empty": "Aucun commentaire adressé à ce compte sur la période.",
    },
    "en": {
        "title": "Evidence bundle: what was said to {handle}",
        "account": "Account concerned: {handle} (id {id})",
        "period": "Period: from {start} to {end}",
        "beginning": "the beginning",
        "generated": "Made on {at} by {generator} (time zone: {zone})",
        "count": "{n} comment(s), {removed} of them removed by moderation.",
        "json_digest": "SHA-256 of evidence.json: {digest}",
        "howto": "Each comment carries the SHA-256 digest of its record in evidence.json; "
                 "manifest.json gives the files' digests. To check that nothing was changed: "
                 "rempart evidence verify BUNDLE.zip",
        "item": "Comment {i} of {n} (no. {id})",
        "author": "Author: {handle} (id {id})",
        "date": "Date and time: {at}",
        "content": "Posted under: {title}",
        "addressed": "Addressed to the victim: {how}",
        "status": "Current status: {status}",
        "decisions": "Moderation decisions:",
        "no_decision": "Moderation decisions: none",
        "decision": "{at}: {action}{category}{automation}. {explanation}",
        "text": "Text:",
        "digest": "SHA-256 digest: {digest}",
        "empty": "No comment was addressed to this account in the period.",
    },
}
_WORDS: Final[dict[str, dict[str, str]]] = {
    "fr": {"visible": "visible", "held": "en attente d'approbation",
           "pending_review": "en attente de modération", "hidden": "masqué",
           "removed": "retiré par la modération", "on_their_content": "sous son contenu",
           "reply_to_them": "en réponse à la victime", "mentions_them": "mentionne la victime",
           "remove": "retrait", "hide": "masquage", "no_action": "aucune mesure",
           "restrict_account": "compte restreint", "suspend_account": "compte suspendu",
           "ban_account": "compte banni", "fully": " (décision automatisée)",
           "partially": " (détection automatique, décision humaine)", "not_automated": ""},
    "en": {"visible": "visible", "held": "held for approval", "pending_review":
           "awaiting moderation", "hidden": "hidden", "removed": "removed by moderation",
           "on_their_content": "under their content", "reply_to_them": "a reply to the victim",
           "mentions_them": "names the victim", "remove": "removal", "hide": "hidden",
           "no_action": "no action", "restrict_account": "account restricted",
           "suspend_account": "account suspended", "ban_account": "account banned",
           "fully": " (automated decision)",
           "partially": " (automated detection, human decision)", "not_automated": ""},
}
_FONTS: Final = resources.files("rempart.evidence") / "fonts"


def layout(document: dict[str, Any], *, json_digest: str) -> list[Line]:
    """What the PDF says, line by line, in the document's language."""
    lang = document["lang"] if document["lang"] in _TEXT else "fr"
    t, w = _TEXT[lang], _WORDS[lang]
    account, period, entries = document["account"], document["period"], document["items"]
    removed = sum(e["comment"]["status"] == "removed" for e in entries)
    lines: list[Line] = [
        ("title", t["title"].format(handle=account["handle"])),
        ("text", t["account"].format(handle=account["handle"], id=account["id"])),
        ("text", t["period"].format(start=period["from"] or t["beginning"], end=period["to"])),
        ("text", t["generated"].format(at=document["created_at"], generator=document["generator"],
                                       zone=document["timezone"])),
        ("text", t["count"].format(n=len(entries), removed=removed)),
        ("digest", t["json_digest"].format(digest=json_digest)),
        ("small", t["howto"]),
    ]
    if not entries:
        lines += [("gap", ""), ("text", t["empty"])]
    for i, entry in enumerate(entries, start=1):
        item = entry["comment"]
        title = item["content"]["title"] or item["content"]["id"]
        if item["content"]["url"]:
            title = f"{title} ({item['content']['url']})"
        lines += [
            ("gap", ""),
            ("heading", t["item"].format(i=i, n=len(entries), id=item["comment_id"])),
            ("label", t["author"].format(handle=item["author"]["handle"] or item["author"]["id"],
                                         id=item["author"]["id"])),
            ("label", t["date"].format(at=item["posted_at"])),
            ("label", t["content"].format(title=title)),
            ("label", t["addressed"].format(how=", ".join(w[h] for h in item["addressed"]))),
            ("label", t["status"].format(status=w.get(item["status"], item["status"]))),
        ]
        if item["decisions"]:
            lines.append(("label", t["decisions"]))
            lines += [("small", "• " + t["decision"].format(
                at=d["decided_at"], action=w.get(d["action"], d["action"]),
                category=f" ({d['category']})" if d["category"] else "",
                automation=w.get(d["automated_decision"], ""), explanation=d["explanation"]))
                for d in item["decisions"]]
        else:
            lines.append(("label", t["no_decision"]))
        lines += [("label", t["text"]), ("quote", item["text"]),
                  ("digest", t["digest"].format(digest=entry["sha256"]))]
    return lines


_SIZES: Final[dict[str, tuple[str, float, float]]] = {  # style: (font style, size, line height)
    "title": ("B", 15, 8), "heading": ("B", 11.5, 6.5), "label": ("", 9.5, 5),
    "text": ("", 10, 5.5), "quote": ("", 10.5, 5.5), "digest": ("", 7.5, 4), "small": ("", 8.5, 4.5),
}


@lru_cache(maxsize=1)
def _glyphs() -> frozenset[int]:
    probe = FPDF()
    probe.add_font("DejaVu", "", str(_FONTS / "DejaVuSans.ttf"))
    font = probe.fonts["dejavu"]
    assert isinstance(font, TTFFont)
    _close_fonts(probe)
    return frozenset(font.cmap)


def _close_fonts(document: FPDF) -> None:
    # fpdf2 reads fonts lazily and leaves their files open; close them once done.
    for font in document.fonts.values():
        if isinstance(font, TTFFont):
            font.ttfont.close()


def printable(text: str) -> str:
    """``text`` with characters the font cannot draw (most emoji) written as ``[U+1F92C]``."""
    known = _glyphs()
    return "".join(c if ord(c) in known or c in "\n\t" else f"[U+{ord(c):04X}]" for c in text)


class _Pages(FPDF):
    """A4 pages whose footer carries the title and "page n/total"."""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 5, f"{self.title} · {self.page_no()}/{{nb}}", align="C")


def render(lines: list[Line], *, title: str, created_at: dt.datetime) -> bytes:
    """Draw the lines as an A4 PDF with page numbers."""
    pdf = _Pages(format="A4")
    pdf.title = title
    pdf.set_title(title)
    pdf.set_creator("Rempart")
    pdf.set_creation_date(created_at)
    pdf.add_font("DejaVu", "", str(_FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(_FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.alias_nb_pages()
    pdf.add_page()
    for style, text in lines:
        if style == "gap":
            pdf.ln(3)
            continue
        font_style, size, height = _SIZES[style]
        pdf.set_font("DejaVu", font_style, size)
        if style == "quote":
            pdf.set_x(pdf.l_margin + 5)
        pdf.multi_cell(0, height, printable(text), align="L", wrapmode=WrapMode.CHAR if style == "digest"
                       else WrapMode.WORD, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    try:
        return bytes(pdf.output())
    finally:
        _close_fonts(pdf)
