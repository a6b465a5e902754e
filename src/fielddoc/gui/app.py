"""Application entry: ``run(vault_dir=None, vault=None) -> int``.

Sets up the QApplication (style, language, an exception hook that never shows
a traceback), builds the main window and, for ``fielddoc demo``, opens the
vault it was handed. Window geometry is the ONLY thing kept in QSettings
(an INI file in the user's config folder); everything else lives in the vault.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from fielddoc import resources
from fielddoc.cli.common import default_vault
from fielddoc.crypto.kdf import KdfParams
from fielddoc.gui import a11y, gc_guard, theme
from fielddoc.gui.dialogs.errors import show_error
from fielddoc.gui.i18n import Language, initial_language
from fielddoc.gui.main_window import MainWindow
from fielddoc.gui.tasks import TaskRunner
from fielddoc.process_hardening import harden
from fielddoc.store.idle_clock import IDLE_CLOCK
from fielddoc.store.vault import Vault

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
ICON_DIR = resources.path("icons")
#: The name of the desktop entry (packaging/org.fielddoc.FieldDoc.desktop), without ".desktop".
DESKTOP_FILE = "org.fielddoc.FieldDoc"


def app_icon() -> QIcon:
    """The application icon in every shipped PNG size (no SVG plugin needed)."""
    icon = QIcon()
    for png in sorted(ICON_DIR.glob("fielddoc-*.png")):
        icon.addFile(str(png))
    return icon


def settings_file() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base or Path.home() / ".config") / "FieldDoc" / "window.ini"


def window_settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


TEXT_SIZE_KEY = "view/text_points"


def restore_text_size(app: QApplication) -> None:
    """The text size chosen in the View menu (a number of points, nothing else)."""
    value = window_settings().value(TEXT_SIZE_KEY)
    try:
        points = float(value) if value is not None else None
    except (TypeError, ValueError):
        points = None
    theme.set_text_points(app, points)


def restore_geometry(window: QMainWindow) -> None:
    s = window_settings()
    geometry, state = s.value(GEOMETRY_KEY), s.value(STATE_KEY)
    if isinstance(geometry, QByteArray | bytes):
        window.restoreGeometry(QByteArray(geometry))
    if isinstance(state, QByteArray | bytes):
        window.restoreState(QByteArray(state))


def save_geometry(window: QMainWindow) -> None:
    s = window_settings()
    s.setValue(GEOMETRY_KEY, window.saveGeometry())
    s.setValue(STATE_KEY, window.saveState())
    s.sync()


def create_app(argv: list[str] | None = None) -> QApplication:
    harden()  # no core dumps, also when the application is started without the CLI
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("FieldDoc")
    app.setOrganizationName("FieldDoc")
    app.setApplicationDisplayName("FieldDoc")
    app.setWindowIcon(app_icon())
    gc_guard.install(app)  # cyclic garbage collection on the GUI thread only
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)  # Wayland/X11 match the window to the entry
    theme.apply(app)
    a11y.install(app)  # every control named for screen readers
    return app


def build(
    vault_dir: Path | None = None,
    vault: Vault | None = None,
    *,
    clock: Callable[[], float] = IDLE_CLOCK,
    kdf_params: KdfParams | None = None,
    language: str | None = None,
    check_interval_ms: int = 1000,
    remember_geometry: bool = True,
) -> MainWindow:
    """The main window, on the lock screen, or on ``vault`` if one is given (unlocked)."""
    app = create_app()
    lang = Language(app)
    lang.set(language or initial_language())
    runner = TaskRunner()
    folder = Path(vault.path) if vault is not None else Path(vault_dir or default_vault())
    window = MainWindow(lang, runner, folder, clock=clock, kdf_params=kdf_params,
                        check_interval_ms=check_interval_ms,
                        on_close=save_geometry if remember_geometry else None)
    lang.setParent(window)
    runner.setParent(window)
    if remember_geometry:
        restore_text_size(app)
        restore_geometry(window)
    if vault is not None:
        if vault.clock is not clock:
            vault.clock = clock
        window.open_session(vault)
    return window


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors: a plain message, never a traceback (it may carry record text)."""
    if os.environ.get("FIELDDOC_DEBUG"):
        sys.__excepthook__(kind, exc, tb)
    sys.stderr.write(f"fielddoc: internal error ({kind.__name__})\n")
    if QApplication.instance() is not None:
        show_error(None, exc, "FieldDoc")  # plain text, whatever the message quotes


def run(vault_dir: Path | None = None, vault: Vault | None = None) -> int:
    app = create_app()
    sys.excepthook = _excepthook
    window = build(vault_dir, vault)
    app.aboutToQuit.connect(window.lock_for_quit)
    window.show()
    if sys.platform == "win32":  # session-change messages (screen lock) go to a registered window
        window.lock.session_events.register_window(int(window.winId()))
    try:
        return int(app.exec())
    finally:
        window.lock_for_quit()
        window.runner.shutdown()
