"""HURIDOCS pickers: type a word in English, Russian or Kazakh (or a code), pick the term.

``HuridocsPicker`` holds one code, ``HuridocsListPicker`` a list of them (picked
terms are listed; Delete removes the selected one). Both follow the value-widget
protocol of :mod:`fielddoc.gui.widgets.common`. A 12-digit code typed as such is
accepted even when the shipped list has no label for it (HURIDOCS codes are open
values); text that is neither a code nor a term is reported by ``pending_text()``
and the form refuses to save it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fielddoc import i18n
from fielddoc.gui.widgets.common import EMPTY
from fielddoc.records import huridocs
from fielddoc.records.vocab import is_huridocs_code

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
#: Typed text that is neither a term nor a code.
UNRESOLVED: Any = object()


def shown(list_no: str, code: Any) -> str:
    """A code as the picker shows it: its label in the interface language, or the code."""
    if not isinstance(code, str):
        return "" if code is EMPTY or code is None else str(code)
    return huridocs.label(list_no, code, i18n.language())


class HuridocsPicker(QLineEdit):
    """One HURIDOCS code chosen by its label."""

    changed = Signal()
    picked = Signal(str)

    def __init__(self, list_no: str, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.list_no = list_no
        self._code: Any = EMPTY
        self._raw: Any = EMPTY
        self.setPlaceholderText(placeholder or self.tr("Type a word or a code…"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 24)
        self.model = QStandardItemModel(self)
        self.suggest = QCompleter(self.model, self)
        self.suggest.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggest.setCompletionRole(LABEL_ROLE)
        self.suggest.setMaxVisibleItems(12)
        self.suggest.setWidget(self)
        self.suggest.activated[QModelIndex].connect(self._activated)
        self.suggest.popup().installEventFilter(self)
        self.textEdited.connect(self._edited)
        self._fill("")

    # -- typing and picking ------------------------------------------------------------------------
    def _fill(self, text: str) -> None:
        lang = i18n.language()
        self.model.clear()
        for term in huridocs.search(self.list_no, text, lang):
            label = term.label(lang)
            item = QStandardItem("    " * term.depth + f"{label}  ·  {term.code}")
            item.setData(term.code, CODE_ROLE)
            item.setData(label, LABEL_ROLE)
            item.setToolTip(" / ".join(dict.fromkeys(term.labels.values())))
            self.model.appendRow(item)

    def _edited(self, text: str) -> None:
        self._code = self._resolve(text)
        self._fill(text)
        if text.strip() and self.model.rowCount():
            self.suggest.complete()
        else:
            self.suggest.popup().hide()
        self.changed.emit()

    def _resolve(self, text: str) -> Any:
        text = text.strip()
        if not text:
            return EMPTY
        if self._raw is not EMPTY and text == shown(self.list_no, self._raw):
            return self._raw
        exact = huridocs.find_exact(self.list_no, text)
        if exact is not None:
            return exact
        return text if is_huridocs_code(text) else UNRESOLVED

    def _activated(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if not isinstance(code, str):
            return
        self._code = code
        self.setText(shown(self.list_no, code))
        self.changed.emit()
        self.picked.emit(code)

    def open_list(self) -> None:
        """Show every term (Alt+Down, or Down in an empty field)."""
        self._fill(self.text() if self._code is UNRESOLVED else "")
        self.suggest.complete()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Esc with the list open closes the list, not the form (whose shortcut Esc is)
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and self.suggest.popup().isVisible()):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        popup = self.suggest.popup()
        if event.key() == Qt.Key.Key_Down and not popup.isVisible():
            self.open_list()
            return
        super().keyPressEvent(event)

    # -- value protocol ----------------------------------------------------------------------------
    def value(self) -> Any:
        if self._code is UNRESOLVED:
            return self.text().strip()
        return self._code

    def set_value(self, v: Any) -> None:
        self._raw = v
        self._code = v
        self.setText(shown(self.list_no, v))
        self.setCursorPosition(0)
        self._fill("")

    def pending_text(self) -> str:
        """Typed text that is neither a term nor a code ('' when there is none)."""
        return self.text().strip() if self._code is UNRESOLVED else ""

    def retranslate(self) -> None:
        if isinstance(self._code, str):
            self.setText(shown(self.list_no, self._code))
        self._fill("")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


class HuridocsListPicker(QWidget):
    """A list of HURIDOCS codes: pick terms one by one; Delete removes the selected one."""

    changed = Signal()

    def __init__(self, list_no: str, parent: QWidget | None = None, rows: int = 3) -> None:
        super().__init__(parent)
        self.list_no = list_no
        self._raw: Any = EMPTY
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * rows + 10)
        self.list.hide()
        layout.addWidget(self.list)
        bottom = QHBoxLayout()
        bottom.setSpacing(2)
        self.picker = HuridocsPicker(list_no, self, self.tr("Type a word or a code to add…"))
        self.picker.picked.connect(self._add)
        self.picker.returnPressed.connect(self._enter)
        bottom.addWidget(self.picker, 1)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setToolTip(self.tr("Remove the selected entry (Delete)"))
        self.remove_button.setAccessibleName(self.tr("Remove"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.remove_selected)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.setFocusProxy(self.picker)

    def _enter(self) -> None:
        if self.picker.suggest.popup().isVisible():
            return
        code = self.picker.value()
        if isinstance(code, str) and is_huridocs_code(code):
            self._add(code)

    def _add(self, code: str) -> None:
        if code not in self.codes():
            item = QListWidgetItem(shown(self.list_no, code))
            item.setData(CODE_ROLE, code)
            item.setToolTip(code)
            self.list.addItem(item)
            self.list.show()
            self.changed.emit()
        self.picker.set_value(EMPTY)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.list.setVisible(self.list.count() > 0)
            self.changed.emit()

    def codes(self) -> list[Any]:
        return [self.list.item(i).data(CODE_ROLE) for i in range(self.list.count())]

    def value(self) -> Any:
        codes = self.codes()
        return codes if codes else EMPTY

    def set_value(self, v: Any) -> None:
        self._raw = v
        self.list.clear()
        for code in v if isinstance(v, list) else ([] if v is EMPTY or v is None else [v]):
            item = QListWidgetItem(shown(self.list_no, code))
            item.setData(CODE_ROLE, code)
            self.list.addItem(item)
        self.list.setVisible(self.list.count() > 0)
        self.picker.set_value(EMPTY)

    def pending_text(self) -> str:
        return self.picker.text().strip()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            for i in range(self.list.count()):
                item = self.list.item(i)
                item.setText(shown(self.list_no, item.data(CODE_ROLE)))
