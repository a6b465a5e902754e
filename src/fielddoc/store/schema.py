"""Database tables (SQLAlchemy Core), portable to SQLCipher and PostgreSQL.

One ``records`` table holds every record type: typed, indexed columns for
what lists sort and filter on (kind, title, main date, case, confidentiality,
draft, tombstone) and the validated JSON document for everything else, so
that every field round-trips. ``revisions`` keeps a full snapshot of every
change, hash-linked to its parent; ``audit`` is an append-only, hash-chained
log. The FTS5 index ``fts_index`` (SQLite only, rowid = ``records.docid``)
is created by the migrations.

Changing anything here needs a new Alembic migration in ``migrations/``.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY

from fielddoc.store.sealing import SealedText

metadata = MetaData()

records = Table(
    "records",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("title", SealedText("records", "title"), nullable=False, default=""),
    Column("date_sort", String(40)),
    Column("case_id", String(128)),
    Column("confidentiality", String(32)),
    Column("tlp", String(16)),
    Column("draft", Boolean, nullable=False, default=False),
    Column("deleted_at", String(40)),
    Column("revision", Integer, nullable=False),
    Column("head_hash", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("device_id", String(128)),
    # Set when the id was not in the imported data (links without an id):
    # export-json leaves it out again so the interchange file round-trips.
    Column("id_generated", Boolean, nullable=False, default=False),
    Column("conflict", Boolean, nullable=False, default=False),
    Column("doc", SealedText("records", "doc"), nullable=False),
    # FTS rowid (migration 0003): 63 bits of SHA-256 of the id.
    Column("docid", BigInteger),
    # A sealed HQ's facet rows of the record, keyed (migration 0014, records/facet_keys.py); NULL elsewhere.
    Column("facet_keys", Text),
    Index("ix_records_kind_date", "kind", "deleted_at", "date_sort", "id"),
    Index("ix_records_kind_title", "kind", "deleted_at", "title", "id"),  # migration 0010
    Index("ix_records_case", "case_id"),
    Index("ix_records_kind_conf", "kind", "deleted_at", "confidentiality", "id"),  # migration 0010
    Index("ix_records_kind_updated", "kind", "deleted_at", "updated_at", "id"),  # migration 0010
    Index("ix_records_docid", "docid", unique=True),
    Index("ix_records_live_date", "deleted_at", "date_sort", "id"),  # migration 0007
    # Migration 0010: every list sort of the live records. (HQ on PostgreSQL has partial indexes
    # ``WHERE deleted_at IS NULL`` on (col, id) and (kind, col, id) instead.)
    Index("ix_records_live_title", "deleted_at", "title", "id"),
    Index("ix_records_live_kind", "deleted_at", "kind", "id"),
    Index("ix_records_live_confidentiality", "deleted_at", "confidentiality", "id"),
    Index("ix_records_live_updated", "deleted_at", "updated_at", "id"),
    Index(
        "ix_records_search",
        "docid", "deleted_at", "kind", "date_sort", "id", "confidentiality", "case_id",
    ),
)

revisions = Table(
    "revisions",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(128), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("parent_hash", String(64)),
    Column("op", String(16), nullable=False),  # create | update | delete | import
    Column("device_id", String(128), nullable=False),
    Column("author", String(200), nullable=False),
    Column("at", String(40), nullable=False),
    Column("doc", SealedText("revisions", "doc"), nullable=False),
    Column("delivered", Boolean, nullable=False, default=False),
    UniqueConstraint("hash", name="uq_revisions_hash"),
    Index("ix_revisions_record", "record_id", "revision"),
)

audit = Table(
    "audit",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("device_id", String(128), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(32), nullable=False),
    Column("record_id", String(128)),
    Column("revision_hash", String(64)),
    Column("detail", SealedText("audit", "detail"), nullable=False, default=""),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

attachment_files = Table(
    "attachment_files",
    metadata,
    Column("file_id", String(32), primary_key=True),  # random, hex; also the on-disk name
    Column("attachment_id", String(128), nullable=False),
    Column("role", String(32), nullable=False),
    Column("size_bytes", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    # Migration 0005: the file's random key, wrapped under the data key
    # (crypto.keys.wrap_file_key). NULL only for a 0.1.0 file not yet re-encrypted.
    Column("wrapped_key", LargeBinary),
    Index("ix_attachment_files_att", "attachment_id"),
)

#: Which record refers to which (migration 0009): every reference in a record's current
#: document, written in the same transaction as the record. "What links here" reads it by
#: ``target_id`` (the primary key's first column) instead of scanning every document.
links = Table(
    "links",
    metadata,
    Column("target_id", String(128), primary_key=True),
    Column("source_id", String(128), primary_key=True),
    Index("ix_links_source", "source_id"),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

secrets_table = Table(
    "secrets",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("value", LargeBinary, nullable=False),
)

drafts = Table(
    "drafts",
    metadata,
    Column("draft_id", String(64), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("record_id", String(128)),
    Column("saved_at", String(40), nullable=False),
    Column("doc", SealedText("drafts", "doc"), nullable=False),
)

custody = Table(
    "custody",
    metadata,
    # Migration 0008: one hash chain per attachment and per vault (docs/spec/custody.md).
    Column("attachment_id", String(128), primary_key=True),
    Column("chain", String(128), primary_key=True),  # the device id of the vault that wrote it
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("prev_hash", String(64), nullable=False),
    Column("at", String(40), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(32), nullable=False),
    Column("detail", SealedText("custody", "detail"), nullable=False),  # canonical JSON object
    Column("hash", String(64), nullable=False),
    Column("carried", Boolean, nullable=False, default=False),
)

#: The statistics page's figures, kept by triggers on ``records`` (migration 0013,
#: docs/statistics.md): per facet, main date (``''`` for none) and values, how many live records
#: (or fair-trial observations) have them. Values are JSON text (``'null'`` for absent), except
#: ``kind`` and ``facility`` (the text itself). Empty on a sealed HQ.
stat_facets = Table(
    "stat_facets",
    metadata,
    Column("facet", String(16), primary_key=True),
    Column("date_sort", String(40), primary_key=True),
    Column("v1", Text, primary_key=True),
    Column("v2", Text, primary_key=True),
    Column("v3", Text, primary_key=True),
    Column("n", BigInteger, nullable=False),
)

#: Tables only HQ on PostgreSQL has (migration 0010); never created on SQLite.
pg_metadata = MetaData()

#: The search index of HQ on PostgreSQL (docs/search.md): per live record (``docid`` as in
#: ``records``) the keys of its tokens (records.search.keys), under a GIN index. No JSON field
#: name is ever a token; with a search key the tokens are HMACs.
search_tokens = Table(
    "search_tokens",
    pg_metadata,
    Column("docid", BigInteger, primary_key=True),
    Column("tokens", ARRAY(Text), nullable=False),
)

#: The vocabulary of the token index (migration 0011): each prefix longer than
#: records.search.keys.SHORT_MAX of an indexed word, with the word (both keys, HMACs under a
#: search key). Shared by all records: a word's prefixes are written once, not in every row.
search_prefixes = Table(
    "search_prefixes",
    pg_metadata,
    Column("prefix", Text, primary_key=True),
    Column("token", Text, primary_key=True),
)
