"""A calm, legible look: Fusion style, a light neutral palette, one accent colour.

Colours carry meaning only where the data does (TLP markings, fair-trial
concerns); everything else stays quiet so a monitor can read a long list on a
dim laptop screen in a corridor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#2f5d8a")
ACCENT_SOFT = QColor("#dbe6f1")
TEXT = QColor("#1f2328")
MUTED = QColor("#5c6670")
WINDOW = QColor("#f4f5f7")
BASE = QColor("#ffffff")
ALT_BASE = QColor("#f7f8fa")
BORDER = QColor("#d0d5db")
DANGER = QColor("#b42318")
WARNING = QColor("#b54708")
OK = QColor("#2e7d32")

#: FIRST TLP 2.0: the marking is written in its colour on a black background.
TLP_COLOURS = {
    "CLEAR": QColor("#ffffff"),
    "GREEN": QColor("#33ff00"),
    "AMBER": QColor("#ffc000"),
    "AMBER+STRICT": QColor("#ffc000"),
    "RED": QColor("#ff2b2b"),
}
TLP_BACKGROUND = QColor("#000000")

#: Series colours of the statistics charts (colour-blind safe, Okabe–Ito).
SERIES = [QColor("#0072b2"), QColor("#e69f00"), QColor("#009e73"), QColor("#cc79a7"),
          QColor("#56b4e9"), QColor("#d55e00"), QColor("#f0e442"), QColor("#999999")]

KIND_COLOURS = {
    "case": QColor("#2f5d8a"),
    "hearing": QColor("#0072b2"),
    "detention": QColor("#d55e00"),
    "incident": QColor("#cc79a7"),
    "procedural": QColor("#7a8691"),
}

_STYLE = """
QMainWindow, QDialog { background: %(window)s; }
QToolBar { border: none; spacing: 4px; padding: 2px 6px; background: %(window)s; }
QToolBar QToolButton { padding: 4px 8px; border-radius: 4px; }
QToolBar QToolButton:hover { background: %(accent_soft)s; }
QListView#navigation { border: none; background: %(window)s; font-size: 10.5pt; outline: 0; }
QListView#navigation::item { padding: 6px 10px; border-radius: 4px; }
QListView#navigation::item:selected { background: %(accent_soft)s; color: %(text)s; }
QTableView { border: 1px solid %(border)s; gridline-color: %(alt)s;
             selection-background-color: %(accent_soft)s; selection-color: %(text)s; }
QHeaderView::section { background: %(window)s; border: none; border-bottom: 1px solid %(border)s;
                       padding: 4px 6px; font-weight: 600; color: %(muted)s; }
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser {
    border: 1px solid %(border)s; border-radius: 4px; padding: 3px 5px; background: %(base)s; }
QLineEdit:focus { border-color: %(accent)s; }
QPushButton { padding: 5px 14px; border: 1px solid %(border)s; border-radius: 4px; background: %(base)s; }
QPushButton:hover { border-color: %(accent)s; }
QPushButton:default, QPushButton[primary="true"] {
    background: %(accent)s; color: white; border-color: %(accent)s; }
QPushButton:disabled { color: %(muted)s; background: %(alt)s; }
QToolButton[button="true"] { padding: 4px 10px; border: 1px solid %(border)s; border-radius: 4px;
                             background: %(base)s; }
QToolButton[button="true"]:hover { border-color: %(accent)s; }
QToolButton[button="true"]::menu-indicator { subcontrol-position: right center; right: 4px; }
QToolButton[button="true"][popupMode="2"] { padding-right: 18px; }
QTabWidget::pane { border: 1px solid %(border)s; top: -1px; background: %(base)s; }
QTabBar::tab { padding: 6px 12px; border: 1px solid transparent; border-bottom: none; }
QTabBar::tab:selected { background: %(base)s; border-color: %(border)s; border-top-left-radius: 4px;
                        border-top-right-radius: 4px; }
QLabel[role="heading"] { font-size: 15pt; font-weight: 600; color: %(text)s; }
QLabel[role="subheading"] { font-size: 11pt; font-weight: 600; color: %(text)s; }
QLabel[role="muted"] { color: %(muted)s; }
QLabel[role="error"] { color: %(danger)s; }
QLabel[role="warning"] { color: %(warning)s; }
QLabel[role="ok"] { color: %(ok)s; }
QFrame[role="card"] { background: %(base)s; border: 1px solid %(border)s; border-radius: 8px; }
QStatusBar { color: %(muted)s; }
"""


def stylesheet() -> str:
    return _STYLE % {
        "window": WINDOW.name(), "base": BASE.name(), "alt": ALT_BASE.name(), "text": TEXT.name(),
        "muted": MUTED.name(), "border": BORDER.name(), "accent": ACCENT.name(),
        "accent_soft": ACCENT_SOFT.name(), "danger": DANGER.name(), "warning": WARNING.name(),
        "ok": OK.name(),
    }


def palette() -> QPalette:
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, WINDOW)
    pal.setColor(QPalette.ColorRole.WindowText, TEXT)
    pal.setColor(QPalette.ColorRole.Base, BASE)
    pal.setColor(QPalette.ColorRole.AlternateBase, ALT_BASE)
    pal.setColor(QPalette.ColorRole.Text, TEXT)
    pal.setColor(QPalette.ColorRole.Button, BASE)
    pal.setColor(QPalette.ColorRole.ButtonText, TEXT)
    pal.setColor(QPalette.ColorRole.Highlight, ACCENT)
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    pal.setColor(QPalette.ColorRole.ToolTipBase, BASE)
    pal.setColor(QPalette.ColorRole.ToolTipText, TEXT)
    pal.setColor(QPalette.ColorRole.PlaceholderText, MUTED)
    pal.setColor(QPalette.ColorRole.Link, ACCENT)
    disabled = QColor("#9aa3ad")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(palette())
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(stylesheet())


def tlp_colour(tlp: str | None) -> QColor | None:
    return TLP_COLOURS.get(tlp or "")


_TLP_ICONS: dict[str, QIcon] = {}


def tlp_icon(tlp: str | None) -> QIcon | None:
    """A small TLP swatch: the marking's colour on black, as TLP 2.0 shows it."""
    colour = TLP_COLOURS.get(tlp or "")
    if colour is None:
        return None
    icon = _TLP_ICONS.get(str(tlp))
    if icon is None:
        pix = QPixmap(14, 14)
        pix.fill(QColor(0, 0, 0, 0))
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TLP_BACKGROUND)
        p.drawRoundedRect(0, 1, 14, 12, 3, 3)
        p.setBrush(colour)
        p.drawEllipse(3, 3, 8, 8)
        p.end()
        icon = QIcon(pix)
        _TLP_ICONS[str(tlp)] = icon
    return icon
