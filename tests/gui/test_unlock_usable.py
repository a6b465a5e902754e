"""Unlock to a usable window: after the passphrase, nothing reads the records on the GUI thread;
the first page and the counts in the navigation come from the worker."""

from __future__ import annotations

import re
import threading

from sqlalchemy import event
from sqlalchemy.engine import Engine

from tests.gui.keys import unlock

KEYED = re.compile(r"WHERE (records\.id = \?|records\.id IN \(|links\.target_id = \?)")


def test_after_unlock_the_records_are_read_only_on_the_worker(qtbot, window, vault):
    window.lock.lock("hotkey")
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    on_gui: list[str] = []
    on_worker: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        if "records" in statement:
            (on_gui if threading.current_thread() is threading.main_thread() else on_worker).append(statement)

    event.listen(Engine, "before_cursor_execute", note)
    try:
        unlock(qtbot, window)
        ws = window.workspace
        lst = ws.lists["case"]  # the first section
        qtbot.waitUntil(lambda: lst.model.rowCount() == 5, timeout=10000)
        qtbot.waitUntil(lambda: ws.nav.item(ws.nav.count() - 2).text().endswith("(107)"), timeout=10000)
        window.runner.wait_idle()
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    assert on_worker
    # The detail pane reads the selected record by its key on the GUI thread (an index look-up, the same
    # at any size); any other statement there (a count, a page, a scan) would grow with the store.
    scans = [" ".join(s.split())[:200] for s in on_gui if not KEYED.search(s)]
    assert scans == []
    assert ws.nav.item(0).text().endswith("(5)") and ws.nav.item(1).text().endswith("(6)")
