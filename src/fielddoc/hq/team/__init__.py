"""HQ as a team on one PostgreSQL database: members, their keys and roles.

``schema`` (the team's tables), ``roles`` (what each FieldDoc role may do),
``datakey`` (HQ's data key K, its wraps, the importer-only escrow of HQ's private
keys), ``members`` (bootstrap, open with a member's own credential, list, remove),
``invite`` (invitations and ``join``), ``files`` (attachment files as encrypted
chunks in PostgreSQL), ``pgroles`` (PostgreSQL roles, grants and row-level security).
Described in ``docs/hq-members.md``. Never imports Qt.
"""
