"""A bundle that a FAT32 stick cannot hold, or that does not fit in the free space, is refused
before anything is written, saying what to do; the file system's type is read as each OS gives it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from fielddoc.attachments import service as att
from fielddoc.bundle import room
from fielddoc.bundle.writer import export_bundle
from fielddoc.platform import volumes
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.schema_sync import sync_exports
from tests.test_bundle_support import link, make_field, make_hq

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/sdb1 /media/monitor/KINGSTON vfat rw,nosuid,nodev,uid=1000 0 0
/dev/sdc1 /media/monitor/Флешка\\040exFAT exfat rw,nosuid 0 0
/dev/sdd1 /media/monitor/KINGSTONE ntfs3 rw 0 0
"""


def test_file_system_type_from_proc_mounts_longest_mount_point_and_escapes():
    assert volumes.fs_type_from_mounts(Path("/media/monitor/KINGSTON/bundles"), MOUNTS) == "vfat"
    assert volumes.fs_type_from_mounts(Path("/media/monitor/KINGSTONE/x"), MOUNTS) == "ntfs3"
    assert volumes.fs_type_from_mounts(Path("/media/monitor/Флешка exFAT/a b"), MOUNTS) == "exfat"
    assert volumes.fs_type_from_mounts(Path("/home/monitor"), MOUNTS) == "ext4"


def test_fat_limits_for_each_os_names_and_none_for_exfat_ntfs_apfs():
    for name in ("vfat", "msdos", "fat32"):  # Linux, macOS statfs, Windows GetVolumeInformation
        assert volumes.max_file_size(name) == 4 * 2**30 - 1
    for name in ("exfat", "ntfs", "ntfs3", "apfs", "ext4", None):
        assert volumes.max_file_size(name) is None


def test_the_size_bound_holds_for_real_age_files(tmp_path):
    from fielddoc.bundle import age

    _identity, recipient = age.generate_identity()
    for n in (0, 1, age.CHUNK_SIZE, age.CHUNK_SIZE + 1, 5 * age.CHUNK_SIZE + 7):
        out = tmp_path / f"{n}.age"
        with open(out, "wb") as fh:
            age.encrypt_pieces([b"x" * n], fh, [recipient])
        real = out.stat().st_size
        assert real <= room.bundle_size(n, 1) <= real + 4096


@pytest.fixture
def linked(tmp_path):
    field = make_field(tmp_path / "field", "monitor-a")
    hq = make_hq(tmp_path / "hq", "sqlcipher", [])
    link(field, hq)
    rec = Records(field)
    interchange.import_dataset(rec, {"persons": [{"id": "per-0", "name": "Ержан Қожағұлов"}]})
    video = tmp_path / "hearing.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(300_000))
    att.attach(field, rec, video, related_ids=["per-0"])
    yield field
    field.lock()
    hq.lock()


def _rows(field) -> list:
    with field.engine.connect() as conn:
        return conn.execute(select(sync_exports)).all()


def test_a_bundle_a_fat32_stick_cannot_hold_is_refused_when_splitting_is_off(tmp_path, monkeypatch):
    monkeypatch.setattr(volumes, "fs_type", lambda _path, **_kw: "vfat")
    monkeypatch.setitem(volumes.MAX_FILE_SIZE, "vfat", 100_000)  # FAT32's 4 GiB, scaled down
    with pytest.raises(room.BundleTooLargeForDrive) as caught:
        room.check_room(tmp_path, 200_000)
    text = str(caught.value)
    assert "VFAT" in text and "exFAT" in text and "Nothing was written" in text
    assert room.check_room(tmp_path, 200_000, split=True) == 100_000  # the export cuts it into volumes
    assert room.check_room(tmp_path, 90_000, split=True) is None  # it fits: one file


def test_export_to_a_fat32_stick_too_small_for_one_file_writes_volumes(linked, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(volumes, "fs_type", lambda _path, **_kw: "vfat")
    monkeypatch.setitem(volumes.MAX_FILE_SIZE, "vfat", 100_000)  # FAT32's 4 GiB, scaled down
    result = export_bundle(linked, stick)
    assert result is not None and result.sequence == 1 and len(result.volumes) == 4
    assert sorted(stick.iterdir()) == result.volumes  # no hidden temporary left
    monkeypatch.setitem(volumes.MAX_FILE_SIZE, "vfat", 4 * 2**30 - 1)
    rec = Records(linked)
    interchange.import_dataset(rec, {"persons": [{"id": "per-1", "name": "Розa Тулетаева"}]})
    result = export_bundle(linked, stick)
    assert result is not None and result.sequence == 2 and result.volumes == []
    assert _rows(linked)[-1].status == "written"


def test_export_to_a_nearly_full_drive_is_refused_and_translated(linked, tmp_path, monkeypatch):
    from fielddoc.i18n import set_language, translate

    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(volumes, "free_space", lambda _path: 200_000)
    with pytest.raises(room.NoRoomForBundle) as caught:
        export_bundle(linked, stick)
    assert list(stick.iterdir()) == [] and _rows(linked) == []
    try:
        set_language("ru")
        assert "места" in caught.value.render(translate)
    finally:
        set_language("en")


def test_the_real_reader_names_this_machines_file_system(tmp_path):
    name = volumes.fs_type(tmp_path / "not yet made" / "bundle.fdb")  # the nearest existing folder
    assert name and name == name.lower()
    assert volumes.free_space(tmp_path / "not yet made") > 0
