"""Safe operations on HQ's PostgreSQL: whose database it is, TLS, and orphan files kept, not deleted.

* **HQ identity.** ``hq init`` writes a random HQ id into the database (``settings``
  row ``hq_id``) and into the HQ vault. Orphan clean-up of attachment files runs only
  when both ids are present and equal: a vault opened against another database
  (a typo in ``--db-url``, a restored test database) never touches its files. An HQ
  made before ids existed gets one on its next open, if neither side has one yet.
* **One HQ per database.** ``hq init`` on a database that already holds an HQ (an id,
  or any revision or device) is refused; the analyst joins it instead.
* **TLS.** A PostgreSQL host other than this computer (loopback address or Unix
  socket) must be reached with ``sslmode=verify-full``: encrypted, and the server's
  certificate and name checked.
* **Quarantine.** Files no row refers to are moved to ``hq-files/quarantine/``, never
  deleted: an administrator deletes them after a look.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import secrets
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from fielddoc.fsutil import TMP_SUFFIX, private_dir
from fielddoc.hq import dburl
from fielddoc.hq.errors import HQDatabaseTaken, TLSRequired
from fielddoc.store.schema import revisions, settings
from fielddoc.store.schema_sync import hq_devices
from fielddoc.store.vault import ATTACHMENT_SUFFIX

HQ_ID_KEY = "hq_id"
QUARANTINE = "quarantine"


# -- TLS ---------------------------------------------------------------------------------
def _loopback(host: str) -> bool:
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_tls(url: str) -> None:
    """Refuse a non-loopback PostgreSQL address that does not verify the server's certificate."""
    u = dburl.parse(url)
    if not u.drivername.startswith("postgresql"):
        return
    query = dict(u.query)
    hosts_q = query.get("host")
    hosts: list[str] = []
    for h in [u.host, *([hosts_q] if isinstance(hosts_q, str) else list(hosts_q or ()))]:
        hosts += [x for x in str(h or "").split(",") if x]
    if not hosts:
        hosts = [x for x in os.environ.get("PGHOST", "").split(",") if x]
    remote = [h for h in hosts if not _loopback(h)]
    if not remote:
        return
    mode = query.get("sslmode") or os.environ.get("PGSSLMODE") or ""
    if (mode if isinstance(mode, str) else mode[0]) != "verify-full":
        raise TLSRequired(host=remote[0])


# -- HQ identity -----------------------------------------------------------------------
def database_id(conn: Connection) -> str | None:
    return conn.execute(select(settings.c.value).where(settings.c.key == HQ_ID_KEY)).scalar()


def claim(engine: Engine, where: str) -> str:
    """Mark a fresh database as this new HQ's; HQDatabaseTaken if it holds one already."""
    new_id = secrets.token_hex(16)
    try:
        with engine.begin() as conn:
            used = (
                database_id(conn) is not None
                or conn.execute(select(func.count()).select_from(revisions)).scalar()
                or conn.execute(select(func.count()).select_from(hq_devices)).scalar()
            )
            if used:
                raise HQDatabaseTaken(where=where)
            conn.execute(settings.insert().values(key=HQ_ID_KEY, value=new_id))
    except IntegrityError:  # another 'hq init' claimed it at the same moment
        raise HQDatabaseTaken(where=where) from None
    return new_id


def release(engine: Engine, hq_id: str) -> None:
    """Undo :func:`claim` (a failed ``hq init``)."""
    with contextlib.suppress(Exception), engine.begin() as conn:
        conn.execute(settings.delete().where(settings.c.key == HQ_ID_KEY, settings.c.value == hq_id))


def same_hq(vault_id: str | None, engine: Engine) -> tuple[bool, str | None]:
    """(the vault and the database are the same HQ, the id to save in the vault if it has none).

    Neither side has an id (an HQ made before ids existed): the database gets one now.
    """
    with engine.begin() as conn:
        db_id = database_id(conn)
        if vault_id is not None:
            return db_id == vault_id, None
        if db_id is not None:
            return False, None
        new_id = secrets.token_hex(16)
        try:
            conn.execute(settings.insert().values(key=HQ_ID_KEY, value=new_id))
        except IntegrityError:
            return False, None
    return True, new_id


# -- orphan files ------------------------------------------------------------------------
def quarantine_orphans(folder: Path, known: set[str], grace_seconds: float) -> int:
    """Move files of ``folder`` no row refers to (older than the grace time) into its quarantine."""
    now = time.time()
    moved = 0
    target = folder / QUARANTINE
    for p in folder.iterdir():
        name = p.name
        if not (name.endswith(ATTACHMENT_SUFFIX) or name.endswith(TMP_SUFFIX)) or not p.is_file():
            continue
        if name.endswith(ATTACHMENT_SUFFIX) and name.removesuffix(ATTACHMENT_SUFFIX) in known:
            continue
        try:
            if now - p.stat().st_mtime < grace_seconds:
                continue
            private_dir(target)
            os.replace(p, target / name)
            moved += 1
        except FileNotFoundError:
            continue
    return moved
