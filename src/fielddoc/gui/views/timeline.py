"""The case timeline: a vertical line of dated events, painted with QPainter.

A view of :class:`~fielddoc.gui.models.case_models.TimelineModel`: a year
heading whenever the year changes, then per event its date, a dot coloured by
kind, a title, a subtitle and, for hearings, a red badge with the number of
fair-trial concerns. Click or Enter opens the event's record. Right-to-left
layouts mirror the geometry.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from fielddoc.gui import theme
from fielddoc.gui.models.case_models import (
    CONCERNS_ROLE,
    DATE_ROLE,
    ID_ROLE,
    KIND_ROLE,
    SUBTITLE_ROLE,
    TimelineModel,
)


@dataclass
class _Slot:
    row: int | None  # None: a year heading
    rect: QRect
    text: str = ""


class TimelineWidget(QWidget):
    activated = Signal(str, str)  # record id, kind

    ROW = 58
    YEAR = 34

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.empty_text = ""
        self._slots: list[_Slot] = []
        self._hover: int | None = None
        self._current: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(lambda *_: self.update())

    def _reset(self) -> None:
        self._hover = self._current = None
        self._layout()
        self.updateGeometry()
        self.update()

    def _layout(self) -> None:
        self._slots = []
        y = 8
        year = None
        for r in range(self.model.rowCount()):
            date = str(self.model.data(self.model.index(r, 0), DATE_ROLE) or "")
            this_year = date[:4] if date[:4].isdigit() else "?"
            if this_year != year:
                year = this_year
                self._slots.append(_Slot(None, QRect(0, y, self.width(), self.YEAR), this_year))
                y += self.YEAR
            self._slots.append(_Slot(r, QRect(0, y, self.width(), self.ROW)))
            y += self.ROW
        self._height = y + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        if not self._slots:
            self._layout()
        return QSize(520, max(120, getattr(self, "_height", 120)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, self.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self._layout()
        super().resizeEvent(event)

    def _m(self, r: QRect) -> QRect:
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return r
        return QRect(self.width() - r.x() - r.width(), r.y(), r.width(), r.height())

    def _align(self, lead: bool) -> Qt.AlignmentFlag:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left = lead != rtl
        return Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.model.rowCount():
            p.setPen(theme.MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        fm = QFontMetrics(self.font())
        date_w = max(fm.horizontalAdvance("0000-00-00 00:00"), 96) + 12
        line_x = 12 + date_w + 10
        card_x = line_x + 18
        bold = QFont(self.font())
        bold.setBold(True)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.25)
        big.setBold(True)
        first = next((s.rect.top() for s in self._slots if s.row is not None), 0)
        last = max((s.rect.bottom() for s in self._slots if s.row is not None), default=0)
        p.setPen(QPen(theme.BORDER, 2))
        a, b = self._m(QRect(line_x, first + 10, 1, 1)).topLeft(), self._m(QRect(line_x, last - 10, 1, 1))
        p.drawLine(a, b.topLeft())
        for s in self._slots:
            if s.row is None:
                p.setFont(big)
                p.setPen(theme.TEXT)
                p.drawText(self._m(QRect(12, s.rect.top(), date_w, s.rect.height())),
                           self._align(False) | Qt.AlignmentFlag.AlignVCenter, s.text)
                continue
            idx = self.model.index(s.row, 0)
            kind = str(self.model.data(idx, KIND_ROLE) or "")
            r = s.rect
            card = QRect(card_x, r.top() + 4, max(50, self.width() - card_x - 12), r.height() - 8)
            if s.row in (self._hover, self._current):
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(theme.ACCENT_SOFT if s.row == self._current else theme.ALT_BASE)
                p.drawRoundedRect(self._m(card), 6, 6)
            p.setFont(self.font())
            p.setPen(theme.MUTED)
            p.drawText(self._m(QRect(12, r.top(), date_w, r.height())),
                       self._align(False) | Qt.AlignmentFlag.AlignVCenter,
                       str(self.model.data(idx, DATE_ROLE) or ""))
            colour = theme.KIND_COLOURS.get(kind, theme.KIND_COLOURS["procedural"])
            p.setPen(QPen(theme.BASE, 2))
            p.setBrush(colour)
            dot = self._m(QRect(line_x - 7, r.center().y() - 7, 14, 14))
            p.drawEllipse(dot)
            concerns = int(self.model.data(idx, CONCERNS_ROLE) or 0)
            badge_w = fm.horizontalAdvance(f"⚠ {concerns}") + 14 if concerns else 0
            text_w = card.width() - 16 - badge_w
            title = fm.elidedText(str(self.model.data(idx) or ""), Qt.TextElideMode.ElideRight, text_w)
            sub = fm.elidedText(str(self.model.data(idx, SUBTITLE_ROLE) or ""), Qt.TextElideMode.ElideRight,
                                text_w)
            p.setFont(bold)
            p.setPen(theme.TEXT)
            p.drawText(self._m(QRect(card.left() + 8, card.top() + 4, text_w, fm.height() + 2)),
                       self._align(True) | Qt.AlignmentFlag.AlignVCenter, title)
            p.setFont(self.font())
            p.setPen(theme.MUTED)
            p.drawText(self._m(QRect(card.left() + 8, card.top() + 6 + fm.height(), text_w, fm.height() + 2)),
                       self._align(True) | Qt.AlignmentFlag.AlignVCenter, sub)
            if concerns:
                badge = QRect(card.right() - badge_w - 4, card.center().y() - fm.height() // 2 - 2,
                              badge_w, fm.height() + 4)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(theme.DANGER)
                p.drawRoundedRect(self._m(badge), 8, 8)
                p.setPen(theme.BASE)
                p.drawText(self._m(badge), Qt.AlignmentFlag.AlignCenter, f"⚠ {concerns}")
        p.end()

    # -- interaction ----------------------------------------------------------------------
    def _row_at(self, pos: QPoint) -> int | None:
        for s in self._slots:
            if s.row is not None and s.rect.contains(pos):
                return s.row
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        row = self._row_at(event.position().toPoint())
        if row != self._hover:
            self._hover = row
            has_link = row is not None and bool(self.model.data(self.model.index(row, 0), ID_ROLE))
            self.setCursor(Qt.CursorShape.PointingHandCursor if has_link else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        row = self._row_at(event.position().toPoint())
        if row is not None:
            self._current = row
            self.update()
            self._activate(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        n = self.model.rowCount()
        if not n:
            return super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self._current = max(0, min(n - 1, (self._current if self._current is not None else -1) + step))
            self.update()
            return None
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current is not None:
            self._activate(self._current)
            return None
        return super().keyPressEvent(event)

    def _activate(self, row: int) -> None:
        idx: QModelIndex = self.model.index(row, 0)
        rid = str(self.model.data(idx, ID_ROLE) or "")
        if rid:
            self.activated.emit(rid, str(self.model.data(idx, KIND_ROLE) or ""))
