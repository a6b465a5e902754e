"""A team HQ's record text sealed under K (store/sealing.py; docs/spec/hq-sealing.md).

* :func:`activate` (on every open by a member): an HQ not yet sealed is sealed by the first
  member who holds K and sees every row (an administrator or an importer), under HQ's write
  lock, in one transaction (every value of every sealed column, the search index rebuilt under
  the keyed tokens), and marked sealed (setting ``hq_sealed``, and in the member's own vault);
  then the engine seals and opens through the sealer and searches with keyed tokens.
* :func:`rotate` (inside ``hq remove``'s transaction): every sealed value opened under the old
  K and sealed under the new one, the token index rebuilt under the new search key.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select, text
from sqlalchemy.engine import Connection, Engine

from fielddoc.hq.team import roles
from fielddoc.hq.team.errors import KeysChanged, SealedElsewhere
from fielddoc.hq.team.members import KEY_LOCK
from fielddoc.records import facet_keys, fts, token_index
from fielddoc.records.canonical import revision_version
from fielddoc.store.engine import driver_errors
from fielddoc.store.schema import settings
from fielddoc.store.sealing import (
    INDEX_STALE_KEY,
    SEALED_COLUMNS,
    SEALED_KEY,
    SEALED_SETTINGS,
    SEARCH_INFO,
    Sealer,
    register,
    register_revision_check,
    sealer_of,
    subkey,
)

if TYPE_CHECKING:
    from fielddoc.hq.store import HQStore
    from fielddoc.hq.team.members import TeamSession

_CHECKED = "fielddoc_k_generation_checked"
BATCH = 2000
PRIMARY_KEYS = {
    "records": ("id",), "revisions": ("seq",), "audit": ("seq",), "drafts": ("draft_id",),
    "custody": ("attachment_id", "chain", "seq"), "hq_bundles": ("bundle_hash",),
}


def _revision_hashes(header: list[Any], plain: str) -> bool:
    """A sealed revision's opened snapshot belongs to its row: it hashes to the row's hash under the
    row's record id, revision and the other header fields (docs/spec/hq-sealing.md §Row binding)."""
    try:
        rid, kind, revision, parent, op, device, author, at, expected = header
        return revision_version(str(expected), doc_json=plain, record_id=rid, kind=kind,
                                revision=int(revision), parent_hash=parent, op=op, device_id=device,
                                author=author, at=at) is not None
    except (TypeError, ValueError):
        return False


register_revision_check(_revision_hashes)


def search_key(k: bytes) -> bytes:
    return subkey(k, SEARCH_INFO)


def facet_key(k: bytes) -> bytes:
    """The key of the statistics' facet values (records/facet_keys.py; docs/spec/hq-sealing.md §2)."""
    return subkey(k, facet_keys.FACET_INFO)


def use(engine: Engine, k: bytes, generation: int) -> None:
    """Seal, open and search through ``engine`` under K of ``generation``."""
    register(engine, Sealer.of(k, generation))
    token_index.set_key(engine, search_key(k))
    facet_keys.set_key(engine, facet_key(k))
    if not event.contains(engine, "before_cursor_execute", _guard):
        event.listen(engine, "begin", _new_transaction)
        event.listen(engine, "before_cursor_execute", _guard)


def _new_transaction(conn: Connection) -> None:
    conn.info.pop(_CHECKED, None)


def _guard(conn: Connection, cursor: Any, statement: str, *_: Any) -> None:
    """Before a transaction's first write: K is still the one this session seals with.

    A member whose session predates a removal would otherwise seal new values under the old K,
    which the removed member holds. The shared key lock serialises with ``hq remove``.
    """
    if conn.info.get(_CHECKED) or statement.lstrip()[:6].upper() not in ("INSERT", "UPDATE"):
        return
    sealer = sealer_of(conn.engine)
    if sealer is None:
        return
    conn.info[_CHECKED] = True
    check_generation_raw(cursor.connection, sealer.generation)


def check_generation_raw(dbapi_conn: Any, generation: int) -> None:
    with dbapi_conn.cursor() as cur:
        cur.execute(f"SELECT pg_advisory_xact_lock_shared({KEY_LOCK})")
        cur.execute("SELECT generation FROM hq_team WHERE id = 1")
        row = cur.fetchone()
    if row is None or int(row[0]) != generation:
        raise KeysChanged()


def guard_copy(conn: Connection) -> None:
    """COPY bypasses the cursor events: the same check, once per transaction."""
    sealer = sealer_of(conn.engine)
    if sealer is not None and not conn.info.get(_CHECKED):
        conn.info[_CHECKED] = True
        with driver_errors(conn):
            check_generation_raw(conn.connection.driver_connection, sealer.generation)


def forget(engine: Engine) -> None:
    register(engine, None)
    token_index.set_key(engine, None)
    facet_keys.set_key(engine, None)


def is_sealed(conn: Connection) -> bool:
    return conn.execute(select(settings.c.value).where(settings.c.key == SEALED_KEY)).first() is not None


def _rewrite(conn: Connection, table: str, column: str, change: Callable[[str, str], str | None]) -> int:
    """Apply ``change(value, record)`` to every value of ``table.column`` (None: leave it); how many."""
    pk = PRIMARY_KEYS[table]
    cols = ", ".join(pk)
    rec = "id" if table == "records" else "record_id" if table in ("revisions", "audit", "drafts") else None
    wanted = f"{cols}, {column}" + (f", {rec}" if rec and rec not in pk else "")
    where = ""
    last: tuple[object, ...] | None = None
    n = 0
    while True:
        params = {f"k{i}": v for i, v in enumerate(last)} if last is not None else {}
        if last is not None:
            where = f"WHERE ({cols}) > ({', '.join(f':k{i}' for i in range(len(pk)))})"
        rows = conn.execute(text(f"SELECT {wanted} FROM {table} {where} ORDER BY {cols} LIMIT {BATCH}"),
                            params).all()
        if not rows:
            return n
        updates = []
        for r in rows:
            record = r[len(pk) + 1] if len(r) > len(pk) + 1 else r[0] if rec == "id" else None
            if r[len(pk)] is None:
                continue
            new = change(str(r[len(pk)]), "-" if record is None else str(record))
            if new is not None:
                updates.append({"v": new, **{f"k{i}": r[i] for i in range(len(pk))}})
        if updates and len(pk) == 1:  # one statement per batch (executemany cost 0.4 ms a row)
            arr = "bigint[]" if pk[0] == "seq" else "text[]"
            conn.execute(text(
                f"UPDATE {table} AS t SET {column} = v.val FROM (SELECT unnest(CAST(:keys AS {arr})) AS k, "
                f"unnest(CAST(:vals AS text[])) AS val) AS v WHERE t.{pk[0]} = v.k"),
                {"keys": [u["k0"] for u in updates], "vals": [u["v"] for u in updates]})
            n += len(updates)
        elif updates:
            cond = " AND ".join(f"{c} = :k{i}" for i, c in enumerate(pk))
            conn.execute(text(f"UPDATE {table} SET {column} = :v WHERE {cond}"), updates)
            n += len(updates)
        last = tuple(rows[-1][: len(pk)])


def _settings(conn: Connection, change: Callable[[str, str], str | None]) -> int:
    """The sealed settings (store/sealing.py SEALED_SETTINGS): sealed as ``settings``, column = key."""
    n = 0
    for key in SEALED_SETTINGS:
        value = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": key}).scalar()
        new = None if value is None else change(str(value), key)
        if new is not None:
            conn.execute(text("UPDATE settings SET value = :v WHERE key = :k"), {"v": new, "k": key})
            n += 1
    return n


def seal_all(conn: Connection, sealer: Sealer) -> int:
    """Seal every plaintext value (an envelope already sealed under ``sealer`` stays: resumable)."""
    n = 0
    for table, column in SEALED_COLUMNS:
        def change(value: str, _record: str, table: str = table, column: str = column) -> str | None:
            return None if sealer.is_envelope(table, column, value) else sealer.seal(table, column, value)
        n += _rewrite(conn, table, column, change)
    return n + _settings(conn, lambda v, key: None if sealer.is_envelope("settings", key, v)
                         else sealer.seal("settings", key, v))


def reseal_all(conn: Connection, old: Sealer, new: Sealer) -> int:
    n = 0
    for table, column in SEALED_COLUMNS:
        def change(value: str, record: str, table: str = table, column: str = column) -> str:
            return new.seal(table, column, old.open(table, column, value, record))
        n += _rewrite(conn, table, column, change)
    return n + _settings(conn, lambda v, key: new.seal("settings", key, old.open("settings", key, v)))


def activate(hq: HQStore, session: TeamSession) -> None:
    """Called on every open of a team HQ (hq/team/attach.py), after the member's keys are unwrapped."""
    engine = hq.engine
    with engine.connect() as conn:
        sealed = is_sealed(conn)
    if not sealed and hq.vault.get_setting(SEALED_KEY) == session.hq_id:
        raise SealedElsewhere()  # the database says "never sealed" to a member who saw it sealed
    if not sealed and roles.allowed(session.role, "sign"):  # sees every row (no row-level security)
        from fielddoc.hq import locks

        sealer = Sealer.of(session.key, session.generation)
        with engine.begin() as conn:
            locks.acquire(conn, "sealing", session.name)
            if not is_sealed(conn):  # another member sealed it while this one waited
                seal_all(conn, sealer)
                use(engine, session.key, session.generation)
                try:
                    fts.rebuild_all(conn)  # keyed tokens
                    facet_keys.rebuild(conn)  # keyed statistics facets, in the same transaction
                    conn.execute(settings.insert().values(key=SEALED_KEY, value="1"))
                except BaseException:
                    forget(engine)
                    raise
        sealed = True
    if sealed:
        use(engine, session.key, session.generation)
        if roles.allowed(session.role, "sign"):
            _rebuild_if_stale(engine)
        if hq.vault.get_setting(SEALED_KEY) != session.hq_id:
            hq.vault.set_setting(SEALED_KEY, session.hq_id)


def _rebuild_if_stale(engine: Engine) -> None:
    """A migration left the token index to be rebuilt under the search key (records/fts.py), or the
    statistics' facet keys to be written (migration 0014, records/facet_keys.py)."""
    with engine.connect() as conn:
        stale = conn.execute(select(settings.c.key).where(settings.c.key == INDEX_STALE_KEY)).first()
        facets_stale = facet_keys.stale(conn)
    if stale is not None:
        with engine.begin() as conn:
            if conn.execute(settings.delete().where(settings.c.key == INDEX_STALE_KEY)).rowcount:
                fts.rebuild_all(conn)
    if facets_stale:
        with engine.begin() as conn:
            if facet_keys.stale(conn):
                facet_keys.rebuild(conn)


def rotate(conn: Connection, old_k: bytes, old_gen: int, new_k: bytes, new_gen: int) -> float | None:
    """Inside ``hq remove``: re-seal everything and rebuild the keyed index under the new K (seconds)."""
    if not is_sealed(conn):
        return None
    started = time.monotonic()
    reseal_all(conn, Sealer.of(old_k, old_gen), Sealer.of(new_k, new_gen))
    use(conn.engine, new_k, new_gen)
    fts.rebuild_all(conn)
    facet_keys.rebuild(conn)  # the facet values keyed under the new K
    return time.monotonic() - started
