"""A pseudo-locale and a right-to-left switch, to test layouts (as Vorta does).

``PseudoTranslator`` turns every interface string into an accented version
about 40 % longer, framed by brackets, so clipped or untranslated text shows at
a glance: "Unlock" becomes "[Úñļöçķ~~~]". Placeholders (``{name}``, ``%1``),
HTML tags, entities and ``&`` mnemonics are kept intact, so formatting still
works. ``set_rtl`` flips the whole application's layout direction.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

_KEEP = re.compile(r"(\{[^{}]*\}|%\d+|%n|<[^<>]+>|&[a-zA-Z]+;|&&|&(?=\w))")
_ACCENTS = str.maketrans(
    "AaCcEeIiLlNnOoSsUuYyZzGgKkDdTtRr",
    "ÅåÇçÉéÎîĻļÑñÖöŠšÛûÝýŽžĜĝĶķĐđŢţŔŕ",
)
GROWTH = 0.4


def pseudo(text: str) -> str:
    if not text:
        return text
    parts = _KEEP.split(text)
    out = []
    visible = 0
    for i, part in enumerate(parts):
        if i % 2 == 1:  # a protected token
            out.append(part)
        else:
            out.append(part.translate(_ACCENTS))
            visible += len(part)
    pad = "~" * max(1, math.ceil(visible * GROWTH))
    return "[" + "".join(out) + pad + "]"


class PseudoTranslator(QTranslator):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002
                  n: int = -1) -> str:  # noqa: ARG002 - Qt API
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


def install(app: QApplication) -> PseudoTranslator:
    t = PseudoTranslator(app)
    app.installTranslator(t)
    return t


def uninstall(app: QApplication, t: PseudoTranslator) -> None:
    app.removeTranslator(t)


def set_rtl(app: QApplication, on: bool) -> None:
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if on else Qt.LayoutDirection.LeftToRight)
