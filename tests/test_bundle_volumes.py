"""A bundle too large for the target's file system (FAT32, injected small here) or for the size the
user chose is written as a set of volumes that HQ imports as one, from any one of them; a missing,
duplicated, swapped, cut or altered volume is refused before anything is decrypted, by name; the set
is published all at once, and a crash in the middle is finished by the next export."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fielddoc.attachments import service as att
from fielddoc.bundle import age, room, writer
from fielddoc.bundle import volumes as bvolumes
from fielddoc.bundle.writer import export_bundle, recover_exports
from fielddoc.hq.importer import import_bundle, inspect_bundle
from fielddoc.platform import volumes
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.schema_sync import (
    hq_bundles,
    sync_exports,  # noqa: I001
)
from tests.test_bundle_support import backend, link, make_field, make_hq  # noqa: F401 - fixture

KIB = 1024


@pytest.fixture
def linked(tmp_path, backend):  # noqa: F811 - the fixture
    cleanups: list = []
    field = make_field(tmp_path / "field", "monitor-a")
    hq = make_hq(tmp_path / "hq", backend, cleanups)
    link(field, hq)
    rec = Records(field)
    interchange.import_dataset(rec, {"persons": [{"id": "per-0", "name": "Ержан Қожағұлов"}]})
    video = tmp_path / "hearing.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(300_000))
    att.attach(field, rec, video, related_ids=["per-0"])
    yield field, hq
    field.lock()
    hq.lock()
    for drop in cleanups:
        drop()


def _bundles(hq) -> int:
    with hq.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(hq_bundles)).scalar() or 0)


def _shown(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_bundle_larger_than_the_volume_size_is_cut_and_hq_imports_it_from_any_volume(linked, tmp_path):
    field, hq = linked
    out = tmp_path / "stick"
    out.mkdir()
    result = export_bundle(field, out, volume_size=64 * KIB)
    assert result is not None and len(result.volumes) == 5  # 300 kB of video in 64 KiB volumes
    assert result.path == result.volumes[0]
    assert all(p.stat().st_size <= 64 * KIB for p in result.volumes)
    assert [p.name for p in result.volumes] == _shown(out)  # nothing hidden left behind
    assert result.volumes[0].name.endswith(".001-of-005.age")
    assert sum(p.stat().st_size - bvolumes.HEADER_SIZE for p in result.volumes) == result.size
    assert inspect_bundle(hq, result.volumes[4]).device == field.device_id
    imported = import_bundle(hq, result.volumes[2])  # any one volume: the others are its siblings
    assert imported.sequence == 1 and imported.files == 1
    assert _bundles(hq) == 1


def test_an_injected_fat32_limit_cuts_the_export_into_volumes_it_can_hold(linked, tmp_path, monkeypatch):
    field, hq = linked
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(volumes, "fs_type", lambda _path, **_kw: "vfat")
    monkeypatch.setitem(volumes.MAX_FILE_SIZE, "vfat", 100_000)  # FAT32's 4 GiB, scaled down
    result = export_bundle(field, stick)
    assert result is not None and len(result.volumes) == 4
    assert all(p.stat().st_size <= 100_000 for p in result.volumes)
    assert import_bundle(hq, result.volumes).sequence == 1  # all of them given: one bundle


def test_free_space_is_checked_for_the_whole_set_up_front(linked, tmp_path, monkeypatch):
    field, _hq = linked
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(volumes, "free_space", lambda _path: 200_000)
    with pytest.raises(room.NoRoomForBundle):
        export_bundle(field, stick, volume_size=64 * KIB)
    assert _shown(stick) == []
    with field.engine.connect() as conn:
        assert conn.execute(select(sync_exports)).all() == []


def test_too_small_a_volume_size_is_refused_before_writing(linked, tmp_path):
    field, _hq = linked
    with pytest.raises(bvolumes.TooManyVolumes) as caught:
        room.check_room(tmp_path, 100 << 20, volume_size=bvolumes.MIN_VOLUME_SIZE, split=True)
    assert "9999" in str(caught.value)


@pytest.fixture
def cut(linked, tmp_path):
    field, hq = linked
    out = tmp_path / "inbox"
    out.mkdir()
    result = export_bundle(field, out, volume_size=64 * KIB)
    assert result is not None
    return hq, result.volumes


def _refused(hq, path, error, monkeypatch) -> bvolumes.BundleFailure:
    def no_decrypting(*_a, **_kw):
        raise AssertionError("decrypted before every volume was checked")

    monkeypatch.setattr(age, "decrypt_iter", no_decrypting)
    with pytest.raises(error) as caught:
        import_bundle(hq, path)
    assert _bundles(hq) == 0
    return caught.value


def test_a_missing_volume_is_named(cut, monkeypatch):
    hq, vols = cut
    vols[3].unlink()
    err = _refused(hq, vols[0], bvolumes.VolumeMissing, monkeypatch)
    assert "missing 4 of 5" in str(err)


def test_a_second_copy_of_a_volume_is_named(cut, monkeypatch):
    hq, vols = cut
    copy = vols[1].with_name("copy of volume 2.age")
    copy.write_bytes(vols[1].read_bytes())
    err = _refused(hq, vols[0], bvolumes.VolumeDuplicated, monkeypatch)
    assert "volume 2" in str(err) and "copy of volume 2.age" in str(err)


def test_a_cut_volume_is_named(cut, monkeypatch):
    hq, vols = cut
    with open(vols[2], "r+b") as fh:
        fh.truncate(vols[2].stat().st_size - 1)
    err = _refused(hq, vols[0], bvolumes.VolumeDamaged, monkeypatch)
    assert "Volume 3 of 5" in str(err) and vols[2].name in str(err)


def test_an_altered_volume_is_named(cut, monkeypatch):
    hq, vols = cut
    data = bytearray(vols[4].read_bytes())
    data[-1] ^= 1
    vols[4].write_bytes(bytes(data))
    err = _refused(hq, vols[1], bvolumes.VolumeDamaged, monkeypatch)
    assert "Volume 5 of 5" in str(err)


def test_swapped_file_names_do_not_matter_but_a_swapped_header_does(cut, monkeypatch):
    hq, vols = cut
    a, b = vols[0].read_bytes(), vols[1].read_bytes()
    vols[0].write_bytes(b)  # renamed: the header decides the order, not the name
    vols[1].write_bytes(a)
    head = bytearray(vols[3].read_bytes())
    head[10:12] = (3).to_bytes(2, "big")  # volume 4 claims to be volume 3
    vols[3].write_bytes(bytes(head))
    err = _refused(hq, vols[0], bvolumes.VolumeDuplicated, monkeypatch)
    assert "volume 3" in str(err)


def test_the_set_is_published_all_at_once_and_a_crash_midway_is_finished_later(linked, tmp_path,
                                                                                monkeypatch):
    field, hq = linked
    out = tmp_path / "stick"
    out.mkdir()
    moved = []

    def dies_after_two(src, dst):
        if len(moved) == 2:
            raise KeyboardInterrupt  # as the process dying while it publishes the set
        os.replace(src, dst)
        moved.append(dst)

    monkeypatch.setattr(bvolumes, "replace", dies_after_two)
    with pytest.raises(KeyboardInterrupt):
        export_bundle(field, out, volume_size=64 * KIB)
    monkeypatch.undo()
    visible = [p for p in out.iterdir() if not p.name.startswith(".")]
    assert len(visible) == 2
    # HQ never takes the half set for a bundle
    with pytest.raises(bvolumes.VolumeMissing):
        import_bundle(hq, visible[0])
    assert _bundles(hq) == 0
    done = recover_exports(field)  # the next export (or this) publishes the rest
    assert len(done) == 1 and done[0].name.endswith(".001-of-005.age")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    assert import_bundle(hq, visible[1]).sequence == 1


def test_a_crash_while_writing_the_volumes_leaves_nothing_hq_would_take(linked, tmp_path, monkeypatch):
    field, hq = linked
    out = tmp_path / "stick"
    out.mkdir()
    calls = []

    def dies_in_volume_three(self, data):
        calls.append(len(data))
        if sum(calls) > 150_000:
            raise KeyboardInterrupt
        return real(self, data)

    real = bvolumes.VolumeWriter.write
    monkeypatch.setattr(bvolumes.VolumeWriter, "write", dies_in_volume_three)
    with pytest.raises(KeyboardInterrupt):
        export_bundle(field, out, volume_size=64 * KIB)
    monkeypatch.undo()
    assert _shown(out) == []  # the staging folder went with the failure
    result = export_bundle(field, out, volume_size=64 * KIB)
    assert result is not None and result.sequence == 2  # 1 is reported abandoned
    assert import_bundle(hq, result.volumes[0]).sequence == 2


def test_a_stick_with_a_staged_set_back_under_another_mount_point(linked, tmp_path, monkeypatch):
    field, hq = linked
    media = tmp_path / "media" / "monitor"
    stick = media / "KINGSTON" / "Пакеты 100%"
    stick.mkdir(parents=True)

    def killed(_src, _dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(bvolumes, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        export_bundle(field, stick, volume_size=64 * KIB)
    monkeypatch.undo()
    os.rename(media / "KINGSTON", media / "KINGSTON1")
    done = recover_exports(field, roots=[media])
    moved = media / "KINGSTON1" / "Пакеты 100%"
    assert len(done) == 1 and done[0].parent == moved
    assert len(_shown(moved)) == 5
    assert import_bundle(hq, done[0]).sequence == 1


def test_writer_refuses_a_user_named_set_whose_names_are_taken(linked, tmp_path):
    field, _hq = linked
    (tmp_path / "to-hq.001-of-002.age").write_bytes(b"older")
    with pytest.raises(writer.OutputExists):
        export_bundle(field, tmp_path / "to-hq.age", volume_size=64 * KIB)
    assert _shown(tmp_path).count("to-hq.001-of-002.age") == 1


def test_volume_messages_are_translated():
    from fielddoc.i18n import set_language, translate

    err = bvolumes.VolumeMissing(missing="2", count=3, folder="/media/x")
    try:
        for lang in ("ru", "kk"):
            set_language(lang)
            assert "volume" not in err.render(translate).lower() and "/media/x" in err.render(translate)
    finally:
        set_language("en")


def test_cli_cuts_at_volume_size_and_hq_import_takes_the_set_once(tmp_path, monkeypatch, capsys):
    from fielddoc.cli.main import main
    from fielddoc.crypto import kdf
    from tests.test_bundle_support import ACCEPTANCE, PASSPHRASE

    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.TEST_PARAMS)

    def run(*args, rc=0):
        got = main([str(a) for a in args])
        captured = capsys.readouterr()
        assert got == rc, captured.err + captured.out
        return captured.out + captured.err

    field, hq, card = tmp_path / "field", tmp_path / "hq", tmp_path / "card.json"
    run("init", "--vault", field)
    run("import-json", "--vault", field, ACCEPTANCE)
    run("hq", "init", "--vault", hq, "--name", "HQ Almaty", "--card-out", card)
    import json

    hq_fp = json.loads(card.read_text())["fingerprint"]
    run("recipients", "add", "--vault", field, card, "--fingerprint", hq_fp)
    run("enrol", "--vault", field, "--out", tmp_path / "enrol.json")
    fp = json.loads((tmp_path / "enrol.json").read_text())["fingerprint"]
    run("hq", "devices", "enrol", "--vault", hq, tmp_path / "enrol.json", "--fingerprint", fp)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(SystemExit):  # argparse's usage error
        main(["export", "--vault", str(field), "--out", str(out), "--volume-size", "12"])
    assert "not a size of at least 1K" in capsys.readouterr().err
    said = run("export", "--vault", field, "--out", out, "--volume-size", "16K")
    vols = sorted(out.iterdir())
    assert len(vols) >= 2 and f"cut into {len(vols)} volumes" in said
    assert all(p.stat().st_size <= 16 * KIB for p in vols)
    said = run("hq", "import", "--vault", hq, "--json", *vols)
    results, _end = json.JSONDecoder().raw_decode(said[said.index("["):])
    assert len(results) == 1 and results[0]["sequence"] == 1
    vols[-1].unlink()
    said = run("hq", "import", "--vault", hq, vols[0], rc=2)
    assert "REJECTED" in said and f"missing {len(vols)} of {len(vols)}" in said


def test_a_sibling_whose_header_is_damaged_is_named_not_called_missing(cut, monkeypatch):
    hq, vols = cut
    data = bytearray(vols[2].read_bytes())
    data[8] = 9  # volume format version 9
    vols[2].write_bytes(bytes(data))
    err = _refused(hq, vols[0], bvolumes.VolumeHeaderDamaged, monkeypatch)
    assert vols[2].name in str(err) and "version 9" in str(err)
