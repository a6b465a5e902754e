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

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from fielddoc import i18n as core_i18n
from fielddoc import resources

QM_DIR = resources.path("i18n")
#: One catalogue per part of the interface (each has its own ``.ts`` per language).
CATALOGUES = (
    "fielddoc_gui", "fielddoc_forms", "fielddoc_exchange", "fielddoc_conflicts", "fielddoc_report",
)
LANGUAGES = core_i18n.LANGUAGES
#: Names of the languages in themselves (never translated).
NATIVE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


#: Qt's own strings that its ru/kk catalogues leave in English (seen in the file dialog).
QT_SUPPLEMENT: dict[str, dict[tuple[str, str], str]] = {
    "ru": {
        ("QFileDialog", "&Look in:"): "&Папка:",
        ("QFileDialog", "Files of &type:"): "&Тип файлов:",
        ("QFileDialog", "Computer"): "Компьютер",
    },
    "kk": {
        ("QFileDialog", "Look in:"): "Қайда қарау:",
        ("QFileDialog", "Files of type:"): "Файлдар түрі:",
        ("QFileDialog", "Computer"): "Компьютер",
        ("QFileDialog", "My Computer"): "Менің компьютерім",
    },
}


class QtSupplement(QTranslator):
    """A few translations of Qt's own strings, from :data:`QT_SUPPLEMENT`."""

    def __init__(self, table: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self._table.get((context, source))  # type: ignore[return-value] # None: not here

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


_PLURAL = re.compile(r"\((e?s)\)")


class EnglishPlurals(QTranslator):
    """English plural forms of "%n record(s)" messages: "1 record", "2 records"."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if n < 0 or "%n" not in source or "(" not in source:
            return None  # type: ignore[return-value] # not here: the next translator is asked
        return _PLURAL.sub("" if n == 1 else r"\1", source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


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
        # the core and the locale first: widgets re-read their texts (core messages too) as soon as
        # a translator is installed
        core_i18n.set_language(lang)
        QLocale.setDefault(QLocale(lang))
        for t in self._translators:
            self._app.removeTranslator(t)
        self._translators = []
        # lowest priority, every language: "%n file(s)" reads "1 file" / "2 files" where no
        # catalogue has the message's plural forms (English has no catalogue at all)
        plurals = EnglishPlurals(self)
        self._app.installTranslator(plurals)
        self._translators.append(plurals)
        if lang != "en":
            for name in CATALOGUES:
                self._install(name + "_" + lang, str(QM_DIR))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own words (file dialogs, standard buttons); what Qt's catalogue lacks comes from
            # QT_SUPPLEMENT, installed first so that Qt's own translation wins where it has one
            if QT_SUPPLEMENT.get(lang):
                extra = QtSupplement(QT_SUPPLEMENT[lang], self)
                self._app.installTranslator(extra)
                self._translators.append(extra)
            self._install("qtbase_" + lang, qt_dir)
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


def system_ui_languages() -> list[str]:
    """The OS's interface languages, most preferred first (Windows and macOS settings)."""
    return [str(tag) for tag in QLocale.system().uiLanguages()]


def initial_language(ui_languages: Callable[[], list[str]] | None = None) -> str:
    """Before unlock (the vault's choice is inside the vault): FIELDDOC_LANG or the locale
    variables if they name a language we have, else the first of the OS's interface
    languages we have: Windows and a Mac app started from the Finder set no ``LANG``."""
    chosen = core_i18n.chosen_language()
    if chosen:
        return chosen
    for tag in (ui_languages or system_ui_languages)():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in core_i18n.LANGUAGES:
            return code
    return "en"
