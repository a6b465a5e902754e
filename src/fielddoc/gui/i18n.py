"""The interface language: Qt catalogues plus the core's message catalogue.

``Language.set(lang)`` removes the previous translators, installs this
application's catalogues (``CATALOGUES``: the shell, the forms, the exchange with
HQ, conflict review, the report dialog) and Qt's own (standard buttons), tells
the core (:func:`fielddoc.i18n.set_language`) and emits ``changed``. Installing a
translator makes Qt send a ``LanguageChange`` event to every widget; widgets
re-read their texts in ``changeEvent`` (see :func:`is_language_change`).

Each part of the interface has its own catalogue (``CATALOGUES``);
``scripts/i18n_update.py`` knows which modules feed which, updates them with
``pyside6-lupdate`` and compiles them with ``--release`` (see its docstring).

Core messages (errors, validation problems) are in ``core_<lang>.json``;
``scripts/i18n_core_msgids.py --check`` lists any that lack a translation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from fielddoc import i18n as core_i18n

QM_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
#: One catalogue per part of the interface (each has its own ``.ts`` per language).
CATALOGUES = (
    "fielddoc_gui", "fielddoc_forms", "fielddoc_exchange", "fielddoc_conflicts", "fielddoc_report",
)
LANGUAGES = core_i18n.LANGUAGES
#: Names of the languages in themselves (never translated).
NATIVE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


class Language(QObject):
    """Owns the installed translators; one per application."""

    changed = Signal(str)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = "en"

    def set(self, lang: str) -> str:
        lang = lang if lang in LANGUAGES else "en"
        for t in self._translators:
            self._app.removeTranslator(t)
        self._translators = []
        if lang != "en":
            for name in CATALOGUES:
                self._install(name + "_" + lang, str(QM_DIR))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install("qtbase_" + lang, qt_dir)
        core_i18n.set_language(lang)
        QLocale.setDefault(QLocale(lang))
        changed = lang != self.current
        self.current = lang
        if changed or lang == "en":
            self.changed.emit(lang)
        return lang

    def _install(self, filename: str, folder: str) -> None:
        t = QTranslator(self)
        if t.load(filename, folder):
            self._app.installTranslator(t)
            self._translators.append(t)

    def available(self, lang: str) -> bool:
        return lang == "en" or (QM_DIR / f"fielddoc_gui_{lang}.qm").is_file()


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


def initial_language() -> str:
    """Before unlock: the environment's language (the vault's choice is inside the vault)."""
    return core_i18n.language()
