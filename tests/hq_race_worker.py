"""A second analyst in its own process (tests/test_hq_race.py): runs one HQ write per line of stdin.

Each line is JSON: {"op": "resolve"|"edit"|"import", "rid", "take"?, "based_on"?, "doc"?, "expected"?,
"path"?, "at": unix time to start at}; each answer is a JSON line {"ok": bool, "code", "message"}.
"""

from __future__ import annotations

import json
import sys
import time

from fielddoc.errors import FieldDocError
from fielddoc.hq import conflicts
from fielddoc.hq.dberrors import translated
from fielddoc.hq.store import open_hq
from fielddoc.records.service import Records


def main() -> None:
    path, author, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
    hq = open_hq(path, passphrase)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        time.sleep(max(0.0, cmd["at"] - time.time()))
        try:
            if cmd["op"] == "import":  # an import station (tests/test_hq_team_race.py)
                from pathlib import Path

                from fielddoc.hq.importer import import_bundle

                import_bundle(hq, Path(cmd["path"]))
            elif cmd["op"] == "resolve":
                conflicts.resolve(hq, cmd["rid"], take=cmd["take"], based_on=cmd["based_on"], author=author)
            else:
                Records(hq, author=author).update(cmd["rid"], cmd["doc"], expected_revision=cmd["expected"])
            answer = {"ok": True}
        except FieldDocError as exc:
            answer = {"ok": False, "code": type(exc).__name__, "message": exc.render()}
        except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
            clean = translated(exc)
            code = "RAW:" + type(exc).__name__ if clean is None else type(clean).__name__
            shown = str(exc)[:300] if clean is None else clean.render()  # what the user is told
            answer = {"ok": False, "code": code, "message": shown}
        print(json.dumps(answer), flush=True)
    hq.lock()


if __name__ == "__main__":
    main()
