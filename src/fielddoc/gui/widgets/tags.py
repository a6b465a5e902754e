"""Tags typed with commas between them, with suggestions (the tags HQ sent in briefings)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QWidget

from fielddoc.gui.widgets.fields import TagsLine


class SuggestingTags(TagsLine):
    """A :class:`TagsLine` that suggests ``suggestions`` for the tag being typed (the text after
    the last comma); picking one replaces that tag. Any other tag may still be typed."""

    def __init__(self, suggestions: list[str], parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent, placeholder)
        self.model = QStringListModel(list(suggestions), self)
        self.suggest = QCompleter(self.model, self)
        self.suggest.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggest.setFilterMode(Qt.MatchFlag.MatchContains)
        self.suggest.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.suggest.setWidget(self)
        self.suggest.activated[str].connect(self._activated)
        self.suggest.popup().installEventFilter(self)
        self.textEdited.connect(self._edited)

    def _current(self) -> tuple[str, str, str]:
        """(text before the tag being typed, that tag, text after it)."""
        text, pos = self.text(), self.cursorPosition()
        head, tail = text[:pos], text[pos:]
        cut = head.rfind(",") + 1
        return head[:cut], head[cut:], tail

    def _edited(self, _text: str) -> None:
        word = self._current()[1].strip()
        if not word:
            self.suggest.popup().hide()
            return
        self.suggest.setCompletionPrefix(word)
        if self.suggest.completionCount():
            self.suggest.complete()
        else:
            self.suggest.popup().hide()

    def _activated(self, tag: str) -> None:
        before, _word, after = self._current()
        lead = before + (" " if before else "")
        self.setText(lead + tag + after)
        self.setCursorPosition(len(lead + tag))
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Esc with the list open closes the list, not the form (whose shortcut Esc is)
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and self.suggest.popup().isVisible()):
            event.accept()
            return True
        return super().eventFilter(watched, event)
