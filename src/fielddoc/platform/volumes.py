"""The file system a folder is on, the largest file it can hold, and its free space.

A FAT32 stick (what most USB sticks ship with) cannot hold a file of 4 GiB or more, and a
bundle with video evidence easily is; a nearly full stick fails partway. Both are checked
before anything is written, so the monitor is told what to do up front.

The file system's type comes from /proc/mounts on Linux, ``GetVolumeInformationW`` on
Windows and ``statfs``'s ``f_fstypename`` on macOS; each reader can be replaced in tests.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath

FAT32_MAX = (4 << 30) - 1
FAT16_MAX = (2 << 30) - 1

#: The largest file each file system can hold (lower-case type names of the three OSes);
#: a type not listed has no limit that matters for a bundle.
MAX_FILE_SIZE = {
    "vfat": FAT32_MAX, "msdos": FAT32_MAX, "fat": FAT32_MAX, "fat32": FAT32_MAX,  # Linux, macOS, Windows
    "fat16": FAT16_MAX, "umsdos": FAT32_MAX,
}


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def fs_type_from_mounts(path: Path, mounts: str) -> str | None:
    """The type of the file system ``path`` is on, from the text of /proc/mounts."""
    best, best_len = None, -1
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape_mount(parts[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best_len:
            best, best_len = parts[2], len(point)
    return best


def _linux_type(path: Path) -> str | None:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="surrogateescape") as fh:
            return fs_type_from_mounts(path, fh.read())
    except OSError:
        return None


def _windows_type(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    root = ctypes.create_unicode_buffer(1024)
    if not kernel32.GetVolumePathNameW(wintypes.LPCWSTR(str(path)), root, 1024):
        return None
    name = ctypes.create_unicode_buffer(64)
    if not kernel32.GetVolumeInformationW(root, None, 0, None, None, None, name, 64):
        return None
    return str(name.value)


def _macos_type(path: Path) -> str | None:  # pragma: no cover - macOS only
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):  # <sys/mount.h>, 64-bit inode layout
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                    ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
                    ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                    ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
                    ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024), ("f_flags_ext", ctypes.c_uint32),
                    ("f_reserved", ctypes.c_uint32 * 7)]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    try:
        statfs = libc["statfs$INODE64"]  # x86_64; arm64 has only the 64-bit one, as "statfs"
    except AttributeError:
        statfs = libc["statfs"]
    buf = StatFs()
    if statfs(os.fsencode(str(path)), ctypes.byref(buf)) != 0:
        return None
    return buf.f_fstypename.decode("ascii", "replace")


def _existing(path: Path) -> Path:
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def fs_type(path: Path | str, *, platform: str = sys.platform) -> str | None:
    """The lower-case type name of the file system holding ``path`` (``vfat``, ``exfat``,
    ``fat32``, ``msdos``, ``ntfs``, ``apfs``...), or None when it cannot be told."""
    where = _existing(Path(path))
    reader = {"win32": _windows_type, "darwin": _macos_type}.get(platform, _linux_type)
    try:
        name = reader(where)
    except (OSError, AttributeError, ValueError):
        return None
    return name.lower() if name else None


def max_file_size(fs: str | None) -> int | None:
    """The largest file the file system can hold, or None for no limit that matters."""
    return MAX_FILE_SIZE.get(fs or "")


def free_space(path: Path | str) -> int | None:
    try:
        return shutil.disk_usage(_existing(Path(path))).free
    except OSError:
        return None


# -- a removable drive that came back elsewhere ------------------------------------------------
#: Where removable media are mounted (udisks, older desktops, macOS); ``{user}`` is the login name.
MEDIA_ROOTS = ("/run/media/{user}", "/media/{user}", "/media", "/Volumes", "/mnt")


def media_roots() -> list[Path]:
    import getpass

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return [Path(root.format(user=user)) for root in MEDIA_ROOTS if user or "{user}" not in root]


def drive_letters() -> list[str]:  # pragma: no cover - Windows only
    return [f"{c}:" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if os.path.exists(f"{c}:\\")]


def moved_copies(path: str, *, platform: str = sys.platform, drives: list[str] | None = None,
                 roots: list[Path] | None = None,
                 exists: Callable[[str], bool] = os.path.exists) -> list[str]:
    """Where ``path``, a file on a removable drive, would be now if the drive came back under
    another letter (Windows) or another mount point (a stick's label with a ``1`` added, another
    stick's slot): the same path on each other drive. Only the candidates that exist."""
    if platform == "win32":
        import ntpath

        drive, rest = ntpath.splitdrive(path)
        if not drive or drive.startswith("\\\\"):
            return []  # a network share does not change letters
        letters = drive_letters() if drives is None else drives
        found = [f"{d}{rest}" for d in letters if d.upper() != drive.upper()]
        return [p for p in found if exists(p)]
    target = PurePosixPath(path)
    out: list[str] = []
    for root in media_roots() if roots is None else roots:
        root_parts = PurePosixPath(root).parts
        if target.parts[:len(root_parts)] != root_parts or len(target.parts) <= len(root_parts) + 1:
            continue
        label, tail = target.parts[len(root_parts)], target.parts[len(root_parts) + 1:]
        try:
            others = sorted(p for p in Path(root).iterdir() if p.name != label)
        except OSError:
            continue
        out += [str(other.joinpath(*tail)) for other in others if exists(str(other.joinpath(*tail)))]
    return out
