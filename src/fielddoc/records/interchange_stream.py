"""``import-json`` from a file read as a stream: :func:`interchange.import_dataset` in memory that
does not hold the file, its text or all its documents.

The records are read one at a time (:mod:`jsonstream`), upgraded, validated
(:class:`schema.DatasetCheck`, which keeps only ids and references between
records) and written batch by batch in ONE transaction, as they come. A record
may refer to one later in the file: the references are checked once the whole
file is read, and any problem then (or a parse error on the way) rolls the
transaction back, so either every record is in or nothing changed, as with
``import_dataset``. The problems and errors are those ``import_dataset`` gives.
What remains held to the end: the ids of the file and of the store, the
references to records not read yet (a reference to a record already read is
checked as it comes; each batch's links are written with it), the titles of the
records written up to ``interchange.TITLE_CACHE_CHARS`` (for the full-text rows
that link to them), and the full-text rows of the records that refer to a
record later in the file (the others are indexed pass by pass).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fielddoc.errors import Problem, ValidationError
from fielddoc.records import schema, upgrade
from fielddoc.records.interchange import BATCH, MAX_FILE_BYTES, BatchWriter, ImportResult, Item, link_id
from fielddoc.records.jsonstream import iter_interchange
from fielddoc.records.service import LINK_KINDS, Records, paused_gc
from fielddoc.store import bulk_indexes
from fielddoc.store.engine import import_cache, refresh_statistics
from fielddoc.store.schema import records

#: A batch is written once it holds this much record text (or BATCH records), so that what is
#: held at once (documents, their JSON, their index rows) stays small whatever the records' size.
BATCH_TEXT = 512 << 10
#: About how many bytes of an interchange file one record takes (the acceptance data set: ~1.3 KB;
#: bench_search.generate: ~1.0 KB): how many records a file brings, before reading it.
BYTES_PER_RECORD = 1024


@contextmanager
def _indexes(conn: Any, rebuild: bool) -> Iterator[None]:
    """The secondary indexes of ``records`` rebuilt at the end of a large import (store/bulk_indexes.py)."""
    if not rebuild:
        yield
        return
    with bulk_indexes.deferred(conn):
        yield


def import_file(
    rec: Records,
    path: Path | str,
    *,
    limit: int = MAX_FILE_BYTES,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Import the interchange file ``path`` in one transaction (or nothing); see the module."""
    with paused_gc():
        return _import_file(rec, path, limit, progress)


def _import_file(rec: Records, path: Path | str, limit: int,
                 progress: Callable[[int, int], None] | None) -> ImportResult:
    store = rec.store
    with store.engine.connect() as conn:
        existing_ids = {r[0] for r in conn.execute(select(records.c.id))}
    check = schema.DatasetCheck(known_ids=existing_ids)
    seen: set[str] = set()
    twice: Problem | None = None  # a link that appears twice: reported only if nothing else is wrong
    meta: Any = None
    batch: list[Item] = []
    held = 0  # about how much text the batch holds
    incoming = Path(path).stat().st_size // BYTES_PER_RECORD if Path(path).is_file() else 0
    with store.engine.connect() as conn, import_cache(conn), conn.begin(), \
            _indexes(conn, bulk_indexes.worth_it(conn, incoming)):
        # ``seen`` holds the ids of the records batched so far: each batch is written before more come
        w = BatchWriter(rec, conn, existing_ids, progress, stream=True, written=seen)
        for entry in iter_interchange(path, limit):
            if entry.index is None:  # meta, an unknown key, or a kind whose value is not a list
                check.entry(entry.key, entry.value)
                if entry.key == "meta":
                    meta = entry.value
                continue
            kind = schema.KINDS[entry.key]
            doc = upgrade.upgrade_doc(kind, entry.value)
            analysis = check.record(entry.key, entry.index, doc)
            if analysis is None or check.failed:
                batch.clear()  # nothing more is written: the transaction will be rolled back
                continue
            generated = False
            if kind in LINK_KINDS and "id" not in doc:
                doc = {**doc, "id": link_id(kind, doc)}
                generated = True
                analysis = schema.analyse(kind, doc, draft=True)
            if doc["id"] in seen and kind in LINK_KINDS and twice is None:
                twice = Problem(doc["id"], "id", "the same link appears twice")
            seen.add(doc["id"])
            if twice is not None:
                batch.clear()
                continue
            batch.append((kind, doc, generated, analysis))
            held += len(analysis.text) + 256
            if len(batch) >= BATCH or held >= BATCH_TEXT:
                w.write(batch, total=0)
                batch.clear()
                held = 0
        problems = check.finish()
        if problems:
            raise ValidationError(problems)
        if twice is not None:
            raise ValidationError([twice])
        w.write(batch, total=0)
        w.finish(meta)
    refresh_statistics(store.engine, w.result.total_added + w.result.updated)
    if progress:
        progress(w.n, w.n)
    return w.result
