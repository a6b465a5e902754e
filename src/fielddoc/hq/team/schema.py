"""The team's tables in HQ's PostgreSQL database (outside the Alembic chain of the vault schema).

They are created by the administrator's ``hq init`` (or the first open of an HQ database made
before teams) with ``CREATE TABLE IF NOT EXISTS``; a vault database never has them.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, LargeBinary, MetaData, String, Table, Text
from sqlalchemy.engine import Connection

team_metadata = MetaData()

#: one row (id 1): who HQ is, the generation of the data key K, the importer-only escrow
hq_team = Table(
    "hq_team",
    team_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("hq_id", String(128), nullable=False),  # HQ's device id (its signing key's id)
    Column("name", String(200), nullable=False),
    Column("generation", Integer, nullable=False),  # +1 each time K is replaced
    Column("signing_public", LargeBinary, nullable=False),  # readable by every member
    Column("escrow", LargeBinary, nullable=False),  # AES-GCM under the importer key KI
    Column("created_at", String(40), nullable=False),
)

hq_members = Table(
    "hq_members",
    team_metadata,
    Column("member_id", String(32), primary_key=True),
    Column("name", String(200), nullable=False),  # the author name on their revisions and audit entries
    Column("role", String(16), nullable=False),  # admin | importer | analyst | reader
    Column("max_level", String(32)),  # highest confidentiality they may read (None: all)
    Column("pg_role", String(63)),  # their PostgreSQL login role, if FieldDoc made one
    Column("recipient", Text),  # their own X25519 (age) public key, after joining
    Column("wrapped", LargeBinary),  # their key blob: age to ``recipient``, or under the invitation
    Column("invite_expires", String(40)),  # set while an invitation is pending
    Column("generation", Integer, nullable=False),
    Column("added_by", String(200), nullable=False),
    Column("added_at", String(40), nullable=False),
    Column("joined_at", String(40)),
    Column("removed_at", String(40)),
    Column("removed_by", String(200)),
)

#: attachment files, each the FDAT stream of crypto/stream.py cut into pieces
hq_file_chunks = Table(
    "hq_file_chunks",
    team_metadata,
    Column("file_id", String(32), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)


#: each device's chain of briefings (hq/briefing_state.py): kept per HQ, not per import station, so
#: two stations briefing one device number one chain (the row is locked while a briefing is made)
hq_briefings = Table(
    "hq_briefings",
    team_metadata,
    Column("device_id", String(128), primary_key=True),
    Column("sequence", Integer, nullable=False),  # of the last briefing made for the device
    Column("hash", String(64)),  # its bundle hash (the next one names it as ``previous``)
    Column("hearings", Text, nullable=False),  # JSON list: the hearing ids it carried
    Column("monitor_id", String(128)),  # the monitor the device is briefed for
    Column("made_by", String(200)),
    Column("made_at", String(40)),
)


def ensure(conn: Connection) -> None:
    team_metadata.create_all(conn, checkfirst=True)


def present(conn: Connection) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(conn).has_table("hq_team"))
