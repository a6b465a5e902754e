"""The main window: the lock screen or the workspace, menus, toolbar, status bar.

It only composes: the unlock screen (``dialogs.unlock``), the workspace
(``views.workspace``), the actions (``views.actions``) and the lock
controller (``lock``). Its title never carries record text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from fielddoc.crypto.kdf import KdfParams
from fielddoc.gui.capture import CaptureGuard
from fielddoc.gui.dialogs.create_vault import CreateVaultDialog
from fielddoc.gui.dialogs.files import pick_folder
from fielddoc.gui.dialogs.unlock import UnlockScreen
from fielddoc.gui.i18n import Language, is_language_change
from fielddoc.gui.lock import LockController, wipe_widgets
from fielddoc.gui.models.session import Session
from fielddoc.gui.shortcuts import LayoutShortcuts
from fielddoc.gui.tasks import TaskRunner
from fielddoc.gui.views.actions import Actions
from fielddoc.gui.views.workspace import STATS, Workspace
from fielddoc.gui.widgets.plain import shown
from fielddoc.gui.window_actions import WindowActions
from fielddoc.platform import cloud
from fielddoc.store.idle_clock import IDLE_CLOCK
from fielddoc.store.vault import Vault

#: How long the lock screen is shown before the workspace is built behind it: it paints first.
AHEAD_MS = 250


class MainWindow(WindowActions, QMainWindow):
    def __init__(
        self,
        language: Language,
        runner: TaskRunner,
        vault_dir: Path,
        *,
        clock: Callable[[], float] = IDLE_CLOCK,
        kdf_params: KdfParams | None = None,
        check_interval_ms: int = 1000,
        on_close: Callable[[QMainWindow], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.language = language
        self.runner = runner
        self.clock = clock
        self.kdf_params = kdf_params
        self._on_close = on_close
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self._ahead: Workspace | None = None  # built while the lock screen waits (_build_ahead)
        self.lock = LockController(runner, clock=clock, check_interval_ms=check_interval_ms, parent=self)
        self.lock.locked.connect(self._on_locked)
        self.lock.idle_paused.connect(self._idle_paused)
        self.lock.before_lock(self._flush)
        self.capture = CaptureGuard(self)  # the opt-in "hide from screen capture" of the vault's settings
        self.actions = Actions(self)
        # Ctrl+Д, Ctrl+Р ...: the actions on those keys' Latin letters, in this window only
        self._layout_shortcuts = LayoutShortcuts(self._window_actions, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._layout_shortcuts)
        self.unlock_screen = UnlockScreen(runner, language, vault_dir, clock=clock)
        self.unlock_screen.unlocked.connect(self.open_session)
        self.unlock_screen.create_requested.connect(self.create_vault)
        self.unlock_screen.open_other_requested.connect(self._open_other)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._wire()
        self.actions.set_unlocked(False)
        self.toolbar.setVisible(False)
        self.resize(1200, 760)
        self.retranslate()
        QTimer.singleShot(AHEAD_MS, self, self._build_ahead)

    # -- chrome ---------------------------------------------------------------------------
    def _window_actions(self) -> list[QAction]:
        """The actions a layout-mapped key may trigger: only while this window is the active one."""
        active = QApplication.activeWindow()
        return self.actions.all() if active is None or active is self else []

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for act in (a.import_json, a.report, a.export_csv, None, a.settings, a.rekey, None, a.lock, a.quit):
            self.file_menu.addSeparator() if act is None else self.file_menu.addAction(act)
        self.exchange_menu = bar.addMenu("")
        exchange = (a.export_bundle, a.import_receipt, a.import_briefing, a.recipients, a.import_bundles,
                    a.conflicts, a.devices, a.brief_device)
        for act in exchange:
            self.exchange_menu.addAction(act)
        self.exchange_menu.addAction(a.join_hq)
        self.record_menu = bar.addMenu("")
        for act in (a.new, a.edit, a.history, a.evidence, None, a.delete):
            self.record_menu.addSeparator() if act is None else self.record_menu.addAction(act)
        self.view_menu = bar.addMenu("")
        for act in (a.search, a.refresh, a.statistics, a.calendar, a.coverage, None, a.text_larger,
                    a.text_smaller, a.text_reset):
            self.view_menu.addSeparator() if act is None else self.view_menu.addAction(act)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.about)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (a.new, a.edit, a.history, a.delete):
            self.toolbar.addAction(act)
        self.toolbar.addSeparator()
        self.toolbar.addAction(a.import_json)
        self.toolbar.addAction(a.export_bundle)
        self.toolbar.addAction(a.import_bundles)
        self.toolbar.addAction(a.conflicts)
        self.toolbar.addAction(a.report)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(a.settings)
        self.addToolBar(self.toolbar)
        # Lock sits in the menu bar's corner: a narrow screen moves toolbar buttons into the
        # overflow menu, and Lock must never be among them.
        self.lock_button = QToolButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setDefaultAction(a.lock)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.lock_button.setProperty("button", True)
        bar.setCornerWidget(self.lock_button, Qt.Corner.TopRightCorner)

    def _wire(self) -> None:
        a = self.actions
        a.lock.triggered.connect(lambda: self.lock.lock("hotkey"))
        a.quit.triggered.connect(self.close)
        a.new.triggered.connect(lambda: self.workspace and self.workspace.new_record())
        a.edit.triggered.connect(self._edit_current)
        a.delete.triggered.connect(self._delete_current)
        a.history.triggered.connect(self._history_current)
        a.search.triggered.connect(self._focus_search)
        a.refresh.triggered.connect(lambda: self.workspace and self.workspace.refresh_all())
        a.statistics.triggered.connect(lambda: self.workspace and self.workspace.show_section(STATS))
        a.import_json.triggered.connect(self.import_json)
        a.report.triggered.connect(self.make_report)
        a.export_bundle.triggered.connect(self.export_bundle)
        a.import_receipt.triggered.connect(self.import_receipt)
        a.import_bundles.triggered.connect(self.import_bundles)
        a.conflicts.triggered.connect(self.show_conflicts)
        a.recipients.triggered.connect(self.show_recipients)
        a.devices.triggered.connect(self.show_devices)
        a.brief_device.triggered.connect(self.brief_device)
        a.import_briefing.triggered.connect(self.import_briefing)
        a.calendar.triggered.connect(self.show_calendar)
        a.coverage.triggered.connect(self.show_coverage)
        a.join_hq.triggered.connect(self.join_hq)
        a.export_csv.triggered.connect(self.export_csv)
        a.evidence.triggered.connect(self.evidence_package)
        a.settings.triggered.connect(self.open_settings)
        a.rekey.triggered.connect(self.rekey_vault)
        a.about.triggered.connect(self._about)
        a.text_larger.triggered.connect(lambda: self.change_text_size(+1))
        a.text_smaller.triggered.connect(lambda: self.change_text_size(-1))
        a.text_reset.triggered.connect(lambda: self.change_text_size(0))

    def retranslate(self) -> None:
        self.actions.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.record_menu.setTitle(self.tr("&Record"))
        self.exchange_menu.setTitle(self.tr("E&xchange"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self._title()

    def _title(self) -> None:
        # Never record text here: window titles end up in task switchers and screen readers.
        # The platform adds the application's name ("Locked — FieldDoc"), so it is not repeated here.
        if self.session is None:
            self.setWindowTitle(self.tr("Locked"))
        else:
            self.setWindowTitle(self.tr("HQ") if self.session.is_hq else "FieldDoc")

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # -- session ----------------------------------------------------------------------------
    def open_session(self, vault: Vault) -> None:
        self.session = Session.open(vault, self.runner)
        ui = self.session.ui_settings()
        if ui.language:
            self.language.set(ui.language)
            self.unlock_screen.sync_language()
        self.lock.attach(vault, ui.idle_seconds)
        self.capture.set_on(ui.hide_from_capture)
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead.bind(self.session)
        self.workspace = ahead or Workspace(self.session)
        self.workspace.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.workspace.lock_pause_requested.connect(self.lock.set_idle_paused)
        if ahead is None:
            self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.update_counts_after_first_page()
        self.workspace.resume()
        self.workspace.offer_drafts()
        weak = vault.kdf_floor_warning()  # a vault made with parameters below the floor
        synced = cloud.vault_warning(vault.path)  # a folder OneDrive, iCloud, Dropbox... copies
        warnings = [shown(w) for w in (weak, synced) if w]
        if vault.read_only:
            warnings.insert(0, self.tr("Opened read-only: nothing can be changed or saved."))
        if warnings:
            self.statusBar().showMessage(" ".join(warnings))
        self.actions.set_unlocked(True, hq=self.session.is_hq)
        self.toolbar.setVisible(True)
        self._title()

    def _build_ahead(self) -> None:
        """The workspace's widgets (navigation, the first list, its filters and detail pane: most of
        what unlocking cost the GUI thread) built while the lock screen waits for the passphrase. They
        hold no record until ``open_session`` binds them to the vault."""
        if self.session is None and self._ahead is None:
            self._ahead = Workspace(None)
            self.stack.addWidget(self._ahead)

    def _flush(self) -> None:
        """Before the key is dropped: open forms into encrypted drafts, and where the monitor was."""
        if self.workspace is not None:
            self.workspace.suspend()

    def _idle_paused(self, paused: bool) -> None:
        if self.workspace is not None:
            self.workspace.show_lock_paused(paused)
            self.statusBar().showMessage(
                self.tr("No automatic lock during the hearing (Ctrl+L locks).") if paused
                else self.tr("Automatic lock after inactivity is on again."), 8000)

    def _on_locked(self, reason: str) -> None:
        for dialog in self.findChildren(QDialog):
            wipe_widgets(dialog)
            dialog.reject()
        ws, self.workspace, session, self.session = self.workspace, None, self.session, None
        if session is not None and session.hq is not None and session.hq.external:
            session.hq.engine.dispose()  # the PostgreSQL pool; the vault itself is locked already
        if ws is not None:
            ws.clear_sensitive()
            wipe_widgets(ws)
            self.stack.removeWidget(ws)
            ws.hide()
            ws.setParent(None)
            ws.deleteLater()
        self.statusBar().clearMessage()
        self.actions.set_unlocked(False)
        self.toolbar.setVisible(False)
        self.unlock_screen.show_locked(reason)
        self.stack.setCurrentWidget(self.unlock_screen)
        self._title()
        QTimer.singleShot(AHEAD_MS, self, self._build_ahead)

    def create_vault(self) -> None:
        dialog = CreateVaultDialog(self.runner, self.unlock_screen.vault_dir, kdf_params=self.kdf_params,
                                   clock=self.clock, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self.unlock_screen.set_vault_dir(dialog.vault.path)
            self.open_session(dialog.vault)
        dialog.deleteLater()

    def join_hq(self) -> None:
        """Join an HQ team with an invitation (docs/hq-members.md), then open the new HQ vault."""
        if self.session is not None:
            return
        from fielddoc.gui.dialogs.join_hq import JoinHQDialog

        dialog = JoinHQDialog(self.runner, kdf_params=self.kdf_params, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self.unlock_screen.set_vault_dir(dialog.vault.path)
            self.open_session(dialog.vault)
        dialog.deleteLater()

    def _open_other(self) -> None:
        chosen = pick_folder(self, self.tr("Choose a vault folder"))
        if chosen:
            self.unlock_screen.set_vault_dir(Path(chosen))

    # -- actions ------------------------------------------------------------------------------
    def _current(self) -> tuple[str, str] | None:
        return self.workspace.current_record() if self.workspace else None

    def _edit_current(self) -> None:
        cur = self._current()
        if cur and self.workspace:
            self.workspace.edit_record(*cur)

    def _delete_current(self) -> None:
        cur = self._current()
        if cur and self.workspace:
            self.workspace.delete_record(*cur)

    def _history_current(self) -> None:
        cur = self._current()
        if cur and self.workspace:
            self.workspace.show_history(cur[0])

    def _focus_search(self) -> None:
        lst = self.workspace.current_list() if self.workspace else None
        if lst is not None:
            lst.filters.search.setFocus()
            lst.filters.search.selectAll()

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Quit = lock, without a question: forms left unsaved keep their encrypted
        drafts, which are offered again after the next unlock."""
        if self._on_close is not None:
            self._on_close(self)
        self.lock.lock("quit")
        event.accept()

    def lock_for_quit(self) -> None:
        """Locks without asking (the application is quitting)."""
        self.lock.lock("quit")

