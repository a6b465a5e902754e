"""Shared fixtures and helpers of the bundle and HQ tests (no tests here).

Test modules import it with ``from tests.test_bundle_support import *``.
Every HQ fixture is parametrised over the two back ends: the HQ vault's
SQLCipher database, and PostgreSQL (a fresh database per test on the server
named by FIELDDOC_TEST_PG_URL; skipped with a reason when it is unset).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.cards import card_fingerprint
from fielddoc.bundle.device import add_recipient, device_fingerprint
from fielddoc.crypto import signing
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq import devices as hq_devices
from fielddoc.hq.store import HQStore, init_hq
from fielddoc.records.canonical import canonical, dumps, revision_hash
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault

PASSPHRASE = "correct horse battery staple"
PG_URL = os.environ.get("FIELDDOC_TEST_PG_URL")
ROOT = Path(__file__).resolve().parent.parent
ACCEPTANCE = ROOT / "tests" / "data" / "zhanaozen-2011-2012.json"
NO_PG = (
    "FIELDDOC_TEST_PG_URL is not set: start a server with `FIELDDOC_TEST_PG_URL=$(bash scripts/pg-start.sh)`"
)

__all__ = [
    "ACCEPTANCE",
    "PASSPHRASE",
    "backend",
    "entry",
    "field",
    "field2",
    "hq",
    "link",
    "make_field",
    "make_hq",
    "new_pg_database",
    "raw_manifest",
    "raw_plaintext",
    "seal",
    "snapshot",
]


# -- stores ---------------------------------------------------------------------------
def make_field(path: Path, author: str = "monitor") -> Vault:
    v = Vault.create(path, PASSPHRASE, params=TEST_PARAMS, author=author)
    v.idle_timeout = None
    return v


def new_pg_database() -> tuple[str, Any]:
    """A fresh PostgreSQL database: (url, drop function)."""
    assert PG_URL
    name = "fdtest_" + secrets.token_hex(6)
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


def team_admin(tmp_path: Path, cleanups: list[Any], author: str = "Aigul") -> tuple[Any, str]:
    """A team HQ on a fresh PostgreSQL database and its first administrator's HQ vault in
    ``tmp_path / "admin"``: (admin, url); what to undo is put in ``cleanups`` (lock first, drop last)."""
    from fielddoc.hq.store import init_hq

    url, drop = new_pg_database()
    cleanups.append(drop)
    admin = init_hq(tmp_path / "admin", PASSPHRASE, params=TEST_PARAMS, db_url=url, author=author)
    cleanups.insert(0, admin.lock)
    return admin, url


def make_hq(path: Path, backend: str, cleanups: list, **kw: Any) -> HQStore:
    url = None
    if backend == "postgres":
        if not PG_URL:
            pytest.skip(NO_PG)
        url, drop = new_pg_database()
        cleanups.append(drop)
    store = init_hq(path, PASSPHRASE, params=TEST_PARAMS, db_url=url, name=kw.pop("name", "HQ Test"), **kw)
    cleanups.insert(0, store.lock)
    return store


@pytest.fixture(params=["sqlcipher", "postgres"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def hq(tmp_path, backend):
    cleanups: list = []
    store = make_hq(tmp_path / "hq", backend, cleanups)
    yield store
    for fn in cleanups:
        fn()


@pytest.fixture
def field(tmp_path):
    v = make_field(tmp_path / "field", "monitor-a")
    yield v
    v.lock()


@pytest.fixture
def field2(tmp_path):
    v = make_field(tmp_path / "field2", "monitor-b")
    yield v
    v.lock()


def link(field: Vault, hq: HQStore) -> None:
    """The device trusts HQ's card and HQ enrolled the device (fingerprints compared)."""
    from fielddoc.bundle.device import enrolment

    card = hq.card()
    add_recipient(field, card, card.fingerprint)
    e = enrolment(field)
    assert e.label == ""  # the unencrypted file does not name the monitor
    hq_devices.enrol(hq, e, device_fingerprint(field), label=field.get_setting("author") or "")  # HQ names it


def snapshot(hq: HQStore) -> str:
    """A digest of every row of every table of HQ's records database, and of its file names."""
    from fielddoc.store import schema, schema_sync

    h = hashlib.sha256()
    tables = {**schema.metadata.tables, **schema_sync.metadata.tables}
    with hq.engine.connect() as conn:
        for name in sorted(tables):
            rows = conn.execute(select(tables[name])).all()
            h.update(name.encode())
            for r in sorted(repr(tuple(r)) for r in rows):
                h.update(r.encode())
    folder = hq.attachments_dir
    if folder.is_dir():
        for p in sorted(folder.iterdir()):
            h.update(p.name.encode())
    return h.hexdigest()


# -- raw bundles (for hostile and test-vector bundles) -------------------------------------
def entry(
    device_key: bytes,
    record_id: str,
    doc: dict,
    *,
    kind: str = "person",
    revision: int = 1,
    parent: str | None = None,
    op: str = "create",
    at: str = "2026-01-01T00:00:00.000+00:00",
    author: str = "monitor",
    device_id: str | None = None,
    draft: bool = False,
    id_generated: bool = False,
) -> tuple[bytes, str]:
    """(RECORD body, revision hash) of one revision signed... er, made by ``device_key``."""
    dev = device_id or signing.key_id(signing.public_of(device_key))
    doc = {"id": record_id, **doc}
    body = fmt.entry_json(
        record_id=record_id,
        kind=kind,
        revision=revision,
        parent=parent,
        op=op,
        device_id=dev,
        author=author,
        at=at,
        doc=doc,
        draft=draft,
        id_generated=id_generated,
    )
    h = revision_hash(
        record_id=record_id,
        kind=kind,
        revision=revision,
        parent_hash=parent,
        op=op,
        device_id=dev,
        author=author,
        at=at,
        doc_json=dumps(doc),
    )
    return body, h


def raw_manifest(
    device_key: bytes,
    recipients: list[str],
    records: list[tuple[bytes, str]],
    files: list[dict] | None = None,
    *,
    sequence: int = 1,
    previous: str | None = None,
    abandoned: list[int] | None = None,
    bundle_id: str | None = None,
    reply_to: str | None = None,
    **override: Any,
) -> dict:
    sha = hashlib.sha256()
    for body, _ in records:
        sha.update(fmt.frame_header(fmt.F_RECORD, len(body)) + body)
    files = files or []
    m = {
        "format": fmt.FORMAT_NAME,
        "version": 1,
        "type": "export",
        "bundle_id": bundle_id or "01900000-0000-7000-8000-" + secrets.token_hex(6),
        "device": signing.key_id(signing.public_of(device_key)),
        "sequence": sequence,
        "previous": previous,
        "abandoned": abandoned or [],
        "recipients": sorted(recipients),
        "created_at": "2026-01-01T00:00:00.000+00:00",
        "tlp_ceiling": "AMBER+STRICT",
        "reply_to": reply_to or age.generate_identity()[1],
        "counts": {"revisions": len(records), "files": len(files)},
        "revisions": [h for _, h in records],
        "records_sha256": sha.hexdigest(),
        "files": files,
        "more": False,
        "software": "fielddoc test",
    }
    m.update(override)
    return m


def raw_plaintext(
    device_key: bytes,
    manifest: dict | bytes,
    records: list[bytes],
    files: list[bytes] = (),
    *,
    kind: int = fmt.KIND_EXPORT,
    sign_key: bytes | None = None,
    public: bytes | None = None,
    end: bytes | None = None,
    trailing: bytes = b"",
    extra: bytes = b"",
) -> bytes:
    """Frame a bundle plaintext: preamble, manifest, records, files, END (all overridable)."""
    raw = manifest if isinstance(manifest, bytes) else canonical(manifest)
    sig = fmt.sign_manifest(kind, sign_key or device_key, raw)
    pub = public or signing.public_of(device_key)
    out = [fmt.encode_preamble(kind, pub, sig, len(raw)), raw]
    for body in records:
        out.append(fmt.frame_header(fmt.F_RECORD, len(body)) + body)
    for body in files:
        out.append(fmt.frame_header(fmt.F_FILE, len(body)) + body)
    out.append(extra)
    out.append(fmt.frame_header(fmt.F_END, 0) if end is None else end)
    out.append(trailing)
    return b"".join(out)


def seal(plaintext: bytes, recipients: list[str]) -> bytes:
    return age.encrypt_bytes(plaintext, recipients)


def hq_fingerprint(identity: str, hq_signing_private: bytes) -> str:
    return card_fingerprint(signing.public_of(hq_signing_private), age.recipient_of(identity))


def records_of(hq: HQStore) -> dict[str, Any]:
    from fielddoc.store.schema import records

    with hq.engine.connect() as conn:
        return {r.id: json.loads(r.doc) for r in conn.execute(select(records.c.id, records.c.doc))}


def fresh_records(v: Any) -> Records:
    return Records(v)
