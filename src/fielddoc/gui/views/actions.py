"""The main window's actions (menus and toolbar), with their shortcuts and texts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from fielddoc.gui.lock import LOCK_HOTKEY


class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)

        def make(name: str, shortcut: QKeySequence | str | None = None, *,
                 needs_vault: bool = True) -> QAction:
            act = QAction(parent)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setProperty("needs_vault", needs_vault)
            return act

        self.new = make("actionNew", QKeySequence.StandardKey.New)
        self.edit = make("actionEdit", "Ctrl+E")
        self.delete = make("actionDelete", QKeySequence.StandardKey.Delete)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history = make("actionHistory", "Ctrl+H")
        self.search = make("actionSearch", QKeySequence.StandardKey.Find)
        self.refresh = make("actionRefresh", QKeySequence.StandardKey.Refresh)
        self.statistics = make("actionStatistics", "Ctrl+T")
        self.import_json = make("actionImport", "Ctrl+I")
        self.settings = make("actionSettings", QKeySequence.StandardKey.Preferences)
        # Ctrl+L is also caught by the lock controller's event filter (inside modal dialogs).
        self.lock = make("actionLock", LOCK_HOTKEY)
        self.lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit = make("actionQuit", QKeySequence.StandardKey.Quit, needs_vault=False)
        self.about = make("actionAbout", needs_vault=False)
        self.retranslate()

    def all(self) -> list[QAction]:
        return [self.new, self.edit, self.delete, self.history, self.search, self.refresh, self.statistics,
                self.import_json, self.settings, self.lock, self.quit, self.about]

    def set_unlocked(self, unlocked: bool) -> None:
        for act in self.all():
            if act.property("needs_vault"):
                act.setEnabled(unlocked)

    def retranslate(self) -> None:
        self.new.setText(self.tr("&New record"))
        self.new.setToolTip(self.tr("New record of the kind shown (Ctrl+N)"))
        self.edit.setText(self.tr("&Edit"))
        self.delete.setText(self.tr("&Delete…"))
        self.history.setText(self.tr("&History"))
        self.search.setText(self.tr("&Search"))
        self.refresh.setText(self.tr("&Refresh"))
        self.statistics.setText(self.tr("S&tatistics"))
        self.import_json.setText(self.tr("&Import JSON…"))
        self.settings.setText(self.tr("Se&ttings…"))
        self.lock.setText(self.tr("&Lock"))
        self.lock.setToolTip(self.tr("Lock now (Ctrl+L): closes the vault and clears the screen"))
        self.quit.setText(self.tr("&Quit"))
        self.about.setText(self.tr("&About FieldDoc"))
