"""HQ members: the team's bootstrap, opening the HQ with a member's own credential, listing, removal.

A member's credential is an age (X25519) identity kept in their own local HQ vault (secret
``hq_member_identity``, setting ``hq_member_id``). Their row in ``hq_members`` holds HQ's data key K
(and, for admins and importers, the importer key KI) wrapped to that identity's recipient.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from fielddoc.bundle import age
from fielddoc.crypto.keys import unwrap_file_key, wrap_file_key
from fielddoc.hq.team import datakey, roles
from fielddoc.hq.team.errors import LastAdministrator, MemberRemoved, NotAMember, UnknownMember
from fielddoc.hq.team.schema import ensure, hq_members, hq_team, present
from fielddoc.records.ids import now_iso
from fielddoc.store.schema import attachment_files

MEMBER_ID_KEY = "hq_member_id"
MEMBER_SECRET = "hq_member_identity"  # noqa: S105 - a row name, not a secret
BOOTSTRAP_LOCK = 4242000015
KEY_LOCK = 4242000016  # held shared by a transaction writing file keys under K (files.check_generation)


@dataclass
class TeamSession:
    """What an opened member holds in memory (never written anywhere in plaintext)."""

    member_id: str
    name: str
    role: str
    key: bytes  # K
    importer_key: bytes | None  # KI (admins and importers only)
    generation: int
    hq_id: str
    hq_name: str
    signing_public: bytes
    escrow: dict[str, Any] | None = field(default=None, repr=False)

    def require(self, capability: str) -> None:
        roles.require(self.role, capability)

    def identities(self) -> list[str]:
        self.require("sign")
        assert self.escrow is not None
        return list(self.escrow["age"])

    def signing_keys(self) -> list[bytes]:
        """HQ's Ed25519 private keys, the current one first."""
        self.require("sign")
        assert self.escrow is not None
        return [bytes.fromhex(k) for k in self.escrow["signing"]]


def new_member_id() -> str:
    return secrets.token_hex(8)


def _blob_for(role: str, k: bytes, ki: bytes, generation: int) -> datakey.KeyBlob:
    return datakey.KeyBlob(k, ki if roles.holds_private_keys(role) else None, generation)


def bootstrap(
    conn: Connection,
    *,
    hq_id: str,
    hq_name: str,
    member_name: str,
    identities: list[str],
    signing_keys: list[bytes],
    signing_public: bytes,
    vault_key: bytes,
) -> tuple[str, str] | None:
    """Make the team in a database that has none: the caller becomes its first administrator.

    Returns (member id, member identity) to keep in the caller's vault, or None when another
    process made the team meanwhile. Attachment file keys wrapped under the vault's own data key
    (``vault_key``) are re-wrapped under the new K.
    """
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({BOOTSTRAP_LOCK})")
    ensure(conn)
    if conn.execute(select(hq_team.c.id)).first() is not None:
        return None
    k, ki = datakey.new_key(), datakey.new_key()
    escrow = {"age": identities, "signing": [s.hex() for s in signing_keys]}
    now = now_iso()
    conn.execute(hq_team.insert().values(
        id=1, hq_id=hq_id, name=hq_name, generation=1, signing_public=signing_public,
        escrow=datakey.seal_escrow(ki, hq_id, escrow), created_at=now,
    ))
    member_id = new_member_id()
    identity, recipient = age.generate_identity()
    conn.execute(hq_members.insert().values(
        member_id=member_id, name=member_name, role="admin", recipient=recipient,
        wrapped=datakey.wrap_to_member(_blob_for("admin", k, ki, 1), recipient), generation=1,
        added_by=member_name, added_at=now, joined_at=now,
    ))
    _rewrap_files(conn, vault_key, k)
    return member_id, identity


def _rewrap_files(conn: Connection, old: bytes, new: bytes) -> int:
    rows = conn.execute(
        select(attachment_files.c.file_id, attachment_files.c.wrapped_key)
        .where(attachment_files.c.wrapped_key.is_not(None)).with_for_update()
    ).all()
    for fid, wrapped in rows:
        file_id = bytes.fromhex(fid)
        key = unwrap_file_key(old, file_id, bytes(wrapped))
        conn.execute(update(attachment_files).where(attachment_files.c.file_id == fid)
                     .values(wrapped_key=wrap_file_key(new, file_id, key)))
    return len(rows)


def open_member(conn: Connection, member_id: str | None, identity: str | None, where: str) -> TeamSession:
    """Unwrap K (and KI, the escrow) with this member's own credential."""
    team = conn.execute(select(hq_team)).mappings().first() if present(conn) else None
    if team is None or not member_id or not identity:
        raise NotAMember(where=where)
    row = conn.execute(select(hq_members).where(hq_members.c.member_id == member_id)).mappings().first()
    if row is None or row["joined_at"] is None or row["wrapped"] is None:
        if row is not None and row["removed_at"]:
            raise MemberRemoved(at=row["removed_at"])
        raise NotAMember(where=where)
    if row["removed_at"]:
        raise MemberRemoved(at=row["removed_at"])
    blob = datakey.unwrap_as_member(row["wrapped"], identity)
    escrow = None
    if blob.ki is not None and roles.holds_private_keys(row["role"]):
        escrow = datakey.open_escrow(blob.ki, team["hq_id"], team["escrow"])
    return TeamSession(
        member_id=member_id, name=row["name"], role=row["role"], key=blob.k, importer_key=blob.ki,
        generation=blob.generation, hq_id=team["hq_id"], hq_name=team["name"],
        signing_public=bytes(team["signing_public"]), escrow=escrow,
    )


def update_escrow(conn: Connection, session: TeamSession, identities: list[str], signing_keys: list[bytes],
                  signing_public: bytes) -> None:
    """After a key rotation by a member who signs: every importer gets the new keys."""
    session.require("sign")
    assert session.importer_key is not None
    escrow = {"age": identities, "signing": [s.hex() for s in signing_keys]}
    conn.execute(update(hq_team).where(hq_team.c.id == 1).values(
        escrow=datakey.seal_escrow(session.importer_key, session.hq_id, escrow),
        signing_public=signing_public,
    ))
    session.escrow = escrow
    session.signing_public = signing_public


def list_members(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(
        hq_members.c.member_id, hq_members.c.name, hq_members.c.role, hq_members.c.max_level,
        hq_members.c.pg_role, hq_members.c.added_by, hq_members.c.added_at, hq_members.c.joined_at,
        hq_members.c.invite_expires, hq_members.c.removed_at, hq_members.c.removed_by,
    ).order_by(hq_members.c.added_at, hq_members.c.name)).mappings().all()
    out = []
    for r in rows:
        d = dict(r)
        d["state"] = "removed" if r["removed_at"] else ("member" if r["joined_at"] else "invited")
        out.append(d)
    return out


def find(conn: Connection, who: str) -> dict[str, Any]:
    rows = [r for r in list_members(conn) if r["state"] != "removed" and who in (r["member_id"], r["name"])]
    if len(rows) != 1:
        raise UnknownMember(member=who)
    return rows[0]


@dataclass
class Removal:
    member: dict[str, Any]
    rewrapped_members: int
    rewrapped_files: int
    cancelled_invitations: int
    pg_role: str | None
    reseal_seconds: float | None = None  # re-sealing and the keyed index under the new K


def remove(conn: Connection, session: TeamSession, who: str) -> Removal:
    """Mark ``who`` removed; a new K and KI replace the old ones for everyone who stays.

    The removed member's wrap (and any copy of K they kept) opens nothing written afterwards.
    Pending invitations are cancelled (their one-time secrets wrap the old K).
    """
    session.require("members")
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({KEY_LOCK})")  # waits for imports writing files
    team = conn.execute(select(hq_team).with_for_update()).mappings().one()
    victim = find(conn, who)
    members = conn.execute(select(hq_members).where(hq_members.c.removed_at.is_(None))
                           .with_for_update()).mappings().all()
    admins = [m for m in members if m["role"] == "admin" and m["joined_at"]]
    if victim["role"] == "admin" and [a["member_id"] for a in admins] == [victim["member_id"]]:
        raise LastAdministrator(member=victim["name"])
    now = now_iso()
    gen = int(team["generation"]) + 1
    k, ki = datakey.new_key(), datakey.new_key()
    assert session.importer_key is not None  # admins hold KI
    escrow = datakey.open_escrow(session.importer_key, team["hq_id"], team["escrow"])
    conn.execute(update(hq_team).where(hq_team.c.id == 1).values(
        generation=gen, escrow=datakey.seal_escrow(ki, team["hq_id"], escrow)))
    rewrapped = cancelled = 0
    for m in members:
        if m["member_id"] == victim["member_id"]:
            conn.execute(update(hq_members).where(hq_members.c.member_id == m["member_id"]).values(
                removed_at=now, removed_by=session.name, wrapped=None, invite_expires=None))
        elif m["joined_at"] is None:  # a pending invitation: its secret wraps the old K
            conn.execute(update(hq_members).where(hq_members.c.member_id == m["member_id"]).values(
                removed_at=now, removed_by=session.name, wrapped=None, invite_expires=None))
            cancelled += 1
        else:
            conn.execute(update(hq_members).where(hq_members.c.member_id == m["member_id"]).values(
                wrapped=datakey.wrap_to_member(_blob_for(m["role"], k, ki, gen), m["recipient"]),
                generation=gen))
            rewrapped += 1
    files = _rewrap_files(conn, session.key, k)
    from fielddoc.hq.team import sealing

    resealed = sealing.rotate(conn, session.key, session.generation, k, gen)
    session.key, session.generation = k, gen
    session.importer_key = ki
    return Removal(victim, rewrapped, files, cancelled, victim.get("pg_role"), resealed)
