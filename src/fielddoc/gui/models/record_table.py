"""A list of records as a ``QAbstractTableModel`` over paged SQL.

The model knows the total (``query.count``) and keeps a window of pages
(``PAGE`` rows each, at most ``MAX_PAGES``) loaded on demand as the view asks
for rows, so a list of 100k records costs one count and one page to open, and
scrolling anywhere costs one page. A new filter or sort order is computed on
the task runner (count + first page) when one is given; a generation counter
drops results that arrive after a newer request.

Sorting is done by SQL on the summary columns (see ``pages.SORT_KEYS``);
other columns do not sort. Named roles (``roleNames``) expose id, kind, sort
key, date and confidentiality for views and proxies.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from fielddoc.gui import theme
from fielddoc.gui.models import labels
from fielddoc.gui.models.pages import KIND_COLUMNS, SORT_KEYS, VOCAB_COLUMNS, Row, fetch_page
from fielddoc.gui.models.session import alive
from fielddoc.gui.tasks import TaskRunner
from fielddoc.gui.widgets.plain import shown
from fielddoc.records import query
from fielddoc.records.service import Store

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
DATE_ROLE = Qt.ItemDataRole.UserRole + 4
CONFIDENTIALITY_ROLE = Qt.ItemDataRole.UserRole + 5
TLP_ROLE = Qt.ItemDataRole.UserRole + 6
TITLE_ROLE = Qt.ItemDataRole.UserRole + 7
#: Where the search matched, as plain text with the matches between ⟦ and ⟧.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 8

ROLE_NAMES = {
    ID_ROLE: b"recordId",
    KIND_ROLE: b"kind",
    SORT_ROLE: b"sortKey",
    DATE_ROLE: b"date",
    CONFIDENTIALITY_ROLE: b"confidentiality",
    TLP_ROLE: b"tlp",
    TITLE_ROLE: b"title",
    SNIPPET_ROLE: b"snippet",
}

_DATE_COLUMNS = frozenset({"date", "opened", "start", "apprehended", "captured"})


class RecordTableModel(QAbstractTableModel):
    PAGE = 100
    MAX_PAGES = 40
    #: Counts stop here: a list of more shows COUNT_CAP - 1 rows ("10,000+") and grows a page at
    #: a time as it is scrolled to its end (fetchMore), so a million records are never counted.
    COUNT_CAP = 10_001

    loaded = Signal()  # the first page of a new filter/sort is in
    counted = Signal(int)  # ... and then its total
    failed = Signal(object)  # an exception from loading (shown by the view)

    def __init__(
        self,
        store: Store | None,
        kind: str | None,
        *,
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.kind = kind
        self.columns = KIND_COLUMNS.get(kind, KIND_COLUMNS[None])
        self._runner = runner
        self._filter = query.Filter(kind=kind)
        first_sort = next((c for c in self.columns if c in SORT_KEYS), "title")
        self._sort_column = self.columns.index(first_sort) if first_sort in self.columns else 0
        self._sort_key = SORT_KEYS.get(first_sort, "title")
        self._descending = self._sort_key == "date_sort"
        self._count = 0
        self._counted = False
        self._capped = False  # more rows than counted (COUNT_CAP): the rest come as it is scrolled
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._generation = 0
        self._italic: QFont | None = None  # made on first use (needs a QGuiApplication)

    # -- loading --------------------------------------------------------------------
    @property
    def filter(self) -> query.Filter:
        return self._filter

    @property
    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self._sort_column, order

    def bind(self, store: Store, runner: TaskRunner | None) -> None:
        """The store of a model made before the vault was open (a list built ahead)."""
        self._store, self._runner = store, runner

    def set_filter(self, flt: query.Filter, *, wait: bool = False) -> None:
        self._filter = replace(flt, kind=self.kind if self.kind is not None else flt.kind)
        self.reload(wait=wait)

    def reload(self, *, wait: bool = False) -> None:
        """Reload the first page, then the total (on the runner unless ``wait``).

        The first page is shown as soon as it is read; the count, which costs
        more than a page on large filtered lists, follows and extends the rows.
        """
        if self._store is None:
            return
        self._generation += 1
        gen = self._generation
        store, flt, sort, desc = self._store, self._filter, self._sort_key, self._descending
        cap = self.COUNT_CAP

        def page(_p: object = None) -> list[Row]:
            return fetch_page(store, flt, sort=sort, descending=desc, offset=0, limit=self.PAGE)

        def total(_p: object = None) -> int:
            return query.count(store, flt, cap=cap)

        if wait or self._runner is None:
            try:
                rows = page()
                self._apply_page(gen, rows)
                self._apply_count(gen, total() if len(rows) >= self.PAGE else len(rows))
            except Exception as exc:  # noqa: BLE001 - reported to the view, never raised into Qt
                self.failed.emit(exc)
            return
        runner = self._runner

        def paged(rows: list[Row]) -> None:
            # The total is asked for once the page is shown: what the page's ``loaded`` asks of the
            # worker (the first row's record beside the list) comes before it.
            if self._apply_page(gen, rows):
                runner.submit(total, on_success=alive(self, lambda n: self._apply_count(gen, n)),
                              on_failure=alive(self, lambda exc: self._failed(gen, exc)))

        runner.submit(page, on_success=alive(self, paged),
                      on_failure=alive(self, lambda exc: self._failed(gen, exc)))

    def _apply_page(self, gen: int, rows: list[Row]) -> bool:
        if gen != self._generation or self._store is None:
            return False
        self.beginResetModel()
        self._count = len(rows)
        self._counted = False
        self._pages = OrderedDict({0: rows}) if rows else OrderedDict()
        self.endResetModel()
        self.loaded.emit()
        return True

    def _apply_count(self, gen: int, total: int) -> None:
        if gen != self._generation or self._store is None:
            return
        self._counted = True
        self._capped = total >= self.COUNT_CAP
        if self._capped:
            total = self.COUNT_CAP - 1
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:  # changed between the two reads
            self.beginRemoveRows(QModelIndex(), total, self._count - 1)
            self._count = total
            self._pages = OrderedDict()
            self.endRemoveRows()
        self.counted.emit(total)

    @property
    def is_counted(self) -> bool:
        return self._counted

    @property
    def is_capped(self) -> bool:
        """True when the list holds more rows than it shows: the count stopped at COUNT_CAP."""
        return self._capped

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and self._capped and self._store is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        """The view reached the last row of a capped list: one more page, if there is one."""
        if not self.canFetchMore(parent):
            return
        try:
            page = fetch_page(self._store, self._filter, sort=self._sort_key, descending=self._descending,
                              offset=self._count, limit=self.PAGE)
        except Exception:  # noqa: BLE001 - locked or gone: show nothing more, never raise into Qt
            return
        if len(page) < self.PAGE:
            self._capped = False  # the end: the total is known
        if page:
            if self._count % self.PAGE == 0:
                self._pages[self._count // self.PAGE] = page
            self.beginInsertRows(QModelIndex(), self._count, self._count + len(page) - 1)
            self._count += len(page)
            self.endInsertRows()
        self.counted.emit(self._count)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self.failed.emit(exc)

    def clear(self) -> None:
        """Forget everything (on lock): no row, no store."""
        self.beginResetModel()
        self._generation += 1
        self._store = None
        self._count = 0
        self._capped = False
        self._pages = OrderedDict()
        self.endResetModel()

    def _row(self, row: int) -> Row | None:
        if row < 0 or row >= self._count or self._store is None:
            return None
        number, offset = divmod(row, self.PAGE)
        page = self._pages.get(number)
        if page is None:
            try:
                page = fetch_page(self._store, self._filter, sort=self._sort_key,
                                  descending=self._descending, offset=number * self.PAGE, limit=self.PAGE)
            except Exception:  # noqa: BLE001 - locked or gone: show nothing, never raise into Qt
                return None
            self._pages[number] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    # -- access for views ---------------------------------------------------------------
    def record_id(self, row: int) -> str | None:
        r = self._row(row)
        return r.id if r else None

    def row_data(self, row: int) -> Row | None:
        return self._row(row)

    def loaded_rows(self) -> list[Row]:
        return [r for page in self._pages.values() for r in page]

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt API
        names = dict(super().roleNames())
        names.update({role: QByteArray(name) for role, name in ROLE_NAMES.items()})
        return names

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return labels.header(self.columns[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        r = self._row(index.row())
        if r is None:
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self._display(r, col))  # record text: control characters visible
        if role == ID_ROLE:
            return r.id
        if role == KIND_ROLE:
            return r.kind
        if role == SORT_ROLE:
            return self._sort_value(r, col)
        if role == DATE_ROLE:
            return r.date_sort or ""
        if role == CONFIDENTIALITY_ROLE:
            return r.confidentiality
        if role == TLP_ROLE:
            return r.tlp
        if role == TITLE_ROLE:
            return r.title
        if role == Qt.ItemDataRole.DecorationRole and col == "confidentiality":
            return theme.tlp_icon(r.tlp)
        if role == Qt.ItemDataRole.FontRole and index.column() == 0 and r.draft:
            if self._italic is None:
                self._italic = QFont()
                self._italic.setItalic(True)
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "concerns" and r.values.get("concerns"):
                return theme.DANGER
            if r.conflict and index.column() == 0:
                return theme.WARNING
        if role == Qt.ItemDataRole.ToolTipRole and col == "confidentiality":
            return f"TLP:{r.tlp}" if r.tlp else None
        if role == SNIPPET_ROLE:
            return "".join(f"⟦{t}⟧" if hit else t for t, hit in r.snippet)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            notes = [labels.flag(k) for k, on in (("draft", r.draft), ("conflict", r.conflict)) if on]
            if r.snippet:  # rich text: the record's text is escaped first, only <b> is ours
                return "<qt>" + "<br>".join(
                    [html.escape(", ".join(notes))] * bool(notes) + [snippet_html(r.snippet)]) + "</qt>"
            return ", ".join(notes) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("concerns", "files"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def row_title(r: Row) -> str:
        """What names a row: the title, or for detentions and links who and what they concern."""
        v = r.values
        if r.kind == "detention" and v.get("person"):
            proc = labels.vocab_label("procedure", v.get("procedure"))
            return " · ".join(p for p in (str(v["person"]), proc) if p)
        if r.kind == "involvement":
            role = labels.vocab_label("involvement_role", v.get("role"))
            return " · ".join(str(p) for p in (v.get("subject"), role, v.get("object")) if p)
        if r.kind == "relation":
            return f"{v.get('subject', '')} → {v.get('object', '')}"
        if r.kind == "hearing":
            return labels.hearing_title(r.date_sort, v.get("hearing_type"), v.get("instance")) or r.title
        return r.title

    def _display(self, r: Row, col: str) -> str:
        if col in ("title", "name"):
            return self.row_title(r)
        if col in _DATE_COLUMNS:
            return labels.show_date(r.date_sort)
        if col == "updated_at":
            return labels.show_date(r.updated_at)
        if col == "kind":
            return labels.singular(r.kind)
        if col == "confidentiality":
            return labels.vocab_label("confidentiality", r.confidentiality)
        value = r.values.get(col)
        if col in VOCAB_COLUMNS:
            return labels.vocab_label(VOCAB_COLUMNS[col], value)
        if col == "concerns":
            return str(value) if value else ""
        if value is None:
            return ""
        return str(value)

    def _sort_value(self, r: Row, col: str) -> Any:
        key = SORT_KEYS.get(col)
        if key == "title":
            return r.title
        if key == "date_sort":
            return r.date_sort or ""
        if key == "updated_at":
            return r.updated_at
        if key == "kind":
            return r.kind
        if key == "confidentiality":
            return r.confidentiality
        value = r.values.get(col)
        return value if isinstance(value, int | str) else str(value or "")

    def stretch_column(self) -> int:
        """The column that takes the spare width (the one that names the record)."""
        for key in ("title", "name", "person", "case"):
            if key in self.columns:
                return self.columns.index(key)
        return 0

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column] in SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        key = SORT_KEYS[self.columns[column]]
        desc = order == Qt.SortOrder.DescendingOrder
        if (key, desc) == (self._sort_key, self._descending) and column == self._sort_column:
            return
        self._sort_column, self._sort_key, self._descending = column, key, desc
        self.reload()

    def retranslate(self) -> None:
        """Vocabulary labels and headers follow the interface language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))


def snippet_html(parts: list[tuple[str, bool]]) -> str:
    """Rich text of a search snippet: every piece of record text escaped, matches in bold."""
    return "".join(f"<b>{html.escape(shown(t))}</b>" if hit else html.escape(shown(t)) for t, hit in parts)
