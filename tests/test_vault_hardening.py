"""The vault header after the outside review (issue 9): every unlock path counts toward
wipe-after-N (F4), a replaced header is overwritten in place (F5), a tampered header is
reported as such and never counted (F8), absurd KDF parameters are refused before the KDF
runs (F9), and the KDF floor is enforced, warned about and shown correctly (F13, F15)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from fielddoc import errors
from fielddoc.crypto import kdf
from fielddoc.crypto.kdf import TEST_PARAMS, KdfParams
from fielddoc.store import header as hdr
from fielddoc.store.vault import Vault, change_passphrase, read_header
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase for this vault"
WRONG = "not the passphrase at all, sorry"


def _make(vault_dir: Path, wipe_after: int | None = None) -> bytes:
    Vault.create(vault_dir, PASSPHRASE, params=TEST_PARAMS, wipe_after=wipe_after).lock()
    return (vault_dir / "vault.hdr").read_bytes()


def _forge(vault_dir: Path, **changes) -> None:
    """Rewrite the header with ``changes`` and a recomputed (valid) checksum."""
    h = read_header(vault_dir)
    (vault_dir / "vault.hdr").write_bytes(dataclasses.replace(h, **changes).encode())


# -- F4: passwd is not a free guessing oracle ------------------------------------------------------
def test_wrong_old_passphrase_in_passwd_counts_toward_wipe(vault_dir):
    _make(vault_dir, wipe_after=3)
    for _ in range(2):
        with pytest.raises(errors.WrongPassphrase):
            change_passphrase(vault_dir, WRONG, NEW, params=TEST_PARAMS)
    with pytest.raises(errors.VaultWiped):
        change_passphrase(vault_dir, WRONG, NEW, params=TEST_PARAMS)
    with pytest.raises(errors.VaultWiped):
        Vault.open(vault_dir, PASSPHRASE)


def test_passwd_and_open_failures_add_up(vault_dir):
    _make(vault_dir, wipe_after=3)
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault_dir, WRONG)
    with pytest.raises(errors.WrongPassphrase):
        change_passphrase(vault_dir, WRONG, NEW, params=TEST_PARAMS)
    with pytest.raises(errors.VaultWiped):
        Vault.open(vault_dir, WRONG)


def test_cli_passwd_wrong_old_passphrase_counts(vault_dir, monkeypatch, capsys):
    from fielddoc.cli.main import main

    _make(vault_dir, wipe_after=3)
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", WRONG)
    monkeypatch.setenv("FIELDDOC_NEW_PASSPHRASE", NEW)
    monkeypatch.setenv("FIELDDOC_LANG", "en")
    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: TEST_PARAMS)
    codes = [main(["passwd", "--vault", str(vault_dir)]) for _ in range(3)]
    err = capsys.readouterr().err
    assert codes == [2, 2, 2]
    assert "erased after 3 failed unlock attempts" in err
    assert (vault_dir / "vault.hdr").read_bytes().startswith(b"FDWIPED")


# -- F5: the old header is overwritten in place --------------------------------------------------
def test_passwd_overwrites_the_old_header_in_place(vault_dir, tmp_path):
    old = _make(vault_dir)
    wrapped = read_header(vault_dir).wrapped_key
    link = tmp_path / "old-inode"
    os.link(vault_dir / "vault.hdr", link)  # what a carver of free blocks would find
    change_passphrase(vault_dir, PASSPHRASE, NEW, params=TEST_PARAMS)
    left = link.read_bytes()
    assert len(left) == len(old)
    assert left != old and wrapped not in left and hdr.MAGIC not in left
    Vault.open(vault_dir, NEW).lock()
    assert not list(vault_dir.glob(".*"))  # no hidden leftover (old link, temporary file)


def test_old_header_overwritten_where_hard_links_are_not_supported(vault_dir, tmp_path, monkeypatch):
    from fielddoc.store import header_io

    _make(vault_dir)
    wrapped = read_header(vault_dir).wrapped_key
    link = tmp_path / "old-inode"
    os.link(vault_dir / "vault.hdr", link)

    def no_links(*a, **k):
        raise OSError("hard links are not supported here (FAT)")

    monkeypatch.setattr(header_io.os, "link", no_links)
    change_passphrase(vault_dir, PASSPHRASE, NEW, params=TEST_PARAMS)
    assert wrapped not in link.read_bytes()
    Vault.open(vault_dir, NEW).lock()


def test_wipe_overwrites_the_old_header_in_place(vault_dir, tmp_path):
    _make(vault_dir, wipe_after=3)
    wrapped = read_header(vault_dir).wrapped_key
    link = tmp_path / "old-inode"
    os.link(vault_dir / "vault.hdr", link)
    for _ in range(2):
        with pytest.raises(errors.WrongPassphrase):
            Vault.open(vault_dir, WRONG)
    with pytest.raises(errors.VaultWiped):
        Vault.open(vault_dir, WRONG)
    assert wrapped not in link.read_bytes()
    assert wrapped not in (vault_dir / "vault.hdr").read_bytes()


def test_stale_old_header_left_by_a_crash_is_shredded_on_open(vault_dir):
    from fielddoc.store import header_io

    old = _make(vault_dir)
    # A crash after the new header replaced the old one, before the old inode was overwritten.
    stale = vault_dir / f".0123456789abcdef{header_io.OLD_SUFFIX}"
    stale.write_bytes(old)
    keep = os.open(stale, os.O_RDONLY)
    try:
        change_passphrase(vault_dir, PASSPHRASE, NEW, params=TEST_PARAMS)
        assert not stale.exists()
        assert old[-32:] not in os.pread(keep, len(old), 0)
    finally:
        os.close(keep)


def test_stale_link_to_the_live_header_is_only_unlinked(vault_dir):
    from fielddoc.store import header_io

    live = _make(vault_dir)
    # A crash after the link was made, before the new header replaced the live one.
    stale = vault_dir / f".fedcba9876543210{header_io.OLD_SUFFIX}"
    os.link(vault_dir / "vault.hdr", stale)
    Vault.open(vault_dir, PASSPHRASE).lock()
    assert not stale.exists()
    assert (vault_dir / "vault.hdr").read_bytes() == live


# -- F8: a tampered header is reported as tampering and never counted ----------------------------
@pytest.mark.parametrize(
    "changes",
    [{"params": KdfParams(128, 1, 1)}, {"params": KdfParams(64, 2, 1)}, {"salt": b"\x01" * 16}],
    ids=["memory", "iterations", "salt"],
)
def test_tampered_kdf_section_is_reported_and_never_wipes(vault_dir, changes):
    good = _make(vault_dir, wipe_after=3)
    _forge(vault_dir, **changes)
    for _ in range(5):  # the owner types the correct passphrase again and again
        with pytest.raises(errors.HeaderTampered) as exc:
            Vault.open(vault_dir, PASSPHRASE)
        assert "Wrong passphrase" not in exc.value.render()
    with pytest.raises(errors.HeaderTampered):
        change_passphrase(vault_dir, PASSPHRASE, NEW, params=TEST_PARAMS)
    assert not (vault_dir / "failures").exists()
    assert not (vault_dir / "vault.hdr").read_bytes().startswith(b"FDWIPED")
    (vault_dir / "vault.hdr").write_bytes(good)  # the owner restores the header
    Vault.open(vault_dir, PASSPHRASE).lock()


def test_tampered_message_is_translated():
    from fielddoc.i18n import translate

    exc = errors.HeaderTampered(path="vault.hdr")
    assert exc.render(lambda s: translate(s, "ru")) != exc.render()
    assert exc.render(lambda s: translate(s, "kk")) != exc.render()


def test_passwd_makes_the_new_header_the_good_one(vault_dir):
    _make(vault_dir, wipe_after=3)
    change_passphrase(vault_dir, PASSPHRASE, NEW, params=TEST_PARAMS)
    with pytest.raises(errors.WrongPassphrase):  # counted: the header is the one we wrote
        Vault.open(vault_dir, WRONG)
    assert (vault_dir / "failures").read_text() == "1"
    Vault.open(vault_dir, NEW).lock()
    assert not (vault_dir / "failures").exists()


def test_restored_older_header_becomes_good_after_it_unlocks(vault_dir):
    old = _make(vault_dir, wipe_after=3)
    change_passphrase(vault_dir, PASSPHRASE, NEW, params=TEST_PARAMS)
    (vault_dir / "vault.hdr").write_bytes(old)  # a backup copy of the header, put back
    with pytest.raises(errors.HeaderTampered):  # not the last good one: not counted
        Vault.open(vault_dir, WRONG)
    assert not (vault_dir / "failures").exists()
    Vault.open(vault_dir, PASSPHRASE).lock()  # the old passphrase opens the old copy
    with pytest.raises(errors.WrongPassphrase):  # now it is the good one again: counted
        Vault.open(vault_dir, WRONG)
    assert (vault_dir / "failures").read_text() == "1"


def test_last_good_header_file_holds_its_sha256(vault_dir):
    import hashlib

    raw = _make(vault_dir)
    assert (vault_dir / "header.ok").read_text("ascii").split() == [hashlib.sha256(raw).hexdigest()]


# -- F9: absurd parameters are refused before the KDF runs -------------------------------------
@pytest.mark.parametrize(
    "params",
    [KdfParams(4 * 1024 * 1024, 64, 16), KdfParams(2 * 1024 * 1024, 3, 4), KdfParams(256 * 1024, 17, 4),
     KdfParams(256 * 1024, 3, 9)],
    ids=["4GiB-t64-p16", "2GiB", "t17", "p9"],
)
def test_absurd_kdf_parameters_refused_before_the_kdf(vault_dir, monkeypatch, params):
    _make(vault_dir, wipe_after=3)
    _forge(vault_dir, params=params)

    def no_kdf(*a, **k):
        raise AssertionError("the KDF ran on a header that should have been refused")

    monkeypatch.setattr(kdf, "derive", no_kdf)
    with pytest.raises(errors.HeaderCorrupt):
        Vault.open(vault_dir, PASSPHRASE)
    assert not (vault_dir / "failures").exists()


def test_calibration_stays_within_the_accepted_range(monkeypatch):
    monkeypatch.setattr(kdf, "_time", lambda p: 0.0001 * p.iterations)  # a very fast machine
    fast = kdf.calibrate()
    monkeypatch.setattr(kdf, "_time", lambda p: 100.0)  # a very slow one
    slow = kdf.calibrate()
    for p in (fast, slow):
        assert p.sane() and not p.below_floor()
    assert fast.iterations == kdf.MAX_ITERATIONS and slow.memory_kib == kdf.FLOOR_MEMORY_KIB


# -- F15: no weak vaults from the production CLI; floor warned, passwd re-calibrates ----------------
@pytest.mark.parametrize("command", [["init"], ["hq", "init", "--card-out", "card.json"]])
def test_cli_has_no_insecure_kdf_flag(tmp_path, monkeypatch, capsys, command):
    from fielddoc.cli.main import main

    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    with pytest.raises(SystemExit) as exc:
        main([*command, "--vault", str(tmp_path / "v"), "--insecure-kdf-for-tests"])
    assert exc.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err
    assert not (tmp_path / "v").exists()


def test_status_shows_memory_below_one_mib_in_kib(vault):
    assert "m=64 KiB t=1 p=1" in vault.status()["kdf"]
    assert kdf.describe(KdfParams(256 * 1024, 3, 4)) == "argon2id m=256 MiB t=3 p=4"


@pytest.mark.parametrize("lang,needle", [("en", "below the minimum"), ("ru", "ниже"), ("kk", "төмен")])
def test_opening_a_vault_below_the_floor_warns(vault_dir, monkeypatch, capsys, lang, needle):
    from fielddoc.cli.main import main

    _make(vault_dir)
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", lang)
    assert main(["status", "--vault", str(vault_dir)]) == 0
    captured = capsys.readouterr()
    assert needle in captured.err and "m=64 KiB" in captured.out
    assert "passwd" in captured.err


def test_no_floor_warning_at_the_floor(tmp_path, monkeypatch, capsys):
    from fielddoc.cli.main import main

    at_floor = KdfParams(kdf.FLOOR_MEMORY_KIB, kdf.FLOOR_ITERATIONS, 1)
    Vault.create(tmp_path / "v", PASSPHRASE, params=at_floor).lock()
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", "en")
    assert main(["status", "--vault", str(tmp_path / "v")]) == 0
    assert "minimum" not in capsys.readouterr().err


def test_passwd_recalibrates(vault_dir, monkeypatch):
    _make(vault_dir)
    chosen = KdfParams(kdf.FLOOR_MEMORY_KIB, 4, 1)
    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: chosen)
    change_passphrase(vault_dir, PASSPHRASE, NEW)
    assert read_header(vault_dir).params == chosen
    Vault.open(vault_dir, NEW).lock()


def test_cli_passwd_lifts_a_weak_vault_to_calibrated_parameters(vault_dir, monkeypatch, capsys):
    from fielddoc.cli.main import main

    _make(vault_dir)
    chosen = KdfParams(kdf.FLOOR_MEMORY_KIB, 3, 1)
    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: chosen)
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_NEW_PASSPHRASE", NEW)
    monkeypatch.setenv("FIELDDOC_LANG", "en")
    assert main(["passwd", "--vault", str(vault_dir)]) == 0
    out = capsys.readouterr().out
    assert "m=64 MiB t=3 p=1" in out
    assert read_header(vault_dir).params == chosen


# -- F13: out-of-range KDF options are clean errors --------------------------------------------
@pytest.mark.parametrize(
    "option,value,allowed",
    [("--kdf-memory-mib", "100000", "between 64 and 1024"), ("--kdf-memory-mib", "0", "between 64 and 1024"),
     ("--kdf-memory-mib", "8", "between 64 and 1024"), ("--kdf-iterations", "1000", "between 3 and 16"),
     ("--kdf-iterations", "1", "between 3 and 16"), ("--kdf-lanes", "0", "between 1 and 8"),
     ("--kdf-lanes", "64", "between 1 and 8")],
)
@pytest.mark.parametrize("command", [["init"], ["hq", "init", "--card-out", "card.json"]])
def test_out_of_range_kdf_options_are_clean_errors(tmp_path, monkeypatch, capsys, command, option, value,
                                                   allowed):
    from fielddoc.cli.main import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", "en")
    monkeypatch.setattr(kdf, "derive", lambda *a, **k: pytest.fail("no KDF for refused options"))
    assert main([*command, "--vault", str(tmp_path / "v"), option, value]) == 2
    err = capsys.readouterr().err
    assert "internal error" not in err and allowed in err
    assert not (tmp_path / "v" / "vault.hdr").exists()


def test_kdf_range_message_is_translated(tmp_path, monkeypatch, capsys):
    from fielddoc.cli.main import main

    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDDOC_LANG", "ru")
    assert main(["init", "--vault", str(tmp_path / "v"), "--kdf-iterations", "99"]) == 2
    err = capsys.readouterr().err
    assert "16" in err and "Argon2id" in err and "must be" not in err and "99" in err
