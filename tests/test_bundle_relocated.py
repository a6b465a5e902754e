"""An export interrupted after the bundle was written in full, on a stick that comes back under
another drive letter or mount point, is finished where the stick is now, and HQ imports it."""

from __future__ import annotations

import ntpath
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from fielddoc.bundle import writer
from fielddoc.bundle.writer import export_bundle, recover_exports
from fielddoc.hq.importer import import_bundle
from fielddoc.platform import volumes
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.schema_sync import sync_exports
from tests.test_bundle_support import link, make_field, make_hq


def test_windows_the_same_path_on_every_other_drive_letter():
    here = {"E:\\Пакеты 100%\\.1f2e3d4c5b6a7980.tmp"}
    found = volumes.moved_copies("D:\\Пакеты 100%\\.1f2e3d4c5b6a7980.tmp", platform="win32",
                                 drives=["C:", "D:", "E:", "F:"], exists=here.__contains__)
    assert found == ["E:\\Пакеты 100%\\.1f2e3d4c5b6a7980.tmp"]
    assert ntpath.splitdrive(found[0])[0] == "E:"
    # a network share keeps its name: nothing to look for
    assert volumes.moved_copies("\\\\server\\share\\.x.tmp", platform="win32", drives=["E:"],
                                exists=lambda _p: True) == []


@pytest.fixture
def setup(tmp_path):
    field = make_field(tmp_path / "field", "monitor-a")
    hq = make_hq(tmp_path / "hq", "sqlcipher", [])
    link(field, hq)
    interchange.import_dataset(Records(field), {"persons": [{"id": "per-0", "name": "Ержан Қожағұлов"}]})
    yield field, hq
    field.lock()
    hq.lock()


def _interrupted_export(field, folder: Path, monkeypatch) -> None:
    """An export killed after its bundle was written and recorded, before the rename."""
    def killed(_src, _dst):
        raise KeyboardInterrupt  # as the process dying at this point

    monkeypatch.setattr(writer, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        export_bundle(field, folder)
    monkeypatch.undo()
    hidden = [p for p in folder.iterdir() if p.name.startswith(".")]
    assert len(hidden) == 1 and not [p for p in folder.iterdir() if not p.name.startswith(".")]


def test_a_stick_back_under_another_mount_point_is_finished_by_the_next_export(setup, tmp_path,
                                                                              monkeypatch):
    field, hq = setup
    media = tmp_path / "media" / "monitor"
    stick = media / "KINGSTON" / "Пакеты 100%"
    stick.mkdir(parents=True)
    _interrupted_export(field, stick, monkeypatch)
    os.rename(media / "KINGSTON", media / "KINGSTON1")  # unplugged, back under another name
    moved = media / "KINGSTON1" / "Пакеты 100%"
    # recovery before the stick is seen anywhere keeps the export pending, not forgotten
    assert recover_exports(field, roots=[tmp_path / "elsewhere"]) == []
    with field.engine.connect() as conn:
        assert conn.execute(select(sync_exports.c.tmp_path)).scalar() is not None
    # the monitor exports again, to the stick where it is now
    interchange.import_dataset(Records(field), {"persons": [{"id": "per-1", "name": "Розa Тулетаева"}]})
    result = export_bundle(field, moved)
    assert result is not None and len(result.recovered) == 1
    finished = result.recovered[0]
    assert finished.parent == moved and finished.is_file() and not finished.name.startswith(".")
    assert [p for p in moved.iterdir() if p.name.startswith(".")] == []
    first = import_bundle(hq, finished)  # the bundle was complete: HQ imports it, no gap
    second = import_bundle(hq, result.path)
    assert first.sequence == 1 and second.sequence == 2


def test_a_stick_back_elsewhere_is_found_among_the_mounted_drives(setup, tmp_path, monkeypatch):
    field, hq = setup
    media = tmp_path / "media" / "monitor"
    stick = media / "STICK" / "bundles"
    stick.mkdir(parents=True)
    _interrupted_export(field, stick, monkeypatch)
    os.rename(media / "STICK", media / "STICK 2")
    done = recover_exports(field, roots=[media])
    assert done == [media / "STICK 2" / "bundles" / done[0].name]
    assert import_bundle(hq, done[0]).sequence == 1
    with field.engine.connect() as conn:
        row = conn.execute(select(sync_exports.c.tmp_path, sync_exports.c.out_path)).one()
    assert row.tmp_path is None and row.out_path == str(done[0])
