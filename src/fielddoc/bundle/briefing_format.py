"""The briefing manifest (HQ -> device, bundle kind 3): build and parse. Pure functions.

Specified normatively in docs/spec/briefing.md; the preamble, frames and RECORD entries
are those of docs/bundle-format.md §2.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from fielddoc.bundle import format as fmt
from fielddoc.records import vocab_received
from fielddoc.records.schema_checks import ID_RE

TYPE = "briefing"
MAX_EXTRA_PARENTS = 100_000
_REQUIRED = {
    "format",
    "version",
    "type",
    "briefing_id",
    "hq",
    "device",
    "monitor_id",
    "sequence",
    "previous",
    "created_at",
    "counts",
    "revisions",
    "records_sha256",
    "extra_parents",
    "hearings",
    "vocabularies",
    "software",
}


@dataclass(frozen=True)
class BriefingManifest:
    briefing_id: str
    hq: str
    device: str
    monitor_id: str | None
    sequence: int
    previous: str | None
    created_at: str
    revisions: tuple[str, ...]
    records_sha256: str
    extra_parents: tuple[tuple[str, str], ...]
    hearings: tuple[str, ...]
    vocabularies: Any
    software: str
    raw: bytes
    files: tuple[fmt.FileEntry, ...] = ()

    @cached_property
    def hash(self) -> str:
        return fmt.bundle_hash(self.raw)


def assigned_to(doc: dict[str, Any], monitor_id: str) -> dict[str, Any] | None:
    """The monitor's assignment in a hearing document, if any."""
    for item in doc.get("assignments") or ():
        if isinstance(item, dict) and item.get("monitor_id") == monitor_id:
            return item
    return None


def _id(value: Any, field: str) -> str:
    return fmt._text(value, field, 128, pattern=ID_RE)


def parse_manifest(raw: bytes) -> BriefingManifest:
    """Parse and check every key of a briefing manifest (after its signature was verified)."""
    m = fmt._common(fmt.parse_json(raw, "-", "manifest"), fmt.KIND_BRIEFING)
    fmt._keys(m, _REQUIRED, set(), "manifest")
    counts = fmt._want(m["counts"], dict, "manifest.counts")
    fmt._keys(counts, {"revisions"}, set(), "manifest.counts")
    n_rev = fmt._int(counts["revisions"], "manifest.counts.revisions", 0, fmt.MAX_REVISIONS)
    revisions = fmt._want(m["revisions"], list, "manifest.revisions")
    if len(revisions) != n_rev:
        raise fmt._bad("manifest.revisions", "does not have counts.revisions entries")
    for i, h in enumerate(revisions):
        fmt._hex64(h, f"manifest.revisions[{i}]")
    if len(set(revisions)) != len(revisions):
        raise fmt._bad("manifest.revisions", "lists the same revision twice (duplicate ids)")
    pairs = fmt._want(m["extra_parents"], list, "manifest.extra_parents")
    if len(pairs) > MAX_EXTRA_PARENTS:
        raise fmt._bad("manifest.extra_parents", f"has more than {MAX_EXTRA_PARENTS} entries")
    extra = []
    for i, pair in enumerate(pairs):
        where = f"manifest.extra_parents[{i}]"
        if not isinstance(pair, list) or len(pair) != 2:
            raise fmt._bad(where, "must be a pair of revision hashes")
        extra.append((fmt._hex64(pair[0], where), fmt._hex64(pair[1], where)))
    hearings = fmt._want(m["hearings"], list, "manifest.hearings")
    if len(hearings) > fmt.MAX_REVISIONS:
        raise fmt._bad("manifest.hearings", "has too many entries")
    previous = m["previous"]
    if previous is not None:
        fmt._hex64(previous, "manifest.previous")
    monitor = m["monitor_id"]
    try:
        vocabularies = vocab_received.parse(m["vocabularies"])  # §3.1
    except vocab_received.VocabularyInvalid as exc:
        raise fmt._bad(f"manifest.{exc.where}", exc.problem) from None
    return BriefingManifest(
        briefing_id=fmt._text(m["briefing_id"], "manifest.briefing_id", 36, pattern=fmt._UUID),
        hq=fmt._text(m["hq"], "manifest.hq", 39, pattern=fmt._FPR),
        device=fmt._text(m["device"], "manifest.device", 24, pattern=fmt._DEVICE),
        monitor_id=None if monitor is None else _id(monitor, "manifest.monitor_id"),
        sequence=fmt._int(m["sequence"], "manifest.sequence", 1, 2**31 - 1),
        previous=previous,
        created_at=fmt._text(m["created_at"], "manifest.created_at", 40, pattern=fmt._ISO),
        revisions=tuple(revisions),
        records_sha256=fmt._hex64(m["records_sha256"], "manifest.records_sha256"),
        extra_parents=tuple(extra),
        hearings=tuple(_id(h, "manifest.hearings[]") for h in hearings),
        vocabularies=vocabularies,
        software=fmt._text(m["software"], "manifest.software", 100),
        raw=raw,
    )
