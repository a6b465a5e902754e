"""Charts painted with QPainter (QtCharts is not shipped with PySide6-Essentials).

Both charts are views of a :class:`~fielddoc.gui.models.series.SeriesModel`:
``ColumnChart`` (one column per category, e.g. hearings per month) and
``BarChart`` (horizontal, stacked series, with a legend). Right-to-left
layouts mirror the geometry, never the text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from fielddoc.gui import theme
from fielddoc.gui.models.series import SeriesModel


class _Chart(QWidget):
    def __init__(self, model: SeriesModel, parent: QWidget | None = None, *,
                 colours: list[QColor] | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.colours = colours or theme.SERIES
        self.empty_text = ""
        model.modelReset.connect(self._changed)
        model.headerDataChanged.connect(lambda *_: self._changed())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _changed(self) -> None:
        self.updateGeometry()
        self.update()

    def rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def m(self, r: QRect) -> QRect:
        """Mirror a rectangle in right-to-left layouts."""
        if not self.rtl():
            return r
        return QRect(self.width() - r.x() - r.width(), r.y(), r.width(), r.height())

    def lead(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignRight if self.rtl() else Qt.AlignmentFlag.AlignLeft

    def trail(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft if self.rtl() else Qt.AlignmentFlag.AlignRight

    def paint_empty(self, p: QPainter) -> bool:
        if self.model.rowCount() and self.model.total():
            return False
        p.setPen(theme.MUTED)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
        return True

    def legend(self, p: QPainter, top: int) -> int:
        """Draw the series legend from ``top``; returns its height."""
        names = self.model.series_names()
        if len(names) < 2:
            return 0
        fm = QFontMetrics(self.font())
        x, y, h = 8, top, fm.height()
        for i, name in enumerate(names):
            w = fm.horizontalAdvance(name) + h + 16
            if x + w > self.width() - 8 and x > 8:
                x, y = 8, y + h + 6
            p.fillRect(self.m(QRect(x, y + 2, h - 4, h - 4)), self.colours[i % len(self.colours)])
            p.setPen(theme.TEXT)
            p.drawText(self.m(QRect(x + h, y, w - h, h)), self.lead() | Qt.AlignmentFlag.AlignVCenter, name)
            x += w
        return y + h + 6 - top

    def legend_height(self, width: int) -> int:
        names = self.model.series_names()
        if len(names) < 2:
            return 0
        fm = QFontMetrics(self.font())
        x, lines, h = 8, 1, fm.height()
        for name in names:
            w = fm.horizontalAdvance(name) + h + 16
            if x + w > width - 8 and x > 8:
                x, lines = 8, lines + 1
            x += w
        return lines * (h + 6)


class BarChart(_Chart):
    """Horizontal bars, one row per category, series stacked."""

    ROW = 26

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        rows = max(1, self.model.rowCount())
        return QSize(480, rows * self.ROW + 16 + self.legend_height(max(self.width(), 480)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.paint_empty(p):
            return
        fm = QFontMetrics(self.font())
        top = 4 + self.legend(p, 4)
        rows = self.model.rowCount()
        label_w = min(max(fm.horizontalAdvance(self.model.category(r)) for r in range(rows)) + 12,
                      int(self.width() * 0.45))
        value_w = fm.horizontalAdvance("00000") + 8
        bar_x = 8 + label_w
        bar_span = max(10, self.width() - bar_x - value_w - 8)
        peak = max(1, self.model.max_value(stacked=True))
        for r in range(rows):
            y = top + r * self.ROW
            label = fm.elidedText(self.model.category(r), Qt.TextElideMode.ElideRight, label_w - 8)
            p.setPen(theme.TEXT)
            p.drawText(self.m(QRect(8, y, label_w - 8, self.ROW)),
                       self.trail() | Qt.AlignmentFlag.AlignVCenter, label)
            x = bar_x
            values = self.model.values(r)
            for i, v in enumerate(values):
                if v <= 0:
                    continue
                w = max(2, round(bar_span * v / peak))
                p.fillRect(self.m(QRect(x, y + 5, w, self.ROW - 10)), self.colours[i % len(self.colours)])
                x += w
            p.setPen(theme.MUTED)
            p.drawText(self.m(QRect(x + 6, y, value_w, self.ROW)),
                       self.lead() | Qt.AlignmentFlag.AlignVCenter, str(sum(values)))
        p.end()


class ColumnChart(_Chart):
    """Vertical columns along a time axis (one series)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, 220)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, 200)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.paint_empty(p):
            return
        fm = QFontMetrics(self.font())
        rows = self.model.rowCount()
        tick = nice_step(self.model.max_value(stacked=True))
        peak = max(tick, -(-self.model.max_value(stacked=True) // tick) * tick)
        axis_w = fm.horizontalAdvance(str(peak)) + 10
        top = fm.height() + 6
        plot = QRect(8 + axis_w, top, self.width() - axis_w - 16, self.height() - top - fm.height() - 12)
        for value in range(0, peak + 1, tick):
            y = plot.bottom() - round(plot.height() * value / peak)
            line = self.m(QRect(plot.left(), y, plot.width(), 1))
            p.setPen(QPen(theme.BORDER, 1))
            p.drawLine(line.topLeft(), line.topRight())
            p.setPen(theme.MUTED)
            p.drawText(self.m(QRect(4, y - fm.height() // 2, axis_w, fm.height())),
                       self.trail() | Qt.AlignmentFlag.AlignVCenter, str(value))
        step = plot.width() / max(1, rows)
        bar_w = max(2.0, step * 0.7)
        label_every = max(1, int((fm.horizontalAdvance("0000-00") + 12) / max(step, 1)) + 1)
        for r in range(rows):
            v = sum(self.model.values(r))
            h = round(plot.height() * v / peak)
            x = plot.left() + r * step + (step - bar_w) / 2
            rect = QRectF(x, plot.bottom() - h, bar_w, h).toRect()
            if v:
                p.fillRect(self.m(rect), self.colours[0])
            if r % label_every == 0:
                p.setPen(theme.MUTED)
                text_rect = QRect(int(plot.left() + r * step), plot.bottom() + 4,
                                  int(step * label_every), fm.height())
                p.drawText(self.m(text_rect), self.lead() | Qt.AlignmentFlag.AlignTop,
                           self.model.category(r))
            if v and step >= fm.horizontalAdvance(str(v)) + 2:
                p.setPen(theme.TEXT)
                p.drawText(self.m(QRect(int(x - 4), rect.top() - fm.height(), int(bar_w + 8), fm.height())),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(v))
        p.end()


def nice_step(peak: int) -> int:
    """A round tick step giving at most five gridlines up to ``peak``."""
    step = 1
    while peak / step > 5:
        for factor in (2, 5, 10):
            if peak / (step * factor) <= 5:
                return step * factor
        step *= 10
    return step
