"""Order-independent merge at HQ: a record's state is a function of its set of revisions.

Rule (docs/bundle-format.md §5):

* graph edges go from a revision to its ``parent_hash``, to its extra parents
  (``hq_parents``: an analyst's resolution) and to the previous revision of
  the same device (a device's own history of a record is linear, so a revision
  it withheld does not split it);
* tips are the latest revision of each device; heads are the tips that are not
  an ancestor of another tip, minus unchanged copies of interchange data two
  devices both imported (op ``import``, no parent, same document as a
  revision in another head's history);
* more than one head: ``conflict``; the record shows the head with the latest
  ``at``, then the highest hash.

Nothing here depends on the order in which revisions arrived, so importing
bundle A then B gives exactly the same rows as B then A.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.engine import Connection

from fielddoc.records import facet_keys, schema
from fielddoc.records.fts import FtsRow, docid, fts_bulk_insert, fts_delete, has_index, refresh_linking
from fielddoc.records.service import links_replace
from fielddoc.store.schema import records, revisions
from fielddoc.store.schema_sync import hq_parents, hq_revisions

BATCH = 500
_UPDATE_COLUMNS = (
    "kind", "title", "date_sort", "case_id", "confidentiality", "tlp", "draft", "deleted_at", "revision",
    "head_hash", "updated_at", "device_id", "id_generated", "conflict", "doc", "created_at", "facet_keys",
)
_UPDATE = (
    update(records)
    .where(records.c.id == bindparam("rid"))
    .values({c: bindparam(c) for c in _UPDATE_COLUMNS})
)


@dataclass(frozen=True)
class Rev:
    hash: str
    parent: str | None
    device_id: str
    revision: int
    at: str
    op: str
    kind: str


def display_key(r: Rev) -> tuple[str, str]:
    return (r.at, r.hash)


def heads(revs: list[Rev], extra: dict[str, list[str]], doc_of: Callable[[str], str]) -> list[Rev]:
    """The heads of one record's revision graph (see the module docstring)."""
    if not revs:
        return []
    by_hash = {r.hash: r for r in revs}
    by_dev: dict[str, list[Rev]] = {}
    for r in revs:
        by_dev.setdefault(r.device_id, []).append(r)
    pred: dict[str, Rev] = {}
    tips: list[Rev] = []
    for lst in by_dev.values():
        lst.sort(key=lambda r: (r.revision, r.hash))
        for a, b in zip(lst, lst[1:], strict=False):
            pred[b.hash] = a
        tips.append(lst[-1])
    if len(tips) == 1:
        return tips

    def parents(r: Rev) -> list[Rev]:
        out = [by_hash[p] for p in [r.parent, *extra.get(r.hash, ())] if p is not None and p in by_hash]
        if r.hash in pred:
            out.append(pred[r.hash])
        return out

    closures: dict[str, set[str]] = {}

    def closure(t: Rev) -> set[str]:
        if t.hash not in closures:
            seen: set[str] = set()
            todo = parents(t)
            while todo:
                r = todo.pop()
                if r.hash in seen:
                    continue
                seen.add(r.hash)
                todo.extend(parents(r))
            closures[t.hash] = seen
        return closures[t.hash]

    found = [t for t in tips if not any(t.hash in closure(u) for u in tips if u is not t)]
    if len(found) > 1:
        ordered = sorted(found, key=display_key, reverse=True)
        dropped: set[str] = set()
        for h in ordered:
            if h.op != "import" or h.parent is not None or extra.get(h.hash):
                continue
            doc = doc_of(h.hash)
            for g in ordered:
                if g is h or g.hash in dropped:
                    continue
                if any(doc_of(x) == doc for x in closure(g) | {g.hash}):
                    dropped.add(h.hash)
                    break
        found = [h for h in found if h.hash not in dropped]
    return sorted(found, key=display_key, reverse=True)


@dataclass
class RebuildStats:
    new_records: int = 0
    changed: int = 0
    conflicts: list[str] | None = None
    dangling: int = 0


def _load(
    conn: Connection, ids: list[str]
) -> tuple[dict[str, list[Rev]], dict[str, list[str]], dict[str, str]]:
    c = revisions.c
    by_record: dict[str, list[Rev]] = {}
    mins: dict[str, str] = {}
    for r in conn.execute(
        select(c.record_id, c.hash, c.parent_hash, c.device_id, c.revision, c.at, c.op, c.kind).where(
            c.record_id.in_(ids)
        )
    ):
        by_record.setdefault(r[0], []).append(Rev(r[1], r[2], r[3], int(r[4]), r[5], r[6], r[7]))
        if r[0] not in mins or r[5] < mins[r[0]]:
            mins[r[0]] = r[5]
    hashes = [rev.hash for lst in by_record.values() if len(lst) > 1 for rev in lst]
    extra: dict[str, list[str]] = {}
    for i in range(0, len(hashes), BATCH):
        for child, parent in conn.execute(
            select(hq_parents.c.child_hash, hq_parents.c.parent_hash).where(
                hq_parents.c.child_hash.in_(hashes[i : i + BATCH])
            )
        ):
            extra.setdefault(child, []).append(parent)
    return by_record, extra, mins


def _docs(conn: Connection, hashes: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(hashes), BATCH):
        for h, d in conn.execute(
            select(revisions.c.hash, revisions.c.doc).where(revisions.c.hash.in_(hashes[i : i + BATCH]))
        ):
            out[h] = d
    return out


def rebuild(
    conn: Connection,
    record_ids: Iterable[str],
    *,
    known_new: set[str] | None = None,
    count_dangling: bool = True,
) -> RebuildStats:
    """Recompute the ``records`` rows of ``record_ids`` from their revisions (in the caller's transaction)."""
    ids = sorted(set(record_ids))
    stats = RebuildStats(conflicts=[])
    fts = has_index(conn)  # FTS5 on SQLite, the token index on PostgreSQL
    pending_refs: list[str] = []
    affected = set(ids)
    for i in range(0, len(ids), BATCH):
        batch = ids[i : i + BATCH]
        by_record, extra, mins = _load(conn, batch)
        current = {
            r["id"]: r
            for r in conn.execute(
                select(
                    records.c.id,
                    records.c.head_hash,
                    records.c.conflict,
                    records.c.draft,
                    records.c.id_generated,
                    records.c.revision,
                    records.c.created_at,
                    records.c.title,
                ).where(records.c.id.in_(batch))
            ).mappings()
        }
        doc_cache: dict[str, str] = {}

        def doc_of(h: str, cache: dict[str, str] = doc_cache) -> str:
            if h not in cache:
                cache.update(_docs(conn, [h]))
            return cache[h]

        chosen: dict[str, tuple[Rev, bool, int]] = {}
        for rid in batch:
            revs = by_record.get(rid)
            if not revs:
                continue
            hs = heads(revs, extra, doc_of)
            top = hs[0]
            max_rev = max(r.revision for r in revs)
            cur = current.get(rid)
            conflict = len(hs) > 1
            if (
                cur is not None
                and cur["head_hash"] == top.hash
                and bool(cur["conflict"]) == conflict
                and int(cur["revision"]) == max_rev
                and cur["created_at"] == mins[rid]
            ):
                continue
            chosen[rid] = (top, conflict, max_rev)
        if not chosen:
            continue
        need = [t.hash for t, _, _ in chosen.values() if t.hash not in doc_cache]
        doc_cache.update(_docs(conn, need))
        flags = {
            r[0]: (bool(r[1]), bool(r[2]))
            for r in conn.execute(
                select(hq_revisions.c.hash, hq_revisions.c.draft, hq_revisions.c.id_generated).where(
                    hq_revisions.c.hash.in_([t.hash for t, _, _ in chosen.values()])
                )
            )
        }
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        fts_rows: list[FtsRow] = []
        renamed: list[str] = []
        link_refs: dict[str, list[str]] = {}
        for rid, (top, conflict, max_rev) in chosen.items():
            doc_json = doc_cache[top.hash]
            doc = json.loads(doc_json)
            cur = current.get(rid)
            draft, generated = flags.get(top.hash) or (
                (bool(cur["draft"]), bool(cur["id_generated"])) if cur is not None else (False, False)
            )
            a = schema.analyse(top.kind, doc, draft=True)  # one walk: columns, text and references
            values = {
                "kind": top.kind,
                "title": a.title[:500],
                "date_sort": a.date_sort,
                "case_id": a.case_id,
                "confidentiality": doc.get("confidentiality"),
                "tlp": doc.get("tlp"),
                "draft": draft,
                "deleted_at": top.at if top.op == "delete" else None,
                "revision": max_rev,
                "head_hash": top.hash,
                "updated_at": top.at,
                "device_id": top.device_id,
                "id_generated": generated,
                "conflict": conflict,
                "doc": doc_json,
                "facet_keys": facet_keys.for_record(conn, top.kind, doc),  # a sealed HQ's (facet_keys.py)
                "created_at": mins[rid],
            }
            if conflict:
                stats.conflicts.append(rid)  # type: ignore[union-attr]
            if cur is None:
                inserts.append({"id": rid, "docid": docid(rid), **values})
                stats.new_records += 1
            else:
                updates.append({"rid": rid, **values})
                stats.changed += 1
            if fts and top.op != "delete":
                fts_rows.append((docid(rid), top.kind, a.text, [r for _, r in a.refs]))
            if fts and cur is not None and (top.op == "delete" or cur["title"] != values["title"]):
                renamed.append(rid)
            link_refs[rid] = [ref for _path, ref in a.refs]
            if count_dangling:
                pending_refs.extend(ref for _path, ref in a.refs if ref not in affected)
        if inserts:
            conn.execute(records.insert(), inserts)
        links_replace(conn, link_refs)
        if updates:
            conn.execute(_UPDATE, updates)  # one executemany, not one statement per record
        if fts:
            changed_ids = [rid for rid in chosen if rid in current]
            if changed_ids:
                # Full-text rows are keyed by docid (migration 0003): see records.service.fts_set.
                fts_delete(conn, [docid(r) for r in changed_ids])
            fts_bulk_insert(conn, fts_rows)
            refresh_linking(conn, renamed)  # rows that show their names (migration 0005)
    if pending_refs:
        wanted = sorted(set(pending_refs))
        have: set[str] = set()
        for i in range(0, len(wanted), BATCH):
            have.update(
                r[0]
                for r in conn.execute(select(records.c.id).where(records.c.id.in_(wanted[i : i + BATCH])))
            )
        stats.dangling = sum(1 for ref in pending_refs if ref not in have)
    return stats


def record_heads(conn: Connection, record_id: str) -> list[Rev]:
    by_record, extra, _ = _load(conn, [record_id])
    cache: dict[str, str] = {}

    def doc_of(h: str) -> str:
        if h not in cache:
            cache.update(_docs(conn, [h]))
        return cache[h]

    return heads(by_record.get(record_id, []), extra, doc_of)


def add_parents(conn: Connection, child: str, parents: list[str]) -> None:
    conn.execute(delete(hq_parents).where(hq_parents.c.child_hash == child))
    if parents:
        conn.execute(hq_parents.insert(), [{"child_hash": child, "parent_hash": p} for p in parents])
