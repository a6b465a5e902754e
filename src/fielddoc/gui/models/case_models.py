"""Qt models of a case overview: its timeline (a list) and its people (a table)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from fielddoc.gui.models import labels
from fielddoc.gui.models.case_overview import Event, Involved
from fielddoc.gui.widgets.plain import shown

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
DATE_ROLE = Qt.ItemDataRole.UserRole + 3
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 4
CONCERNS_ROLE = Qt.ItemDataRole.UserRole + 5

CTX = "CaseView"
EVENT_TITLES = {
    "opened": QT_TRANSLATE_NOOP("CaseView", "Case opened"),
    "judgment": QT_TRANSLATE_NOOP("CaseView", "First-instance judgment"),
    "procedural": QT_TRANSLATE_NOOP("CaseView", "Procedural step"),
}
CONCERNS_TEXT = QT_TRANSLATE_NOOP("CaseView", "Fair-trial concerns: {n}")
NO_DATE = QT_TRANSLATE_NOOP("CaseView", "date unknown")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class TimelineModel(QAbstractListModel):
    """Events of a case in date order (the timeline widget paints it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []

    def set_events(self, events: list[Event]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def clear(self) -> None:
        self.set_events([])

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._events)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt API
        names = dict(super().roleNames())
        names.update({ID_ROLE: QByteArray(b"recordId"), KIND_ROLE: QByteArray(b"kind"),
                      DATE_ROLE: QByteArray(b"date"), SUBTITLE_ROLE: QByteArray(b"subtitle"),
                      CONCERNS_ROLE: QByteArray(b"concerns")})
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        e = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self.title(e))
        if role == SUBTITLE_ROLE:
            return self.subtitle(e)
        if role == ID_ROLE:
            return e.record_id or ""
        if role == KIND_ROLE:
            return e.kind
        if role == DATE_ROLE:
            return labels.show_date(e.date) if e.date else _t(NO_DATE)
        if role == CONCERNS_ROLE:
            return e.concerns
        return None

    @staticmethod
    def title(e: Event) -> str:
        if e.kind == "hearing":
            text = labels.vocab_label("hearing_type", e.code) or labels.singular("hearing")
            return text
        if e.kind == "detention":
            proc = labels.vocab_label("procedure", e.code)
            name = e.title or labels.singular("detention")
            return f"{labels.singular('detention')}: {name}" + (f" ({proc})" if proc else "")
        if e.kind == "incident":
            return e.title or labels.singular("incident")
        if e.kind in EVENT_TITLES:
            return _t(EVENT_TITLES[e.kind])
        return e.title

    @staticmethod
    def subtitle(e: Event) -> str:
        if e.kind == "hearing":
            parts = [labels.vocab_label("hearing_status", e.status)]
            if e.concerns:
                parts.append(_t(CONCERNS_TEXT).format(n=e.concerns))
            return " · ".join(p for p in parts if p)
        if e.kind == "procedural":
            return e.code or ""
        if e.kind == "incident":
            return labels.singular("incident")
        return ""


class PeopleModel(QAbstractTableModel):
    """People involved in a case, with their roles."""

    HEADERS = (QT_TRANSLATE_NOOP("CaseView", "Name"), QT_TRANSLATE_NOOP("CaseView", "Role"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Involved] = []

    def set_people(self, people: list[Involved]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def clear(self) -> None:
        self.set_people([])

    def person_id(self, row: int) -> str | None:
        return self._people[row].id if 0 <= row < len(self._people) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 2:
            return _t(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        p = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return shown(p.name)
            return ", ".join(labels.vocab_label("involvement_role", r) for r in p.roles if r)
        if role == ID_ROLE:
            return p.id
        return None
