"""A secret key held per database engine, for as long as the engine lives (core; no Qt).

A sealed HQ derives several keys from its data key K (docs/spec/hq-sealing.md): the search
index's token key (records/token_index.py) and the statistics facets' key (records/facet_keys.py).
Each is given to the engine once the member's session is open and looked up by whoever writes or
reads through that engine or one of its connections; nothing is kept once the engine is gone.
"""

from __future__ import annotations

import weakref

from sqlalchemy.engine import Connection, Engine


class EngineKeys:
    """``engine -> key``, weakly keyed: ``set`` (None forgets), ``of`` an engine or connection."""

    def __init__(self) -> None:
        self._keys: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()

    def set(self, engine: Engine, key: bytes | None) -> None:
        if key is None:
            self._keys.pop(engine, None)
        else:
            self._keys[engine] = bytes(key)

    def of(self, conn: Connection | Engine) -> bytes | None:
        return self._keys.get(conn if isinstance(conn, Engine) else conn.engine)
