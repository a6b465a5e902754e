"""Render a :class:`~fielddoc.reports.model.Report` to PDF bytes with Qt (no new dependency).

Layout is a ``QTextDocument`` built block by block (no HTML, so record text is
never interpreted as markup), laid out for a ``QPdfWriter`` at 300 dpi on A4;
charts are text objects drawn with ``QPainter`` into the same flow, so they
stay vector graphics with real text. Every page gets a header and a footer
with the TLP marking. The DejaVu fonts shipped in ``resources/fonts`` are
registered from bytes and embedded (subset) in the PDF, so Cyrillic and
Kazakh letters print everywhere.

Everything happens in memory: the PDF is written into a ``QBuffer`` and
returned as bytes; the caller saves it where the user chose (with
:func:`fielddoc.fsutil.atomic_write`). No temporary file is created.

Public API: ``ensure_app()``, ``register_fonts()``, ``render_pdf(report) -> bytes``,
``render_images(report, dpi=110) -> list[QImage]`` (a preview),
``save_pdf(report, path)``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTableCellFormat,
    QTextTableFormat,
)

from fielddoc import resources
from fielddoc.fsutil import atomic_write
from fielddoc.reports.model import Chart, Fields, Heading, Paragraph, Report, Table

FONT_DIR = resources.path("fonts")
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")
SANS = "DejaVu Sans"
MONO = "DejaVu Sans Mono"

DPI = 300
PAGE_MM = (210.0, 297.0)  # A4
MARGIN_MM = {"left": 18.0, "right": 18.0, "top": 24.0, "bottom": 20.0}

TEXT = QColor("#1f2328")
MUTED = QColor("#5c6670")
ACCENT = QColor("#2f5d8a")
RULE = QColor("#c9d0d7")
HEADER_BG = QColor("#eef1f4")
TONE_BG = {
    "violation": QColor("#f8d9d5"),
    "concern": QColor("#fdedc9"),
    "differs": QColor("#eceff3"),
    "ok": QColor("#e2f0e3"),
}
TONE_INK = {"violation": QColor("#b42318"), "concern": QColor("#d98e04"), "differs": QColor("#8a949e"),
            "ok": QColor("#2e7d32")}
PALETTE = [QColor("#0072b2"), QColor("#e69f00"), QColor("#009e73"), QColor("#cc79a7")]
#: FIRST TLP 2.0: the label is written in its colour on black.
TLP_INK = {"CLEAR": QColor("#ffffff"), "GREEN": QColor("#33ff00"), "AMBER": QColor("#ffc000"),
           "AMBER+STRICT": QColor("#ffc000"), "RED": QColor("#ff2b2b")}

CHART_TYPE = QTextFormat.ObjectTypes.UserObject + 1
CHART_PROP = QTextFormat.Property.UserProperty + 1

_app: QGuiApplication | None = None
_fonts_ok = False


def px(mm: float) -> float:
    """Millimetres -> device pixels at the layout resolution."""
    return mm * DPI / 25.4


def lu(mm: float) -> float:
    """Millimetres -> text-layout units: QTextDocument scales frame and block lengths
    (margins, padding, borders) from 96 dpi to the paint device itself."""
    return mm * 96 / 25.4


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (the CLI has no window)."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        # A QApplication (a QGuiApplication that also allows widgets): a process that renders a
        # report first and opens a window later (a test run, an embedding) must not abort then.
        from PySide6.QtWidgets import QApplication

        _app = QApplication([sys.argv[0] if sys.argv else "fielddoc", "-platform", "offscreen"])
        app = _app
    register_fonts()
    return app  # type: ignore[return-value]


def register_fonts() -> list[str]:
    """Register the shipped fonts from bytes (idempotent); returns their families."""
    global _fonts_ok
    families: list[str] = []
    if _fonts_ok:
        return [SANS, MONO]
    for name in FONT_FILES:
        data = (FONT_DIR / name).read_bytes()
        fid = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        if fid < 0:
            raise RuntimeError(f"the report font {name} could not be loaded")
        families += QFontDatabase.applicationFontFamilies(fid)
    _fonts_ok = True
    return families


def _font(size: float, bold: bool = False, family: str = SANS) -> QFont:
    f = QFont(family)
    f.setPointSizeF(size)
    f.setBold(bold)
    f.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def _char(size: float = 9.0, bold: bool = False, colour: QColor = TEXT,
          family: str = SANS) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(_font(size, bold, family))
    fmt.setForeground(colour)
    return fmt


# -- charts -----------------------------------------------------------------------------
class _ChartObject(QPyTextObject):
    """Draws :class:`Chart` blocks inline in the text flow (vector, with real text)."""

    def __init__(self, charts: list[Chart], width: float) -> None:
        super().__init__()
        self.charts = charts
        self.width = width

    def _chart(self, fmt: QTextFormat) -> Chart:
        return self.charts[int(fmt.property(CHART_PROP))]

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        return QSizeF(self.width, self._height(self._chart(fmt), doc))

    def _metrics(self, doc: QTextDocument, font: QFont) -> QFontMetricsF:
        device = doc.documentLayout().paintDevice()
        return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)

    def _label_w(self) -> float:
        return self.width * 0.38

    def _rows(self, chart: Chart, doc: QTextDocument) -> list[float]:
        fm = self._metrics(doc, _font(8))
        heights = []
        for cat in chart.categories:
            r = fm.boundingRect(QRectF(0, 0, self._label_w() - px(2), 1e6),
                                int(Qt.TextFlag.TextWordWrap), cat)
            heights.append(max(r.height(), fm.height()) + px(2.2))
        return heights

    def _legend_h(self, chart: Chart, doc: QTextDocument) -> float:
        if len(chart.series) < 2:
            return 0.0
        fm = self._metrics(doc, _font(7.5))
        return (fm.height() + px(1.2)) * len(chart.series) + px(1)

    def _title_h(self, chart: Chart, doc: QTextDocument) -> float:
        return self._metrics(doc, _font(9, True)).height() + px(2) if chart.title else 0.0

    def _height(self, chart: Chart, doc: QTextDocument) -> float:
        title = self._title_h(chart, doc)
        if not chart.total:
            return title + px(8)
        if chart.kind == "columns":
            return title + px(42)
        return title + sum(self._rows(chart, doc)) + px(3) + self._legend_h(chart, doc)

    def _colour(self, chart: Chart, i: int) -> QColor:
        if i < len(chart.tones) and chart.tones[i] in TONE_INK:
            return TONE_INK[chart.tones[i]]
        return PALETTE[i % len(PALETTE)]

    def drawObject(self, p: QPainter, rect: QRectF, doc: QTextDocument, pos: int,  # noqa: N802
                   fmt: QTextFormat) -> None:
        chart = self._chart(fmt)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(_font(9, True))
        p.setPen(TEXT)
        th = self._title_h(chart, doc)
        if chart.title:
            p.drawText(QRectF(rect.left(), rect.top(), rect.width(), th), int(Qt.AlignmentFlag.AlignLeft),
                       chart.title)
        body = QRectF(rect.left(), rect.top() + th, rect.width(), rect.height() - th)
        if not chart.total:
            p.setFont(_font(8))
            p.setPen(MUTED)
            p.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), chart.empty_text)
        elif chart.kind == "columns":
            self._columns(p, body, chart, doc)
        else:
            self._bars(p, body, chart, doc)
        p.restore()

    def _bars(self, p: QPainter, r: QRectF, chart: Chart, doc: QTextDocument) -> None:
        fm = self._metrics(doc, _font(8))
        label_w = self._label_w()
        num_w = fm.horizontalAdvance("0000") + px(2)
        bar_w = r.width() - label_w - num_w
        top_total = max(sum(v) for v in chart.values) or 1
        y = r.top()
        for cat, values, h in zip(chart.categories, chart.values, self._rows(chart, doc), strict=True):
            p.setFont(_font(8))
            p.setPen(TEXT)
            p.drawText(QRectF(r.left(), y, label_w - px(2), h),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), cat)
            x = r.left() + label_w
            bh = min(h - px(2), px(4.5))
            by = y + (h - bh) / 2
            for i, v in enumerate(values):
                w = bar_w * v / top_total
                if w > 0:
                    p.fillRect(QRectF(x, by, w, bh), self._colour(chart, i))
                x += w
            p.setPen(TEXT)
            p.drawText(QRectF(x + px(1), y, num_w, h), int(Qt.AlignmentFlag.AlignVCenter), str(sum(values)))
            p.setPen(QPen(RULE, px(0.15)))
            p.drawLine(int(r.left() + label_w), int(y), int(r.left() + label_w), int(y + h))
            y += h
        if len(chart.series) > 1:
            fl = self._metrics(doc, _font(7.5))
            y += px(2)
            p.setFont(_font(7.5))
            for i, name in enumerate(chart.series):
                sw = fl.height() * 0.7
                p.fillRect(QRectF(r.left() + label_w, y + (fl.height() - sw) / 2, sw, sw),
                           self._colour(chart, i))
                p.setPen(TEXT)
                p.drawText(QRectF(r.left() + label_w + sw + px(1.5), y, r.width(), fl.height()),
                           int(Qt.AlignmentFlag.AlignVCenter), name)
                y += fl.height() + px(1.2)

    def _columns(self, p: QPainter, r: QRectF, chart: Chart, doc: QTextDocument) -> None:
        """Columns with a two-line axis: 'Mar' over '2012'; the second line only when it changes."""
        fm = self._metrics(doc, _font(7.5))
        n = len(chart.categories)
        label_h = 2 * fm.height() + px(1)
        value_h = fm.height()
        plot = QRectF(r.left(), r.top() + value_h, r.width(), r.height() - label_h - value_h - px(1))
        top = max(sum(v) for v in chart.values) or 1
        slot = plot.width() / max(n, 1)
        col_w = min(slot * 0.6, px(14))
        firsts = [c.split("\n")[0] for c in chart.categories]
        widest = max((fm.horizontalAdvance(f) for f in firsts), default=0.0) + px(1)
        every = 1
        while every < n and widest > slot * every:
            every += 1
        p.setPen(QPen(RULE, px(0.2)))
        p.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        p.setFont(_font(7.5))
        last_second = ""
        for i, (cat, values) in enumerate(zip(chart.categories, chart.values, strict=True)):
            total = sum(values)
            h = plot.height() * total / top
            centre = plot.left() + (i + 0.5) * slot
            if h > 0:
                p.fillRect(QRectF(centre - col_w / 2, plot.bottom() - h, col_w, h), self._colour(chart, 0))
            p.setPen(TEXT)
            if total:
                p.drawText(QRectF(centre - slot, plot.bottom() - h - value_h, 2 * slot, value_h),
                           int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), str(total))
            first, _, second = cat.partition("\n")
            if i % every:
                continue
            width = max(slot * every, widest)
            left = min(max(centre - width / 2, r.left()), r.right() - width)
            p.setPen(MUTED)
            p.drawText(QRectF(left, plot.bottom() + px(1), width, fm.height()),
                       int(Qt.AlignmentFlag.AlignHCenter), first)
            if second and second != last_second:
                p.drawText(QRectF(left, plot.bottom() + px(1) + fm.height(), width, fm.height()),
                           int(Qt.AlignmentFlag.AlignHCenter), second)
                last_second = second


# -- building the document ------------------------------------------------------------------
class _Builder:
    def __init__(self, report: Report, device: QPdfWriter) -> None:
        self.report = report
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(_font(9))
        # A long URL or hash in a narrow column wraps instead of being cut off at the cell edge.
        option = self.doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.doc.setDefaultTextOption(option)
        self.width = px(PAGE_MM[0] - MARGIN_MM["left"] - MARGIN_MM["right"])
        self.height = px(PAGE_MM[1] - MARGIN_MM["top"] - MARGIN_MM["bottom"])
        self.doc.setPageSize(QSizeF(self.width, self.height))
        self.charts: list[Chart] = []
        self.handler = _ChartObject(self.charts, self.width)
        self.doc.documentLayout().registerHandler(CHART_TYPE, self.handler)
        self.cursor = QTextCursor(self.doc)
        self.first = True
        self.headings: list[int] = []  # block numbers of headings (kept with what follows)

    def block(self, text: str, char: QTextCharFormat, *, top: float = 0.0, bottom: float = 0.0,
              keep_with_next: bool = False, line_height: int = 112) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(lu(top))
        fmt.setBottomMargin(lu(bottom))
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if keep_with_next:
            self.headings.append(self.doc.blockCount() - (1 if self.first else 0))
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, char)
        self.cursor.insertText(text, char)

    def build(self) -> QTextDocument:
        r = self.report
        self.block(r.title, _char(18, True, ACCENT), bottom=1.5)
        if r.subtitle:
            self.block(r.subtitle, _char(11.5, True), bottom=1.5)
        self.block(f"TLP:{r.tlp} – {r.tlp_note}", _char(8.5, False, MUTED), bottom=0.5)
        self.block(r.generated, _char(8, False, MUTED), bottom=3)
        for b in r.blocks:
            if isinstance(b, Heading):
                if b.level <= 1:
                    self.block(b.text, _char(12.5, True, ACCENT), top=5, bottom=1.5, keep_with_next=True)
                else:
                    self.block(b.text, _char(10, True), top=3, bottom=1, keep_with_next=True)
            elif isinstance(b, Paragraph):
                char = {"muted": _char(8, False, MUTED), "narrative": _char(9.5)}.get(b.style, _char(9))
                for line in (b.text.split("\n") or [""]):
                    self.block(line, char, top=0.8 if b.style == "muted" else 0.5, bottom=0.5)
            elif isinstance(b, Fields):
                self.fields(b)
            elif isinstance(b, Table):
                self.table(b)
            elif isinstance(b, Chart):
                self.chart(b)
        self.keep_headings()
        return self.doc

    def keep_headings(self, room_mm: float = 28.0) -> None:
        """Move a heading to the next page when too little of what follows it would fit below it:
        ``room_mm`` of text, or the whole of a chart (a chart never splits across pages)."""
        layout = self.doc.documentLayout()
        for number in self.headings:
            block = self.doc.findBlockByNumber(number)
            rect = layout.blockBoundingRect(block)
            top = rect.top() % self.height
            room = px(room_mm)
            following = block.next()
            if following.isValid() and "\ufffc" in following.text():
                room = max(room, layout.blockBoundingRect(following).height())
            if top > 0 and top + rect.height() + room > self.height:
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)

    def _table(self, rows: int, cols: int, widths: tuple[int, ...], header: bool, border: bool) -> Any:
        self.block("", _char(2), top=0.5)
        tf = QTextTableFormat()
        tf.setBorderCollapse(True)
        tf.setBorder(lu(0.2) if border else 0)
        tf.setBorderBrush(RULE)
        tf.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        tf.setCellPadding(lu(1.1))
        tf.setCellSpacing(0)
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        total = sum(widths) if len(widths) == cols else cols
        tf.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength,
                                                  100 * (widths[i] if len(widths) == cols else 1) / total)
                                      for i in range(cols)])
        if header:
            tf.setHeaderRowCount(1)
        table = self.cursor.insertTable(rows, cols, tf)
        return table

    def _cell(self, table: Any, row: int, col: int, text: str, char: QTextCharFormat,
              bg: QColor | None = None) -> None:
        cell = table.cellAt(row, col)
        if bg is not None:
            cf = QTextTableCellFormat()
            cf.setBackground(bg)
            cell.setFormat(cf)
        cc = cell.firstCursorPosition()
        bf = QTextBlockFormat()
        bf.setLineHeight(108, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cc.setBlockFormat(bf)
        cc.insertText(text, char)

    def _leave_table(self) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def fields(self, f: Fields) -> None:
        table = self._table(len(f.rows), 2, (3, 7), header=False, border=False)
        for i, (k, v) in enumerate(f.rows):
            self._cell(table, i, 0, k, _char(8.5, False, MUTED))
            self._cell(table, i, 1, v, _char(9))
        self._leave_table()

    def table(self, t: Table) -> None:
        cols = len(t.columns)
        table = self._table(len(t.rows) + 1, cols, t.widths, header=True, border=True)
        for c, name in enumerate(t.columns):
            self._cell(table, 0, c, name, _char(8, True, MUTED), HEADER_BG)
        for r, row in enumerate(t.rows, 1):
            tone = t.tones[r - 1] if r - 1 < len(t.tones) else None
            bg = TONE_BG.get(tone or "")
            for c in range(cols):
                text = row[c] if c < len(row) else ""
                if c in t.mono:
                    char = _char(7.2, False, TEXT, MONO)
                    if len(text) == 64:  # a SHA-256: two lines of 32, both copyable
                        text = text[:32] + "\u2028" + text[32:]
                else:
                    char = _char(8.5, False, MUTED if tone == "muted" else TEXT)
                self._cell(table, r, c, text, char, bg)
        self._leave_table()

    def chart(self, chart: Chart) -> None:
        self.charts.append(chart)
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_TYPE)
        fmt.setProperty(CHART_PROP, len(self.charts) - 1)
        self.block("", _char(9), top=2, bottom=2, line_height=100)
        self.cursor.insertText("\ufffc", fmt)


# -- pages ------------------------------------------------------------------------------------
def _tlp_label(p: QPainter, right: float, top: float, tlp: str) -> None:
    font = _font(7.5, True)
    p.setFont(font)
    text = f"TLP:{tlp}"
    fm = QFontMetricsF(font, p.device())
    w, h = fm.horizontalAdvance(text) + px(3), fm.height() + px(1)
    box = QRectF(right - w, top, w, h)
    p.fillRect(box, QColor("#000000"))
    p.setPen(TLP_INK.get(tlp, QColor("#ffffff")))
    p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def _paint_page(p: QPainter, doc: QTextDocument, report: Report, page: int, pages: int) -> None:
    left, top = px(MARGIN_MM["left"]), px(MARGIN_MM["top"])
    width = px(PAGE_MM[0] - MARGIN_MM["left"] - MARGIN_MM["right"])
    height = doc.pageSize().height()
    p.save()
    p.translate(left, top - page * height)
    doc.drawContents(p, QRectF(0, page * height, width, height))
    p.restore()
    right = left + width
    # header
    p.setFont(_font(7.5))
    p.setPen(MUTED)
    fm = QFontMetricsF(_font(7.5), p.device())
    head_y = px(10)
    title = f"{report.title} · {report.subtitle}" if report.subtitle else report.title
    p.drawText(QRectF(left, head_y, width * 0.75, fm.height() + px(1)),
               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
               fm.elidedText(title, Qt.TextElideMode.ElideRight, width * 0.75))
    _tlp_label(p, right, head_y, report.tlp)
    p.setPen(QPen(RULE, px(0.2)))
    rule_y = int(head_y + fm.height() + px(2.5))
    p.drawLine(int(left), rule_y, int(right), rule_y)
    # footer
    foot_y = px(PAGE_MM[1] - 13)
    p.drawLine(int(left), int(foot_y - px(2)), int(right), int(foot_y - px(2)))
    p.setPen(MUTED)
    p.setFont(_font(7.5))
    p.drawText(QRectF(left, foot_y, width * 0.6, fm.height() + px(1)),
               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
               fm.elidedText(report.generated, Qt.TextElideMode.ElideRight, width * 0.6))
    from fielddoc.reports.strings import t

    page_text = t("page", report.lang, n=page + 1, total=pages)
    pw = fm.horizontalAdvance(page_text) + px(1)
    p.drawText(QRectF(right - pw, foot_y, pw, fm.height() + px(1)),
               int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page_text)
    _tlp_label(p, right - pw - px(4), foot_y, report.tlp)


def _writer(buffer: QBuffer, report: Report) -> QPdfWriter:
    w = QPdfWriter(buffer)
    w.setResolution(DPI)
    w.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                QMarginsF(0, 0, 0, 0)))
    w.setTitle(f"{report.title} – {report.subtitle}" if report.subtitle else report.title)
    w.setCreator("FieldDoc")
    return w


def _layout(report: Report, writer: QPdfWriter) -> tuple[QTextDocument, _Builder]:
    builder = _Builder(report, writer)
    doc = builder.build()
    return doc, builder


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes (fonts embedded), produced entirely in memory."""
    return _render_pdf(report)


def _render_pdf(report: Report) -> bytes:
    ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, report)
    doc, _builder = _layout(report, writer)
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _paint_page(painter, doc, report, page, pages)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def render_images(report: Report, dpi: int = 110) -> list[QImage]:
    """Page images for an on-screen preview (same layout as the PDF)."""
    return _render_images(report, dpi)


def _render_images(report: Report, dpi: int) -> list[QImage]:
    ensure_app()
    scratch = QBuffer()
    scratch.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(scratch, report)  # layout metrics identical to the PDF's
    doc, _builder = _layout(report, writer)
    pages = doc.pageCount()
    size = (round(PAGE_MM[0] / 25.4 * dpi), round(PAGE_MM[1] / 25.4 * dpi))
    out = []
    for page in range(pages):
        img = QImage(size[0], size[1], QImage.Format.Format_RGB32)
        img.setDotsPerMeterX(round(DPI / 0.0254))
        img.setDotsPerMeterY(round(DPI / 0.0254))
        img.fill(QColor("#ffffff"))
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.scale(dpi / DPI, dpi / DPI)
        _paint_page(p, doc, report, page, pages)
        p.end()
        out.append(img)
    scratch.close()
    return out


def save_pdf(report: Report, path: Path) -> int:
    """Render and write atomically where the user chose; returns the number of bytes."""
    data = render_pdf(report)
    atomic_write(Path(path), data)
    if report.on_saved is not None:
        import hashlib

        report.on_saved(hashlib.sha256(data).hexdigest())
    return len(data)
