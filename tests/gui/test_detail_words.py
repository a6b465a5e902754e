"""The detail pane speaks words: dates and times in the interface language, field names
instead of JSON paths, this vault's own device and key by name, never "not in this vault"."""

from __future__ import annotations

from html import unescape
import io
import re

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
