"""Issue 15 (parts 1, 2-attachments, 4): HQ as a team on one PostgreSQL database.

An administrator invites an importer, an analyst and a reader; each joins from their own vault
folder with their own passphrase and credential; attachments live in PostgreSQL so `hq verify`
passes from every folder; roles are enforced by FieldDoc and by PostgreSQL (grants, row-level
security); removing a member replaces HQ's data key. Needs FIELDDOC_TEST_PG_URL.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from fielddoc.attachments import service as att
from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.crypto.keys import unwrap_file_key
from fielddoc.errors import IntegrityError
from fielddoc.hq import conflicts
from fielddoc.hq.errors import HQDatabaseTaken
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.receipts import make_receipt
from fielddoc.hq.store import init_hq, open_hq
from fielddoc.hq.team import datakey, files, pgroles
from fielddoc.hq.team.errors import (
    CannotSign,
    CannotWrite,
    InvitationExpired,
    MemberRemoved,
    NotAdministrator,
)
from fielddoc.hq.team.invite import invite, join_hq
from fielddoc.hq.team.members import list_members, remove
from fielddoc.hq.team.schema import hq_file_chunks, hq_members
from fielddoc.hq.verify import verify_hq
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.schema import attachment_files, revisions
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, link, make_field, new_pg_database

pytestmark = pytest.mark.postgres

PAYLOAD = bytes(range(256)) * 600 + b"evidence"
BASE = {"id": "case-shared", "title": "Shared case", "case_type": "criminal", "confidentiality": "public"}


@pytest.fixture
def pg():
    if not PG_URL:
        pytest.skip(NO_PG)
    url, drop = new_pg_database()
    yield url
    drop()


@pytest.fixture
def opened():
    stores: list = []
    yield stores
    for s in stores:
        s.lock()


def _invite_file(admin, tmp_path, name, role, **kw):
    inv = invite(admin, name, role, **kw)
    assert inv.pending_sql == []  # the test server's superuser may create roles
    path = tmp_path / f"{name}.invitation"
    path.write_text(inv.invitation.to_json())
    return path


def _join(tmp_path, url, name, invitation, opened):
    hq = join_hq(tmp_path / f"vault-{name}", f"{PASSPHRASE} {name}", invitation, url, params=TEST_PARAMS)
    opened.append(hq)
    return hq


def _bundle_with_attachment_and_conflict(tmp_path, importer):
    """Two monitors edit the same case; monitor A attaches a file. Returns the attachment."""
    a, b = make_field(tmp_path / "field-a", "monitor-a"), make_field(tmp_path / "field-b", "monitor-b")
    try:
        for v in (a, b):
            interchange.import_dataset(Records(v), {"cases": [BASE]})
            link(v, importer)
        src = tmp_path / "photo.jpg"
        src.write_bytes(PAYLOAD)
        got = att.attach(a, Records(a), src, related_ids=["case-shared"])
        Records(a).update("case-shared", {**BASE, "title": "Edited by A"})
        Records(b).update("case-shared", {**BASE, "title": "Edited by B"})
        for v, name in ((a, "out-a"), (b, "out-b")):
            (tmp_path / name).mkdir()
            res = export_bundle(v, tmp_path / name)
            assert res is not None
            import_bundle(importer, res.path)
        return got
    finally:
        a.lock()
        b.lock()


def test_a_team_invites_joins_works_and_removes(tmp_path, pg, opened):
    admin = init_hq(tmp_path / "vault-admin", PASSPHRASE, params=TEST_PARAMS, db_url=pg, author="Aigul")
    opened.append(admin)
    assert admin.team is not None and admin.team.role == "admin" and admin.pending_sql == []
    paths = {(n, r): _invite_file(admin, tmp_path, n, r)
             for n, r in (("Station", "importer"), ("Dana", "analyst"), ("Ruslan", "reader"))}
    importer, analyst, reader = (_join(tmp_path, pg, n, p, opened) for (n, _r), p in paths.items())
    assert [m.team.role for m in (importer, analyst, reader)] == ["importer", "analyst", "reader"]
    # each member's own PostgreSQL login, none the administrator's
    for m, name in ((importer, "Station"), (analyst, "Dana"), (reader, "Ruslan")):
        with m.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT session_user").scalar_one().startswith("fd_")
        assert m.get_setting("author") == name

    # the importer (holding HQ's keys from the escrow, never in its own vault) imports
    got = _bundle_with_attachment_and_conflict(tmp_path, importer)
    with importer.engine.connect() as conn:
        assert conn.execute(select(hq_file_chunks.c.file_id)).first() is not None
    assert not [p for n in ("Station", "Aigul") for p in (tmp_path / f"vault-{n}").rglob("*.fda")]
    # every member verifies every attachment from its own folder
    for m in (admin, importer, analyst, reader):
        assert verify_hq(m, files=True) == []
    # the analyst resolves and edits under their own name
    heads = conflicts.list_conflicts(analyst)[0]["heads"]
    conflicts.resolve(analyst, "case-shared", take=heads[0]["hash"][:16])
    Records(analyst).update("case-shared", {**BASE, "title": "Assessed at HQ"})
    with analyst.engine.connect() as conn:
        authors = [r[0] for r in conn.execute(select(revisions.c.author).where(
            revisions.c.record_id == "case-shared").order_by(revisions.c.seq))]
    assert authors[-2:] == ["Dana", "Dana"]
    # the reader: refused writes cleanly (by FieldDoc and by PostgreSQL), holds no key to sign
    with pytest.raises(CannotWrite):
        conflicts.resolve(reader, "case-shared", doc={**BASE})
    with pytest.raises(CannotWrite):  # FieldDoc refuses first ...
        Records(reader).update("case-shared", {**BASE, "title": "Reader was here"})
    with pytest.raises(DBAPIError) as blocked, reader.engine.begin() as conn:  # ... and PostgreSQL too
        conn.execute(text("UPDATE records SET title = 'Reader was here' WHERE id = 'case-shared'"))
    assert pgroles.friendly(blocked.value) is not None
    for m in (reader, analyst):
        with pytest.raises(CannotSign):
            make_receipt(m, importer.device_id, tmp_path / "receipt.fdb")
        with pytest.raises(CannotSign):
            m.identities()
    assert not (tmp_path / "receipt.fdb").exists()
    with pytest.raises(NotAdministrator):
        invite(analyst, "Someone", "reader")

    # remove the analyst: a new K for those who stay
    old_k = analyst.data_key
    with admin.engine.begin() as conn:
        removal = remove(conn, admin.team, "Dana")
    assert removal.rewrapped_members == 3 and removal.rewrapped_files == 1
    with admin.engine.connect() as conn:
        row = conn.execute(select(attachment_files)).mappings().one()
        assert conn.execute(select(hq_members.c.wrapped).where(hq_members.c.name == "Dana")).scalar() is None
    with pytest.raises(IntegrityError):
        unwrap_file_key(old_k, bytes.fromhex(row["file_id"]), row["wrapped_key"])
    analyst_vault = analyst.vault.path
    analyst.lock()
    opened.remove(analyst)
    with pytest.raises(MemberRemoved):
        open_hq(analyst_vault, f"{PASSPHRASE} Dana")
    for name in ("Station", "Ruslan"):
        again = open_hq(tmp_path / f"vault-{name}", f"{PASSPHRASE} {name}")
        opened.append(again)
        assert again.data_key != old_k and verify_hq(again, files=True) == []
    with admin.engine.connect() as conn:
        for m in conn.execute(select(hq_members).where(hq_members.c.wrapped.is_not(None))).mappings():
            with pytest.raises(IntegrityError):  # the old K is no key to any new wrap
                datakey.unwrap_invitation(m["wrapped"], old_k, m["member_id"])
    assert got.sha256 == row["sha256"]


def test_an_invitation_is_used_once_and_expires(tmp_path, pg, opened):
    admin = init_hq(tmp_path / "vault-admin", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    opened.append(admin)
    inv = _invite_file(admin, tmp_path, "Dana", "analyst")
    _join(tmp_path, pg, "Dana", inv, opened)
    with pytest.raises(InvitationExpired):
        join_hq(tmp_path / "second", PASSPHRASE, inv, pg, params=TEST_PARAMS)
    assert not (tmp_path / "second").exists()
    from datetime import UTC, datetime, timedelta

    old = invite(admin, "Late", "reader", now=datetime.now(UTC) - timedelta(days=4))
    (tmp_path / "late").write_text(old.invitation.to_json())
    with pytest.raises(InvitationExpired):
        join_hq(tmp_path / "late-vault", PASSPHRASE, tmp_path / "late", pg, params=TEST_PARAMS)
    states = {m["name"]: m["state"] for m in list_members_of(admin)}
    assert states == {"hq": "member", "Dana": "member", "Late": "invited"}


def list_members_of(hq):
    with hq.engine.connect() as conn:
        return list_members(conn)


def test_another_vault_on_a_team_database_is_not_a_member(tmp_path, pg, opened):
    admin = init_hq(tmp_path / "vault-admin", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    opened.append(admin)
    with pytest.raises(HQDatabaseTaken):  # a second 'hq init' is refused: join instead (hq-safety.md §4)
        init_hq(tmp_path / "second", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    assert not (tmp_path / "second").exists()


def test_hq_files_of_an_older_hq_move_into_postgresql(tmp_path, pg, monkeypatch):
    """An HQ made before teams kept attachments in hq-files/: its first open moves them."""
    import fielddoc.hq.team.attach as attach_mod

    real = attach_mod.attach
    monkeypatch.setattr(attach_mod, "attach", lambda hq: None)  # the HQ of FieldDoc before teams
    old = init_hq(tmp_path / "vault-admin", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    try:
        _bundle_with_attachment_and_conflict(tmp_path, old)
    finally:
        old.lock()
    assert len(list((tmp_path / "vault-admin" / "hq-files").glob("*.fda"))) == 1
    monkeypatch.setattr(attach_mod, "attach", real)
    hq = open_hq(tmp_path / "vault-admin", PASSPHRASE)
    try:
        assert hq.team is not None
        assert list((tmp_path / "vault-admin" / "hq-files").glob("*.fda")) == []
        with hq.engine.connect() as conn:
            fid = conn.execute(select(attachment_files.c.file_id)).scalar_one()
            assert files.has_pieces(conn, fid)
            out = tmp_path / "extracted.jpg"
            files.extract(conn, fid, hq.data_key, out)
        assert out.read_bytes() == PAYLOAD
        assert verify_hq(hq, files=True) == []
    finally:
        hq.lock()


def test_row_level_security_caps_a_reader(tmp_path, pg, opened):
    admin = init_hq(tmp_path / "vault-admin", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    opened.append(admin)
    rec = Records(admin)
    for i, level in enumerate(("public", "partners", "organisation", "restricted")):
        rec.create("person", {"id": f"per-{i}", "name": f"P{i}", "confidentiality": level})
    capped = _join(tmp_path, pg, "Capped", _invite_file(admin, tmp_path, "Capped", "reader",
                                                         max_level="partners"), opened)
    assert set(Records(capped).exists([f"per-{i}" for i in range(4)])) == {"per-0", "per-1"}
    with capped.engine.connect() as conn:
        seen = {r[0] for r in conn.execute(select(revisions.c.record_id))}
    assert seen == {"per-0", "per-1"}
    full = _join(tmp_path, pg, "Full", _invite_file(admin, tmp_path, "Full", "reader"), opened)
    assert len(Records(full).exists([f"per-{i}" for i in range(4)])) == 4


def test_without_the_right_to_create_roles_the_sql_is_given(pg):
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text("DROP ROLE IF EXISTS fdtest_weak"))
        c.execute(text("CREATE ROLE fdtest_weak LOGIN"))
    weak = create_engine(make_url(pg).set(username="fdtest_weak"))
    try:
        with weak.begin() as conn:
            sql = pgroles.setup_sql(pgroles.dbname(conn))
            assert pgroles.apply(conn, sql) is False  # nothing applied, nothing broken
            assert conn.exec_driver_sql("SELECT 1").scalar_one() == 1
        assert any("ROW LEVEL SECURITY" in s for s in sql)
    finally:
        weak.dispose()
        with admin.connect() as c:
            c.execute(text("DROP ROLE IF EXISTS fdtest_weak"))
        admin.dispose()


def test_the_cli_invites_joins_lists_refuses_and_removes(tmp_path, pg, monkeypatch, capsys):
    from fielddoc.cli.main import main
    from fielddoc.crypto import kdf

    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.TEST_PARAMS)

    def run(*args, rc=0):
        got = main([str(a) for a in args])
        captured = capsys.readouterr()
        assert got == rc, captured.err + captured.out
        text_ = captured.out + captured.err
        assert "internal error" not in text_ and "Traceback" not in text_
        return text_

    admin = ["--vault", tmp_path / "admin"]
    run("hq", "init", *admin, "--db-url", pg, "--card-out", tmp_path / "card.json", "--author", "Aigul")
    run("hq", "invite", *admin, "--name", "Ruslan", "--role", "reader", "--out", tmp_path / "r.inv")
    out = run("hq", "join", "--vault", tmp_path / "reader", "--db-url", pg,
              "--invitation", tmp_path / "r.inv")
    assert "Ruslan (reader)" in out
    out = run("hq", "members", *admin)
    assert "Aigul  admin  member" in out and "Ruslan  reader  member" in out and "(2 members)" in out
    reader = ["--vault", tmp_path / "reader"]
    assert "(0 devices)" in run("hq", "devices", "list", *reader)
    # refused by FieldDoc before the database (devices are for importers and admins): a clean message
    field = make_field(tmp_path / "field")
    try:
        with admin_store(tmp_path / "admin") as hq:
            link(field, hq)
        device = field.device_id
    finally:
        field.lock()
    out = run("hq", "devices", "rename", *reader, device, "Renamed by a reader", rc=2)
    assert "cannot enrol, revoke or rename devices" in out and "Nothing was changed" in out
    out = run("hq", "receipt", *reader, "--device", device, "--out", tmp_path / "receipt.fdb", rc=2)
    assert "holds none of HQ's private keys" in out and not (tmp_path / "receipt.fdb").exists()
    out = run("hq", "invite", *reader, "--name", "X", "--role", "admin", "--out", tmp_path / "x.inv", rc=2)
    assert "Only an HQ administrator" in out
    out = run("hq", "remove", *admin, "Ruslan")
    assert "Removed Ruslan (reader)" in out
    out = run("hq", "devices", "list", *reader, rc=2)
    assert "no longer lets your login in" in out  # their PostgreSQL login is closed too (LoginClosed)
    assert "(1 members)" in run("hq", "members", *admin)


class admin_store:  # noqa: N801 - a small context manager for the test above
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        self.hq = open_hq(self.path, PASSPHRASE)
        return self.hq

    def __exit__(self, *exc):
        self.hq.lock()


def test_an_import_with_the_key_a_removal_replaced_saves_nothing(tmp_path, pg, opened):
    """An importer opened before a removal still holds the old K: its file keys would be wrapped
    under a key the others no longer have, so the import is refused whole."""
    from fielddoc.hq.team.errors import KeysChanged

    admin = init_hq(tmp_path / "vault-admin", PASSPHRASE, params=TEST_PARAMS, db_url=pg)
    opened.append(admin)
    importer = _join(tmp_path, pg, "Station", _invite_file(admin, tmp_path, "Station", "importer"), opened)
    _join(tmp_path, pg, "Ruslan", _invite_file(admin, tmp_path, "Ruslan", "reader"), opened)
    with admin.engine.begin() as conn:
        remove(conn, admin.team, "Ruslan")
    with pytest.raises(KeysChanged):
        _bundle_with_attachment_and_conflict(tmp_path, importer)
    with admin.engine.connect() as conn:
        assert conn.execute(select(attachment_files.c.file_id)).first() is None
        assert conn.execute(select(hq_file_chunks.c.file_id)).first() is None
    fresh = open_hq(tmp_path / "vault-Station", f"{PASSPHRASE} Station")  # opened again: the new K
    opened.append(fresh)
    assert fresh.data_key == admin.data_key != importer.data_key
