"""Older record shapes brought to the current schema (docs/record-upgrades.md). Pure Python.

Public API
- ``upgrade_doc(kind, doc) -> dict``: the document in today's shape (a new dict when
  something changed, ``doc`` itself when nothing did). Never raises; a value it does
  not understand is left where it is, for validation to report.
- ``upgrade_dataset(data)``: an interchange file with every record upgraded (the
  input is not modified).

Applied on import of interchange files, on every read of a stored record
(``Records.get``) and once over a vault's stored records (migration 0012).
"""

from __future__ import annotations

from typing import Any

from fielddoc.records import vocab
from fielddoc.records.schema import KINDS

#: Court responses written as free text in the old ``torture_allegation.court_response``
#: that mean "no response recorded".
_NO_RESPONSE = frozenset({"", "unknown", "null", "none"})


def _old_allegation(hearing: dict[str, Any], old: Any) -> list[dict[str, Any]] | None:
    """The old single ``torture_allegation`` as ``torture_allegations[]`` (None: nothing to say)."""
    if not isinstance(old, dict):
        return None
    raised = old.get("raised")
    by_id = old.get("raised_by_person_id")
    by_text = old.get("raised_by")
    response = old.get("court_response")
    if raised is False:
        return []  # recorded: no allegation was raised
    if raised is not True and not (by_id or by_text or response):
        return None
    item: dict[str, Any] = {}
    if isinstance(by_id, str) and by_id:
        item["raised_by_person_id"] = by_id
        defendants = {d.get("person_id") for d in hearing.get("defendants") or [] if isinstance(d, dict)}
        if by_id in defendants:  # a defendant who raised it alleges it about themself
            item["person_id"] = by_id
            item["role"] = "defendant"
    notes: list[str] = []
    if isinstance(by_text, str) and by_text.strip():
        notes.append(by_text.strip())
    if isinstance(response, str) and response.strip().lower() not in _NO_RESPONSE:
        if vocab.is_code("court_response", response.strip()):
            item["court_response"] = response.strip()
        else:
            item["court_response"] = "other"
            notes.append(response.strip())
    if notes:
        item["note"] = "\n".join(notes)
    return [item]


def _hearing(doc: dict[str, Any]) -> dict[str, Any]:
    if "torture_allegation" not in doc:
        return doc
    out = dict(doc)
    old = out.pop("torture_allegation")
    new = _old_allegation(doc, old)
    if new is None:
        return out
    if isinstance(out.get("torture_allegations"), list):
        out["torture_allegations"] = [*new, *out["torture_allegations"]]
    else:
        out["torture_allegations"] = new
    # _illustrative names fields: follow the move
    marks = out.get("_illustrative")
    if isinstance(marks, list):
        out["_illustrative"] = [
            m.replace("torture_allegation.", "torture_allegations[0].") if isinstance(m, str) else m
            for m in marks
        ]
    return out


#: Retired checklist item -> the answers that say the same of each item replacing it. Any other
#: answer stays on the retired item, which remains readable (docs/record-upgrades.md).
_SPLIT_WHEN: dict[str, frozenset[str]] = {
    "ft.presence.dock_cage": frozenset({"no", "not_applicable"}),  # "cage OR restraints": no -> neither
    "ft.fair.adequate_time_facilities": frozenset({"yes", "not_applicable"}),  # "time AND files": yes -> both
    "ft.interp.needed_provided": frozenset(vocab.VOCABS["ft_answer"]),  # the same question, renamed
}


def _fair_trial(doc: dict[str, Any]) -> dict[str, Any]:
    observations = doc.get("fair_trial")
    if not isinstance(observations, list):
        return doc
    present = {o.get("item") for o in observations if isinstance(o, dict)}
    out: list[Any] = []
    changed = False
    for obs in observations:
        item = obs.get("item") if isinstance(obs, dict) else None
        retired = vocab.FAIR_TRIAL_BY_ID.get(item) if isinstance(item, str) else None
        if (retired is None or not isinstance(item, str) or not retired.replaced_by
                or obs.get("answer") not in _SPLIT_WHEN.get(item, ())
                or any(new in present for new in retired.replaced_by)):
            out.append(obs)
            continue
        out.extend({**obs, "item": new} for new in retired.replaced_by)
        changed = True
    if not changed:
        return doc
    return {**doc, "fair_trial": out}


def _old_sentence(sentence: dict[str, Any]) -> dict[str, Any] | None:
    """``{years: 7.5, confiscation: true}`` -> ``{years: 7, months: 6, additional_penalties: [...]}``."""
    years = sentence.get("years")
    fractional = isinstance(years, float) and not years.is_integer() and years >= 0
    if "confiscation" not in sentence and not fractional and not isinstance(years, float):
        return None
    out = dict(sentence)
    if isinstance(years, float) and years >= 0:
        whole = int(years)
        months = round((years - whole) * 12)
        if months == 12:
            whole, months = whole + 1, 0
        out["years"] = whole
        if months:
            before = out.get("months")
            out["months"] = before + months if isinstance(before, int) else months
    confiscation = out.pop("confiscation", None)
    if confiscation is True:
        given = out.get("additional_penalties")
        extra: list[Any] = given if isinstance(given, list) else []
        if not any(isinstance(p, dict) and p.get("type") == "confiscation" for p in extra):
            out["additional_penalties"] = [*extra, {"type": "confiscation"}]
    elif confiscation not in (None, False):
        out["confiscation"] = confiscation  # not understood: left for validation to report
    return out


def _sentences(doc: dict[str, Any]) -> dict[str, Any]:
    verdicts = doc.get("verdicts")
    if not isinstance(verdicts, list):
        return doc
    out, changed = [], False
    for v in verdicts:
        sentence = v.get("sentence") if isinstance(v, dict) else None
        new = _old_sentence(sentence) if isinstance(sentence, dict) else None
        if new is None:
            out.append(v)
        else:
            out.append({**v, "sentence": new})
            changed = True
    return {**doc, "verdicts": out} if changed else doc


_UPGRADES = {"hearing": (_hearing, _fair_trial, _sentences), "case": (_fair_trial,)}


def upgrade_doc(kind: str, doc: Any) -> Any:
    """``doc`` in today's shape; the same object when nothing had to change."""
    if not isinstance(doc, dict):
        return doc
    for step in _UPGRADES.get(kind, ()):
        doc = step(doc)
    return doc


def upgrade_dataset(data: Any) -> Any:
    """An interchange file with every record upgraded (``data`` itself when none changed).

    ``data`` is not modified: the lists that change are copied."""
    if not isinstance(data, dict):
        return data
    out = data
    for key, kind in KINDS.items():
        items = data.get(key)
        if not isinstance(items, list):
            continue
        new_items = [upgrade_doc(kind, doc) for doc in items]
        if any(a is not b for a, b in zip(new_items, items, strict=True)):
            if out is data:
                out = dict(data)
            out[key] = new_items
    return out
