"""A record as read-only HTML for the detail pane.

Every piece of record text is HTML-escaped (a record is untrusted input: it
may come from an imported file); references become ``record:<id>`` links the
pane follows inside the application, web addresses stay plain text (an
offline tool does not open a browser behind the user's back).
"""

from __future__ import annotations

import contextlib
import html
from dataclasses import dataclass, field
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fielddoc.attachments.service import files_of
from fielddoc.gui import theme
from fielddoc.gui.models import field_names, labels, when
from fielddoc.gui.models.pages import CONCERNS, titles
from fielddoc.gui.widgets.plain import shown_lines
from fielddoc.hq.conflicts import device_labels
from fielddoc.hq.store import HQStore
from fielddoc.records import huridocs, query, schema, vocab
from fielddoc.records.schema_fields import COMMON, FIELDS
from fielddoc.records.service import Records

CTX = "Detail"
_T = {
    "yes": QT_TRANSLATE_NOOP("Detail", "Yes"),
    "no": QT_TRANSLATE_NOOP("Detail", "No"),
    "unknown": QT_TRANSLATE_NOOP("Detail", "Unknown"),
    "estimate": QT_TRANSLATE_NOOP("Detail", "estimate"),
    "revision": QT_TRANSLATE_NOOP("Detail", "Revision {n}, last change {at}"),
    "draft": QT_TRANSLATE_NOOP("Detail", "Draft"),
    "conflict": QT_TRANSLATE_NOOP("Detail", "Conflicting revisions: review its history"),
    "deleted": QT_TRANSLATE_NOOP("Detail", "Deleted (kept in the history)"),
    "checklist": QT_TRANSLATE_NOOP("Detail", "Fair-trial checklist"),
    "no_obs": QT_TRANSLATE_NOOP("Detail", "No observations recorded."),
    "details": QT_TRANSLATE_NOOP("Detail", "Details"),
    "illustrative": QT_TRANSLATE_NOOP(
        "Detail", "Illustrative or unverified, not to be cited: {fields}"),
    "expected": QT_TRANSLATE_NOOP("Detail", "expected: {answer}"),
    "missing": QT_TRANSLATE_NOOP("Detail", "{id} (not in this vault)"),
    "this_device": QT_TRANSLATE_NOOP("Detail", "this device"),
    "own_key": QT_TRANSLATE_NOOP("Detail", "this vault's file key"),
    "linked_from": QT_TRANSLATE_NOOP("Detail", "Referred to by"),
}
DATE_KEYS = frozenset({"from", "to", "date", "date_of_birth", "date_deceased"})
SKIP = frozenset({"id", "title", "name", "fair_trial", "_illustrative", "confidentiality", "tlp", "draft"})
ASSESSMENT_COLOURS = {"concern": theme.WARNING, "apparent_violation": theme.DANGER,
                      "no_concern": theme.OK}


def t(key: str) -> str:
    return QCoreApplication.translate(CTX, _T[key])


def esc(value: object) -> str:
    """Record text in HTML: escaped, with control characters and bidi overrides visible."""
    return html.escape(shown_lines(value), quote=True)


@dataclass
class RecordView:
    """What the detail pane needs, gathered off the GUI thread."""

    id: str
    kind: str
    doc: dict[str, Any]
    meta: dict[str, Any]
    refs: dict[str, str] = field(default_factory=dict)
    wanted: set[str] = field(default_factory=set)  # ids the record refers to (found or not)
    devices: dict[str, str] = field(default_factory=dict)  # device id -> name ("" = own device)
    own_keys: set[str] = field(default_factory=set)  # attachment file keys held in this vault

    #: Records whose current document refers to this one (``id, kind, title, date_sort``).
    referrers: list[dict[str, Any]] = field(default_factory=list)


def _device_ids(value: Any, out: set[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "device_id" and isinstance(v, str):
                out.add(v)
            else:
                _device_ids(v, out)
    elif isinstance(value, list):
        for v in value:
            _device_ids(v, out)


def device_names(store: Any, ids: set[str]) -> dict[str, str]:
    """This vault's own device is "" (named at display); at HQ, enrolled devices by their label."""
    out: dict[str, str] = {}
    own = getattr(store, "device_id", None)
    if own in ids:
        out[str(own)] = ""
    if isinstance(store, HQStore):
        out.update({k: v for k, v in device_labels(store, ids - {own}).items() if v})
    return out


def load(records: Records, record_id: str) -> RecordView:
    doc = records.get(record_id, include_deleted=True)
    meta = records.meta(record_id)
    kind = str(meta["kind"])
    wanted = {target for _path, target in schema.references(kind, doc)}
    refs = titles(records.store, wanted) if wanted else {}
    devices: set[str] = set()
    _device_ids({"device_id": meta.get("device_id"), "doc": doc}, devices)
    own_keys: set[str] = set()
    if kind == "attachment":
        with contextlib.suppress(Exception):  # an HQ without the file table: no key is named
            own_keys = {str(f.get("file_id")) for f in files_of(cast(Any, records.store), record_id)}
    return RecordView(record_id, kind, doc, meta, refs, wanted, device_names(records.store, devices),
                      own_keys, _named(records, query.referrers(records.store, record_id)))


#: Kinds whose stored title is made of ids and codes ("per-kosanov · administrative"): the
#: "Referred to by" list names them as their own pane does (display_title), a person by name.
_NAMED_BY_REFS = frozenset({"detention", "involvement", "relation", "hearing"})


def _named(records: Records, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows[:200]:  # the pane lists them all; naming is worth a query for the first ones
        if row["kind"] not in _NAMED_BY_REFS:
            continue
        with contextlib.suppress(Exception):  # a record that vanished meanwhile keeps its stored title
            doc = records.get(str(row["id"]))
            wanted = {target for _path, target in schema.references(str(row["kind"]), doc)}
            view = RecordView(str(row["id"]), str(row["kind"]), doc, {"date_sort": row.get("date_sort")},
                              titles(records.store, wanted) if wanted else {})
            row["title"] = display_title(view)
    return rows


class _Renderer:
    def __init__(self, view: RecordView) -> None:
        self.v = view

    def ref(self, rid: object) -> str:
        if not isinstance(rid, str):
            return esc(rid)
        title = self.v.refs.get(rid)
        if title is None:
            return esc(QCoreApplication.translate(CTX, _T["missing"]).format(id=rid))
        return f'<a href="record:{esc(rid)}">{esc(title or rid)}</a>'

    def device(self, device_id: str) -> str:
        if device_id in self.v.own_keys:
            return f'<span title="{esc(device_id)}">{esc(t("own_key"))}</span>'
        name = self.v.devices.get(device_id)
        if name is None:
            return esc(device_id)
        shown = name or t("this_device")
        return f'<span title="{esc(device_id)}">{esc(shown)}</span>'

    def scalar(self, parent: str, key: str, value: Any) -> str:
        if value is None:
            return f'<span style="color:{theme.MUTED.name()}">{esc(t("unknown"))}</span>'
        if isinstance(value, bool):
            return esc(t("yes") if value else t("no"))
        if key == "device_id" and isinstance(value, str):
            return self.device(value)
        if key.endswith("_id") or key.endswith("_ids"):
            if not isinstance(value, str) or value in self.v.wanted:
                return self.ref(value)
            # not a reference to a record (a key, a device, a batch): name it, never "not in this vault"
            return self.device(value)
        if when.is_moment(value):
            return esc(when.moment(str(value)))
        if isinstance(value, str) and (key in DATE_KEYS or key.endswith(("_date", "_at"))):
            return esc(when.partial(value))  # a plain date ("2012-01-23") in the interface language
        vname = field_names.vocab_for(parent, key)
        if isinstance(value, dict) and "code" in value:
            value = value.get("code")
        hlist = huridocs.list_for(key, parent)
        if hlist and isinstance(value, str):
            return esc(huridocs.label(hlist, value, labels.lang()))
        if vname and isinstance(value, str):
            return esc(vocab.label(vname, value, labels.lang()))
        return esc(value).replace("\n", "<br>")

    def value(self, parent: str, key: str, value: Any, depth: int = 0) -> str:
        if isinstance(value, dict):
            if "value" in value and set(value) <= {"value", "precision", "is_estimate"}:
                text = esc(when.partial(value.get("value"), value.get("precision")))
                if value.get("is_estimate"):
                    text += f" ({esc(t('estimate'))})"
                return text
            if "code" in value and set(value) <= {"code", "scheme"}:
                return self.scalar(parent, key, value)
            return self.table(key, value, depth + 1)
        if isinstance(value, list):
            if not value:
                return "—"
            if all(not isinstance(x, dict | list) for x in value):
                return ", ".join(self.scalar(parent, key, x) for x in value)
            sep = f'<hr style="color:{theme.BORDER.name()}">'
            return sep.join(self.value(key, key, x, depth + 1) for x in value)
        return self.scalar(parent, key, value)

    def table(self, parent: str, obj: dict[str, Any], depth: int = 0, order: list[str] | None = None) -> str:
        keys = [k for k in (order if order is not None else list(obj)) if k in obj]
        if not keys:
            return ""
        muted = theme.MUTED.name()
        if depth > 0:
            # nested objects: one "label: value" line each, so narrow panes wrap words, not letters
            lines = [f'<span style="color:{muted}">{esc(field_names.name(k))}:</span> '
                     f"{self.value(parent, k, obj[k], depth)}" for k in keys]
            return "<br>".join(lines)
        rows = [
            f'<tr><td style="color:{muted};padding-right:10px" valign="top">{esc(field_names.name(k))}</td>'
            f"<td>{self.value(parent, k, obj[k], depth)}</td></tr>"
            for k in keys
        ]
        return f'<table cellspacing="0" cellpadding="2" width="100%">{"".join(rows)}</table>'

    def header(self) -> str:
        v = self.v
        title = display_title(v)
        conf = schema.effective_confidentiality(v.doc)
        tlp = vocab.CONFIDENTIALITY_TLP.get(conf, "")
        colour = theme.TLP_COLOURS.get(tlp, theme.BORDER)
        chip = (f'<span style="background:#000000;color:{colour.name()};font-weight:bold">'
                f"&nbsp;TLP:{esc(tlp)}&nbsp;</span> {esc(labels.vocab_label('confidentiality', conf))}")
        parts = [f'<h2 style="margin-bottom:2px">{esc(title)}</h2>',
                 f'<p style="color:{theme.MUTED.name()};margin-top:0">{esc(labels.singular(v.kind))}'
                 f" · {chip}</p>"]
        rev = QCoreApplication.translate(CTX, _T["revision"]).format(
            n=v.meta.get("revision", "?"), at=when.moment(str(v.meta.get("updated_at") or "")))
        flags = [rev]
        if v.meta.get("draft"):
            flags.append(t("draft"))
        if v.meta.get("deleted_at"):
            flags.append(t("deleted"))
        if v.meta.get("conflict"):
            flags.append(f'<b style="color:{theme.WARNING.name()}">{esc(t("conflict"))}</b>')
        parts.append(f'<p style="color:{theme.MUTED.name()}">{" · ".join(flags)}</p>')
        return "".join(parts)

    def checklist(self) -> str:
        obs = self.v.doc.get("fair_trial")
        if self.v.kind not in ("hearing", "case"):
            return ""
        lang = labels.lang()
        head = f"<h3>{esc(t('checklist'))}</h3>"
        if not isinstance(obs, list) or not obs:
            return head + f"<p>{esc(t('no_obs'))}</p>" if self.v.kind == "hearing" else ""
        by_group: dict[str, list[dict[str, Any]]] = {}
        for o in obs:
            if isinstance(o, dict):
                item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
                by_group.setdefault(item.group if item else "?", []).append(o)
        rows = []
        for code in sorted(by_group):
            group = vocab.FT_GROUPS.get(code)
            gname = f"{code}. {group.label(lang)}" if group else code
            rows.append(f'<tr><td><b>{esc(gname)}</b></td></tr>')
            for o in by_group[code]:
                item = vocab.FAIR_TRIAL_BY_ID.get(str(o.get("item")))
                name = item.label(lang) if item else str(o.get("item"))
                answer = vocab.label("ft_answer", str(o.get("answer", "")), lang) if o.get("answer") else ""
                if item and item.expected:
                    expected = QCoreApplication.translate(CTX, _T["expected"]).format(
                        answer=vocab.label("ft_answer", item.expected, lang))
                    muted = theme.MUTED.name()
                    answer = f'{esc(answer)} <span style="color:{muted}">({esc(expected)})</span>'
                else:
                    answer = esc(answer)
                assessment = str(o.get("assessment") or "")
                colour = ASSESSMENT_COLOURS.get(assessment, theme.MUTED)
                weight = "bold" if assessment in CONCERNS else "normal"
                a_text = vocab.label("ft_assessment", assessment, lang) if assessment else ""
                note = f'<br><i>{esc(o["note"])}</i>' if isinstance(o.get("note"), str) else ""
                # one column: the item, then its answer and assessment on the next line, so a narrow
                # pane wraps between words (three columns squeezed Kazakh words apart mid-word)
                style = f"color:{colour.name()};font-weight:{weight}"
                assessed = f' · <span style="{style}">{esc(a_text)}</span>' if a_text else ""
                rows.append(f"<tr><td>{esc(name)}{note}<br>{answer}{assessed}</td></tr>")
        return head + f'<table cellspacing="0" cellpadding="3" width="100%">{"".join(rows)}</table>'

    def body(self) -> str:
        v = self.v
        order = [k for k in (*FIELDS.get(v.kind, {}), *COMMON) if k not in SKIP]
        order += [k for k in v.doc if k not in order and k not in SKIP]
        table = self.table(v.kind, v.doc, 0, order)
        out = f"<h3>{esc(t('details'))}</h3>{table}" if table else ""
        illustrative = v.doc.get("_illustrative")
        if isinstance(illustrative, list) and illustrative:
            text = QCoreApplication.translate(CTX, _T["illustrative"]).format(
                fields="; ".join(field_names.path_label(str(x)) for x in illustrative))
            out += f'<p style="color:{theme.WARNING.name()}">{esc(text)}</p>'
        return out


def display_title(v: RecordView) -> str:
    """The record's title; detentions and links are named after who/what they concern."""
    d = v.doc
    if v.kind == "detention":
        who = v.refs.get(str(d.get("person_id")), str(d.get("person_id") or ""))
        proc = labels.vocab_label("procedure", d.get("procedure"))
        return " · ".join(p for p in (who, proc) if p) or v.id
    if v.kind == "involvement":
        role = labels.vocab_label("involvement_role", d.get("role"))
        parts = (v.refs.get(str(d.get("subject_id")), ""), role, v.refs.get(str(d.get("object_id")), ""))
        return " · ".join(p for p in parts if p) or v.id
    if v.kind == "relation":
        parts = (v.refs.get(str(d.get("from_id")), ""), v.refs.get(str(d.get("to_id")), ""))
        return " → ".join(p for p in parts if p) or v.id
    if v.kind == "hearing" and not d.get("title"):
        # the stored title is English and ISO-dated; name the hearing in the interface language
        date_sort = v.meta.get("date_sort") or (d.get("date") if isinstance(d.get("date"), str) else None)
        named = labels.hearing_title(date_sort, d.get("hearing_type"), d.get("instance"))
        if named:
            return named
    return str(v.meta.get("title") or d.get("title") or d.get("name") or v.id)


def linked_from(view: RecordView) -> str:
    """What refers to the record, grouped by type: its cases, hearings, detentions, sources..."""
    if not view.referrers:
        return ""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in view.referrers:
        groups.setdefault(str(row["kind"]), []).append(row)
    out = [f"<h3>{esc(t('linked_from'))}</h3>"]
    for kind, rows in groups.items():
        items = "".join(
            f'<li><a href="record:{esc(r["id"])}">{esc(r["title"] or r["id"])}</a>'
            + (f" · {esc(labels.show_date(r['date_sort'])[:10])}"
               if r.get("date_sort") and r["kind"] != "hearing" else "") + "</li>"
            for r in rows)
        out.append(f"<p><b>{esc(labels.plural(kind))}</b> ({len(rows)})</p><ul>{items}</ul>")
    return "".join(out)


def render(view: RecordView) -> str:
    r = _Renderer(view)
    return r.header() + r.checklist() + r.body() + linked_from(view)
