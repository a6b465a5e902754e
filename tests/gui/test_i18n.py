"""Languages: switching to Russian and Kazakh changes what is on screen; every
catalogue is complete; every core message has a translation with the same
placeholders."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fielddoc import i18n as core_i18n
from fielddoc.errors import WeakPassphrase, WrongPassphrase

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _script():
    path = ROOT / "scripts" / "i18n_core_msgids.py"
    spec = importlib.util.spec_from_file_location("i18n_core_msgids", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_core_message_is_translated_with_the_same_placeholders():
    script = _script()
    msgids = script.collect()
    assert len(msgids) > 80
    assert WrongPassphrase.msgid in msgids and WeakPassphrase.msgid in msgids
    assert "is required" in msgids  # validation problem templates are included
    problems = script.problems(msgids)
    assert not problems, "\n".join(problems)


def test_placeholder_check_catches_a_changed_placeholder():
    script = _script()
    assert script.placeholders("Record {record_id}, field {field}") == {"record_id", "field"}
    assert script.placeholders("must be a date object {{value, precision}}") == set()
    assert script.placeholders("Запись {record}, поле {field}") != script.placeholders(
        "Record {record_id}, field {field}")


def test_every_catalogue_the_application_loads_exists_in_both_languages():
    from fielddoc.gui.i18n import CATALOGUES

    for name in CATALOGUES:
        for lang in ("ru", "kk"):
            assert (I18N / f"{name}_{lang}.ts").is_file(), (name, lang)
    shipped = {p.name.rsplit("_", 1)[0] for p in I18N.glob("fielddoc_*.ts")}
    assert shipped == set(CATALOGUES)


def test_every_translatable_module_feeds_exactly_one_catalogue():
    spec = importlib.util.spec_from_file_location("i18n_update", ROOT / "scripts" / "i18n_update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(module.CATALOGUE_FILES) == set(__import__("fielddoc.gui.i18n").gui.i18n.CATALOGUES)
    assert module.problems() == []


@pytest.mark.parametrize("ts", sorted(I18N.glob("fielddoc_*_*.ts")), ids=lambda p: p.stem)
def test_qt_catalogues_are_complete_compiled_and_consistent(ts, tmp_path):
    import re
    import subprocess
    import sys

    qm = ts.with_suffix(".qm")
    # The committed .qm is exactly what lrelease makes of the .ts (not a file date, which a clone,
    # a merge or a copy can change either way).
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / qm.name
    subprocess.run([str(lrelease), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert qm.is_file() and qm.read_bytes() == fresh.read_bytes(), (
        f"{qm.name} is not compiled from {ts.name}: run python scripts/i18n_update.py --release")
    placeholder = re.compile(r"\{(\w*)\}|%n")
    problems = []
    for m in ET.parse(ts).getroot().iter("message"):
        source = m.findtext("source") or ""
        tr = m.find("translation")
        texts = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        if tr.get("type") or not all(t.strip() for t in texts):
            problems.append(("unfinished", source))
        for t in texts:
            if sorted(placeholder.findall(t)) != sorted(placeholder.findall(source)):
                problems.append(("placeholders", source, t))
            if source.count("&") - source.count("&&") and "&" not in t:
                problems.append(("mnemonic", source, t))
    assert problems == [], problems[:10]
    if ts.stem.endswith("_kk"):
        assert all(letter in ts.read_text("utf-8") for letter in "әғқңөұүі")


def test_kazakh_uses_kazakh_letters():
    """Kazakh in Cyrillic with its own letters (һ is rare and only in loanwords, so not required)."""
    text = (I18N / "fielddoc_gui_kk.ts").read_text("utf-8") + (I18N / "core_kk.json").read_text("utf-8")
    for letter in "әғқңөұүі":
        assert letter in text, letter
    # no Latin look-alikes standing in for Kazakh letters inside Cyrillic words
    import re

    assert not re.search(r"[а-яәғқңөұүіһ][aeopcxiy][а-яәғқңөұүіһ]", text)


def _visible(window) -> dict[str, str]:
    ws = window.workspace
    return {
        "nav": ws.nav.item(0).text(),
        "stats": ws.nav.item(ws.nav.count() - 1).text(),
        "lock": window.actions.lock.text(),
        "heading": ws.lists["case"].heading.text(),
        "search": ws.lists["case"].filters.search.placeholderText(),
        "header": str(ws.lists["case"].model.headerData(0, Qt.Orientation.Horizontal)),
        "menu": window.file_menu.title(),
    }


@pytest.mark.parametrize(("lang", "word"), [("ru", "Дела"), ("kk", "Істер")])
def test_switching_language_changes_visible_strings(qtbot, window, lang, word):
    window.workspace.show_section("case", wait=True)
    # the navigation's counts arrive from the worker after the first page: wait for them, or the
    # label changes under the test ("Cases" -> "Cases  (5)") whatever the language
    qtbot.waitUntil(lambda: "(" in window.workspace.nav.item(0).text(), timeout=10000)
    english = _visible(window)
    window.language.set(lang)
    qtbot.wait(10)
    translated = _visible(window)
    for key in english:
        assert translated[key] != english[key], key
    assert translated["nav"].startswith(word)
    assert core_i18n.language() == lang
    # the core's messages follow
    assert WrongPassphrase().render(core_i18n.translate) != WrongPassphrase.msgid
    window.language.set("en")
    qtbot.wait(10)
    assert _visible(window) == english


def test_language_choice_is_kept_in_the_vault(qtbot, window, vault):
    from fielddoc.gui.models.session import UiSettings

    window.session.save_ui_settings(UiSettings(language="kk", idle_seconds=120))
    assert vault.get_setting("ui.language") == "kk"
    window.lock.lock("hotkey")
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase, "correct horse battery staple")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.language.current == "kk"
    assert window.session.vault.idle_timeout == 120


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_menu_mnemonics_are_unique(qtbot, window, lang):
    """Alt+letter opens exactly one menu of the menu bar, and one item inside each menu."""
    import re

    def key(text: str) -> str | None:
        m = re.search(r"&([^&])", text)
        return m.group(1).lower() if m else None

    window.language.set(lang)
    qtbot.wait(10)
    bar = [key(m.title()) for m in (window.file_menu, window.exchange_menu, window.record_menu,
                                     window.view_menu, window.help_menu)]
    assert None not in bar and len(set(bar)) == len(bar), bar
    for menu in (window.file_menu, window.exchange_menu, window.record_menu, window.view_menu):
        keys = [key(a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        keys = [k for k in keys if k]
        assert len(set(keys)) == len(keys), (menu.title(), [a.text() for a in menu.actions()])
