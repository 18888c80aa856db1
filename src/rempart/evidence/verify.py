"""Checking an evidence bundle: every digest, saying which file or which item was altered.

Digests prove the bundle is unchanged since it was made; they do not prove who made it. The
manifest digest is also written in Rempart's audit log at export, so the platform can confirm
that a bundle it is shown is one it produced.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rempart.evidence.bundle import FILES
from rempart.evidence.collect import canonical, sha256

_EXPECTED = frozenset({"manifest.json", *FILES})


@dataclass
class Verification:
    """The outcome: no problems means verified; each problem names the file or item concerned."""

    problems: list[str] = field(default_factory=list)
    items: int = 0
    files: int = 0
    account_id: str | None = None
    manifest_sha256: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def _json(name: str, data: bytes, result: Verification) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        result.problems.append(f"{name}: ALTERED or damaged (it is no longer valid JSON)")
        return None


def _read(archive: zipfile.ZipFile, result: Verification) -> dict[str, bytes]:
    names = set(archive.namelist())
    result.problems += [f"{name}: missing from the bundle" for name in sorted(_EXPECTED - names)]
    result.problems += [f"{name}: not part of an evidence bundle (added)"
                        for name in sorted(names - _EXPECTED)]
    files: dict[str, bytes] = {}
    for name in sorted(_EXPECTED & names):
        try:
            files[name] = archive.read(name)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            result.problems.append(f"{name}: ALTERED or damaged inside the ZIP ({error})")
    return files


def _check_manifest(manifest: Any, result: Verification) -> dict[str, str]:
    if not isinstance(manifest, dict) or "manifest_sha256" not in manifest:
        result.problems.append("manifest.json: ALTERED (not a Rempart manifest)")
        return {}
    claimed = manifest.get("manifest_sha256")
    body = {k: v for k, v in manifest.items() if k != "manifest_sha256"}
    result.manifest_sha256 = str(claimed)
    result.account_id = str(manifest.get("account_id"))
    if sha256(canonical(body)) != claimed:
        result.problems.append("manifest.json: ALTERED (its manifest_sha256 does not match its "
                               "content)")
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        return {}
    return {str(e.get("name")): str(e.get("sha256")) for e in entries if isinstance(e, dict)}


def _check_items(document: Any, result: Verification) -> None:
    entries = document.get("items") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        result.problems.append("evidence.json: ALTERED (no list of items)")
        return
    for position, entry in enumerate(entries, start=1):
        comment = entry.get("comment") if isinstance(entry, dict) else None
        label = (f"item {position} (comment {comment.get('comment_id')})"
                 if isinstance(comment, dict) else f"item {position}")
        if not isinstance(comment, dict) or sha256(canonical(comment)) != entry.get("sha256"):
            result.problems.append(f"evidence.json: {label} ALTERED (its SHA-256 does not match)")
    counted = document.get("counts", {}).get("items")
    if counted != len(entries):
        result.problems.append(f"evidence.json: ALTERED ({len(entries)} items, counts say {counted})")
    result.items = len(entries)


def verify(bundle: bytes | Path) -> Verification:
    """Check a bundle (bytes or a path to the ZIP); the result lists every problem found."""
    result = Verification()
    data = bundle.read_bytes() if isinstance(bundle, Path) else bundle
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        result.problems.append(f"the bundle is not a readable ZIP archive: ALTERED or damaged "
                               f"({error})")
        return result
    with archive:
        files = _read(archive, result)
    if "manifest.json" in files:
        expected = _check_manifest(_json("manifest.json", files["manifest.json"], result), result)
        for name in FILES:
            if name in files and name in expected:
                result.files += 1
                actual = sha256(files[name])
                if actual != expected[name]:
                    result.problems.append(f"{name}: ALTERED (SHA-256 is {actual}, the manifest "
                                           f"says {expected[name]})")
            elif name in files:
                result.problems.append(f"{name}: not listed in manifest.json")
    if "evidence.json" in files:
        document = _json("evidence.json", files["evidence.json"], result)
        if document is not None:
            _check_items(document, result)
    if "evidence.pdf" in files and not files["evidence.pdf"].startswith(b"%PDF-"):
        result.problems.append("evidence.pdf: ALTERED (not a PDF file)")
    return result
