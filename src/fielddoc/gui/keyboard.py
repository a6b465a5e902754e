"""What the keyboard is doing, for the passphrase field: Caps Lock and the input layout.

* :func:`caps_lock` asks the platform where it can (Windows ``GetKeyState``,
  macOS ``CGEventSourceFlagsState``, Linux the keyboard LED in sysfs); ``None``
  when it cannot tell. :class:`CapsGuess` adds what typed keys show: a letter
  that comes out upper case without Shift (or lower case with it).
* :func:`layout_script` says whether the current input locale writes in Latin
  letters (``QInputMethod.locale()``; some platforms always report the system
  locale, then nothing is said).

Nothing here reads or keeps what is typed beyond the case of one letter.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import unicodedata
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

_VK_CAPITAL = 0x14
_ALPHA_SHIFT = 0x10000  # kCGEventFlagMaskAlphaShift
_LEDS = Path("/sys/class/leds")


def caps_lock() -> bool | None:
    """True or False where the platform can tell, else None."""
    try:
        if sys.platform == "win32":
            return bool(ctypes.windll.user32.GetKeyState(_VK_CAPITAL) & 1)  # type: ignore[attr-defined]
        if sys.platform == "darwin":
            lib = ctypes.util.find_library("ApplicationServices")
            if not lib:
                return None
            quartz = ctypes.cdll.LoadLibrary(lib)
            quartz.CGEventSourceFlagsState.restype = ctypes.c_uint64
            quartz.CGEventSourceFlagsState.argtypes = [ctypes.c_int32]
            return bool(quartz.CGEventSourceFlagsState(0) & _ALPHA_SHIFT)
        states = [p.read_text().strip() for p in _LEDS.glob("*::capslock/brightness")]
        return any(s not in ("", "0") for s in states) if states else None
    except (OSError, AttributeError, ValueError):
        return None


class CapsGuess:
    """Caps Lock and the layout as typed letters show them (None until a letter is typed):
    a letter upper case without Shift (or lower case with it); a letter not in Latin script."""

    def __init__(self) -> None:
        self.state: bool | None = None
        self.non_latin: bool | None = None

    def key(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) != 1 or not text.isalpha():
            return
        self.non_latin = not unicodedata.name(text, "LATIN").startswith("LATIN")
        if text.upper() == text.lower():
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.state = text.isupper() != shift


def input_locale() -> QLocale:
    return QGuiApplication.inputMethod().locale()


def non_latin_layout(locale: QLocale) -> str | None:
    """The layout's language name if it writes in another script than Latin, else None."""
    script = locale.script()
    if script in (QLocale.Script.LatinScript, QLocale.Script.AnyScript):
        return None
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return None
    return locale.nativeLanguageName() or QLocale.languageToString(locale.language())
