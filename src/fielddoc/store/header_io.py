"""The header file on disk: reading it, unlocking with it, and replacing it.

    <vault>/vault.hdr    the header (docs/vault-format.md)
    <vault>/header.ok    SHA-256 (hex) of the last header that unlocked here; two lines
                         only while a header is being replaced (the old and the new one)
    <vault>/failures     failed-unlock counter (only when wipe-after-N is enabled)

Every path that turns a passphrase into the data key goes through :func:`unlock`, so
every wrong passphrase counts toward wipe-after-N, whichever command typed it. A
header that is not the last good one and refuses the passphrase is reported as
tampered (:class:`~fielddoc.errors.HeaderTampered`) and never counted: a tamperer
who edits the KDF section cannot make the owner's correct passphrase wipe the vault.

Every header write goes through :func:`write_header` (or :func:`replace_shredding`
for the wipe marker): the old header's blocks are overwritten in place after the
new header has replaced it, so the key wrapped under the old passphrase is not
left in free blocks (see the limits in docs/vault-format.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path
from typing import BinaryIO

from fielddoc.errors import HeaderTampered, VaultNotFound, VaultWiped, WrongPassphrase
from fielddoc.fsutil import atomic_write, fsync_dir, full_fsync
from fielddoc.store import header as hdr

HEADER_NAME = "vault.hdr"
LAST_GOOD = "header.ok"
FAILURES = "failures"
WIPED_MARK = b"FDWIPED\x00"
#: A second name for the header being replaced, kept until its bytes are overwritten.
OLD_SUFFIX = ".oldhdr"


# -- reading ----------------------------------------------------------------------------
def read_raw(path: Path) -> bytes:
    """The header file's bytes; VaultNotFound or VaultWiped when there is no usable header."""
    try:
        raw = (Path(path) / HEADER_NAME).read_bytes()
    except FileNotFoundError:
        raise VaultNotFound(path=str(path)) from None
    if raw.startswith(WIPED_MARK):
        raise VaultWiped(count=raw[len(WIPED_MARK) :].decode("ascii", "replace") or "?")
    return raw


def read_header(path: Path) -> hdr.VaultHeader:
    return hdr.decode(read_raw(path), Path(path) / HEADER_NAME)


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def last_good(path: Path) -> set[str] | None:
    """The digests of the headers known good here, or None if none is recorded."""
    try:
        text = (Path(path) / LAST_GOOD).read_text("ascii")
    except (OSError, UnicodeDecodeError):
        return None
    found = {line.strip().lower() for line in text.splitlines() if line.strip()}
    return found or None


def _remember(path: Path, digests: list[str]) -> None:
    atomic_write(Path(path) / LAST_GOOD, "".join(d + "\n" for d in digests).encode("ascii"))


# -- unlocking ---------------------------------------------------------------------------
def unlock(path: Path, passphrase: str, *, read_only: bool = False) -> tuple[hdr.VaultHeader, bytes]:
    """Turn the passphrase into the data key. The one place a passphrase is tried.

    Raises VaultNotFound, VaultWiped, HeaderCorrupt or UnsupportedVersion (nothing
    counted), HeaderTampered (a header other than the last good one refused the
    passphrase: not counted), or WrongPassphrase (counted when wipe-after-N is on;
    VaultWiped instead when this failure reaches N). ``read_only`` (a vault on read-only
    media, opened to look): nothing in the folder is written or removed on success.
    """
    path = Path(path)
    raw = read_raw(path)
    header = hdr.decode(raw, path / HEADER_NAME)  # structure and parameter caps: before the KDF
    this = digest(raw)
    good = last_good(path)
    try:
        data_key = header.unwrap(passphrase)
    except WrongPassphrase:
        if good is not None and this not in good:
            raise HeaderTampered(path=str(path / HEADER_NAME)) from None
        _count_failure(path, header)
        raise
    if read_only:
        return header, data_key
    _reset_failures(path)
    if good != {this}:
        # First unlock of this vault by this version, a header restored from a copy, or
        # a replacement that a crash interrupted: this header is the good one from now on.
        with contextlib.suppress(OSError):  # a read-only copy of a vault still opens
            _remember(path, [this])
    shred_stale(path)
    return header, data_key


def _count_failure(path: Path, header: hdr.VaultHeader) -> None:
    if not header.wipe_after:
        return  # off by default: a wrong passphrase then changes no file
    fp = path / FAILURES
    try:
        count = int(fp.read_text("ascii").strip() or "0")
    except (FileNotFoundError, ValueError):
        count = 0
    count += 1
    if count >= header.wipe_after:
        replace_shredding(path / HEADER_NAME, WIPED_MARK + str(count).encode("ascii"))
        for name in (FAILURES, LAST_GOOD):
            with contextlib.suppress(FileNotFoundError):
                (path / name).unlink()
        fsync_dir(path)
        raise VaultWiped(count=count)
    atomic_write(fp, str(count).encode("ascii"))


def _reset_failures(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (path / FAILURES).unlink()


# -- writing -----------------------------------------------------------------------------
def write_header(path: Path, header: hdr.VaultHeader) -> None:
    """Make ``header`` the vault's header: the one function every header change uses.

    Order (a kill at any point leaves exactly one of the old or the new header in
    place, and whichever it is counts as good): both digests are recorded in
    ``header.ok``; the new header replaces the old one atomically; the old header's
    bytes are overwritten in place; ``header.ok`` then names only the new header.
    """
    path = Path(path)
    new = header.encode()
    digests = [digest(new)]
    with contextlib.suppress(FileNotFoundError):
        old = (path / HEADER_NAME).read_bytes()
        if not old.startswith(WIPED_MARK):
            digests.append(digest(old))
    _remember(path, digests)
    replace_shredding(path / HEADER_NAME, new)
    _remember(path, digests[:1])


def replace_shredding(target: Path, data: bytes) -> None:
    """Replace ``target`` atomically with ``data``, then overwrite the old file's bytes.

    The old file keeps a second name (a hard link, ``.<random>.oldhdr``) while the new
    one is moved over it, so its blocks can be overwritten (same length, random bytes,
    fsync) once nothing needs them; a crash in between leaves that name behind, and
    :func:`shred_stale` finishes the job at the next unlock. Where hard links are not
    supported the old file is kept open instead (POSIX) and overwritten through that
    handle. On SSDs and copy-on-write file systems the old blocks may survive anyway.
    """
    target = Path(target)
    link: Path | None = None
    handle = None
    if target.exists():
        link = target.parent / f".{secrets.token_hex(8)}{OLD_SUFFIX}"
        try:
            os.link(target, link)
            fsync_dir(target.parent)
        except OSError:
            link = None
            if os.name != "nt":
                with contextlib.suppress(OSError):
                    handle = open(target, "r+b")  # noqa: SIM115 - closed below
    try:
        atomic_write(target, data)
    except BaseException:
        if link is not None:
            with contextlib.suppress(OSError):
                link.unlink()
        if handle is not None:
            handle.close()
        raise
    if link is not None:
        _shred(link)
    elif handle is not None:
        with handle:
            _overwrite(handle)


def _overwrite(fh: BinaryIO) -> None:
    size = os.fstat(fh.fileno()).st_size
    fh.seek(0)
    fh.write(os.urandom(size))
    fh.flush()
    full_fsync(fh.fileno())


def _shred(p: Path) -> None:
    """Overwrite a stale old-header name's bytes in place, then remove the name."""
    with contextlib.suppress(FileNotFoundError), open(p, "r+b") as fh:
        _overwrite(fh)
    with contextlib.suppress(FileNotFoundError):
        p.unlink()
    fsync_dir(p.parent)


def shred_stale(path: Path) -> int:
    """Finish replacements a crash interrupted; returns how many old headers were overwritten.

    A stale name that is still the live header (the crash came before the new header
    was moved in) is only unlinked, never overwritten.
    """
    path = Path(path)
    live = path / HEADER_NAME
    n = 0
    for p in path.glob(f".*{OLD_SUFFIX}"):
        try:
            same = live.exists() and os.path.samefile(p, live)
        except OSError:
            continue
        if same:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
            continue
        _shred(p)
        n += 1
    return n
