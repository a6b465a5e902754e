"""Opening a PostgreSQL HQ as a team member (called by ``HQStore``; the vault HQ has no team).

* A database with no team, opened by the vault that holds HQ's identity (its creator, or an HQ
  made before teams): the team is made, that vault becomes its first administrator, attachment
  file keys move under the new K, and PostgreSQL roles are set up when the user may.
* Otherwise the vault must hold a member id and credential that open their wrap.
* Files left in a per-laptop ``hq-files/`` folder move into PostgreSQL (members who may write).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from fielddoc.hq import dburl, safety
from fielddoc.hq.team import files, members, pgroles, roles, sealing
from fielddoc.hq.team.schema import ensure, hq_team, present
from fielddoc.store.schema import secrets_table, settings

if TYPE_CHECKING:
    from fielddoc.hq.store import HQStore


def vault_secret(hq: HQStore, name: str) -> bytes | None:
    with hq.vault.engine.connect() as conn:
        row = conn.execute(select(secrets_table.c.value).where(secrets_table.c.name == name)).first()
    return bytes(row[0]) if row else None


def save_member(hq: HQStore, member_id: str, identity: str) -> None:
    """Keep the member id and credential in the (encrypted) local vault."""
    from sqlalchemy import delete

    with hq.vault.engine.begin() as conn:
        conn.execute(delete(settings).where(settings.c.key == members.MEMBER_ID_KEY))
        conn.execute(delete(secrets_table).where(secrets_table.c.name == members.MEMBER_SECRET))
        conn.execute(settings.insert().values(key=members.MEMBER_ID_KEY, value=member_id))
        conn.execute(secrets_table.insert().values(name=members.MEMBER_SECRET,
                                                   value=identity.encode("ascii")))


def _policies_current(engine: Engine) -> bool:
    """Whether the team's grants and policies are those of this version: the newest table
    (``hq_briefings``) and the newest policy (on ``hq_bundles``, with ``fd_bundles_total``) exist."""
    with engine.connect() as conn:
        return bool(inspect(conn).has_table("hq_briefings")) and bool(conn.execute(text(
            "SELECT to_regprocedure('fd_bundles_total()') IS NOT NULL")).scalar())


def _facets_guarded(engine: Engine) -> bool:
    """``stat_facets`` has its row-level security (hq/team/pgroles.py; a team made before 0014 has not)."""
    with engine.connect() as conn:
        return bool(conn.exec_driver_sql(
            "SELECT relrowsecurity FROM pg_class WHERE oid = 'stat_facets'::regclass").scalar())


def attach(hq: HQStore) -> members.TeamSession | None:
    from fielddoc.hq.store import AGE_SECRET

    engine = hq.engine
    if engine.dialect.name != "postgresql":
        return None
    where = dburl.shown(engine.url.render_as_string(hide_password=True))
    creator = vault_secret(hq, AGE_SECRET) is not None
    member_id = hq.vault.get_setting(members.MEMBER_ID_KEY)
    with engine.begin() as conn:
        made = None
        # A vault that is already a team's member makes a team only in its own HQ's database (a
        # commit that failed after save_member): never in another or an empty one, where it would
        # replace its credential (and lose its real HQ) — 'hq restore' brings a team back instead.
        own = member_id is None or safety.database_id(conn) == hq.vault.get_setting(safety.HQ_ID_KEY)
        if creator and own and not (present(conn) and conn.execute(select(hq_team.c.id)).first()):
            made = members.bootstrap(
                conn, hq_id=hq.vault.device_id, hq_name=hq.name,
                member_name=hq.vault.get_setting("author", "hq") or "hq",
                identities=hq.local_identities(),
                signing_keys=[hq.vault.signing_key(), *hq.local_retired_signing_keys()],
                signing_public=hq.signing_public(), vault_key=hq.vault.data_key,
            )
            if made is not None:
                save_member(hq, *made)  # before the commit: a failed commit is made again next time
                sql = pgroles.setup_sql(pgroles.dbname(conn))
                hq.pending_sql = [] if pgroles.apply(conn, sql) else sql
    member_id = hq.vault.get_setting(members.MEMBER_ID_KEY)
    identity = vault_secret(hq, members.MEMBER_SECRET)
    with engine.connect() as conn:
        session = members.open_member(conn, member_id, identity.decode("ascii") if identity else None, where)
    # a team made by an older version: before hq_briefings, the hq_bundles policy, or stat_facets'
    # levels (migration 0014)
    if session.role == "admin" and not (_policies_current(engine) and _facets_guarded(engine)):
        with contextlib.suppress(DBAPIError), engine.begin() as conn:
            ensure(conn)
            pgroles.apply(conn, pgroles.setup_sql(pgroles.dbname(conn)))
    sealing.activate(hq, session)  # record text sealed under K, keyed search tokens
    folder = hq.vault.path / "hq-files"
    if roles.allowed(session.role, "write") and folder.is_dir():
        with engine.begin() as conn:
            moved = files.migrate_folder(conn, folder)
        files.remove_local(moved)
    return session
