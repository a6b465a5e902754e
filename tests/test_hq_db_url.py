"""F14 (issue 9): `hq init --db-url` cleans up after a failure, and the database password never
sits in argv nor in plaintext.

The PostgreSQL tests use the server named by FIELDDOC_TEST_PG_URL (skipped without it).
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy.engine import make_url

from fielddoc.cli.main import main
from fielddoc.hq import dburl
from fielddoc.hq.store import DB_PASSWORD_SECRET, DB_URL_KEY, open_hq
from fielddoc.store.schema import secrets_table
from tests.test_bundle_cli import KDF
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, new_pg_database

UNREACHABLE = "postgresql+psycopg://fielddoc@127.0.0.1:1/nothing"


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)

    def _run(*args, rc=0):
        got = main([str(a) for a in args])
        captured = capsys.readouterr()
        assert got == rc, captured.err + captured.out
        return captured.out + captured.err

    return _run


def _init(run, hq, card, *extra, rc=0):
    return run("hq", "init", "--vault", hq, "--card-out", card, *extra, *KDF, rc=rc)


@pytest.mark.parametrize("existing", [False, True])
@pytest.mark.parametrize("url", [UNREACHABLE, "not a database address", "nosuchdriver://x/y"])
def test_failed_init_leaves_the_folder_as_it_was(tmp_path, run, url, existing):
    hq, card = tmp_path / "hq", tmp_path / "card.json"
    if existing:
        hq.mkdir()
        (hq / "notes.txt").write_text("mine")
    out = _init(run, hq, card, "--db-url", url, rc=2)
    assert "cannot be used" in out and "Nothing was changed" in out
    assert "internal error" not in out
    if existing:
        assert sorted(p.name for p in hq.iterdir()) == ["notes.txt"]
    else:
        assert not hq.exists()
    assert not card.exists()
    # the folder works for a later `hq init`, and every later command
    _init(run, hq, card)
    assert "(0 devices)" in run("hq", "devices", "list", "--vault", hq)


def test_password_on_the_command_line_is_refused(tmp_path, run):
    hq, card = tmp_path / "hq", tmp_path / "card.json"
    for url in (
        "postgresql+psycopg://fielddoc:s3cret@127.0.0.1:1/x",
        "postgresql+psycopg://fielddoc@127.0.0.1:1/x?password=s3cret",
    ):
        out = _init(run, hq, card, "--db-url", url, rc=2)
        assert "PGPASSWORD" in out and "--db-url-file" in out and "s3cret" not in out
        assert not hq.exists()
    _init(run, hq, card)
    out = run("hq", "devices", "list", "--vault", hq, "--db-url", UNREACHABLE.replace("@", ":pw@"), rc=2)
    assert "--db-url-file" in out


def test_split_password():
    got = dburl.split_password("postgresql+psycopg://u:p%40ss@h:5/d")
    assert got == ("postgresql+psycopg://u@h:5/d", "p@ss")
    assert dburl.split_password("postgresql+psycopg://u@h/d?password=x&sslmode=require") == (
        "postgresql+psycopg://u@h/d?sslmode=require",
        "x",
    )
    assert dburl.split_password("postgresql+psycopg://u@h/d") == ("postgresql+psycopg://u@h/d", None)


def _raw_files_contain(folder, needle: bytes) -> bool:
    return any(p.is_file() and needle in p.read_bytes() for p in folder.rglob("*"))


def _password_used(hq) -> str | None:
    with hq.engine.connect() as conn:
        return conn.connection.driver_connection.info.password


@pytest.mark.postgres
def test_db_url_file_password_is_kept_encrypted(tmp_path, run, monkeypatch):
    if not PG_URL:
        pytest.skip(NO_PG)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url, drop = new_pg_database()
    try:
        secret = "pw-" + os.urandom(6).hex()
        address = make_url(url).set(password=secret).render_as_string(hide_password=False)
        f = tmp_path / "db-url"
        f.write_text(address + "\n")
        hq, card = tmp_path / "hq", tmp_path / "card.json"
        _init(run, hq, card, "--db-url-file", f)
        assert not _raw_files_contain(hq, secret.encode())  # the vault is encrypted
        store = open_hq(hq, PASSPHRASE)
        try:
            assert store.external
            saved = store.get_setting(DB_URL_KEY)
            assert saved is not None and secret not in saved and dburl.split_password(saved)[1] is None
            assert _password_used(store) == secret  # kept as a vault secret, given to libpq
        finally:
            store.lock()
        assert "(0 devices)" in run("hq", "devices", "list", "--vault", hq)
    finally:
        drop()


@pytest.mark.postgres
def test_libpq_sources_give_the_password(tmp_path, run, monkeypatch):
    """PGPASSWORD, then ~/.pgpass (PGPASSFILE): FieldDoc adds no password of its own."""
    if not PG_URL:
        pytest.skip(NO_PG)
    url, drop = new_pg_database()
    try:
        hq, card = tmp_path / "hq", tmp_path / "card.json"
        monkeypatch.setenv("PGPASSWORD", "from-env")
        _init(run, hq, card, "--db-url", url)
        store = open_hq(hq, PASSPHRASE)
        try:
            assert _password_used(store) == "from-env"
        finally:
            store.lock()
        monkeypatch.delenv("PGPASSWORD")
        u = make_url(url)
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"{u.host}:{u.port}:*:{u.username}:from-pgpass\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        store = open_hq(hq, PASSPHRASE)
        try:
            assert _password_used(store) == "from-pgpass"
        finally:
            store.lock()
    finally:
        drop()


@pytest.mark.postgres
def test_an_address_saved_with_its_password_is_split_on_open(tmp_path, monkeypatch):
    """An HQ vault made by 0.1.0 kept the whole address as a setting: it moves to a vault secret."""
    if not PG_URL:
        pytest.skip(NO_PG)
    from tests.test_bundle_support import make_hq

    cleanups: list = []
    try:
        store = make_hq(tmp_path / "hq", "postgres", cleanups)
        saved = store.get_setting(DB_URL_KEY)
        store.vault.set_setting(DB_URL_KEY, make_url(saved).set(password="old-pw").render_as_string(False))
        store.lock()
        store = open_hq(tmp_path / "hq", PASSPHRASE)
        cleanups.insert(0, store.lock)
        assert "old-pw" not in (store.get_setting(DB_URL_KEY) or "")
        with store.vault.engine.connect() as conn:
            assert conn.execute(
                secrets_table.select().where(secrets_table.c.name == DB_PASSWORD_SECRET)
            ).first().value == b"old-pw"
        assert _password_used(store) == "old-pw"
    finally:
        for fn in cleanups:
            fn()
