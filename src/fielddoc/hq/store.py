"""The HQ store: an HQ vault (identities, attachment files) plus its records database.

The HQ vault is an ordinary FieldDoc vault (SQLCipher, Argon2id) that also
holds HQ's age identity; its own Ed25519 device key is HQ's signing key. The
records, revisions, audit log, device registry and bundle log live in the
vault's database by default, or in PostgreSQL when a ``--db-url`` is given
(saved, encrypted, in the vault). Attachment files always stay encrypted
under the HQ vault's key: in ``attachments/`` with the vault database, in
``hq-files/`` with PostgreSQL (so the vault's own orphan cleanup, which only
knows the vault database, never touches them).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, inspect, select, update
from sqlalchemy.engine import Connection, Engine

from fielddoc.bundle import age
from fielddoc.bundle.cards import RecipientCard, card_fingerprint, check_label
from fielddoc.bundle.errors import AlreadyAnHQ, NotAnHQ
from fielddoc.crypto import kdf, signing
from fielddoc.errors import VaultExists
from fielddoc.fsutil import private_dir
from fielddoc.hq import commit, dburl, locks, safety
from fielddoc.hq.team.members import TeamSession
from fielddoc.store import file_keys, migrate
from fielddoc.store.engine import url_engine
from fielddoc.store.schema import attachment_files, secrets_table, settings
from fielddoc.store.vault import ATTACHMENT_SUFFIX, DB_NAME, HEADER_NAME, ORPHAN_GRACE_SECONDS, Vault

ROLE_KEY = "role"
NAME_KEY = "hq_name"
DB_URL_KEY = "hq_db_url"
AGE_SECRET = "hq_age_identity"  # noqa: S105 - a row name, not a secret
DB_PASSWORD_SECRET = "hq_db_password"  # noqa: S105 - a row name, not a secret
SIGNING_HISTORY = "hq_signing_key"  # old HQ signing keys after --rotate-signing
EXTERNAL_FILES = "hq-files"


class HQStore:
    """An unlocked HQ: satisfies the record service's ``Store`` protocol."""

    def __init__(self, vault: Vault, engine: Engine | None = None, *, team: bool = True) -> None:
        self.vault = vault
        self._external = engine
        self.same_hq = False  # the database's HQ id is the vault's (hq/safety.py): orphan clean-up allowed
        self.team: TeamSession | None = None  # PostgreSQL: this member's keys and role (hq/team)
        self.pending_sql: list[str] = []  # PostgreSQL role set-up a database administrator must run
        if engine is not None:
            private_dir(self.attachments_dir)
            # Files HQ stored before per-file keys (0.1.0) get one (store/file_keys.py);
            # with the vault database the vault's own unlock already did this.
            with contextlib.suppress(OSError):
                file_keys.upgrade(engine, self.attachments_dir, vault.data_key)
            from fielddoc.hq.team.attach import attach

            if not team:  # hq restore: the team comes with the backup (hq/backup.py)
                return
            try:
                self.team = attach(self)
            except BaseException:
                engine.dispose()
                raise

    def require(self, capability: str) -> None:
        """Refuse what this member's HQ role does not allow (hq/team/roles.py); a vault HQ may all."""
        if self.team is not None:
            self.team.require(capability)

    # -- Store protocol ----------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        return self._external if self._external is not None else self.vault.engine

    @property
    def device_id(self) -> str:
        return self.team.hq_id if self.team is not None else self.vault.device_id

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        if key == "author" and self.team is not None:
            return self.team.name  # each member's own name on revisions and audit entries
        return self.vault.get_setting(key, default)

    def begin(self) -> AbstractContextManager[Connection]:
        """A write transaction on HQ's database; a COMMIT cut by a lost connection is settled from the
        server's record, never guessed (hq/commit.py)."""
        return commit.begin(self.engine)

    def write_lock(self, conn: Any, purpose: str, who: str, **kw: Any) -> None:
        """HQ's write lock for the rest of ``conn``'s transaction (hq/locks.py; PostgreSQL only)."""
        locks.acquire(conn, purpose, who, **kw)

    # -- what HQ is ----------------------------------------------------------------------
    @property
    def external(self) -> bool:
        return self._external is not None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def attachments_dir(self) -> Path:
        return self.vault.path / EXTERNAL_FILES if self._external is not None else self.vault.attachments_dir

    @property
    def data_key(self) -> bytes:
        return self.team.key if self.team is not None else self.vault.data_key

    @property
    def name(self) -> str:
        return self.vault.get_setting(NAME_KEY, "HQ") or "HQ"

    def identities(self) -> list[str]:
        """HQ's age identities, the current one first (older ones open older bundles)."""
        if self.team is not None:
            return self.team.identities()
        return self.local_identities()

    def local_identities(self) -> list[str]:
        with self.vault.engine.connect() as conn:
            rows = conn.execute(
                select(secrets_table.c.name, secrets_table.c.value).where(
                    secrets_table.c.name.like(f"{AGE_SECRET}%")
                )
            ).all()
        found = {name: bytes(value).decode("ascii") for name, value in rows}
        if AGE_SECRET not in found:
            raise NotAnHQ(path=str(self.vault.path))
        older = sorted(
            (k for k in found if k != AGE_SECRET), key=lambda k: int(k.rsplit(".", 1)[1]), reverse=True
        )
        return [found[AGE_SECRET]] + [found[k] for k in older]

    def signing_key(self) -> bytes:
        """HQ's current Ed25519 private key (a team member who may not sign has none)."""
        if self.team is not None:
            return self.team.signing_keys()[0]
        return self.vault.signing_key()

    def signing_public(self) -> bytes:
        if self.team is not None:
            return self.team.signing_public
        return signing.public_of(self.vault.signing_key())

    def _retired_signing_keys(self) -> list[bytes]:
        """Private keys HQ rotated away from, newest first (``hq_signing_key.<n>``)."""
        if self.team is not None:
            return self.team.signing_keys()[1:]
        return self.local_retired_signing_keys()

    def local_retired_signing_keys(self) -> list[bytes]:
        with self.vault.engine.connect() as conn:
            rows = conn.execute(
                select(secrets_table.c.name, secrets_table.c.value).where(
                    secrets_table.c.name.like(f"{SIGNING_HISTORY}.%")
                )
            ).all()
        return [bytes(r[1]) for r in sorted(rows, key=lambda r: int(r[0].rsplit(".", 1)[1]), reverse=True)]

    def signing_publics(self) -> set[bytes]:
        """HQ's Ed25519 public keys: the current one and any it rotated away from."""
        return {self.signing_public()} | {signing.public_of(k) for k in self._retired_signing_keys()}

    def fingerprints(self) -> set[str]:
        """Card fingerprints of every HQ identity (current and retired, both kinds of key)."""
        recipients = [age.recipient_of(i) for i in self.identities()]
        return {card_fingerprint(pub, r) for pub in self.signing_publics() for r in recipients}

    def fingerprint(self) -> str:
        return card_fingerprint(self.signing_public(), age.recipient_of(self.identities()[0]))

    def card(self) -> RecipientCard:
        """HQ's current card; after a signing key rotation also signed by the key it replaced."""
        retired = self._retired_signing_keys()
        return RecipientCard.make(
            self.name,
            age.recipient_of(self.identities()[0]),
            self.signing_key(),
            previous_private=retired[0] if retired else None,
        )

    def rotate_signing_key(self) -> RecipientCard:
        """A new Ed25519 key signs HQ's cards and receipts; the old one is kept to sign the new card."""
        new_private, _ = signing.generate()
        if self.team is not None:
            return self._rotate_in_escrow(signing_key=new_private)
        with self.vault.engine.begin() as conn:
            names = [
                r[0]
                for r in conn.execute(
                    select(secrets_table.c.name).where(secrets_table.c.name.like(f"{SIGNING_HISTORY}.%"))
                )
            ]
            n = max((int(x.rsplit(".", 1)[1]) for x in names), default=0) + 1
            current = conn.execute(
                select(secrets_table.c.value).where(secrets_table.c.name == "device_signing_key")
            ).scalar_one()
            conn.execute(secrets_table.insert().values(name=f"{SIGNING_HISTORY}.{n}", value=current))
            conn.execute(
                update(secrets_table)
                .where(secrets_table.c.name == "device_signing_key")
                .values(value=new_private)
            )
        return self.card()

    def rotate_age_key(self) -> RecipientCard:
        """A new age identity becomes current; the old one stays to open old bundles."""
        identity, _ = age.generate_identity()
        if self.team is not None:
            return self._rotate_in_escrow(identity=identity)
        with self.vault.engine.begin() as conn:
            names = [
                r[0]
                for r in conn.execute(
                    select(secrets_table.c.name).where(secrets_table.c.name.like(f"{AGE_SECRET}.%"))
                )
            ]
            n = max((int(x.rsplit(".", 1)[1]) for x in names), default=0) + 1
            current = conn.execute(
                select(secrets_table.c.value).where(secrets_table.c.name == AGE_SECRET)
            ).scalar()
            conn.execute(secrets_table.insert().values(name=f"{AGE_SECRET}.{n}", value=current))
            conn.execute(
                update(secrets_table)
                .where(secrets_table.c.name == AGE_SECRET)
                .values(value=identity.encode("ascii"))
            )
        return self.card()

    def _rotate_in_escrow(
        self, *, signing_key: bytes | None = None, identity: str | None = None
    ) -> RecipientCard:
        """With a team, HQ's keys live in the escrow (hq/team): any member who signs (an importer, an
        administrator) rotates them there, under HQ's write lock, for every importer at once. The old
        key stays, after the new one, to open old bundles and to sign the new card."""
        from fielddoc.hq.team import datakey
        from fielddoc.hq.team.members import update_escrow
        from fielddoc.hq.team.schema import hq_team

        team = self.team
        assert team is not None
        team.require("sign")
        assert team.importer_key is not None
        with self.begin() as conn:
            self.write_lock(conn, "rotation", team.name)
            sealed = conn.execute(select(hq_team.c.escrow).with_for_update()).scalar_one()
            escrow = datakey.open_escrow(team.importer_key, team.hq_id, sealed)  # another's rotation too
            ages, keys = list(escrow["age"]), [bytes.fromhex(k) for k in escrow["signing"]]
            if identity is not None:
                ages.insert(0, identity)
            if signing_key is not None:
                keys.insert(0, signing_key)
            update_escrow(conn, team, ages, keys, signing.public_of(keys[0]))
        return self.card()

    @contextlib.contextmanager
    def open_file(self, file_id: str) -> Iterator[BinaryIO]:
        """The encrypted stream of stored file ``file_id``: PostgreSQL pieces for a team, else a file.

        FileNotFoundError when it is not there (as ``Vault.open_file``)."""
        if self.team is None:
            with open(self.attachments_dir / f"{file_id}{ATTACHMENT_SUFFIX}", "rb") as fh:
                yield fh
            return
        import io

        from fielddoc.hq.team import files as team_files

        with self.engine.connect() as conn:
            if not team_files.has_pieces(conn, file_id):
                raise FileNotFoundError(file_id)
            yield io.BufferedReader(team_files.ChunkReader(conn, file_id))

    def lock(self) -> None:
        if self._external is not None:
            self._external.dispose()
        self.vault.lock()

    def clean_orphan_files(self, grace_seconds: float = ORPHAN_GRACE_SECONDS) -> int:
        """With PostgreSQL: move encrypted files no row refers to (a crash mid-import) to the quarantine.

        Only when the database is this vault's HQ (hq/safety.py): another database's rows
        say nothing about these files. A team's files are rows (hq/team), never orphans here.
        """
        if self._external is None or self.team is not None or not self.same_hq:
            return 0  # the vault's own cleanup knows the rows; a foreign database knows nothing
        with self.engine.connect() as conn:
            known = {r[0] for r in conn.execute(select(attachment_files.c.file_id))}
        return safety.quarantine_orphans(self.attachments_dir, known, grace_seconds)


def _connect(url: str, password: str | None) -> Engine:
    """An engine on ``url`` (plus ``password``), its schema brought to the newest revision."""
    full = dburl.with_password(url, password)
    safety.require_tls(url)

    def run() -> Engine:
        engine = url_engine(full)
        locks.configure(engine)
        try:
            with engine.begin() as conn:
                if conn.dialect.name == "postgresql":  # one migration at a time
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242000001)")
                # A failed statement aborts a PostgreSQL transaction: ask first.
                fresh = not inspect(conn).has_table("alembic_version")
                if fresh or migrate.current_revision(conn) != migrate.head_revision():
                    migrate.upgrade(conn)
        except BaseException:
            engine.dispose()
            raise
        return engine

    return dburl.guarded(url, password, run)


def _saved_address(vault: Vault) -> tuple[str | None, str | None]:
    """The saved address and password; an address saved with its password (FieldDoc 0.1) is split."""
    url = vault.get_setting(DB_URL_KEY)
    if not url:
        return None, None
    bare, inline = dburl.split_password(url)
    with vault.engine.begin() as conn:
        if inline is not None:
            conn.execute(delete(secrets_table).where(secrets_table.c.name == DB_PASSWORD_SECRET))
            conn.execute(secrets_table.insert().values(name=DB_PASSWORD_SECRET, value=inline.encode("utf-8")))
            conn.execute(update(settings).where(settings.c.key == DB_URL_KEY).values(value=bare))
            return bare, inline
        row = conn.execute(
            select(secrets_table.c.value).where(secrets_table.c.name == DB_PASSWORD_SECRET)
        ).first()
    return bare, (bytes(row[0]).decode("utf-8") if row else None)


def _engine_for(vault: Vault, db_url: str | None) -> Engine | None:
    if db_url:
        bare, password = dburl.split_password(db_url)
        return _connect(bare, password)
    url, password = _saved_address(vault)
    return _connect(url, password) if url else None


def _remove_new_entries(path: Path, before: set[str] | None) -> None:
    """Undo a failed ``init_hq``: remove what it created in ``path`` (the folder too if it made it)."""
    if not path.is_dir():
        return
    for entry in path.iterdir():
        if before is not None and entry.name in before:
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    if before is None:
        with contextlib.suppress(OSError):
            os.rmdir(path)


def init_hq(
    path: Path | str,
    passphrase: str,
    *,
    name: str = "HQ",
    params: kdf.KdfParams | None = None,
    db_url: str | None = None,
    author: str = "hq",
    age_identity: str | None = None,
    signing_key: bytes | None = None,
) -> HQStore:
    """Create an HQ vault with a new HQ identity (``age_identity``/``signing_key`` only for test vectors)."""
    check_label(name)  # the card shows it next to the fingerprint: refused before anything is made
    path = Path(path)
    before = {p.name for p in path.iterdir()} if path.is_dir() else None
    if (path / HEADER_NAME).exists() or (path / DB_NAME).exists():
        raise VaultExists(path=str(path))
    bare, password = dburl.split_password(db_url) if db_url else (None, None)
    # The database first: an address that does not work leaves no HQ vault behind.
    engine = _connect(bare, password) if bare else None
    vault: Vault | None = None
    hq_id: str | None = None
    try:
        if engine is not None:
            hq_id = safety.claim(engine, dburl.shown(bare or ""))
        vault = Vault.create(path, passphrase, params=params, author=author)
        vault.idle_timeout = None
        identity = age_identity or age.generate_identity()[0]
        age.parse_identity(identity)
        with vault.engine.begin() as conn:
            if conn.execute(select(secrets_table.c.name).where(secrets_table.c.name == AGE_SECRET)).first():
                raise AlreadyAnHQ(path=str(path))
            conn.execute(secrets_table.insert().values(name=AGE_SECRET, value=identity.encode("ascii")))
            if signing_key is not None:
                conn.execute(
                    update(secrets_table)
                    .where(secrets_table.c.name == "device_signing_key")
                    .values(value=signing_key)
                )
                conn.execute(
                    update(settings)
                    .where(settings.c.key == "device_id")
                    .values(value=signing.key_id(signing.public_of(signing_key)))
                )
            conn.execute(delete(settings).where(settings.c.key.in_([ROLE_KEY, NAME_KEY, DB_URL_KEY])))
            rows: list[dict[str, Any]] = [{"key": ROLE_KEY, "value": "hq"}, {"key": NAME_KEY, "value": name}]
            if hq_id:
                conn.execute(delete(settings).where(settings.c.key == safety.HQ_ID_KEY))
                rows.append({"key": safety.HQ_ID_KEY, "value": hq_id})
            if bare:
                rows.append({"key": DB_URL_KEY, "value": bare})  # never the password
            conn.execute(settings.insert(), rows)
            if password:
                conn.execute(
                    secrets_table.insert().values(name=DB_PASSWORD_SECRET, value=password.encode("utf-8"))
                )
        store = HQStore(vault, engine)
        store.same_hq = hq_id is not None
        return store
    except BaseException:
        if engine is not None:
            if hq_id:
                safety.release(engine, hq_id)
            engine.dispose()
        if vault is not None:
            vault.lock()
        _remove_new_entries(path, before)
        raise


def open_hq(path: Path | str, passphrase: str, *, db_url: str | None = None, team: bool = True) -> HQStore:
    """Unlock an HQ vault and connect to its records database.

    ``team=False`` (only ``hq restore``) does not join or make the database's team: a restore into an
    empty database brings the team back from the backup, with this vault's own credential.
    """
    vault = Vault.open(path, passphrase)
    vault.idle_timeout = None
    return as_hq(vault, db_url=db_url, team=team)


def is_hq_vault(vault: Vault) -> bool:
    return vault.get_setting(ROLE_KEY) == "hq"


def as_hq(vault: Vault, *, db_url: str | None = None, team: bool = True) -> HQStore:
    """The HQ of an unlocked HQ vault, as :func:`open_hq` opens it (the vault is locked on failure)."""
    try:
        if not is_hq_vault(vault):
            raise NotAnHQ(path=str(vault.path))
        hq = HQStore(vault, _engine_for(vault, db_url), team=team)
        if hq.external:
            hq.same_hq, new_id = safety.same_hq(vault.get_setting(safety.HQ_ID_KEY), hq.engine)
            if new_id:
                vault.set_setting(safety.HQ_ID_KEY, new_id)
    except BaseException:
        vault.lock()
        raise
    with contextlib.suppress(OSError):
        hq.clean_orphan_files()
    return hq


def from_vault(vault: Vault, db_url: str | None = None) -> HQStore:
    """An HQStore over an already unlocked HQ vault (tests, GUI)."""
    if vault.get_setting(ROLE_KEY) != "hq":
        raise NotAnHQ(path=str(vault.path))
    return HQStore(vault, _engine_for(vault, db_url))
