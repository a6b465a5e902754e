"""Windows file-sharing violations (antivirus, Excel, indexers), reproduced by injection.

On Windows a rename over, or of, a file another program holds open without sharing it
fails with ``PermissionError`` and ``winerror`` 32 (ERROR_SHARING_VIOLATION) or 5.
Here ``os.replace`` is patched to fail that way.
"""

from __future__ import annotations

import os
import threading
import types
from pathlib import Path

import pytest

from fielddoc import fsutil
from fielddoc.bundle import export_lock as lock_mod
from fielddoc.bundle.export_lock import ExportRunning, export_lock
from fielddoc.errors import FileInUse
from fielddoc.i18n import translate
from fielddoc.records.csv_export import export_csv

REAL_REPLACE = os.replace


def sharing_violation(path: object) -> PermissionError:
    exc = PermissionError(13, "The process cannot access the file because it is being used by "
                          "another process", str(path))
    exc.winerror = 32  # type: ignore[attr-defined]
    return exc


@pytest.fixture
def no_waiting(monkeypatch) -> list[float]:
    pauses: list[float] = []
    monkeypatch.setattr(fsutil, "_sleep", pauses.append)
    return pauses


def held(monkeypatch, names: set[str], *, times: int | None = None) -> list[str]:
    """Make ``os.replace`` fail as Windows does when either side is one of ``names``."""
    seen: list[str] = []

    def replace(src, dst, *a, **k):
        for p in (Path(src), Path(dst)):
            if p.name in names and (times is None or len(seen) < times):
                seen.append(p.name)
                raise sharing_violation(p)
        return REAL_REPLACE(src, dst, *a, **k)

    monkeypatch.setattr(fsutil.os, "replace", replace)
    return seen


def test_a_scan_that_lets_go_is_waited_out(tmp_path, monkeypatch, no_waiting):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    seen = held(monkeypatch, {"report.pdf"}, times=3)
    fsutil.atomic_write(target, b"new")
    assert target.read_bytes() == b"new" and len(seen) == 3
    assert no_waiting == list(fsutil.RETRY_DELAYS[:3])  # growing pauses, none real here
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_file_held_open_is_named_with_the_likely_cause(tmp_path, monkeypatch, no_waiting):
    target = tmp_path / "отчёт 2012.pdf"
    target.write_bytes(b"old")
    held(monkeypatch, {target.name})
    with pytest.raises(FileInUse) as info:
        fsutil.atomic_write(target, b"new")
    text = str(info.value)
    assert str(target) in text and "antivirus" in text and "Excel" in text
    assert "Nothing was changed" in text
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left
    assert len(no_waiting) == len(fsutil.RETRY_DELAYS)
    for lang in ("ru", "kk"):  # and in the monitor's language
        assert info.value.render(lambda m, lang=lang: translate(m, lang)) != text


def test_a_plain_permission_error_is_not_retried(tmp_path, monkeypatch, no_waiting):
    def refused(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(fsutil.os, "replace", refused)
    with pytest.raises(PermissionError):
        fsutil.atomic_write(tmp_path / "x", b"1")
    assert no_waiting == []


@pytest.fixture
def csv_folder(loaded, tmp_path) -> tuple[Path, dict[str, bytes]]:
    folder = tmp_path / "csv"
    export_csv(loaded, folder)
    return folder, {p.name: p.read_bytes() for p in folder.iterdir()}


def _changed(loaded) -> None:
    doc = loaded.get("per-kozlov")
    doc["occupation"] = "changed for the re-export"
    loaded.update("per-kozlov", doc)


def test_csv_re_export_with_one_file_open_in_excel_changes_nothing(loaded, csv_folder, monkeypatch,
                                                                  no_waiting):
    folder, before = csv_folder
    assert len(before) > 10
    _changed(loaded)
    victim = sorted(before)[len(before) - 2]  # one of the last: most files would go first
    held(monkeypatch, {victim})
    with pytest.raises(FileInUse) as info:
        export_csv(loaded, folder)
    assert victim in str(info.value)
    after = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert after == before  # every file as it was: no staging folder, no file replaced


def test_csv_re_export_rolls_back_when_placing_a_new_file_fails(loaded, csv_folder, monkeypatch,
                                                               no_waiting):
    folder, before = csv_folder
    _changed(loaded)
    placed: list[str] = []

    def replace(src, dst, *a, **k):  # old files go aside fine; the 5th new one cannot be placed
        if Path(src).parent.name == "new":
            if len(placed) == 4:
                raise sharing_violation(dst)
            placed.append(Path(dst).name)
        return REAL_REPLACE(src, dst, *a, **k)

    monkeypatch.setattr(fsutil.os, "replace", replace)
    with pytest.raises(FileInUse):
        export_csv(loaded, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_crash_mid_swap_is_rolled_back_on_the_next_write(loaded, csv_folder, monkeypatch, no_waiting):
    folder, before = csv_folder
    _changed(loaded)
    calls = {"n": 0}

    class Crash(BaseException):
        pass

    def replace(src, dst, *a, **k):
        if Path(src).parent.name == "new":
            calls["n"] += 1
            if calls["n"] == 3:
                raise Crash
        return REAL_REPLACE(src, dst, *a, **k)

    monkeypatch.setattr(fsutil.os, "replace", replace)
    monkeypatch.setattr(fsutil, "_roll_back", lambda *_a: 0)  # the process died: no rollback ran
    monkeypatch.setattr(fsutil, "_remove_stage", lambda *_a: None)
    with pytest.raises(Crash):
        export_csv(loaded, folder)
    assert {p.name for p in folder.iterdir()} != set(before)  # half swapped, a staging folder left
    monkeypatch.undo()
    assert fsutil.recover_staged(folder) > 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_another_export_running_is_said_plainly_on_every_os(vault, monkeypatch):
    holder = os.open(vault.path / lock_mod.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    import fcntl

    fcntl.flock(holder, fcntl.LOCK_EX)  # another process's export
    try:
        now = [0.0]
        with pytest.raises(ExportRunning) as info, export_lock(
                vault, wait=10, clock=lambda: now[0], sleep=lambda s: now.__setitem__(0, now[0] + s)):
            pass
        assert "Another export" in str(info.value) and now[0] >= 10
    finally:
        os.close(holder)
    with export_lock(vault, wait=0):  # free again: taken at once
        pass


def test_windows_export_lock_never_blocks_and_waits_like_elsewhere(vault, monkeypatch):
    tries: list[int] = []

    def locking(fd, mode, n):
        tries.append(mode)
        if len(tries) < 4:
            raise OSError(36, "Resource deadlock avoided")  # what LK_NBLCK raises while held

    fake = types.SimpleNamespace(LK_NBLCK=2, LK_LOCK=1, locking=locking)
    monkeypatch.setitem(__import__("sys").modules, "msvcrt", fake)
    with export_lock(vault, platform="win32", sleep=lambda _s: None):
        pass
    assert tries == [2, 2, 2, 2]  # the non-blocking form only: never msvcrt's own 10-second LK_LOCK
    tries.clear()
    fake.locking = lambda fd, mode, n: (_ for _ in ()).throw(OSError(36, "deadlock"))
    now = [0.0]
    with pytest.raises(ExportRunning), export_lock(
            vault, platform="win32", wait=5, clock=lambda: now[0],
            sleep=lambda s: now.__setitem__(0, now[0] + s)):
        pass


def test_export_lock_is_released_for_the_next_export(vault):
    done = threading.Event()

    def other() -> None:
        with export_lock(vault, wait=5):
            done.set()

    with export_lock(vault):
        pass
    t = threading.Thread(target=other)
    t.start()
    t.join(10)
    assert done.is_set()


def test_reading_a_file_another_program_locks_waits_then_names_it(tmp_path, monkeypatch, no_waiting):
    src = tmp_path / "свидетель.json"
    src.write_bytes(b"{}")
    real_open = os.open
    refusals = {"left": 2}

    def locked_open(path, flags, *a):
        if Path(path).name == src.name and refusals["left"]:
            refusals["left"] -= 1
            raise sharing_violation(path)
        return real_open(path, flags, *a)

    monkeypatch.setattr(fsutil.os, "open", locked_open)
    assert fsutil.read_outside(src, 1024) == b"{}"  # the scanner let go after two tries
    refusals["left"] = 100
    with pytest.raises(FileInUse) as info:
        fsutil.read_outside(src, 1024)
    assert src.name in str(info.value)
