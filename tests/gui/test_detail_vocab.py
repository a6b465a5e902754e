"""The detail pane shows every closed-vocabulary value by its label in the interface language,
never the stored code: a place's precision ("building"), a sentence's additional penalty, a fine's
unit, a prison regime, a case's priority and selection criteria."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

import pytest

from fielddoc import i18n
from fielddoc.gui.models import detail
from fielddoc.records import schema, vocab
from fielddoc.records.schema_fields import FIELDS


def _shape(check: Any) -> dict[str, Any]:
    return dict(getattr(check, "fd_shape", {}))


def _vocab_fields(parent: str, fields: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(parent, key, vocabulary) as the detail pane meets them: a nested object's fields under
    the object's key, a list of objects' fields under the list's key, a list of codes under its own
    parent."""
    for key, check in fields.items():
        shape = _shape(check)
        if shape.get("vocab"):
            yield parent, key, shape["vocab"]
        if "fields" in shape:
            yield from _vocab_fields(key, shape["fields"])
        item = shape.get("item")
        if item is not None:
            inner = _shape(item)
            if inner.get("vocab"):
                yield parent, key, inner["vocab"]
            if "fields" in inner:
                yield from _vocab_fields(key, inner["fields"])


CLOSED = sorted({f for kind in schema.KINDS.values() for f in _vocab_fields(kind, FIELDS[kind])})


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_closed_vocabulary_field_is_shown_by_its_label(lang):
    i18n.set_language(lang)
    try:
        view = detail.RecordView(id="x", kind="case", doc={}, meta={}, refs={}, wanted=set())
        renderer = detail._Renderer(view)
        raw = []
        for parent, key, name in CLOSED:
            code = vocab.VOCABS[name][0]
            if renderer.scalar(parent, key, code) != detail.esc(vocab.label(name, code, lang)):
                raw.append(f"{parent}.{key} ({name})")
        assert raw == []
    finally:
        i18n.set_language("en")


def test_a_place_precision_has_labels_in_three_languages():
    assert vocab.VOCABS["location_precision"] == ("building", "site", "settlement", "region", "approximate")
    assert vocab.label("location_precision", "building", "ru") == "Здание"
    assert vocab.label("location_precision", "building", "kk") == "Ғимарат"


@pytest.mark.parametrize("language, word", [("en", "Building"), ("ru", "Здание"), ("kk", "Ғимарат")])
def test_a_place_opened_by_a_click_shows_its_precision_translated(qtbot, make_window, vault, loaded,
                                                                  language, word):
    from tests.gui.keys import click_nav, click_row

    window = make_window(vault, language=language)
    ws = window.workspace
    click_nav(qtbot, ws, "location")
    lst = ws.lists["location"]
    qtbot.waitUntil(lambda: lst.model.rowCount() >= 5, timeout=3000)
    row = next(r for r in range(lst.model.rowCount()) if lst.model.record_id(r) == "loc-aktau-armand")
    click_row(lst.table, row)
    qtbot.waitUntil(lambda: lst.detail.current is not None and lst.detail.current.id == "loc-aktau-armand",
                    timeout=3000)
    text = lst.detail.browser.toPlainText()
    assert re.search(rf"\b{word}\b", text), text
    assert not re.search(r"\bbuilding\b", unescape(text)), text


@pytest.mark.parametrize("language, words", [("en", "the whole record"), ("ru", "вся запись"),
                                             ("kk", "бүкіл жазба")])
def test_a_record_illustrative_as_a_whole_says_so_in_the_readers_language(qtbot, make_window, vault, loaded,
                                                                          language, words):
    """The data set marks invented records with ``"_illustrative": ["whole record"]``; the pane showed
    those English words inside a Russian or Kazakh sentence."""
    from tests.gui.keys import click_nav, click_row

    window = make_window(vault, language=language)
    ws = window.workspace
    click_nav(qtbot, ws, "location")
    lst = ws.lists["location"]
    qtbot.waitUntil(lambda: lst.model.rowCount() >= 5, timeout=3000)
    row = next(r for r in range(lst.model.rowCount()) if lst.model.record_id(r) == "loc-bishkek")
    click_row(lst.table, row)
    qtbot.waitUntil(lambda: lst.detail.current is not None and lst.detail.current.id == "loc-bishkek",
                    timeout=3000)
    text = unescape(lst.detail.browser.toPlainText())
    assert words in text, text
    if language != "en":
        assert "whole record" not in text, text
