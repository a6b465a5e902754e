"""Tables of bundle sync (SQLAlchemy Core): device side and HQ side.

Created by migration ``0002_bundles``. Every vault has all of them (a vault
is a field device or an HQ); an HQ store in PostgreSQL gets them from the same
migration. See docs/bundle-format.md.

Device side
    ``sync_recipients``   HQ recipient cards this device encrypts to
    ``sync_exports``      every bundle this device started (sequence, hash, status)
    ``sync_export_items`` which revisions (local hashes) and files each bundle carried
    ``sync_files``        attachment files HQ acknowledged
    ``sync_acks``         which HQ (signing key) acknowledged which bundle (migration 0005)

HQ side
    ``hq_devices``        the device registry (enrolled, revoked)
    ``hq_device_keys``    keys a device rotated from and to (migration ``0005_key_history``)
    ``hq_bundles``        every bundle imported, with its signed manifest
    ``hq_revisions``      HQ receipt time and record flags of each revision
    ``hq_parents``        extra parents of an analyst's conflict resolution
"""

from __future__ import annotations

from sqlalchemy import (
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

from fielddoc.store.sealing import SealedText

metadata = MetaData()

sync_recipients = Table(
    "sync_recipients",
    metadata,
    Column("fingerprint", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("age_recipient", Text, nullable=False),
    Column("signing_key", LargeBinary, nullable=False),
    Column("card", Text, nullable=False),
    Column("added_at", String(40), nullable=False),
    Column("last_ack_sequence", Integer),
    Column("last_ack_at", String(40)),
)

sync_exports = Table(
    "sync_exports",
    metadata,
    Column("bundle_id", String(64), primary_key=True),
    Column("sequence", Integer, nullable=False),
    Column("status", String(16), nullable=False),  # writing | written | abandoned
    Column("bundle_hash", String(64)),
    Column("previous", String(64)),
    Column("created_at", String(40), nullable=False),
    Column("recipients", Text, nullable=False),  # JSON list of fingerprints
    Column("tlp_ceiling", String(16), nullable=False),
    Column("revisions", Integer, nullable=False),
    Column("files", Integer, nullable=False),
    Column("max_seq", Integer),
    Column("more", Boolean, nullable=False),
    Column("tmp_path", Text),
    Column("out_path", Text),
    Column("acked_at", String(40)),
    Column("receipt_id", String(64)),
    UniqueConstraint("sequence", name="uq_sync_exports_sequence"),
)

sync_export_items = Table(
    "sync_export_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("bundle_id", String(64), nullable=False),
    Column("item_type", String(8), nullable=False),  # rev | file
    Column("ref", String(64), nullable=False),  # local revision hash, or file id
    Index("ix_sync_export_items_bundle", "bundle_id"),
)

sync_acks = Table(
    "sync_acks",
    metadata,
    Column("bundle_id", String(64), primary_key=True),
    Column("signing_key", String(64), primary_key=True),  # hex of the HQ key that signed the receipt
    Column("receipt_id", String(64), nullable=False),
    Column("acked_at", String(40), nullable=False),
)

sync_files = Table(
    "sync_files",
    metadata,
    Column("file_id", String(32), primary_key=True),
    Column("acked_at", String(40), nullable=False),
)

hq_devices = Table(
    "hq_devices",
    metadata,
    Column("device_id", String(128), primary_key=True),
    Column("public_key", LargeBinary, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("label", Text, nullable=False),
    Column("age_recipient", Text),
    Column("status", String(16), nullable=False),  # active | revoked
    Column("enrolled_at", String(40), nullable=False),
    Column("enrolled_via", String(16), nullable=False),  # enrolment | tofu
    Column("revoked_at", String(40)),
    Column("revoke_reason", Text),
    Column("last_import_at", String(40)),
)

hq_device_keys = Table(
    "hq_device_keys",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("device_id", String(128), nullable=False),
    Column("public_key", LargeBinary, nullable=False),
    Column("age_recipient", Text),
    Column("from_sequence", Integer),  # first bundle this key signs (None: from the start)
    Column("until_sequence", Integer),  # first bundle it no longer signs (None: still current)
    Column("added_at", String(40), nullable=False),
    Column("statement", Text),  # the signed rotation statement that introduced this key
    Index("ix_hq_device_keys_device", "device_id"),
)

hq_bundles = Table(
    "hq_bundles",
    metadata,
    Column("bundle_hash", String(64), primary_key=True),
    Column("bundle_id", String(64), nullable=False),
    Column("device_id", String(128), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("previous", String(64)),
    Column("created_at", String(40), nullable=False),
    Column("received_at", String(40), nullable=False),
    Column("revisions", Integer, nullable=False),
    Column("new_revisions", Integer, nullable=False),
    Column("files", Integer, nullable=False),
    Column("abandoned", Text, nullable=False),  # JSON list of sequence numbers
    Column("manifest", SealedText("hq_bundles", "manifest"), nullable=False),  # the signed manifest, verbatim
    Column("signature", LargeBinary, nullable=False),
    Column("receipted_at", String(40)),
    UniqueConstraint("device_id", "sequence", name="uq_hq_bundles_device_sequence"),
)

hq_revisions = Table(
    "hq_revisions",
    metadata,
    Column("hash", String(64), primary_key=True),
    Column("bundle_hash", String(64)),
    Column("received_at", String(40), nullable=False),
    Column("draft", Boolean, nullable=False),
    Column("id_generated", Boolean, nullable=False),
)

hq_parents = Table(
    "hq_parents",
    metadata,
    Column("child_hash", String(64), primary_key=True),
    Column("parent_hash", String(64), primary_key=True),
    Index("ix_hq_parents_parent", "parent_hash"),
)
