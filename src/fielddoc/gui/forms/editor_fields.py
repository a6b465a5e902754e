"""The short widget factories record forms are written with (``self.text()``, ``self.pick(...)``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fielddoc import i18n
from fielddoc.gui.widgets.dates import PartialDateEdit
from fielddoc.gui.widgets.fields import (
    ChoiceLine,
    CodeLine,
    LinesEdit,
    NumberLine,
    TagsLine,
    TextArea,
    TextLine,
    TriBool,
    VocabCombo,
)
from fielddoc.gui.widgets.huridocs import HuridocsListPicker, HuridocsPicker
from fielddoc.gui.widgets.pickers import MultiRecordPicker, RecordPicker
from fielddoc.gui.widgets.repeat import RepeatList
from fielddoc.records import vocab_received
from fielddoc.records.huridocs import lists as huridocs_lists


class FieldFactories:
    """Mixed into :class:`~fielddoc.gui.forms.base.RecordEditor`; short names keep form
    definitions readable. Messages keep the ``RecordEditor`` context of the catalogue."""

    def text(self, placeholder: str = "") -> TextLine:
        return TextLine(None, placeholder)

    def area(self, lines: int = 4, placeholder: str = "", min_lines: int | None = None) -> TextArea:
        return TextArea(None, lines=lines, placeholder=placeholder, min_lines=min_lines)

    def num(self, decimals: bool = False, minimum: int = 0) -> NumberLine:
        return NumberLine(None, decimals=decimals, minimum=minimum)

    def tri(self) -> TriBool:
        return TriBool(None)

    def vocab(self, name: str) -> VocabCombo:
        return VocabCombo(name, None)

    def code(self, placeholder: str = "", width: int = 16) -> CodeLine:
        return CodeLine(None, placeholder, width)

    def huridocs(self, list_no: str | None = None) -> CodeLine | HuridocsPicker:
        """A HURIDOCS code: a searchable picker when FieldDoc ships list ``list_no``."""
        if list_no is not None and list_no in huridocs_lists():
            return HuridocsPicker(list_no)
        return CodeLine(None, QCoreApplication.translate("RecordEditor", "12-digit HURIDOCS code"), 28)

    def huridocs_many(self, list_no: str) -> HuridocsListPicker:
        return HuridocsListPicker(list_no)

    def tags(self, placeholder: str = "", suggestions: list[str] | None = None) -> TagsLine:
        """Comma-separated tags; with ``suggestions``, the one being typed is completed from them."""
        if suggestions:
            from fielddoc.gui.widgets.tags import SuggestingTags

            return SuggestingTags(suggestions, None, placeholder)
        return TagsLine(None, placeholder)

    def lines(self, placeholder: str = "", rows: int = 3) -> LinesEdit:
        return LinesEdit(None, lines=rows, placeholder=placeholder)

    def choice(self, suggestions: list[Any]) -> ChoiceLine:
        return ChoiceLine(suggestions, None)

    def date(self, mode: str = "edtf", precisions: tuple[str, ...] | None = None) -> PartialDateEdit:
        return PartialDateEdit(None, mode=mode, precisions=precisions)

    def pick(self, *kinds: str, create: bool = True) -> RecordPicker:
        return RecordPicker(self.ctx, tuple(kinds) or None, None, create=create)

    def picks(self, *kinds: str, create: bool = True) -> MultiRecordPicker:
        return MultiRecordPicker(self.ctx, tuple(kinds) or None, None, create=create)

    def repeat(self, build_row: Any, add_text: str, columns: int = 3, new_item: Any = None) -> RepeatList:
        return RepeatList(build_row, add_text, None, columns=columns, new_item=new_item)

    def legal_codes(self) -> list[tuple[str, str]]:
        """Suggestions for a legal code id: the registry, then the codes HQ sent in briefings (any
        country's code is accepted)."""
        return vocab_received.legal_code_choices(self.records.store, i18n.language())
