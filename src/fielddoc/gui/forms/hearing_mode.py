"""Hearing mode: the hearing form made for writing live in a courtroom.

* the notes (the hearing's ``narrative``) take the full height, beside the
  fair-trial checklist, in a splitter; the other tabs are one toggle away
  (the "Hearing mode" button or F9);
* F8 inserts the time (``[10:42] ``) at the cursor in the notes: a function
  key, so the same key in a Latin, Russian or Kazakh layout (Ctrl+T is
  Statistics, F5 Refresh);
* Start, Recess, Resume and End fill ``actual_start``, a ``recess`` or
  ``resumed`` procedural event, and ``actual_end`` with the time now;
* Quote records the speaker (one of the hearing's parties), the time and the
  words verbatim in the language they were said in (``quotes``);
* the RECORD is saved, not only its encrypted draft: at once on entering the
  mode and on every button, and after a pause in typing (``idle_ms``) but at
  most once every ``gap_ms`` (5 min), so that a day in court leaves some
  dozens of revisions, not thousands. Between two autosaves the encrypted
  draft (3 s after the last key) keeps the text;
* "Keep unlocked" pauses the idle lock for the hearing (at most 8 h); it
  resumes when the mode is left, the form closed or the vault locked. Ctrl+L
  still locks at once.

The clock is injectable (``now``) for tests.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui.widgets.common import EMPTY
from fielddoc.gui.widgets.taborder import fix_tab_order

if TYPE_CHECKING:
    from fielddoc.gui.forms.hearing import HearingEditor

AUTOSAVE_IDLE_MS = 10_000
AUTOSAVE_GAP_MS = 300_000
LOCK_PAUSE_MAX_SECONDS = 8 * 3600

#: Function keys: one key, the same in every keyboard layout (Latin, Russian, Kazakh), taken by
#: nothing else in FieldDoc (F5 refreshes; Ctrl+T is Statistics).
TIME_KEY = QKeySequence(Qt.Key.Key_F8)
HEARING_MODE_KEY = QKeySequence(Qt.Key.Key_F9)
_HH_MM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def local_now() -> datetime:
    return datetime.now().astimezone()


def iso_minute(moment: datetime) -> str:
    """``2012-03-28T10:42+05:00``: the form's date-time precision (minutes, with the offset)."""
    text = moment.isoformat(timespec="minutes")
    return text if moment.tzinfo is not None else text + "+00:00"


class QuoteDialog(QDialog):
    """Who said it, when, in which language, and the words verbatim."""

    def __init__(self, speakers: list[tuple[str, str]], languages: list[str], when: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quote"))
        form = QFormLayout(self)
        self.speaker = QComboBox(self)
        self.speaker.setAccessibleName(self.tr("Speaker"))
        # No speaker until she picks one: a quote put in the wrong mouth is worse than none.
        self.speaker.addItem(self.tr("(not listed)"), None)
        for rid, label in speakers:
            self.speaker.addItem(label, rid)
        self.time = QLineEdit(when, self)
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setInputMask("99:99")
        self.language = QComboBox(self)
        self.language.setEditable(True)
        self.language.setAccessibleName(self.tr("Language"))
        for lang in languages:
            self.language.addItem(lang)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Words, verbatim"))
        self.text.setPlaceholderText(self.tr("The words exactly as said, in the language they were said in"))
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 5 + 14)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        labels = ((self.tr("&Speaker:"), self.speaker), (self.tr("&Time:"), self.time),
                  (self.tr("&Language:"), self.language), (self.tr("&Words:"), self.text))
        for text, widget in labels:
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.buttons)
        self.text.setFocus()

    def quote(self) -> dict[str, Any] | None:
        words = self.text.toPlainText()
        if not words.strip():
            return None
        out: dict[str, Any] = {}
        if _HH_MM.match(self.time.text()):
            out["time"] = self.time.text()
        speaker = self.speaker.currentData()
        if isinstance(speaker, str):
            out["speaker_id"] = speaker
        lang = self.language.currentText().strip()
        if lang:
            out["language"] = lang
        out["text"] = words
        return out


class HearingMode(QObject):
    """The hearing editor's live-writing mode (see the module's docstring)."""

    def __init__(self, editor: HearingEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.now: Callable[[], datetime] = local_now
        self.monotonic: Callable[[], float] = time.monotonic
        self.idle_ms = AUTOSAVE_IDLE_MS
        self.gap_ms = AUTOSAVE_GAP_MS
        self.active = False
        self.autosaves = 0
        self._last_save: float | None = None
        self._first_dirty: float | None = None
        self._homes: dict[str, tuple[Any, int]] = {}
        self._sized = False
        self._dialog: QuoteDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.autosave)
        self._build()
        editor.fields.changed.connect(self._changed)
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(TIME_KEY, editor, self.insert_time, context=ctx)
        QShortcut(HEARING_MODE_KEY, editor, self.toggle.toggle, context=ctx)

    @property
    def notes(self) -> Any:
        return self.editor.widget("narrative")

    # -- widgets -----------------------------------------------------------------------------
    def _build(self) -> None:
        ed = self.editor
        self.toggle = QPushButton(self.tr("Hearing &mode"), ed)
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Notes beside the checklist, with the time a key away (F9)"))
        self.toggle.toggled.connect(self.set_active)
        ed.button_row.insertWidget(1, self.toggle)

        self.panel = QWidget(ed)
        self.panel.setObjectName("hearingMode")
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"), self.panel)
        self.recess_button = QPushButton(self.tr("Recess"), self.panel)
        self.resume_button = QPushButton(self.tr("Resume"), self.panel)
        self.end_button = QPushButton(self.tr("End"), self.panel)
        self.quote_button = QPushButton(self.tr("&Quote…"), self.panel)
        self.time_button = QPushButton(self.tr("Time (F8)"), self.panel)
        self.start_button.setToolTip(self.tr("The hearing starts now: fills the actual start"))
        self.recess_button.setToolTip(self.tr("A recess now: adds a procedural event"))
        self.resume_button.setToolTip(self.tr("The hearing resumes now: adds a procedural event"))
        self.end_button.setToolTip(self.tr("The hearing ends now: fills the end"))
        self.quote_button.setToolTip(self.tr("Record words verbatim, with the speaker and the time"))
        self.time_button.setToolTip(self.tr("Insert the time in the notes"))
        self.start_button.clicked.connect(self.start)
        self.recess_button.clicked.connect(lambda: self.mark("recess"))
        self.resume_button.clicked.connect(lambda: self.mark("resumed"))
        self.end_button.clicked.connect(self.end)
        self.quote_button.clicked.connect(self.quote)
        self.time_button.clicked.connect(self.insert_time)
        for b in (self.start_button, self.recess_button, self.resume_button, self.end_button,
                  self.quote_button, self.time_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.keep_unlocked = QPushButton(self.tr("&Keep unlocked"), self.panel)
        self.keep_unlocked.setCheckable(True)
        self.keep_unlocked.setToolTip(self.tr(
            "Do not lock after inactivity while this hearing lasts (at most 8 hours). "
            "Ctrl+L still locks at once."))
        self.keep_unlocked.toggled.connect(self._keep_unlocked)
        bar.addWidget(self.keep_unlocked)
        box.addLayout(bar)
        self.status = QLabel(self.panel)
        self.status.setProperty("role", "muted")
        box.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.panel)
        self.splitter.setChildrenCollapsible(False)
        self.checklist_scroll = QScrollArea(self.splitter)
        self.checklist_scroll.setWidgetResizable(True)
        self.checklist_scroll.setAccessibleName(self.tr("Fair-trial checklist"))
        box.addWidget(self.splitter, 1)
        self.panel.hide()
        layout = ed.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(ed.tabs) + 1, self.panel, 1)

    # -- entering and leaving --------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        if on == self.active or self.editor._wiped:
            self.toggle.setChecked(self.active)
            return
        self.active = on
        self.toggle.blockSignals(True)
        self.toggle.setChecked(on)
        self.toggle.blockSignals(False)
        notes, checklist = self.notes, self.editor.checklist
        focus_notes = on or notes.hasFocus()
        if on:
            for name, widget in (("notes", notes), ("checklist", checklist)):
                home = widget.parentWidget().layout()
                self._homes[name] = (home, home.indexOf(widget))
            self.splitter.insertWidget(0, notes)
            checklist.set_compact(True)
            self.checklist_scroll.setWidget(checklist)
            self.splitter.setStretchFactor(0, 2)
            self.splitter.setStretchFactor(1, 3)
            self.editor.tabs.hide()
            self.panel.show()
            if not self._sized:  # the checklist's buttons need the room; she may drag it otherwise
                self._sized = True
                width = max(self.splitter.width(), self.editor.tabs.width(), 600)
                scroll = self.checklist_scroll
                needed = (checklist.minimumSizeHint().width() + 2 * scroll.frameWidth()
                          + scroll.verticalScrollBar().sizeHint().width() + 8)
                right = min(max(width - width * 2 // 5, needed), width - width // 3)
                self.splitter.setSizes([width - right, right])
            self.autosave(force=True)
        else:
            self._timer.stop()
            if self.keep_unlocked.isChecked():
                self.keep_unlocked.setChecked(False)
            self.checklist_scroll.takeWidget()
            checklist.set_compact(False)
            for name, widget in (("notes", notes), ("checklist", checklist)):
                home, index = self._homes.pop(name)
                home.insertWidget(index, widget)
            self.panel.hide()
            self.editor.tabs.show()
            self.autosave(force=True)
        fix_tab_order(self.editor)
        if focus_notes:
            notes.setFocus(Qt.FocusReason.OtherFocusReason)
            if on:
                notes.moveCursor(notes.textCursor().MoveOperation.End)

    # -- the buttons -------------------------------------------------------------------------------
    def insert_time(self) -> None:
        notes = self.notes
        if not self.active and not notes.isVisible():
            self.editor.show_widget(notes)
        notes.insertPlainText(f"[{self.now():%H:%M}] ")
        notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def start(self) -> None:
        field = self.editor.widget("actual_start")
        if field.value() not in (EMPTY, None, ""):
            self._say(self.tr("The start time is already set; change it on the Hearing tab."))
            return
        field.set_value(iso_minute(self.now()))
        self._done(self.tr("Started at {time}."))

    def end(self) -> None:
        self.editor.widget("actual_end").set_value(iso_minute(self.now()))
        self._done(self.tr("Ended at {time}."))

    def mark(self, kind: str) -> None:
        events = self.editor.widget("procedural_events")
        events.append({"time": f"{self.now():%H:%M}", "type": kind})
        self._done(self.tr("Recess at {time}.") if kind == "recess"
                   else self.tr("Resumed at {time}."))

    def quote(self) -> None:
        doc = self.editor.collect()
        when = f"{self.now():%H:%M}"  # when the words were said, not when the dialog is closed
        dialog = QuoteDialog(self.parties(doc), self._languages(doc), when, self.editor)
        self._dialog = dialog
        try:
            accepted = self.run(dialog)
        finally:
            self._dialog = None
        if accepted and (item := dialog.quote()) is not None:
            self.editor.widget("quotes").append(item)
            self._done(self.tr("Quote recorded at {time}."), when)
        dialog.deleteLater()
        if not self.editor._wiped:
            self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush_quote(self) -> None:
        """A lock while the Quote dialog is open: the words typed so far go into the record."""
        dialog, self._dialog = self._dialog, None
        if dialog is None:
            return
        item = dialog.quote()
        dialog.reject()
        if item is not None:
            self.editor.widget("quotes").append(item)
            self.editor._on_changed()

    def run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _done(self, text: str, when: str | None = None) -> None:
        self.editor._on_changed()
        self._say(text.format(time=when or f"{self.now():%H:%M}"))
        self.autosave(force=True)
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)  # and she writes on

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def parties(self, doc: dict[str, Any]) -> list[tuple[str, str]]:
        """(person id, "Name — role") of everyone on the hearing's bench and among its parties."""
        ed = self.editor
        roles: list[tuple[Any, str]] = [(doc.get("presiding_judge_id"), self.tr("presiding judge"))]
        roles += [(p, self.tr("judge")) for p in doc.get("panel_ids") or []]
        roles += [(p, self.tr("prosecutor")) for p in doc.get("prosecutor_ids") or []]
        for key, role in (("defendants", self.tr("defendant")), ("defence_counsel", self.tr("counsel")),
                          ("witnesses", self.tr("witness"))):
            roles += [(d.get("person_id"), role) for d in doc.get(key) or [] if isinstance(d, dict)]
        out: list[tuple[str, str]] = []
        seen: set[str] = set()
        for rid, role in roles:
            if isinstance(rid, str) and rid and rid not in seen:
                seen.add(rid)
                out.append((rid, f"{ed.ctx.title(rid)[0]} — {role}"))
        return out

    def _languages(self, doc: dict[str, Any]) -> list[str]:
        langs = [str(x) for x in doc.get("language") or [] if isinstance(x, str)]
        return list(dict.fromkeys([*langs, "ru", "kk", "en"]))

    # -- saving the record -------------------------------------------------------------------------
    def _changed(self) -> None:
        if not self.active or self.editor._wiped:
            return
        now = self.monotonic() * 1000
        if self._first_dirty is None:
            self._first_dirty = now
        due = now + self.idle_ms
        if self._last_save is not None:
            due = max(due, self._last_save + self.gap_ms)  # coalesced: at most one per gap
        due = min(due, self._first_dirty + self.gap_ms)  # typing without a pause: saved all the same
        self._timer.start(int(max(0, due - now)))

    def autosave(self, force: bool = False) -> bool:
        """Save the record itself if it has changes (or is new); quietly."""
        ed = self.editor
        self._timer.stop()
        if ed._wiped or not (ed.has_unsaved_changes() or ed.record_id is None):
            return False
        if not force and not self.active:
            return False
        saved = ed.save(quiet=True)
        if saved:
            self.autosaves += 1
            self._last_save = self.monotonic() * 1000
            self._first_dirty = None
            when = f"{self.now():%H:%M}"
            ed.state_label.setText(self.tr("saved automatically at {time}").format(time=when))
        return saved

    # -- the idle lock ------------------------------------------------------------------------------
    def _keep_unlocked(self, on: bool) -> None:
        self.editor.lock_pause_requested.emit(on)

    def show_lock_paused(self, paused: bool) -> None:
        """The lock controller's state (it may end the pause itself, after 8 h)."""
        self.keep_unlocked.blockSignals(True)
        self.keep_unlocked.setChecked(paused and self.active)
        self.keep_unlocked.blockSignals(False)

    def wipe(self) -> None:
        self._timer.stop()
        self.status.clear()
