"""Building an evidence bundle: a ZIP of evidence.json, evidence.pdf and manifest.json.

Digests (all SHA-256, hex):
- each item of evidence.json: over the canonical JSON of its ``comment`` object;
- each file: over its bytes, listed in manifest.json's ``entries`` (sorted by name);
- the manifest: ``manifest_sha256`` over the canonical JSON of manifest.json without that key.
Canonical JSON: keys sorted, no spaces, UTF-8 (``rempart.evidence.collect.canonical``).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from rempart import __version__, audit
from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.errors import Forbidden, InvalidInput, NotFound
from rempart.evidence import collect, pdf
from rempart.moderation.enums import ActorType
from rempart.moderation.models import Account

FORMAT: Final = "rempart-evidence/1"
MANIFEST_FORMAT: Final = "rempart-evidence-manifest/1"
FILES: Final = ("evidence.json", "evidence.pdf")
GENERATOR: Final = f"rempart {__version__}"


@dataclass(frozen=True, slots=True)
class Bundle:
    """A built bundle: the ZIP's bytes, its manifest digest, and how many comments it holds."""

    data: bytes
    manifest_sha256: str
    items: int
    filename: str


def zone_named(name: str) -> ZoneInfo:
    """The IANA time zone ``name``; a clear error if unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidInput(f"Unknown time zone {name!r}.", f"Fuseau horaire inconnu {name!r}.",
                           code="unknown_timezone") from error


def authorize(principal: Principal, *, account_id: str, consent: bool | None) -> None:
    """Who may export a victim's evidence: the platform acting for them, the account itself
    (creator key), staff, or a trusted flagger who states the victim's consent."""
    if principal.role in (Role.PLATFORM, Role.MODERATOR, Role.ADMIN):
        return
    if principal.role is Role.CREATOR:
        if principal.account_id != account_id:
            raise Forbidden("A creator key exports only its own account's evidence.",
                            "Une clé créateur n'exporte que les preuves de son propre compte.",
                            code="not_your_account")
        return
    if principal.role is Role.TRUSTED_FLAGGER:
        if consent is not True:
            raise InvalidInput("A trusted flagger exports evidence only with the victim's consent: "
                               "send consent: true.",
                               "Un signaleur de confiance n'exporte des preuves qu'avec le "
                               "consentement de la victime : envoyez consent: true.",
                               code="consent_required")
        return
    raise Forbidden("This key may not export evidence.", "Cette clé ne peut pas exporter de preuves.")


def build(session: Session, *, account_id: str, start: dt.datetime | None, end: dt.datetime,
          lang: str, zone: ZoneInfo, now: dt.datetime) -> Bundle:
    """The bundle of what was said to ``account_id`` in [start, end)."""
    account = session.get(Account, account_id)
    if account is None:
        raise NotFound(f"No account {account_id!r}.", f"Aucun compte {account_id!r}.",
                       code="account_not_found")
    if start is not None and start >= end:
        raise InvalidInput("'from' must be before 'to'.", "« from » doit précéder « to ».",
                           code="invalid_period")
    comments = collect.said_to(session, account_id=account_id, start=start, end=end)
    entries = [{"sha256": collect.sha256(collect.canonical(item)), "comment": item}
               for item in collect.items(session, account_id=account_id, comments=comments,
                                         zone=zone)]
    created = collect.local(now, zone)
    document: dict[str, Any] = {
        "format": FORMAT, "generator": GENERATOR, "created_at": created, "timezone": zone.key,
        "lang": lang, "account": {"id": account.id, "handle": account.handle},
        "period": {"from": collect.local(start, zone), "to": collect.local(end, zone)},
        "counts": {"items": len(entries)}, "items": entries,
    }
    evidence_json = json.dumps(document, ensure_ascii=False, indent=2).encode()
    json_digest = collect.sha256(evidence_json)
    evidence_pdf = pdf.render(pdf.layout(document, json_digest=json_digest),
                              title=f"Rempart · {account.handle}", created_at=now)
    files = {"evidence.json": evidence_json, "evidence.pdf": evidence_pdf}
    manifest: dict[str, Any] = {
        "format": MANIFEST_FORMAT, "generator": GENERATOR, "created_at": created,
        "account_id": account.id, "items": len(entries),
        "entries": [{"name": name, "sha256": collect.sha256(files[name]), "bytes": len(files[name])}
                    for name in sorted(files)],
    }
    manifest["manifest_sha256"] = collect.sha256(collect.canonical(manifest))
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        stamp = now.astimezone(zone).timetuple()[:6]
        for name in ("manifest.json", *FILES):
            archive.writestr(zipfile.ZipInfo(name, date_time=stamp), files[name],
                             compress_type=zipfile.ZIP_DEFLATED)
    day = now.astimezone(zone).strftime("%Y%m%d-%H%M")
    return Bundle(buffer.getvalue(), manifest["manifest_sha256"], len(entries),
                  f"rempart-evidence-{account.id}-{day}.zip")


def export(session: Session, *, account_id: str, start: dt.datetime | None, end: dt.datetime | None,
           lang: str, zone: ZoneInfo, now: dt.datetime, actor_type: ActorType, actor_id: str,
           audit_details: dict[str, Any]) -> Bundle:
    """Build the bundle and record who exported what (with its manifest digest) in the audit log."""
    bundle = build(session, account_id=account_id, start=start, end=end or now, lang=lang,
                   zone=zone, now=now)
    audit.record(session, now=now, actor_type=actor_type, actor_id=actor_id,
                 action="evidence.export", target_type="account", target_id=account_id,
                 details={**audit_details, "items": bundle.items,
                          "from": start.isoformat() if start else None,
                          "to": (end or now).isoformat(), "manifest_sha256": bundle.manifest_sha256})
    return bundle
