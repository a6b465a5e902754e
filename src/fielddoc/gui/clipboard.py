"""Text FieldDoc puts on the clipboard carries the "do not record" hints of clipboard managers.

Record text, names and fingerprints copied from FieldDoc must not end up in a
clipboard history (Klipper, Windows' Win+V history and cloud clipboard, macOS
clipboard managers). Password managers mark their copies with agreed formats,
and so does FieldDoc:

* ``x-kde-passwordManagerHint`` = ``secret`` (KDE Klipper, and most Linux managers);
* ``ExcludeClipboardContentFromMonitorProcessing``, ``CanIncludeInClipboardHistory``
  = DWORD 0 and ``CanUploadToCloudClipboard`` = DWORD 0 (Windows);
* ``application/x-nspasteboard-concealed-type`` and ``org.nspasteboard.ConcealedType``
  (macOS, nspasteboard.org).

:func:`copy_text` is how FieldDoc itself copies; :func:`conceal` adds the hints to
what a widget copied on its own (Ctrl+C in a field, in the detail pane, in a
selectable label): :class:`fielddoc.gui.lock.ClipboardGuard` calls it whenever
the clipboard changes because of FieldDoc. The hints are advice: a manager that
ignores them still records the text, and one that reads the clipboard before
the hints are added (the same moment, on this thread) may too.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

DWORD_ZERO = b"\x00\x00\x00\x00"

#: Format -> value. Set on every platform: a format a system does not know is ignored.
HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "CanIncludeInClipboardHistory": DWORD_ZERO,
    "CanUploadToCloudClipboard": DWORD_ZERO,
    "application/x-nspasteboard-concealed-type": b"secret",
    "org.nspasteboard.ConcealedType": b"secret",
}
MARKER = "x-kde-passwordManagerHint"


def concealed(text: str | None = None, source: QMimeData | None = None) -> QMimeData:
    """New mime data: ``text`` (or every format of ``source``) plus the hints."""
    mime = QMimeData()
    if source is not None:
        for fmt in source.formats():
            if fmt not in HINTS:
                mime.setData(fmt, source.data(fmt))
    if text is not None:
        mime.setText(text)
    for fmt, value in HINTS.items():
        mime.setData(fmt, value)
    return mime


def is_concealed(mime: QMimeData | None) -> bool:
    return mime is not None and all(mime.hasFormat(fmt) for fmt in HINTS)


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard with the hints (the one way FieldDoc copies text)."""
    QGuiApplication.clipboard().setMimeData(concealed(text))


def conceal(clipboard: QClipboard | None = None) -> bool:
    """Add the hints to what is on the clipboard now (FieldDoc's own copy); True if it did."""
    cb = clipboard or QGuiApplication.clipboard()
    current = cb.mimeData()
    if current is None or is_concealed(current) or not current.formats():
        return False
    cb.setMimeData(concealed(source=current))
    return True


__all__ = ["HINTS", "conceal", "concealed", "copy_text", "is_concealed"]
