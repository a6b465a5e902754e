"""CSV export for analysts: one file per record type, nested lists in child files, and a codebook.

``export_csv(records, folder, *, include_device_only=False, include_contact=False,
progress=None) -> list[Path]``; :func:`write_csv_export` returns the same with row
counts (for the desktop dialog).

The layout (docs/csv-format.md):

* ``<type>s.csv`` (``hearings.csv``, ``cases.csv``, …): one row per record.
  Nested objects become dotted columns (``public_access.status``); dates become
  three columns (``date``, ``date.precision``, ``date.is_estimate``); lists of
  plain values are joined with `` | `` (a literal ``|`` or ``\\`` inside an item
  is escaped with a backslash).
* Lists of objects go to child files named ``<type>_<field>.csv``
  (``hearing_fair_trial.csv``, ``incident_acts.csv``,
  ``incident_acts_perpetrators.csv``) keyed by ``<type>_id`` and a 0-based
  ``<field>_index`` per level, the same positions as JSON paths such as
  ``monitors[0]``.
* ``codebook.csv`` explains every column of every file: what it means, its
  type, its vocabulary and, for closed vocabularies, every code with its
  English label.

Every file is written, with its header, even when empty, so analysts'
templates keep working. UTF-8 with a BOM (spreadsheets then read Cyrillic
right), RFC 4180 quoting, ``\\r\\n`` line ends. Booleans are ``true``/``false``;
empty means not recorded (``null``). Fields the schema does not know are kept
as extra columns at the end and described as such. ``device_only`` records
and ``contact`` fields are left out unless included explicitly.
The output is PLAINTEXT: the caller warns the user.

All or nothing: every file is first written in full to a temporary sibling
(0600, random name, fsynced) and only when all of them are ready are they
moved over their targets, so a cancelled or failed export (``progress``
raising, a full disk) leaves the folder as it was.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fielddoc.fsutil import new_private_dirs, write_all_or_nothing
from fielddoc.records import case_selection, custody, dates, schema, vocab
from fielddoc.records.case_selection import CaseSelection
from fielddoc.records.csv_spec import CODEBOOK, CODEBOOK_COLUMNS, COMMON, SEP, SPEC, TYPE_WORDS
from fielddoc.records.interchange import export_dataset
from fielddoc.records.service import Records


@dataclass
class Column:
    file: str
    name: str
    kind: str  # record type
    type: str
    meaning: str
    vocabulary: str = ""
    codes: str = ""


@dataclass
class _Table:
    name: str  # file stem
    kind: str
    keys: list[str]  # key columns (record id, then one index per level)
    columns: list[Column] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)
    extra: dict[str, Column] = field(default_factory=dict)  # columns found only in the data

    def header(self) -> list[str]:
        return [*self.keys, *(c.name for c in self.columns if c.name not in self.keys), *sorted(self.extra)]


# -- the spec -----------------------------------------------------------------------
def _parse(kind: str) -> list[tuple[str, str, str]]:
    out = []
    for line in (COMMON + SPEC[kind]).strip().splitlines():
        if line.strip():
            path, typ, meaning = (p.strip() for p in line.split("|", 2))
            out.append((path, typ, meaning))
    return out


def _vocabulary(typ: str) -> tuple[str, str]:
    """(vocabulary name, codes with English labels) of a column type."""
    head, _, arg = typ.partition(":")
    if head in ("vocab", "vocabs", "huridocs_or"):
        name = arg
        codes = SEP.join(f"{c} = {lbl}" for c, lbl in vocab.labels(name, "en"))
        if head == "huridocs_or":
            return f"{name} (or a 12-digit HURIDOCS code)", codes
        return name, codes
    if head in ("huridocs", "codes"):
        return f"HURIDOCS micro-thesaurus list {arg} (12-digit codes; labels not shipped)", ""
    if head in ("ref", "refs"):
        target = "any record" if arg == "any" else " or ".join(arg.split(","))
        if head == "ref":
            return f"id of a {target} record", ""
        return f"ids of {target} records, joined with ' | '", ""
    return "", ""


def _type_word(typ: str) -> str:
    head = typ.partition(":")[0]
    return {"vocab": "code", "vocabs": "codes joined with ' | '", "huridocs": "HURIDOCS code",
            "huridocs_or": "code", "codes": "HURIDOCS codes joined with ' | '", "ref": "reference",
            "refs": "references joined with ' | '"}.get(head) or TYPE_WORDS.get(head, head)


def _table_name(kind: str, parts: list[str]) -> str:
    return schema.KEYS[kind] if not parts else "_".join([kind, *(p.replace(".", "_") for p in parts)])


def _key(part: str) -> str:
    return part.rsplit(".", 1)[-1] + "_index"


class _Layout:
    """Every file and column of the export, from SPEC (stable across exports)."""

    def __init__(self) -> None:
        self.tables: dict[str, _Table] = {}
        self.types: dict[tuple[str, str], str] = {}  # (table, column path) -> type
        self.children: dict[tuple[str, str], str] = {}  # (table, list path) -> child table
        for kind in schema.KINDS.values():
            main = self._table(kind, [])
            for path, typ, meaning in _parse(kind):
                parts = path.split("[].")
                if typ == "table":
                    parts[-1] = parts[-1].removesuffix("[]")
                    parent = self._table(kind, parts[:-1])
                    child = self._table(kind, parts)
                    self.children[(parent.name, parts[-1])] = child.name
                    continue
                table = self._table(kind, parts[:-1]) if len(parts) > 1 else main
                self._column(table, parts[-1], typ, meaning)

    def _table(self, kind: str, parts: list[str]) -> _Table:
        name = _table_name(kind, parts)
        if name not in self.tables:
            keys = [f"{kind}_id", *(_key(p) for p in parts)] if parts else []
            t = _Table(name, kind, keys)
            for k in keys:
                what = f"id of the {kind} this row belongs to" if k == keys[0] else \
                    f"position in the list '{k.removesuffix('_index')}' (0 = first), as in JSON paths"
                t.columns.append(Column(f"{name}.csv", k, kind, "key", what))
            self.tables[name] = t
        return self.tables[name]

    def _column(self, table: _Table, path: str, typ: str, meaning: str) -> None:
        voc, codes = _vocabulary(typ)
        self.types[(table.name, path)] = typ
        f = f"{table.name}.csv"
        if typ == "date":
            precisions = SEP.join(f"{c} = {lbl}" for c, lbl in vocab.labels("date_precision"))
            table.columns += [
                Column(f, path, table.kind, "date", f"{meaning} (value: YYYY, YYYY-MM, YYYY-MM-DD or a date "
                       "and time)"),
                Column(f, f"{path}.precision", table.kind, "code", f"{meaning}: precision of the date",
                       "date_precision", precisions),
                Column(f, f"{path}.is_estimate", table.kind, "true/false",
                       f"{meaning}: the date is an estimate"),
            ]
        else:
            table.columns.append(Column(f, path, table.kind, _type_word(typ), meaning, voc, codes))


# -- flattening ------------------------------------------------------------------------
#: What makes a spreadsheet read a cell as a formula (the OWASP CSV injection rule).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading ``'``; so does text that already
    starts with ``'`` before such a character, so removing one ``'`` always gives it back."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_START) else text


def _escape(item: Any) -> str:
    return _text(item).replace("\\", "\\\\").replace("|", "\\|")


def _cell(value: Any) -> str:
    """One cell: numbers as in JSON, text neutralised (see :func:`neutralise`)."""
    return neutralise(value) if isinstance(value, str) else _text(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class _Exporter:
    def __init__(self, layout: _Layout) -> None:
        self.layout = layout

    def add(self, kind: str, doc: dict[str, Any]) -> None:
        table = self.layout.tables[schema.KEYS[kind]]
        row: dict[str, str] = {}
        self._object(table, kind, doc, "", row, {f"{kind}_id": _cell(doc.get("id"))})
        table.rows.append(row)

    def _object(self, table: _Table, kind: str, obj: dict[str, Any], prefix: str, row: dict[str, str],
                keys: dict[str, str]) -> None:
        for k, v in obj.items():
            path = prefix + k
            typ = self.layout.types.get((table.name, path))
            child = self.layout.children.get((table.name, path))
            if child is None and typ is None and isinstance(v, list) and any(isinstance(i, dict) for i in v):
                child = self._extra_child(table, kind, path)
            if child is not None and isinstance(v, list):
                self._list(self.layout.tables[child], kind, path, v, keys)
            elif typ == "date" or (typ is None and _is_date_object(v)):
                self._date(table, path, v, row, known=typ is not None)
            elif typ == "json":
                row[path] = _cell(v)
            elif isinstance(v, dict) and typ is None:
                self._object(table, kind, v, path + ".", row, keys)
            elif isinstance(v, list):
                row[path] = neutralise(SEP.join(_escape(i) for i in v))
                self._extra(table, path, v, typ)
            else:
                row[path] = _cell(v)
                self._extra(table, path, v, typ)

    def _list(self, child: _Table, kind: str, path: str, items: list[Any], keys: dict[str, str]) -> None:
        for i, item in enumerate(items):
            ckeys = {**keys, _key(path): str(i)}
            row = dict(ckeys)
            if isinstance(item, dict):
                self._object(child, kind, item, "", row, ckeys)
                if path.endswith("fair_trial"):
                    _derive_fair_trial(item, row)
            else:
                row["value"] = _cell(item)
                self._extra(child, "value", item, self.layout.types.get((child.name, "value")))
            child.rows.append(row)

    def _date(self, table: _Table, path: str, v: Any, row: dict[str, str], known: bool) -> None:
        if isinstance(v, dict):
            row[path] = _cell(v.get("value"))
            row[f"{path}.precision"] = _cell(v.get("precision") or dates.precision_of(v.get("value")))
            row[f"{path}.is_estimate"] = _cell(v.get("is_estimate"))
            rest = {k: x for k, x in v.items() if k not in ("value", "precision", "is_estimate")}
            for k, x in rest.items():  # keep anything else a date object carries
                row[f"{path}.{k}"] = _cell(x)
                self._extra(table, f"{path}.{k}", x, None)
        else:
            row[path] = _cell(v)
            if isinstance(v, str):
                row[f"{path}.precision"] = _cell(dates.precision_of(v.split("T")[0]) if "T" not in v
                                                 else "minute")
        if not known:
            for suffix in ("", ".precision", ".is_estimate"):
                self._extra(table, path + suffix, None, None, date=True)

    def _extra(self, table: _Table, path: str, value: Any, typ: str | None, date: bool = False) -> None:
        if typ is not None or path in table.extra:
            return
        word = "date" if date else ("list joined with ' | '" if isinstance(value, list) else "text")
        table.extra[path] = Column(f"{table.name}.csv", path, table.kind, word,
                                   "Not in the FieldDoc schema: kept as found in the source data")

    def _extra_child(self, table: _Table, kind: str, path: str) -> str:
        name = f"{table.name if table.keys else kind}_{path.replace('.', '_')}"
        if name not in self.layout.tables:
            keys = [*(table.keys or [f"{kind}_id"]), _key(path)]
            child = _Table(name, kind, keys)
            for k in keys:
                child.columns.append(Column(f"{name}.csv", k, kind, "key", "key (see the parent file)"))
            self.layout.tables[name] = child
            table.extra[path + "[]"] = Column(f"{table.name}.csv", path + "[]", kind, "child file",
                                              f"Not in the FieldDoc schema: rows in {name}.csv")
        self.layout.children[(table.name, path)] = name
        return name


def _is_date_object(v: Any) -> bool:
    return isinstance(v, dict) and "value" in v and set(v) <= {"value", "precision", "is_estimate"}


def _derive_fair_trial(obs: dict[str, Any], row: dict[str, str]) -> None:
    item = vocab.FAIR_TRIAL_BY_ID.get(str(obs.get("item")))
    if item is None:
        return
    row["group"] = item.group
    row["group_label"] = vocab.FT_GROUPS[item.group].label("en")
    row["right"] = item.right
    row["expected_answer"] = item.expected or ""


# -- writing ---------------------------------------------------------------------------
def _csv_bytes(header: list[str], rows: Iterable[dict[str, str]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([row.get(c, "") for c in header])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


LINK_ENDS = ("subject_id", "object_id", "from_id", "to_id")


def _disclosed(data: dict[str, Any], key: str, include_device_only: bool) -> list[dict[str, Any]]:
    """The records under ``key`` that may be shown.

    Device-only records are judged by their effective confidentiality (a record
    marked only ``tlp: RED`` is device-only too), and a link (involvement,
    relation) to a device-only record is left out with it: the link alone would
    tell who was involved in what.
    """
    docs = [d for d in data.get(key) or [] if isinstance(d, dict)]
    if include_device_only:
        return docs
    hidden = {str(d.get("id")) for k in schema.KINDS for d in data.get(k) or []
              if isinstance(d, dict) and schema.effective_confidentiality(d) == "device_only"}
    return [d for d in docs if schema.effective_confidentiality(d) != "device_only"
            and not any(d.get(end) in hidden for end in LINK_ENDS)]


def existing_outputs(folder: Path) -> list[Path]:
    """Files of an earlier export in ``folder`` (so the CLI can refuse to overwrite them)."""
    if not folder.is_dir():
        return []
    names = {f"{t}.csv" for t in _Layout().tables} | {CODEBOOK}
    return sorted(p for p in folder.iterdir() if p.name in names)


@dataclass(frozen=True)
class WrittenFile:
    """One file of an export: where it is, what it holds, how many data rows (header not counted)."""

    path: Path
    kind: str  # record type, or "" for the codebook
    main: bool  # one row per record (not a child file of nested items, not the codebook)
    rows: int


@dataclass(frozen=True)
class CsvExport:
    files: list[WrittenFile]
    withheld: int  # device-only records (and links to them) left out


#: progress(done, total); it may raise (e.g. to cancel), and nothing is written then.
ProgressFn = Callable[[int, int], None]


def write_csv_export(records: Records, folder: Path, *, include_device_only: bool = False,
                     include_contact: bool = False, progress: ProgressFn | None = None,
                     public: bool = False, edition: str = "internal",
                     selection: CaseSelection | None = None) -> CsvExport:
    """Write the CSV files and the codebook into ``folder`` (created if needed), all or nothing.

    With an active ``selection`` only the cases it chooses, their records and what those refer
    to are written (records.case_selection).

    ``progress(done, total)`` is called as records are laid out and files
    written; if it raises (a Cancel), the exception propagates and no file in
    ``folder`` has changed.
    """
    report = progress or (lambda _done, _total: None)
    if public:
        edition = "public"
    public = edition in ("public", "partners")
    data = export_dataset(records, strip_contact=not include_contact or public)
    left_out = 0
    if public:  # public (CLEAR) or partners (GREEN): consent obeyed, pseudonyms (records/publication.py)
        from fielddoc.records import consent, publication

        data, left_out = publication.public_dataset(data, consent.pseudonym_secret(records.store), edition)
        include_device_only = False
    if selection is not None and selection.active:
        selection.check()
        data, _others = case_selection.restrict_dataset(data, case_selection.selected_cases(records.store,
                                                                                            selection))
    layout = _Layout()
    exporter = _Exporter(layout)
    chosen = {key: _disclosed(data, key, include_device_only) for key in schema.KINDS}
    withheld = left_out + sum(len([d for d in data.get(key) or [] if isinstance(d, dict)]) - len(chosen[key])
                              for key in schema.KINDS)
    n_records = sum(len(docs) for docs in chosen.values())
    total = n_records + len(layout.tables) + 1  # grows if the data brings child files of its own
    done = 0
    report(done, total)
    for key, kind in schema.KINDS.items():
        for doc in chosen[key]:
            exporter.add(kind, doc)
            done += 1
            if done % 50 == 0:
                report(done, total)
    total = n_records + len(layout.tables) + 1
    report(done, total)
    folder = Path(folder)
    created = not folder.exists()
    new_private_dirs(folder)  # plaintext: a folder made here is the owner's only (0700)
    if not folder.is_dir():
        raise FileExistsError(17, "File exists", str(folder))  # as mkdir(exist_ok=True) says
    files: list[tuple[Path, bytes]] = []
    written: list[WrittenFile] = []
    book: list[dict[str, str]] = []
    for name in sorted(layout.tables):
        table = layout.tables[name]
        header = table.header()
        target = folder / f"{name}.csv"
        files.append((target, _csv_bytes(header, table.rows)))
        written.append(WrittenFile(target, table.kind, not table.keys, len(table.rows)))
        described = {c.name: c for c in table.columns} | table.extra
        for col in header:
            c = described[col]
            book.append({"file": c.file, "column": c.name, "record_type": c.kind, "type": c.type,
                         "meaning": c.meaning, "vocabulary": c.vocabulary, "codes": c.codes})
    target = folder / CODEBOOK
    files.append((target, _csv_bytes(list(CODEBOOK_COLUMNS), book)))
    written.append(WrittenFile(target, "", False, len(book)))
    try:
        write_all_or_nothing(files, lambda n: report(n_records + n, total))
    except BaseException:
        if created:  # leave no empty folder behind either
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    shas = {p.name: hashlib.sha256(data).hexdigest() for p, data in files
            if any(w.path == p and w.kind == "attachment" for w in written)}
    custody.log_output(records.store.engine, records.store.device_id, records.author,
                       (str(d.get("id")) for d in chosen.get("attachments", []) if d.get("id")),
                       {"output": "csv", "files": shas})
    return CsvExport(written, withheld)


def export_csv(records: Records, folder: Path, *, include_device_only: bool = False,
               include_contact: bool = False, progress: ProgressFn | None = None,
               public: bool = False, edition: str = "internal",
               selection: CaseSelection | None = None) -> list[Path]:
    """Write the CSV files and the codebook into ``folder`` (created if needed); returns their paths."""
    result = write_csv_export(records, folder, include_device_only=include_device_only,
                              include_contact=include_contact, progress=progress, public=public,
                              edition=edition, selection=selection)
    return [f.path for f in result.files]
