"""Reusable editing widgets of the record forms.

Value widgets (``value()`` / ``set_value()`` / ``changed``, see :mod:`.common`):
:mod:`.fields` (text, numbers, yes/no/unknown, vocabulary codes, lists),
:mod:`.dates` (partial dates), :mod:`.pickers` (linked records, search as you
type, create inline), :mod:`.repeat` (repeating groups), :mod:`.checklist`
(fair-trial checklist and the analyst's assessment), :mod:`.segmented`
(answer buttons). :mod:`.binding` ties them to document paths and shows the
core's validation problems next to them.
"""
