"""kill -9 during export and during import (security tests 16 and 19), many times, on the CLI.

Export: afterwards there is no bundle file or a complete, valid one; the next export
finishes or abandons what was interrupted. Import: all or none of the bundle's
records are present, the database passes its integrity checks, and importing again
succeeds. Runs in CI (marked ``slow``, never skipped); FIELDDOC_BUNDLE_KILLS sets
the number of kills per loop.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fielddoc.attachments import service as att
from fielddoc.bundle.writer import export_bundle
from fielddoc.hq.importer import import_bundle, inspect_bundle
from fielddoc.hq.store import open_hq
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.schema import attachment_files, records
from fielddoc.store.schema_sync import hq_bundles
from tests.test_bundle_support import PASSPHRASE, ROOT, link, make_field, make_hq

KILLS = int(os.environ.get("FIELDDOC_BUNDLE_KILLS", "15"))
pytestmark = pytest.mark.slow


def _cli(*args: str) -> subprocess.Popen:
    env = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen(
        [sys.executable, "-m", "fielddoc", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _timed_run(*args: str) -> float:
    start = time.monotonic()
    proc = _cli(*args)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return time.monotonic() - start


def _kill_at(proc: subprocess.Popen, delay: float) -> int:
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return proc.returncode


def _populate(field, tmp: Path, n: int, file_mb: int) -> None:
    rec = Records(field)
    interchange.import_dataset(
        rec, {"persons": [{"id": f"per-{i}", "name": f"Person {i}", "notes": "n" * 200} for i in range(n)]}
    )
    src = tmp / "video.bin"
    src.write_bytes(random.Random(7).randbytes(file_mb << 20))
    att.attach(field, rec, src, related_ids=["per-0"])
    src.unlink()


def test_export_killed(tmp_path):
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    field = make_field(tmp_path / "field")
    try:
        _populate(field, tmp_path, 2000, 24)
        link(field, hq)
        field.lock()
        out = tmp_path / "out"
        out.mkdir()
        full = _timed_run("export", "--vault", str(tmp_path / "field"), "--out", str(out))
        rng = random.Random(1234)
        for _ in range(KILLS):
            _kill_at(
                _cli("export", "--vault", str(tmp_path / "field"), "--out", str(out)),
                rng.uniform(0.3, full * 1.1),
            )
            for p in out.iterdir():
                if p.name.startswith("."):
                    continue  # a hidden temporary file: never a bundle name
                info = inspect_bundle(hq, p)  # complete and valid, or this raises
                assert info.manifest["counts"]["files"] == 1
        _timed_run("export", "--vault", str(tmp_path / "field"), "--out", str(out))  # recovers, then works
        assert not [p for p in out.iterdir() if p.name.startswith(".")], "temporary files left behind"
        bundles = sorted(out.iterdir(), key=lambda p: inspect_bundle(hq, p).manifest["sequence"])
        assert len(bundles) >= 2
        for p in bundles:
            assert import_bundle(hq, p).status == "imported"
        with hq.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(records)).scalar() == 2001
    finally:
        for fn in cleanups:
            fn()


def test_export_into_volumes_killed(tmp_path):
    """kill -9 while a bundle is written as volumes: what is visible is a complete set, or an
    incomplete one HQ refuses as such (never takes for a bundle); the next export finishes it."""
    from fielddoc.bundle.volumes import VolumeMissing, same_sets

    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    field = make_field(tmp_path / "field")
    export = ("export", "--vault", str(tmp_path / "field"), "--volume-size", "3M")
    try:
        _populate(field, tmp_path, 500, 16)
        link(field, hq)
        field.lock()
        out = tmp_path / "out"
        out.mkdir()
        full = _timed_run(*export, "--out", str(out))
        rng = random.Random(4321)
        partial = 0
        for _ in range(max(3, KILLS // 2)):
            _kill_at(_cli(*export, "--out", str(out)), rng.uniform(0.3, full * 1.1))
            for group in same_sets(sorted(p for p in out.iterdir() if not p.name.startswith("."))):
                try:
                    assert inspect_bundle(hq, group).manifest["counts"]["files"] == 1
                except VolumeMissing:
                    partial += 1  # published in part: HQ names what is missing
        _timed_run(*export, "--out", str(out))  # recovers, then works
        assert not [p for p in out.iterdir() if p.name.startswith(".")], "staged volumes left behind"
        sets = same_sets(sorted(out.iterdir()))
        assert len(sets) >= 2 and all(len(g) == 6 for g in sets)  # 16 MiB in 3 MiB volumes
        for group in sorted(sets, key=lambda g: inspect_bundle(hq, g).manifest["sequence"]):
            assert import_bundle(hq, group[-1]).status == "imported"
        with hq.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(records)).scalar() == 501
    finally:
        for fn in cleanups:
            fn()


def _counts(hq_dir: Path) -> tuple[int, int, int, list[str]]:
    hq = open_hq(hq_dir, PASSPHRASE)
    try:
        problems = hq.vault.integrity_problems()
        with hq.engine.connect() as conn:
            n_rec = conn.execute(select(func.count()).select_from(records)).scalar()
            n_files = conn.execute(select(func.count()).select_from(attachment_files)).scalar()
            n_bundles = conn.execute(select(func.count()).select_from(hq_bundles)).scalar()
            for (fid,) in conn.execute(select(attachment_files.c.file_id)):
                assert (hq.attachments_dir / f"{fid}.fda").exists(), "a row without its file"
        problems += Records(hq).verify_history()
    finally:
        hq.lock()
    return int(n_rec or 0), int(n_files or 0), int(n_bundles or 0), problems


def test_import_killed(tmp_path):
    cleanups: list = []
    pristine = tmp_path / "hq-pristine"
    hq = make_hq(pristine, "sqlcipher", cleanups)
    field = make_field(tmp_path / "field")
    try:
        _populate(field, tmp_path, 3000, 16)
        link(field, hq)
        out = tmp_path / "out"
        out.mkdir()
        bundle = export_bundle(field, out).path
        field.lock()
    finally:
        for fn in cleanups:
            fn()
    work = tmp_path / "hq"
    shutil.copytree(pristine, work)
    full = _timed_run("hq", "import", "--vault", str(work), str(bundle))
    assert _counts(work)[:3] == (3001, 1, 1)
    rng = random.Random(99)
    outcomes = set()
    for _ in range(KILLS):
        shutil.rmtree(work)
        shutil.copytree(pristine, work)
        _kill_at(_cli("hq", "import", "--vault", str(work), str(bundle)), rng.uniform(0.3, full))
        n_rec, n_files, n_bundles, problems = _counts(work)
        assert not problems, problems
        assert (n_rec, n_files, n_bundles) in {(0, 0, 0), (3001, 1, 1)}, (n_rec, n_files, n_bundles)
        outcomes.add(n_rec)
        proc = _cli("hq", "import", "--vault", str(work), str(bundle))  # importing again succeeds
        stdout, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert ("already imported" in stdout) == (n_rec == 3001)
    assert 0 in outcomes  # at least one kill landed before the commit
