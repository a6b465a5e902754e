"""The Defendants tab of the case view: one row per defendant across the case's hearings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from fielddoc.gui.models import labels
from fielddoc.gui.widgets.plain import shown
from fielddoc.records.defendants import Defendant

CTX = "CaseView"
HEADERS = (
    QT_TRANSLATE_NOOP("CaseView", "Defendant"),
    QT_TRANSLATE_NOOP("CaseView", "Presence"),
    QT_TRANSLATE_NOOP("CaseView", "In custody"),
    QT_TRANSLATE_NOOP("CaseView", "Counsel"),
    QT_TRANSLATE_NOOP("CaseView", "Charges"),
    QT_TRANSLATE_NOOP("CaseView", "Torture allegations"),
    QT_TRANSLATE_NOOP("CaseView", "Verdict"),
)
UNKNOWN = QT_TRANSLATE_NOOP("CaseView", "not recorded")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class DefendantsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Defendant] = []
        self._names: dict[str, str] = {}

    def set_defendants(self, rows: list[Defendant], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._names = list(rows), dict(names)
        self.endResetModel()

    def clear(self) -> None:
        self.set_defendants([], {})

    def person_id(self, row: int) -> str | None:
        return self._rows[row].person_id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return _t(HEADERS[section])
        return None

    def cell(self, d: Defendant, column: int) -> str:
        name = self._names.get
        if column == 0:
            return shown(name(d.person_id, d.person_id))
        if column == 1:
            return ", ".join(f"{labels.vocab_label('presence', k) if k != 'unknown' else _t(UNKNOWN)} {n}"
                             for k, n in d.presence_counts().items())
        if column == 2:
            return labels.vocab_label("in_custody", d.custody)
        if column == 3:
            return shown(", ".join([name(c, c) for c in d.counsel_ids] + d.counsel_descriptions))
        if column == 4:
            return shown("; ".join(" ".join(str(c.get(k) or "") for k in ("code", "article", "part")).strip()
                                   for c in d.charges))
        if column == 5:
            responses = [labels.vocab_label("court_response", a.get("court_response")) for a in d.allegations
                         if a.get("court_response")]
            return str(len(d.allegations)) + (f": {', '.join(responses)}" if responses else "")
        if column == 6 and d.verdict:
            return labels.vocab_label("verdict_result", d.verdict.get("result"))
        return ""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self._rows[index.row()], index.column())
        return None
