"""Invitations and ``join``: how a newcomer becomes an HQ member with their own credential.

``invite`` (an administrator) adds a pending member row whose key blob is wrapped under a one-time
secret, and writes the secret in an invitation file (to be carried out of band; it expires).
``join`` (on the newcomer's machine) creates their own local HQ vault with their own passphrase
and member key, and replaces the invitation wrap with a wrap to that key: the invitation then
opens nothing.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from fielddoc.bundle import age
from fielddoc.errors import IntegrityError
from fielddoc.hq.team import datakey, members, pgroles, roles
from fielddoc.hq.team.errors import InvitationExpired, InvitationInvalid
from fielddoc.hq.team.schema import hq_members, hq_team
from fielddoc.records.ids import now_iso

FORMAT = "fielddoc-hq-invitation"
MAX_BYTES = 64 * 1024
LEVELS = pgroles.LEVELS


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


@dataclass
class Invitation:
    member_id: str
    name: str
    role: str
    hq_id: str
    hq_name: str
    secret: bytes
    expires: str
    db_user: str | None
    db_password: str | None

    def to_json(self) -> str:
        return json.dumps({
            "format": FORMAT, "version": 1, "member_id": self.member_id, "name": self.name,
            "role": self.role, "hq_id": self.hq_id, "hq_name": self.hq_name, "secret": self.secret.hex(),
            "expires": self.expires, "db_user": self.db_user, "db_password": self.db_password,
        }, ensure_ascii=False, indent=1) + "\n"


def read_invitation(path: Path) -> Invitation:
    where = str(path)
    try:
        raw = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as exc:
        raise InvitationInvalid(path=where, reason=exc.strerror or "it cannot be read") from None
    try:
        if len(raw) > MAX_BYTES:
            raise ValueError
        d = json.loads(raw.decode("utf-8"))
        if d.get("format") != FORMAT or d.get("version") != 1 or d.get("role") not in roles.ROLES:
            raise ValueError
        inv = Invitation(
            member_id=str(d["member_id"]), name=str(d["name"]), role=str(d["role"]), hq_id=str(d["hq_id"]),
            hq_name=str(d["hq_name"]), secret=bytes.fromhex(d["secret"]), expires=str(d["expires"]),
            db_user=d.get("db_user"), db_password=d.get("db_password"),
        )
        _parse_iso(inv.expires)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        raise InvitationInvalid(path=where, reason="it is not an HQ invitation file") from None
    if len(inv.secret) != 32 or not inv.member_id.isalnum():
        raise InvitationInvalid(path=where, reason="it is damaged")
    return inv


@dataclass
class Invited:
    invitation: Invitation
    pending_sql: list[str]  # PostgreSQL statements a database administrator must run


def invite(hq: Any, name: str, role: str, *, max_level: str | None = None, hours: float = 72,
           now: datetime | None = None) -> Invited:
    """Add a pending member ``name`` with ``role``; returns the invitation (holding its secret)."""
    from fielddoc.bundle.cards import check_label

    team: members.TeamSession | None = hq.team
    if team is None:
        from fielddoc.hq.team.errors import NotAMember

        raise NotAMember(where="(the HQ vault's own database)")
    team.require("members")
    check_label(name)
    if role not in roles.ROLES or (max_level is not None and max_level not in LEVELS):
        raise ValueError(role)  # the CLI and GUI offer only these
    member_id = members.new_member_id()
    secret = secrets.token_bytes(32)
    expires = _iso((now or datetime.now(UTC)) + timedelta(hours=hours))
    password = pgroles.new_password()
    with hq.begin() as conn:
        db = pgroles.dbname(conn)
        login = pgroles.login_name(db, member_id)
        sql = pgroles.setup_sql(db) + pgroles.member_sql(db, member_id, role, password)
        applied = pgroles.apply(conn, sql)
        gen = conn.execute(select(hq_team.c.generation).where(hq_team.c.id == 1)).scalar_one()
        assert team.importer_key is not None
        blob = datakey.KeyBlob(team.key, team.importer_key if roles.holds_private_keys(role) else None, gen)
        conn.execute(hq_members.insert().values(
            member_id=member_id, name=name, role=role, max_level=max_level, pg_role=login,
            wrapped=datakey.wrap_for_invitation(blob, secret, member_id), invite_expires=expires,
            generation=gen, added_by=team.name, added_at=now_iso(),
        ))
    inv = Invitation(member_id, name, role, team.hq_id, team.hq_name, secret, expires, login, password)
    return Invited(inv, [] if applied else sql)


def claim(conn: Any, inv: Invitation, where: str, identity: str, now: datetime | None = None) -> None:
    """Replace the invitation wrap by a wrap to the new member's own key (``identity``)."""
    row = conn.execute(select(hq_members).where(hq_members.c.member_id == inv.member_id)
                       .with_for_update()).mappings().first()
    if (row is None or row["invite_expires"] is None or row["wrapped"] is None or row["removed_at"]
            or _parse_iso(row["invite_expires"]) <= (now or datetime.now(UTC))):
        raise InvitationExpired(path=where, at=inv.expires)
    try:
        blob = datakey.unwrap_invitation(row["wrapped"], inv.secret, inv.member_id)
    except IntegrityError:
        raise InvitationInvalid(path=where, reason="its secret does not match this HQ") from None
    recipient = age.recipient_of(identity)
    conn.execute(update(hq_members).where(hq_members.c.member_id == inv.member_id).values(
        recipient=recipient, wrapped=datakey.wrap_to_member(blob, recipient), invite_expires=None,
        joined_at=now_iso(),
    ))


def join_hq(path: Path | str, passphrase: str, invitation: Path | str, db_url: str, *,
            params: Any = None) -> Any:
    """Create this newcomer's own HQ vault at ``path`` and claim the invitation; returns the open HQStore.

    Nothing is left behind when it fails (the folder is as it was, the invitation still unused).
    """
    from sqlalchemy import delete

    from fielddoc.errors import VaultExists
    from fielddoc.hq import dburl
    from fielddoc.hq import store as hq_store
    from fielddoc.store.schema import secrets_table, settings
    from fielddoc.store.vault import DB_NAME, HEADER_NAME, Vault

    path, inv_path = Path(path), Path(invitation)
    inv = read_invitation(inv_path)
    before = {p.name for p in path.iterdir()} if path.is_dir() else None
    if (path / HEADER_NAME).exists() or (path / DB_NAME).exists():
        raise VaultExists(path=str(path))
    bare, password = dburl.split_password(db_url)
    if inv.db_user:  # the login role the administrator made for this member
        bare = dburl.parse(bare).set(username=inv.db_user).render_as_string(hide_password=False)
        password = password or inv.db_password
    engine = hq_store._connect(bare, password)
    vault = None
    try:
        vault = Vault.create(path, passphrase, params=params, author=inv.name)
        vault.idle_timeout = None
        identity = age.generate_identity()[0]  # this member's own credential, kept only in the vault
        with vault.engine.begin() as conn:
            keys = [hq_store.ROLE_KEY, hq_store.NAME_KEY, hq_store.DB_URL_KEY, members.MEMBER_ID_KEY]
            conn.execute(delete(settings).where(settings.c.key.in_(keys)))
            conn.execute(settings.insert(), [
                {"key": hq_store.ROLE_KEY, "value": "hq"}, {"key": hq_store.NAME_KEY, "value": inv.hq_name},
                {"key": hq_store.DB_URL_KEY, "value": bare},
                {"key": members.MEMBER_ID_KEY, "value": inv.member_id},
            ])
            if password:
                conn.execute(secrets_table.insert().values(
                    name=hq_store.DB_PASSWORD_SECRET, value=password.encode("utf-8")))
            conn.execute(secrets_table.insert().values(name=members.MEMBER_SECRET,
                                                       value=identity.encode("ascii")))

        def run() -> None:
            with engine.begin() as conn:
                claim(conn, inv, str(inv_path), identity)

        dburl.guarded(bare, password, run)
        return hq_store.HQStore(vault, engine)
    except BaseException:
        engine.dispose()
        if vault is not None:
            vault.lock()
        hq_store._remove_new_entries(path, before)
        raise
