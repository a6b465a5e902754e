"""Builds tests/data/vaults/<version>/: a vault made by this FieldDoc release,
kept so every later release must open and upgrade it (security test 11).

Run once per released schema version, never to regenerate an existing one:
    python tests/data/vaults/make_fixture.py 0.1.0
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from fielddoc import __version__
from fielddoc.attachments import service as att
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store import migrate
from fielddoc.store.vault import Vault

HERE = Path(__file__).parent
PASSPHRASE = "fixture vault passphrase"  # noqa: S105 - test fixture


def main(version: str) -> None:
    target = HERE / version
    if target.exists():
        raise SystemExit(f"{target} exists: fixtures are never regenerated")
    vault = Vault.create(target / "vault", PASSPHRASE, params=TEST_PARAMS, author="fixture")
    rec = Records(vault)
    data = json.loads((HERE.parent / "zhanaozen-2011-2012.json").read_text("utf-8"))
    interchange.import_dataset(rec, data)
    doc = rec.get("per-kozlov")
    doc["occupation"] = "politician; journalist (edited in fixture)"
    rec.update("per-kozlov", doc)
    rid = rec.create("person", {"name": "Deleted in fixture"})
    rec.delete(rid)
    res = att.attach(vault, rec, io.BytesIO(bytes(range(256)) * 700), file_name="fixture.bin",
                     related_ids=["case-kozlov"], title="fixture attachment")
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        heads = {r[0]: r[1] for r in conn.exec_driver_sql("SELECT id, head_hash FROM records")}
        schema = migrate.current_revision(conn)
    expected = {
        "made_by": __version__,
        "schema_revision": schema,
        "passphrase": PASSPHRASE,
        "counts": rec.counts(),
        "heads": heads,
        "attachment_id": res.attachment_id,
        "attachment_sha256": res.sha256,
    }
    vault.lock()
    for extra in ("vault.db-wal", "vault.db-shm"):
        p = target / "vault" / extra
        if p.exists() and p.stat().st_size == 0:
            p.unlink()
    (target / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True), "utf-8")
    print(f"fixture written to {target}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else __version__)
