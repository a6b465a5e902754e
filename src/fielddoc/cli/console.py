"""UTF-8 output whatever the console's code page.

On Windows a redirected ``fielddoc list > f`` writes in the ANSI code page
(cp1251 in Kazakhstan and Russia), which has no Kazakh letters: the first
``қ`` was an internal error. Standard output and error are switched to UTF-8
at CLI start; a stream that cannot be switched keeps its encoding but escapes
what it cannot encode (``\\u049b``) instead of failing. On a Windows console
the output code page is set to UTF-8 too, so child processes and the console
agree (Python itself writes to a console through the wide API).
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Callable
from typing import Any


def _windows_console_utf8() -> None:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.SetConsoleOutputCP(65001)
    kernel32.SetConsoleCP(65001)


def utf8_streams(*, platform: str = sys.platform,
                 set_console_cp: Callable[[], None] = _windows_console_utf8) -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` write UTF-8 (or escape, as a last resort)."""
    if platform == "win32":
        with contextlib.suppress(Exception):  # no console (a GUI parent, a service): nothing to set
            set_console_cp()
    for name in ("stdout", "stderr"):
        stream: Any = getattr(sys, name, None)
        if stream is None:  # pythonw: no console at all
            continue
        try:
            stream.reconfigure(encoding="utf-8", errors="strict")
        except (AttributeError, ValueError, io.UnsupportedOperation, LookupError):
            with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation, LookupError):
                stream.reconfigure(errors="backslashreplace")


__all__ = ["utf8_streams"]
