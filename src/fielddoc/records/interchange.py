"""Lossless JSON import/export in the interchange schema of docs/data-model.md.

An import file is parsed strictly (UTF-8, no duplicate keys, no NaN, bounded
size and depth), validated whole against the schema and against the records
already in the store, and then written in ONE transaction: either every
record is in, or nothing changed. Re-importing the same file changes nothing.
Link records (involvements, relations) that come without an id get a
deterministic one, which export-json leaves out again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from fielddoc.errors import InputFileError, NumberTooLong, Problem, ValidationError
from fielddoc.fsutil import read_outside
from fielddoc.records import schema, upgrade
from fielddoc.records.audit import AuditWriter
from fielddoc.records.canonical import canonical_v1, dumps, revision_hash, sha256_hex
from fielddoc.records.facet_keys import for_record
from fielddoc.records.facets import insert_batch
from fielddoc.records.fts import FtsRow
from fielddoc.records.ids import now_iso
from fielddoc.records.service import (
    LINK_KINDS,
    Records,
    bulk_insert,
    docid,
    fts_bulk_insert,
    has_index,
    iter_rows,
    links_replace,
    paused_gc,
)
from fielddoc.store.engine import import_cache, refresh_statistics
from fielddoc.store.schema import audit, records, revisions, settings
from fielddoc.store.sealing import open_setting, seal_setting

MAX_FILE_BYTES = 1 << 30  # an import file (import-json)
MAX_RECORD_BYTES = 8 << 20  # one record (add, edit): the largest record frame a bundle carries
BATCH = 5000
#: Streamed import: full-text rows of written records wait until they hold this many characters
#: of text (a few batches' worth, a few MiB), then are written in one sorted pass (see BatchWriter).
FTS_STREAM_CHARS = 2 << 20
#: The titles of the records an import writes are kept (up to this many characters of ids and titles,
#: about 30 MiB) for the full-text rows of the records that link to them, instead of being read back.
TITLE_CACHE_CHARS = 4 << 20
META_KEY = "interchange_meta"
ORDER = tuple(schema.KINDS)  # interchange top-level keys, in schema order


class _Strict(Exception):
    pass


def _no_dupes(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _Strict(f"the key '{k[:40]}' appears twice in one object")
        out[k] = v
    return out


def _no_constants(name: str) -> Any:
    raise _Strict(f"{name} is not valid JSON")


#: Python refuses to convert longer digit strings (sys.get_int_max_str_digits()).
MAX_INT_DIGITS = 4300


class _LongNumber:
    """Stands in, while parsing, for an integer too long to convert; found again by its path."""


def _int_or_marker(found: list[_LongNumber]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        if len(text.lstrip("-")) > MAX_INT_DIGITS:
            marker = _LongNumber()
            found.append(marker)
            return marker
        return int(text)

    return parse


def _path_of(value: Any, target: object) -> list[str | int] | None:
    stack: list[tuple[Any, list[str | int]]] = [(value, [])]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        if isinstance(node, dict):
            stack.extend((v, [*path, k]) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, [*path, i]) for i, v in enumerate(node))
    return None


def _too_long(data: Any, marker: _LongNumber, where: str) -> NumberTooLong:
    """The error naming the record and field that hold ``marker``."""
    path = _path_of(data, marker) or []
    record_id, rest = "-", path
    if len(path) >= 2 and isinstance(data, dict) and path[0] in schema.KINDS and isinstance(path[1], int):
        doc = data[path[0]][path[1]]
        record_id = str(doc.get("id") or f"{path[0]}[{path[1]}]")[:80]
        rest = path[2:]
    elif isinstance(data, dict) and isinstance(data.get("id"), str):
        record_id = data["id"][:80]
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in rest).lstrip(".") or "-"
    return NumberTooLong(path=where, record_id=record_id, field=field[:120], limit=MAX_INT_DIGITS)


def parse_json_bytes(raw: bytes, where: str = "input") -> Any:
    """Parse bytes as strict JSON, raising InputFileError with a clear reason."""
    long_numbers: list[_LongNumber] = []
    data = _parse_json_bytes(raw, where, long_numbers)
    if long_numbers:
        raise _too_long(data, long_numbers[0], where)
    return data


def _parse_json_bytes(raw: bytes, where: str, long_numbers: list[_LongNumber]) -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise InputFileError(path=where, reason="larger than 1 GiB")
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(path=where, reason=f"not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(decoded, object_pairs_hook=_no_dupes, parse_constant=_no_constants,
                          parse_int=_int_or_marker(long_numbers))
    except _Strict as exc:
        raise InputFileError(path=where, reason=str(exc)) from None
    except json.JSONDecodeError as exc:
        raise InputFileError(
            path=where, reason=f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})"
        ) from None
    except RecursionError:
        raise InputFileError(path=where, reason="nested too deeply") from None


def read_json_file(path: Path, limit: int = MAX_FILE_BYTES) -> Any:
    """An import file: an ordinary file of at most ``limit`` bytes, parsed strictly."""
    return parse_json_bytes(read_outside(path, limit), str(path))


def link_id(kind: str, doc: dict[str, Any]) -> str:
    """Deterministic id for an id-less link record (same content, same id).

    Over the legacy canonical JSON, so ids stay what FieldDoc 0.1.0 made of the same
    file (docs/spec/hashes.md §Link record ids).
    """
    prefix = "inv" if kind == "involvement" else "rel"
    return f"{prefix}-{sha256_hex(canonical_v1(doc))[:32]}"


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    updated: int = 0
    unchanged: int = 0
    unknown_fields: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


def _prepare(
    data: Any, analyses: dict[tuple[str, int], schema.Analysis]
) -> list[tuple[str, dict[str, Any], bool, schema.Analysis]]:
    """(kind, doc with id, id_generated, its analysis) for every record, in file order."""
    out: list[tuple[str, dict[str, Any], bool, schema.Analysis]] = []
    for key in ORDER:
        kind = schema.KINDS[key]
        for i, doc in enumerate(data.get(key) or []):
            generated = False
            analysis = analyses[(key, i)]
            if kind in LINK_KINDS and "id" not in doc:
                doc = {**doc, "id": link_id(kind, doc)}  # never modify the caller's data
                generated = True
                analysis = schema.analyse(kind, doc, draft=True)  # the columns of the doc with its id
            out.append((kind, doc, generated, analysis))
    return out


def import_dataset(
    rec: Records,
    data: Any,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Validate ``data`` whole, then write it in one transaction (or nothing)."""
    with paused_gc():
        return _import_dataset(rec, data, progress)


def _import_dataset(rec: Records, data: Any, progress: Callable[[int, int], None] | None) -> ImportResult:
    if not isinstance(data, dict):
        raise ValidationError([Problem("-", "(file)", "the top level must be a JSON object")])
    data = upgrade.upgrade_dataset(data)  # older record shapes (docs/record-upgrades.md)
    store = rec.store
    with store.engine.connect() as conn:
        existing_ids = {r[0] for r in conn.execute(select(records.c.id))}
    # ONE walk per record: validation, and the text and list columns written below.
    problems, analyses = schema.analyse_dataset(data, known_ids=existing_ids)
    if problems:
        raise ValidationError(problems)
    items = _prepare(data, analyses)
    del analyses
    seen: set[str] = set()
    for kind, doc, _, _ in items:
        if doc["id"] in seen and kind in LINK_KINDS:
            raise ValidationError([Problem(doc["id"], "id", "the same link appears twice")])
        seen.add(doc["id"])

    with store.engine.connect() as conn, import_cache(conn), conn.begin():
        w = BatchWriter(rec, conn, existing_ids, progress)
        w.write(items, total=len(items))
        w.finish(data.get("meta"))
    refresh_statistics(store.engine, w.result.total_added + w.result.updated)
    if progress:
        progress(len(items), len(items))
    return w.result


Item = tuple[str, dict[str, Any], bool, schema.Analysis]  # kind, doc with its id, id generated, analysis


class BatchWriter:
    """Writes validated records in the caller's transaction, batch by batch (see import_dataset)."""

    def __init__(self, rec: Records, conn: Any, existing_ids: set[str],
                 progress: Callable[[int, int], None] | None = None, *, stream: bool = False,
                 written: set[str] | None = None) -> None:
        self.rec, self.conn, self.existing_ids, self.progress = rec, conn, existing_ids, progress
        #: Streaming: the full-text rows of the written batches wait in ``fts_ready`` until they
        #: hold FTS_STREAM_CHARS of text (one sorted write makes one index segment: written batch
        #: by batch they made hundreds, merged again and again); those that refer to a record not
        #: stored yet (whose name the index takes) wait for the end.
        self.stream = stream
        self.fts_ready: list[FtsRow] = []
        self.fts_ready_chars = 0
        #: ids of the records written (the caller's set of the ids it has read, if it keeps one: at 1M
        #: records a second set of every id is tens of MiB)
        self.written: set[str] = set() if written is None else written
        self.result = ImportResult()
        self.writer = AuditWriter(conn, rec.store.device_id, rec.author)
        self.at = now_iso()
        self.n = 0
        self.rec_rows: list[dict[str, Any]] = []
        self.rev_rows: list[dict[str, Any]] = []
        self.audit_rows: list[dict[str, Any]] = []
        # Full-text rows of the new records, written once at the end in rowid order (see
        # fts_bulk_insert; their ids are disjoint from the updated records written on the way).
        self.fts_rows: list[FtsRow] = []
        #: the new records of the batch being written -> the ids they refer to (links table)
        self.link_refs: dict[str, list[str]] = {}
        self.titles: dict[str, str] = {}  # id -> title of the live records written (TITLE_CACHE_CHARS)
        self.titles_chars = 0

    def flush(self) -> None:
        bulk_insert(self.conn, revisions, self.rev_rows)
        rows = self.rec_rows  # their facets in one statement (records/facets.py)
        insert_batch(self.conn, lambda: bulk_insert(self.conn, records, rows), [r["id"] for r in rows])
        bulk_insert(self.conn, audit, self.audit_rows)
        for lst in (self.rec_rows, self.rev_rows, self.audit_rows):
            lst.clear()

    def write(self, items: list[Item], total: int) -> None:
        conn, rec, result, writer, at = self.conn, self.rec, self.result, self.writer, self.at
        device, author = rec.store.device_id, rec.author
        current: dict[str, Any] = {}
        ids = [d["id"] for _, d, _, _ in items if d["id"] in self.existing_ids]
        for i in range(0, len(ids), 500):
            q = select(records.c.id, records.c.doc, records.c.revision, records.c.head_hash,
                       records.c.draft, records.c.deleted_at).where(records.c.id.in_(ids[i:i + 500]))
            for r in conn.execute(q).mappings():
                current[r["id"]] = r
        rec_rows, rev_rows, audit_rows = self.rec_rows, self.rev_rows, self.audit_rows
        for kind, doc, generated, analysis in items:
            self.n += 1
            rid = str(doc["id"])
            doc_json = dumps(doc)
            prev = current.get(rid)
            if prev is not None:
                if prev["doc"] == doc_json and not prev["deleted_at"]:
                    result.unchanged += 1
                else:
                    self.flush()
                    rec._write(conn, writer, kind, doc, op="update", draft=prev["draft"],
                               previous=prev, at=at, analysis=analysis)
                    result.updated += 1
                continue
            h = revision_hash(record_id=rid, kind=kind, revision=1, parent_hash=None, op="import",
                              device_id=device, author=author, at=at, doc_json=doc_json)
            # booleans as 0/1: SQLite binds a Python bool through its slow adaptation path
            rev_rows.append({"record_id": rid, "kind": kind, "revision": 1, "hash": h,
                             "parent_hash": None, "op": "import", "device_id": device,
                             "author": author, "at": at, "doc": doc_json, "delivered": 0})
            rec_rows.append({"id": rid, "kind": kind, "title": analysis.title[:500],
                             "date_sort": analysis.date_sort, "case_id": analysis.case_id,
                             "confidentiality": analysis.confidentiality,
                             "tlp": doc.get("tlp"),
                             "draft": 1 if doc.get("draft", False) else 0, "deleted_at": None,
                             "revision": 1, "head_hash": h, "created_at": at, "updated_at": at,
                             "device_id": device, "id_generated": int(generated), "conflict": 0,
                             "doc": doc_json, "docid": docid(rid),
                             "facet_keys": for_record(conn, kind, doc)})  # a sealed HQ's (facet_keys.py)
            self.fts_rows.append((rec_rows[-1]["docid"], kind, analysis.text, [r for _, r in analysis.refs]))
            self.link_refs[rid] = [ref for _path, ref in analysis.refs]
            title = rec_rows[-1]["title"]
            if title and self.titles_chars < TITLE_CACHE_CHARS:  # what fts.titles would read back
                self.titles[rid] = title
                self.titles_chars += len(title) + len(rid)
            audit_rows.append(writer.entry("import", rid, h, at=at))
            result.added[kind] = result.added.get(kind, 0) + 1
            if len(rec_rows) >= BATCH:
                self.flush()
            if self.progress and self.n % 1000 == 0:
                self.progress(self.n, total)
        # the links of the new records now, not at the end: held to the end they grew with the file
        # (hundreds of MiB at 1M records); the table has no foreign keys, a record may link to a later one
        links_replace(conn, self.link_refs, new=True)
        self.link_refs.clear()
        if self.stream:
            self.flush()
            self.written.update(str(d["id"]) for _, d, _, _ in items)
            known, written = self.existing_ids, self.written
            later: list[FtsRow] = []
            for row in self.fts_rows:
                if all(r in known or r in written for r in row[3]):
                    self.fts_ready.append(row)
                    self.fts_ready_chars += len(row[2])
                else:
                    later.append(row)
            self.fts_rows = later
            if self.fts_ready_chars >= FTS_STREAM_CHARS:
                self._write_ready()

    def _write_ready(self) -> None:
        if has_index(self.conn):
            fts_bulk_insert(self.conn, self.fts_ready, self.titles)
        self.fts_ready = []
        self.fts_ready_chars = 0

    def finish(self, meta: Any) -> None:
        """The rest of the rows, the full-text index, ``meta``, and the audit entry."""
        conn, result = self.conn, self.result
        self.flush()
        self.fts_ready.extend(self.fts_rows)  # every record is stored now: one sorted write
        self.fts_rows = []
        self._write_ready()
        if meta is not None:
            conn.execute(settings.delete().where(settings.c.key == META_KEY))
            conn.execute(settings.insert().values(key=META_KEY, value=seal_setting(conn.engine, META_KEY,
                                                                                dumps(meta))))
        if result.total_added or result.updated:
            self.writer.append("import-file", None, None,
                               detail=f"added={result.total_added} updated={result.updated}")


def export_dataset(
    rec: Records,
    *,
    exclude_device_only: bool = False,
    strip_contact: bool = False,
    kinds: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Every live record in the interchange schema, in the order they were added."""
    store = rec.store
    wanted = set(kinds) if kinds else None
    out: dict[str, Any] = {}
    with store.engine.connect() as conn:
        meta_row = conn.execute(select(settings.c.value).where(settings.c.key == META_KEY)).first()
        if meta_row is not None:
            out["meta"] = json.loads(open_setting(conn.engine, META_KEY, meta_row[0]))
        # The order records were first stored in. min(seq), not "revision 1": at HQ a record
        # may have several first revisions (one per device) or none (withheld).
        first = (
            select(revisions.c.record_id, func.min(revisions.c.seq).label("seq"))
            .group_by(revisions.c.record_id)
            .subquery()
        )
        stmt = (
            select(records.c.kind, records.c.doc, records.c.id_generated, records.c.draft,
                   records.c.confidentiality)
            .join(first, first.c.record_id == records.c.id, isouter=True)
            .where(records.c.deleted_at.is_(None))
            .order_by(first.c.seq, records.c.id)
        )
        grouped: dict[str, list[dict[str, Any]]] = {k: [] for k in ORDER}
        by_kind = {v: k for k, v in schema.KINDS.items()}
        for r in iter_rows(conn, stmt):
            if wanted and r["kind"] not in wanted:
                continue
            if exclude_device_only and r["confidentiality"] == "device_only":
                continue
            doc = dict(upgrade.upgrade_doc(r["kind"], json.loads(r["doc"])))
            if r["id_generated"]:
                doc.pop("id", None)
            if r["draft"] and "draft" not in doc:
                doc["draft"] = True
            if strip_contact:
                doc.pop("contact", None)
            grouped[by_kind[r["kind"]]].append(doc)
    for key in ORDER:
        if grouped[key]:
            out[key] = grouped[key]
    return out
