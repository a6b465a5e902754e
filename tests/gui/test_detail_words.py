"""The detail pane speaks words: dates and times in the interface language, field names
instead of JSON paths, this vault's own device and key by name, never "not in this vault"."""

from __future__ import annotations

import io
import re
from html import unescape

import pytest

from fielddoc import i18n
from fielddoc.gui.models import detail


@pytest.fixture(params=["en", "ru", "kk"])
def lang(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


def _text(markup: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", markup))


def test_timestamps_are_dates_in_the_interface_language(loaded, lang):
    text = _text(detail.render(detail.load(loaded, "det-kozlov-2012")))
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text), "an ISO timestamp is shown"
    assert not re.search(r":\d\d\.\d{3}", text), "milliseconds are shown"
    month = {"en": "January", "ru": "января", "kk": "қаңтар"}[lang]
    assert month in text, text[:2000]
    assert not re.search(r"\b\d{4}-\d\d-\d\d\b", text), "an ISO date is shown"


def test_illustrative_fields_are_named_not_json_paths(qapp, loaded):
    text = _text(detail.render(detail.load(loaded, "case-kuramshin")))
    assert "charges[0]" not in text
    assert "Charges (1) › Article" in text


def test_attachment_names_this_device_and_its_key(loaded, vault):
    from fielddoc.attachments.service import attach

    att = attach(vault, loaded, io.BytesIO(b"photo bytes"), file_name="photo.jpg",
                 related_ids=["det-kozlov-2012"])
    text = _text(detail.render(detail.load(loaded, att.attachment_id)))
    assert "not in this vault" not in text
    assert "this device" in text
    assert "this vault's file key" in text
    assert vault.device_id not in text


def _broken_words(browser) -> list[str]:
    """Places where the pane's layout broke a line between two letters of one word."""
    out = []
    block = browser.document().begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and text[end - 1].isalpha() and text[end].isalpha():
                out.append(f"{text[max(0, end - 12):end]}/{text[end:end + 8]}")
        block = block.next()
    return out


def test_kazakh_detail_pane_wraps_between_words(qtbot, make_window, vault, loaded):
    from tests.gui.keys import click_nav, click_row

    window = make_window(vault, language="kk")
    ws = window.workspace
    click_nav(qtbot, ws, "hearing")
    lst = ws.lists["hearing"]
    qtbot.waitUntil(lambda: lst.model.rowCount() >= 5, timeout=3000)
    row = next(r for r in range(lst.model.rowCount()) if lst.model.record_id(r) == "hrg-zh-2012-03-28")
    click_row(lst.table, row)
    qtbot.waitUntil(lambda: lst.detail.current is not None and lst.detail.current.id == "hrg-zh-2012-03-28",
                    timeout=3000)
    total = sum(lst.splitter.sizes())
    lst.splitter.setSizes([total - 300, 300])
    qtbot.waitUntil(lambda: lst.detail.browser.viewport().width() <= 300, timeout=2000)
    qtbot.wait(50)
    assert "Алаңдаушылық туғызады" in lst.detail.browser.toPlainText()
    assert _broken_words(lst.detail.browser) == []


@pytest.mark.parametrize("language, half", [("ru", "Дата of"), ("kk", "күні of")])
def test_a_note_that_starts_like_a_field_name_is_kept_as_written(qtbot, make_window, vault, loaded,
                                                                  language, half):
    """Seen under Xvfb: the demo's 'date of decision' note read «Дата of decision» in Russian."""
    from tests.gui.keys import click_nav, click_row

    window = make_window(vault, language=language)
    ws = window.workspace
    click_nav(qtbot, ws, "case")
    lst = ws.lists["case"]
    qtbot.waitUntil(lambda: lst.model.rowCount() >= 5, timeout=3000)
    row = next(r for r in range(lst.model.rowCount()) if lst.model.record_id(r) == "case-kosanov-admin")
    click_row(lst.table, row)
    text = lst.detail.browser.toPlainText()
    assert "date of decision" in text, text[-400:]
    assert half not in text
