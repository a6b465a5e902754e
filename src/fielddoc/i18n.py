"""Translation of the core's user-facing messages (errors, validation problems).

Core messages are English templates with ``{named}`` placeholders; their
Russian and Kazakh versions live in ``resources/i18n/core_<lang>.json``. The
GUI's own strings use Qt Linguist catalogues; it calls :func:`set_language`
so both speak the same language.
"""

from __future__ import annotations

import json
import os
from functools import cache

from fielddoc import resources

LANGUAGES = ("en", "ru", "kk")
_CATALOGUES = resources.path("i18n")
_current: str | None = None


def env_language() -> str | None:
    """A supported language named by FIELDDOC_LANG, LC_ALL, LC_MESSAGES or LANG, else None."""
    for var in ("FIELDDOC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        code = value.split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return None


def chosen_language() -> str | None:
    """The language set in this process (:func:`set_language`), or named by the environment."""
    return _current or env_language()


def _from_env() -> str:
    return env_language() or "en"


def language() -> str:
    return _current or _from_env()


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else "en"


@cache
def catalogue(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    path = _CATALOGUES / f"core_{lang}.json"
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def translate(msgid: str, lang: str | None = None) -> str:
    return catalogue(lang or language()).get(msgid, msgid)
