"""A calm, legible look: Fusion style, neutral palettes that follow the system (light, dark or
high contrast), one accent colour, a visible focus ring, and a text size the monitor chooses.

Colours carry meaning only where the data does (TLP markings, fair-trial
concerns); everything else stays quiet so a monitor can read a long list on a
dim laptop screen in a corridor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

#: The colours of each scheme. Text colours keep a contrast of at least 4.5:1 (7:1 in high
#: contrast) on the base and window colours (WCAG 2.1 AA; tests/gui/test_a11y_keyboard.py).
SCHEMES: dict[str, dict[str, str]] = {
    "light": {
        "ACCENT": "#2f5d8a", "ACCENT_SOFT": "#dbe6f1", "TEXT": "#1f2328", "MUTED": "#5c6670",
        "WINDOW": "#f4f5f7", "BASE": "#ffffff", "ALT_BASE": "#f7f8fa", "BORDER": "#d0d5db",
        "DANGER": "#b42318", "WARNING": "#a04006", "OK": "#2e7d32", "ON_ACCENT": "#ffffff",
        "DISABLED": "#8a939c", "FOCUS": "#2f5d8a",
    },
    "dark": {
        "ACCENT": "#7ab3ef", "ACCENT_SOFT": "#2d4560", "TEXT": "#e6e8eb", "MUTED": "#a8b1ba",
        "WINDOW": "#1e2124", "BASE": "#25282c", "ALT_BASE": "#2c3035", "BORDER": "#4a5058",
        "DANGER": "#ff8a80", "WARNING": "#ffb366", "OK": "#81c784", "ON_ACCENT": "#101418",
        "DISABLED": "#7d858d", "FOCUS": "#7ab3ef",
    },
    "high-contrast": {
        "ACCENT": "#ffd400", "ACCENT_SOFT": "#3a3a00", "TEXT": "#ffffff", "MUTED": "#d8d8d8",
        "WINDOW": "#000000", "BASE": "#000000", "ALT_BASE": "#0d0d0d", "BORDER": "#ffffff",
        "DANGER": "#ff7b7b", "WARNING": "#ffb347", "OK": "#7cfc00", "ON_ACCENT": "#000000",
        "DISABLED": "#a0a0a0", "FOCUS": "#ffd400",
    },
}
ACCENT = QColor("#2f5d8a")
ACCENT_SOFT = QColor("#dbe6f1")
TEXT = QColor("#1f2328")
MUTED = QColor("#5c6670")
WINDOW = QColor("#f4f5f7")
BASE = QColor("#ffffff")
ALT_BASE = QColor("#f7f8fa")
BORDER = QColor("#d0d5db")
DANGER = QColor("#b42318")
WARNING = QColor("#a04006")
OK = QColor("#2e7d32")
ON_ACCENT = QColor("#ffffff")
DISABLED = QColor("#8a939c")
FOCUS = QColor("#2f5d8a")
#: The scheme in use ("light", "dark" or "high-contrast").
current = "light"

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
QListView#navigation { border: none; background: %(window)s; font-size: %(nav)spt; }
QListView#navigation:focus { border: 2px solid %(focus)s; }
QListView#navigation::item { padding: 6px 10px; border-radius: 4px; }
QListView#navigation::item:selected { background: %(accent_soft)s; color: %(text)s; }
QTableView { border: 1px solid %(border)s; gridline-color: %(alt)s;
             selection-background-color: %(accent_soft)s; selection-color: %(text)s; }
QHeaderView::section { background: %(window)s; border: none; border-bottom: 1px solid %(border)s;
                       padding: 4px 6px; font-weight: 600; color: %(muted)s; }
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser {
    border: 1px solid %(border)s; border-radius: 4px; padding: 3px 5px; background: %(base)s; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus, QComboBox:focus,
QSpinBox:focus { border: 2px solid %(focus)s; }
QTableView:focus, QTreeView:focus, QListView:focus, QListWidget:focus, QScrollArea:focus {
    border: 2px solid %(focus)s; }
QCheckBox:focus, QRadioButton:focus { outline: none; border: 1px dashed %(focus)s; }
QToolButton:focus, QToolBar QToolButton:focus { border: 2px solid %(focus)s; border-radius: 4px; }
QPushButton { padding: 5px 14px; border: 1px solid %(border)s; border-radius: 4px; background: %(base)s; }
QPushButton:hover { border-color: %(accent)s; }
QPushButton:default, QPushButton[primary="true"] {
    background: %(accent)s; color: %(on_accent)s; border-color: %(accent)s; }
QPushButton:focus { border: 2px solid %(focus)s; padding: 4px 13px; }
QPushButton:default:focus, QPushButton[primary="true"]:focus { border: 2px solid %(text)s; }
QPushButton:disabled { color: %(muted)s; background: %(alt)s; }
QToolButton[button="true"] { padding: 4px 10px; border: 1px solid %(border)s; border-radius: 4px;
                             background: %(base)s; }
QToolButton[button="true"]:hover { border-color: %(accent)s; }
QToolButton[button="true"]:focus { border: 2px solid %(focus)s; }
QToolButton[button="true"]::menu-indicator { subcontrol-position: right center; right: 4px; }
QToolButton[button="true"][popupMode="2"] { padding-right: 18px; }
QTabWidget::pane { border: 1px solid %(border)s; top: -1px; background: %(base)s; }
QTabBar::tab { padding: 6px 12px; border: 1px solid transparent; border-bottom: none; }
QTabBar::tab:selected { background: %(base)s; border-color: %(border)s; border-top-left-radius: 4px;
                        border-top-right-radius: 4px; }
QLabel[role="heading"] { font-size: %(heading)spt; font-weight: 600; color: %(text)s; }
QLabel[role="subheading"] { font-size: %(subheading)spt; font-weight: 600; color: %(text)s; }
QLabel[role="muted"] { color: %(muted)s; }
QLabel[role="error"] { color: %(danger)s; }
QLabel[role="warning"] { color: %(warning)s; }
QLabel[role="ok"] { color: %(ok)s; }
QFrame[role="card"] { background: %(base)s; border: 1px solid %(border)s; border-radius: 8px; }
QStatusBar { color: %(muted)s; }
QToolTip { color: %(text)s; background: %(base)s; border: 1px solid %(border)s; }
"""


def colour(name: str) -> QColor:
    """A colour of the scheme in use (``"TEXT"``, ``"MUTED"``, ``"DANGER"``...)."""
    return QColor(SCHEMES[current][name])


def stylesheet(scale: float = 1.0) -> str:
    c = SCHEMES[current]
    return _STYLE % {
        "window": c["WINDOW"], "base": c["BASE"], "alt": c["ALT_BASE"], "text": c["TEXT"],
        "muted": c["MUTED"], "border": c["BORDER"], "accent": c["ACCENT"],
        "accent_soft": c["ACCENT_SOFT"], "danger": c["DANGER"], "warning": c["WARNING"],
        "ok": c["OK"], "on_accent": c["ON_ACCENT"], "focus": c["FOCUS"],
        "heading": round(15 * scale, 1), "subheading": round(11 * scale, 1), "nav": round(10.5 * scale, 1),
    }


def palette() -> QPalette:
    c = {k: QColor(v) for k, v in SCHEMES[current].items()}
    pal = QPalette()
    R = QPalette.ColorRole  # noqa: N806
    for role, key in ((R.Window, "WINDOW"), (R.WindowText, "TEXT"), (R.Base, "BASE"),
                      (R.AlternateBase, "ALT_BASE"), (R.Text, "TEXT"), (R.Button, "BASE"),
                      (R.ButtonText, "TEXT"), (R.Highlight, "ACCENT"), (R.HighlightedText, "ON_ACCENT"),
                      (R.ToolTipBase, "BASE"), (R.ToolTipText, "TEXT"), (R.PlaceholderText, "MUTED"),
                      (R.Link, "ACCENT"), (R.LinkVisited, "ACCENT"), (R.BrightText, "ON_ACCENT"),
                      (R.Dark, "MUTED"), (R.Mid, "BORDER"), (R.Light, "ALT_BASE"), (R.Midlight, "ALT_BASE"),
                      (R.Shadow, "BORDER")):
        pal.setColor(role, c[key])
    for role in (R.WindowText, R.ButtonText, R.Text):
        pal.setColor(QPalette.ColorGroup.Disabled, role, c["DISABLED"])
    return pal


_system_palette: QPalette | None = None


def system_scheme() -> str:
    """What the desktop asks for: high contrast, dark, or light."""
    hints = QGuiApplication.styleHints()
    try:
        if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return "high-contrast"
    except AttributeError:  # Qt before 6.10
        pass
    scheme = hints.colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    if scheme == Qt.ColorScheme.Light:
        return "light"
    system = _system_palette or QGuiApplication.palette()
    return "dark" if system.color(QPalette.ColorRole.Window).lightness() < 128 else "light"


#: Text size: the application's starting point size, and the monitor's choice (points, or None).
_base_points: float | None = None
_points: float | None = None
MIN_POINTS, MAX_POINTS = 8.0, 24.0


def text_points() -> float:
    return _points if _points is not None else (_base_points or 10.0)


def set_text_points(app: QApplication, points: float | None) -> float:
    """Sets the text size (None: the default) and restyles; returns the size in use."""
    global _points
    _points = None if points is None else max(MIN_POINTS, min(MAX_POINTS, float(points)))
    apply(app)
    return text_points()


def apply(app: QApplication) -> None:
    global current, _system_palette, _base_points
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda *_: apply(app))
        try:
            hints.accessibility().contrastPreferenceChanged.connect(lambda *_: apply(app))
        except AttributeError:  # Qt before 6.10
            pass
    current = system_scheme()
    # The module's colour constants follow the scheme (views paint with theme.TEXT etc.).
    globals().update({k: QColor(v) for k, v in SCHEMES[current].items()})
    app.setStyle("Fusion")
    app.setPalette(palette())
    font = QFont(app.font())
    if _base_points is None:
        _base_points = max(10.0, font.pointSizeF())
    font.setPointSizeF(text_points())
    app.setFont(font)
    app.setStyleSheet(stylesheet(text_points() / _base_points))


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
