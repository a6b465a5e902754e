"""FieldDoc's HQ roles as PostgreSQL roles: grants, row-level security, and clean refusals.

Per HQ database ``db`` there are four group roles (NOLOGIN) ``fd_<tag>_admin``, ``_importer``,
``_analyst`` and ``_reader`` (``tag``: 8 hex digits of SHA-256 of the database name, so several HQ
databases on one server do not share roles), and one login role per invited member,
``fd_<tag>_m<member id>``, a member of their role's group. Readers may only SELECT; row-level
security hides records (and their revisions) above a capped member's confidentiality level.

When the connecting user may not create roles or change the tables, nothing is applied: the
statements are returned for a database administrator to run (``docs/hq-members.md``).
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from fielddoc.hq.team.errors import ReadOnlyAtHQ
from fielddoc.hq.team.roles import ROLES

#: rank of each confidentiality level (records/vocab.py CONFIDENTIALITY_TLP); unknown/none = highest
LEVELS = ("public", "partners", "organisation", "restricted", "device_only")
WRITERS = ("admin", "importer", "analyst")
CAPPED = ("analyst", "reader")
MEMBER_COLUMNS = "recipient, wrapped, invite_expires, joined_at"
INSUFFICIENT_PRIVILEGE = "42501"


def tag(dbname: str) -> str:
    return hashlib.sha256(dbname.encode("utf-8")).hexdigest()[:8]


def group(dbname: str, role: str) -> str:
    return f"fd_{tag(dbname)}_{role}"


def login_name(dbname: str, member_id: str) -> str:
    return f"fd_{tag(dbname)}_m{member_id}"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


quote = _q


def _rank_sql(column: str) -> str:
    whens = " ".join(f"WHEN '{lv}' THEN {i}" for i, lv in enumerate(LEVELS))
    return f"(CASE {column} {whens} ELSE {len(LEVELS) - 1} END)"


def _visible_levels(column: str) -> str:
    """``fd_level_ok(column)`` with the member's levels worked out once per statement (uncorrelated
    sub-queries): every value when the highest rank (that of an unknown level) is allowed."""
    levels = ", ".join(f"'{lv}'" for lv in LEVELS)
    return (f"((SELECT fd_level_ok(NULL)) OR {column} IN (SELECT l FROM unnest(ARRAY[{levels}]) l "
            "WHERE fd_level_ok(l)))")


def setup_sql(dbname: str) -> list[str]:
    """Every statement that makes the group roles, grants and policies (idempotent)."""
    g = {r: _q(group(dbname, r)) for r in ROLES}
    sql: list[str] = []
    for r in ROLES:
        sql.append(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{group(dbname, r)}') THEN CREATE ROLE {g[r]} NOLOGIN; END IF; END $$"
        )
    every = ", ".join(g[r] for r in ROLES)
    writers = ", ".join(g[r] for r in WRITERS)
    capped = ", ".join(g[r] for r in CAPPED)
    full = ", ".join(g[r] for r in ("admin", "importer"))
    sql += [
        f"GRANT CONNECT ON DATABASE {_q(dbname)} TO {every}",
        f"GRANT USAGE ON SCHEMA public TO {every}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {every}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {writers}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {every}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO {writers}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {writers}",
        f"REVOKE INSERT, UPDATE, DELETE ON hq_members, hq_team FROM {writers}",
        f"GRANT INSERT, UPDATE ON hq_members, hq_team TO {g['admin']}",
        f"GRANT UPDATE ({MEMBER_COLUMNS}) ON hq_members TO {every}",
        # an importer rotates HQ's keys in the escrow (hq/store.py _rotate_in_escrow)
        f"GRANT UPDATE (escrow, signing_public) ON hq_team TO {g['importer']}",
        # each device's briefing chain: only those who sign briefings move it (hq/briefing_state.py)
        f"REVOKE INSERT, UPDATE, DELETE ON hq_briefings FROM {g['analyst']}",
        # a member's level, read by the policies
        "CREATE OR REPLACE FUNCTION fd_level_ok(level text) RETURNS boolean LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public AS $$ SELECT coalesce((SELECT m.max_level IS NULL OR "
        f"{_rank_sql('level')} <= {_rank_sql('m.max_level')} FROM hq_members m WHERE m.pg_role = "
        "session_user AND m.removed_at IS NULL), false) $$",
        "ALTER TABLE records ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS fd_full ON records",
        f"CREATE POLICY fd_full ON records TO {full} USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS fd_capped ON records",
        f"CREATE POLICY fd_capped ON records TO {capped} USING (fd_level_ok(confidentiality)) "
        "WITH CHECK (fd_level_ok(confidentiality))",
        "ALTER TABLE revisions ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS fd_full ON revisions",
        f"CREATE POLICY fd_full ON revisions TO {full} USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS fd_capped ON revisions",
        # records' own policy applies inside the sub-query: a hidden record hides its revisions
        f"CREATE POLICY fd_capped ON revisions TO {capped} USING (EXISTS (SELECT 1 FROM records r "
        "WHERE r.id = record_id)) WITH CHECK (true)",
        *_child_policies(full, capped),
        # the statistics' facets (migration 0014): a capped member sums only the levels they see
        "ALTER TABLE stat_facets ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS fd_full ON stat_facets",
        f"CREATE POLICY fd_full ON stat_facets TO {full} USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS fd_capped ON stat_facets",
        # (the member's levels found once per statement, not per row: fd_level_ok reads hq_members)
        f"CREATE POLICY fd_capped ON stat_facets TO {capped} USING ({_visible_levels('conf')}) "
        "WITH CHECK (true)",
        # audit (docs/hq-members.md): a capped member reads only entries of records they see (and
        # entries of no record); every writer appends after the chain's real head, and the chain's
        # links (seq, prev_hash, hash; no content) are there for every member's check
        "CREATE OR REPLACE FUNCTION fd_audit_head() RETURNS TABLE(seq integer, hash varchar) LANGUAGE sql "
        "STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT a.seq, a.hash FROM audit a "
        "ORDER BY a.seq DESC LIMIT 1 $$",
        "CREATE OR REPLACE FUNCTION fd_audit_links() RETURNS TABLE(seq integer, prev_hash varchar, "
        "hash varchar) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT a.seq, "
        "a.prev_hash, a.hash FROM audit a ORDER BY a.seq $$",
        "REVOKE ALL ON FUNCTION fd_audit_head(), fd_audit_links() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION fd_audit_head(), fd_audit_links() TO {every}",
        "ALTER TABLE audit ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS fd_full ON audit",
        f"CREATE POLICY fd_full ON audit TO {full} USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS fd_capped ON audit",
        f"CREATE POLICY fd_capped ON audit FOR SELECT TO {capped} USING (audit.record_id IS NULL OR "
        "EXISTS (SELECT 1 FROM records r WHERE r.id = audit.record_id))",
        "DROP POLICY IF EXISTS fd_capped_append ON audit",
        f"CREATE POLICY fd_capped_append ON audit FOR INSERT TO {capped} WITH CHECK (true)",
        # each device's briefing chain names the hearings sent: for those who brief only
        f"REVOKE SELECT ON hq_briefings FROM {capped}",
        # a bundle's signed manifest lists every file (id, SHA-256, size) and custody entry of the
        # bundle whatever its level: only members without a limit read it; everyone's `hq verify`
        # learns how many bundles there are (fd_bundles_total), nothing else
        "CREATE OR REPLACE FUNCTION fd_uncapped() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = public AS $$ SELECT coalesce((SELECT m.max_level IS NULL FROM hq_members m "
        "WHERE m.pg_role = session_user AND m.removed_at IS NULL), false) $$",
        "CREATE OR REPLACE FUNCTION fd_bundles_total() RETURNS bigint LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public AS $$ SELECT count(*) FROM hq_bundles $$",
        # the devices page's counts and gaps (sequence numbers, no manifest) for every member
        "CREATE OR REPLACE FUNCTION fd_bundle_sequences() RETURNS TABLE(device_id varchar, sequence "
        "integer, abandoned text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
        "SELECT b.device_id, b.sequence, b.abandoned FROM hq_bundles b $$",
        "REVOKE ALL ON FUNCTION fd_uncapped(), fd_bundles_total(), fd_bundle_sequences() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION fd_uncapped(), fd_bundles_total(), fd_bundle_sequences() TO {every}",
        "ALTER TABLE hq_bundles ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS fd_full ON hq_bundles",
        f"CREATE POLICY fd_full ON hq_bundles TO {full} USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS fd_capped ON hq_bundles",
        f"CREATE POLICY fd_capped ON hq_bundles TO {capped} USING (fd_uncapped()) WITH CHECK (fd_uncapped())",
        "ALTER TABLE hq_members ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS fd_read ON hq_members",
        f"CREATE POLICY fd_read ON hq_members FOR SELECT TO {every} USING (true)",
        "DROP POLICY IF EXISTS fd_own ON hq_members",
        f"CREATE POLICY fd_own ON hq_members FOR UPDATE TO {every} USING (pg_role = session_user)",
        "DROP POLICY IF EXISTS fd_admin ON hq_members",
        f"CREATE POLICY fd_admin ON hq_members TO {g['admin']} USING (true) WITH CHECK (true)",
    ]
    return sql


#: rows that belong to a record, and the condition (a sub-query on ``records``, whose own policy
#: applies inside it) under which a capped member sees them. ``audit`` has its own (setup_sql).
CHILDREN = {
    "attachment_files": "EXISTS (SELECT 1 FROM records r WHERE r.id = attachment_files.attachment_id)",
    "custody": "EXISTS (SELECT 1 FROM records r WHERE r.id = custody.attachment_id)",
    "links": "EXISTS (SELECT 1 FROM records r WHERE r.id = links.source_id)",
    "search_tokens": "EXISTS (SELECT 1 FROM records r WHERE r.docid = search_tokens.docid)",
    # attachment_files' own policy applies inside: a hidden attachment hides its chunks
    "hq_file_chunks": "EXISTS (SELECT 1 FROM attachment_files f WHERE f.file_id = hq_file_chunks.file_id)",
}


def _child_policies(full: str, capped: str) -> list[str]:
    sql: list[str] = []
    for table, visible in CHILDREN.items():
        sql += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS fd_full ON {table}",
            f"CREATE POLICY fd_full ON {table} TO {full} USING (true) WITH CHECK (true)",
            f"DROP POLICY IF EXISTS fd_capped ON {table}",
            f"CREATE POLICY fd_capped ON {table} TO {capped} USING ({visible}) WITH CHECK (true)",
        ]
    return sql


def member_sql(dbname: str, member_id: str, role: str, password: str) -> list[str]:
    name = login_name(dbname, member_id)
    return [f"CREATE ROLE {_q(name)} LOGIN PASSWORD '{password}' IN ROLE {_q(group(dbname, role))}"]


def removal_sql(pg_role: str) -> list[str]:
    return [
        f"ALTER ROLE {_q(pg_role)} NOLOGIN",
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{pg_role}'",
    ]


def apply(conn: Connection, statements: list[str]) -> bool:
    """Run ``statements`` in a savepoint: True if applied, False (nothing changed) if not allowed."""
    sp = conn.begin_nested()
    try:
        for s in statements:
            conn.exec_driver_sql(s.replace("%", "%%"))
    except DBAPIError as exc:
        sp.rollback()
        if sqlstate(exc) == INSUFFICIENT_PRIVILEGE:
            return False
        raise
    sp.commit()
    return True


def dbname(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT current_database()").scalar_one())


def new_password() -> str:
    return secrets.token_hex(24)


def sqlstate(exc: BaseException) -> str | None:
    orig: Any = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def friendly(exc: BaseException) -> ReadOnlyAtHQ | None:
    """A PostgreSQL refusal by privileges or row-level security, as a FieldDoc message."""
    state = sqlstate(exc)
    if state == INSUFFICIENT_PRIVILEGE:
        return ReadOnlyAtHQ()
    return None
