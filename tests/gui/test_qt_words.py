"""Qt's own words follow the interface language: file dialogs and standard buttons are
not half English, and "%n record(s)" has real plural forms in every language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QFileDialog, QLabel

from fielddoc.gui.i18n import Language

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def language(qapp):
    lang = Language(qapp)
    yield lang
    lang.set("en")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_file_dialog_speaks_the_interface_language(qtbot, language, lang):
    from fielddoc.gui.dialogs.files import pick_open_file

    language.set(lang)
    seen: list[str] = []

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QFileDialog) and w.isVisible())
        widgets = dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        seen.extend(w.text().replace("&", "") for w in widgets if w.isVisible() and w.text())
        buttons = dialog.findChildren(QAbstractButton)
        seen.extend(w.toolTip() for w in buttons if w.isVisible() and w.toolTip())
        dialog.reject()

    QTimer.singleShot(200, look)
    assert pick_open_file(None, "x", "") is None
    assert len(seen) >= 8
    english = [t for t in seen if LATIN_WORD.search(t)]
    assert english == [], english


@pytest.mark.parametrize(("lang", "cancel"), [("ru", "Отмена"), ("kk", "Бас тарту")])
def test_standard_buttons_are_translated(qtbot, language, lang, cancel):
    language.set(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel


@pytest.mark.parametrize(("lang", "one", "two", "five"), [
    ("en", "1 record in conflict", "2 records in conflict", "5 records in conflict"),
    ("ru", "1 запись в конфликте", "2 записи в конфликте", "5 записей в конфликте"),
])
def test_counts_have_plural_forms(language, lang, one, two, five):
    language.set(lang)

    def text(n: int) -> str:
        return QCoreApplication.translate("ConflictsDialog", "%n record(s) in conflict", None, n)

    assert (text(1), text(2), text(5)) == (one, two, five)
    # a message no catalogue has still reads as English, never "1 file(s)"
    assert QCoreApplication.translate("Nowhere", "%n file(s) found", None, 1) == "1 file found"
