"""Keep key material out of crash dumps: called first by every entry point.

A core dump of FieldDoc holds the data key, the SQLCipher key, the device signing
key, the passphrase and record text. At start-up we therefore ask the operating
system not to write one:

- POSIX (Linux, macOS): ``RLIMIT_CORE`` soft and hard limit 0 (the hard limit too,
  so nothing later in the process can raise it again);
- Linux: ``prctl(PR_SET_DUMPABLE, 0)``, which also covers a ``core_pattern`` that
  pipes dumps to a helper such as systemd-coredump or apport (those ignore
  ``RLIMIT_CORE``) and refuses ``ptrace`` attachment by other processes of the same
  user;
- Windows: no "program has stopped working" box (``SetErrorMode``), no heap in a
  Windows Error Reporting dump (``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)``),
  and, for the frozen application only, the executable excluded from WER
  (``WerAddExcludedApplication``; never for a shared ``python.exe``).

Each step is best effort: a missing call or a refusal never stops start-up.
:func:`harden` returns the steps that took effect, for tests and ``--check``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
SEM_NOOPENFILEERRORBOX = 0x8000
WER_FAULT_REPORTING_FLAG_NOHEAP = 0x1

_applied: tuple[str, ...] | None = None


def _no_core_limit() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True


def _not_dumpable() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        return int(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _windows() -> list[str]:  # pragma: no cover - exercised on Windows builds only
    done: list[str] = []
    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        old = int(kernel32.GetErrorMode())
        kernel32.SetErrorMode(old | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX)
        done.append("SetErrorMode")
    except (OSError, AttributeError):
        pass
    try:
        wer = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        if int(wer.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)) == 0:
            done.append("WerSetFlags")
    except (OSError, AttributeError):
        pass
    if getattr(sys, "frozen", False):
        try:
            werdll = ctypes.WinDLL("wer")  # type: ignore[attr-defined]
            if int(werdll.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)) == 0:
                done.append("WerAddExcludedApplication")
        except (OSError, AttributeError):
            pass
    return done


def harden() -> tuple[str, ...]:
    """Turn off crash dumps of this process; idempotent. Returns the steps that took effect."""
    global _applied
    if _applied is not None:
        return _applied
    done: list[str] = []
    if sys.platform == "win32":
        done += _windows()
    else:
        if _no_core_limit():
            done.append("RLIMIT_CORE")
        if sys.platform.startswith("linux") and _not_dumpable():
            done.append("PR_SET_DUMPABLE")
    _applied = tuple(done)
    return _applied
