"""Data of one chart as a table model: a row per category, a column per series.

The statistics page fills these from :mod:`fielddoc.gui.models.stats`; the
chart widgets paint whatever model they are given (so a chart is a view).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from fielddoc.gui.widgets.plain import plain_tip

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class SeriesModel(QAbstractTableModel):
    """Rows: (category code, [value per series]). Labels are resolved at display time."""

    def __init__(
        self,
        series: list[Callable[[], str]],
        category_label: Callable[[str], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._series = series
        self._label = category_label
        self._rows: list[tuple[str, list[int]]] = []

    def set_rows(self, rows: list[tuple[str, list[int]]]) -> None:
        self.beginResetModel()
        self._rows = [(code, list(values)) for code, values in rows]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def series_names(self) -> list[str]:
        return [f() for f in self._series]

    def total(self) -> int:
        return sum(sum(v) for _c, v in self._rows)

    def max_value(self, stacked: bool) -> int:
        if not self._rows:
            return 0
        return max((sum(v) if stacked else max(v, default=0)) for _c, v in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._series)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._series):
            return self._series[section]()
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._label(self._rows[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        code, values = self._rows[index.row()]
        if not 0 <= index.column() < len(values):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(values[index.column()])
        if role == Qt.ItemDataRole.EditRole:
            return int(values[index.column()])
        if role == CODE_ROLE:
            return code
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"{self._label(code)}: {values[index.column()]}")
        return None

    def category(self, row: int) -> str:
        return self._label(self._rows[row][0]) if 0 <= row < len(self._rows) else ""

    def values(self, row: int) -> list[int]:
        return list(self._rows[row][1]) if 0 <= row < len(self._rows) else []
