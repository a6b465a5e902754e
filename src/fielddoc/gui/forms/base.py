"""RecordEditor: the frame every record form shares.

* edits a deep copy of the full stored document; fields write back only what
  the user changed, so unmodelled and untouched parts are kept as they were;
* Ctrl+S saves through the core (``Records.create`` / ``update``), which
  validates: each :class:`~fielddoc.errors.Problem` appears next to the field
  whose path it names (else in the list at the top), translated; nothing is
  saved while there are problems;
* Esc closes, asking first if there are unsaved changes (text typed into a
  picker and not linked counts); with a picker's suggestion list open, Esc
  closes only the list;
* people, places … named inline ("+ New …") are created by the save, in the
  same transaction as the record (``Records.create(..., linked=...)``), and
  never if the form is discarded;
* unsaved changes are kept as an ENCRYPTED draft inside the vault
  (``Records.save_form_draft``, 3 s after the last change, and at once on
  every lock and quit: see ``forms.resume``) and offered back when the same
  record (or a new one of the same kind) is opened again;
* the window title is generic ("Hearing"): no record text in titles;
* ``clear_sensitive()`` (on lock) drops the document and wipes every widget.
"""

from __future__ import annotations

import contextlib
import copy
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fielddoc import i18n
from fielddoc.errors import FieldDocError, ValidationError
from fielddoc.gui.forms.editor_drafts import DraftKeeping
from fielddoc.gui.forms.editor_fields import FieldFactories
from fielddoc.gui.forms.editor_problems import ProblemDisplay
from fielddoc.gui.forms.layout import TLP_STYLE, ConfidentialityField, Page
from fielddoc.gui.tasks import TaskRunner
from fielddoc.gui.widgets import paths
from fielddoc.gui.widgets.advanced import AdvancedJson
from fielddoc.gui.widgets.binding import INVALID_STYLE, ErrorLabel, Field, FieldSet
from fielddoc.gui.widgets.common import EMPTY, wipe_tree
from fielddoc.gui.widgets.fields import (
    TextArea,
    VocabCombo,
)
from fielddoc.gui.widgets.kinds import kind_name
from fielddoc.gui.widgets.pickers import MultiRecordPicker, RecordContext, RecordPicker
from fielddoc.gui.widgets.taborder import fix_tab_order
from fielddoc.records.ids import uuid7
from fielddoc.records.schema_fields import COMMON, FIELDS
from fielddoc.records.service import ConflictError
from fielddoc.records.vocab import CONFIDENTIALITY_TLP

DRAFT_DELAY_MS = 3000
DEFAULT_CONFIDENTIALITY = "organisation"
class RecordEditor(FieldFactories, ProblemDisplay, DraftKeeping, QWidget):
    """Base of every record form. Subclasses set ``kind`` and implement ``build``."""

    saved = Signal(str)
    closed = Signal()

    kind = ""
    #: Keys of ``defaults`` that mean something else for this kind, e.g. case_id -> related_case_id.
    default_aliases: dict[str, str] = {}
    attachments_tab = True

    def __init__(self, vault: Any, records: Any, runner: TaskRunner, record_id: str | None = None,
                 defaults: dict[str, Any] | None = None, parent: QWidget | None = None,
                 draft_id: str | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.records = records
        self.runner = runner
        self.ctx = RecordContext(records)
        self.record_id = record_id
        self.lang = i18n.language()
        self.fields = FieldSet(self)
        self.draft_id = uuid7()
        self._draft_saved = False
        self._recovered: dict[str, Any] | None = None
        self._wiped = False
        self._closing = False
        self._revision: int | None = None
        self.attachments_panel: QWidget | None = None
        self.setObjectName("recordEditor")
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(kind_name(self.kind))

        if record_id is not None:
            self._doc: dict[str, Any] = copy.deepcopy(records.get(record_id))
            self._revision = int(records.meta(record_id)["revision"])
        else:
            self._doc = self.new_document(dict(defaults or {}))

        self._build_frame()
        self.build()
        self._build_common()
        for page in self.findChildren(Page):
            page.finish()
        self.fields.load(self._doc)
        self.advanced.load(self._doc, self._bound_paths())
        self.fields.changed.connect(self._on_changed)
        self.advanced.changed.connect(self._on_changed)
        for picker in self.findChildren(RecordPicker):
            picker.typed.connect(self._on_changed)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        fix_tab_order(self)
        self._update_state()
        self._offer_draft(draft_id)

    # -- subclasses --------------------------------------------------------------------------------
    def build(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def defaults(self) -> dict[str, Any]:
        """Kind-specific defaults of a new record (today's date …)."""
        return {}

    def new_document(self, given: dict[str, Any]) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "confidentiality": DEFAULT_CONFIDENTIALITY,
            "tlp": CONFIDENTIALITY_TLP[DEFAULT_CONFIDENTIALITY],
        }
        doc.update(self.defaults())
        allowed = set(FIELDS.get(self.kind, {})) | set(COMMON)
        for key, value in given.items():
            key = self.default_aliases.get(key, key)
            if key not in allowed or key in ("id", "revision", "created_at", "updated_at", "deleted_at"):
                continue
            doc[key] = copy.deepcopy(value)
        if "confidentiality" in given and "tlp" not in given:
            doc["tlp"] = CONFIDENTIALITY_TLP.get(str(given["confidentiality"]), doc.get("tlp"))
        return doc

    # -- frame -------------------------------------------------------------------------------------
    def _build_frame(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        head = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setProperty("role", "heading")
        head.addWidget(self.title_label)
        self.state_label = QLabel(self)
        self.state_label.setProperty("role", "muted")
        head.addWidget(self.state_label)
        head.addStretch(1)
        conf_label = QLabel(self.tr("Con&fidentiality:"), self)
        self.confidentiality = VocabCombo("confidentiality", self, blank=False)
        conf_label.setBuddy(self.confidentiality)
        head.addWidget(conf_label)
        head.addWidget(self.confidentiality)
        self.tlp_badge = QLabel(self)
        self.tlp_badge.setToolTip(self.tr("TLP marking; it follows the confidentiality level"))
        self.tlp_badge.setContentsMargins(6, 2, 6, 2)
        head.addWidget(self.tlp_badge)
        outer.addLayout(head)
        conf_error = ErrorLabel(self)
        outer.addWidget(conf_error)
        self.fields.add(ConfidentialityField("confidentiality", self.confidentiality, conf_error,
                                             title=self.tr("Confidentiality"), aliases=("tlp",)))
        self.confidentiality.currentIndexChanged.connect(self._show_tlp)

        # Recovered draft offer (non-modal).
        self.draft_bar = QFrame(self)
        self.draft_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.draft_bar.setStyleSheet("QFrame { background: #e3f2fd; } QLabel { color: #1f2328; }")
        bar = QHBoxLayout(self.draft_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        self.draft_text = QLabel(self.draft_bar)
        self.draft_text.setWordWrap(True)
        bar.addWidget(self.draft_text, 1)
        self.restore_button = QPushButton(self.tr("&Restore"), self.draft_bar)
        self.restore_button.clicked.connect(self.restore_draft)
        bar.addWidget(self.restore_button)
        self.discard_draft_button = QPushButton(self.tr("Discard"), self.draft_bar)
        self.discard_draft_button.clicked.connect(self.discard_recovered_draft)
        bar.addWidget(self.discard_draft_button)
        self.draft_bar.hide()
        outer.addWidget(self.draft_bar)

        # Problems that could not be placed next to a field, and save errors.
        self.problem_box = QLabel(self)
        self.problem_box.setWordWrap(True)
        self.problem_box.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_box.setStyleSheet(
            "QLabel { background: #ffebee; color: #b71c1c; border: 1px solid #ef9a9a; padding: 6px; }")
        self.problem_box.setProperty("problem_label", True)
        self.problem_box.hide()
        outer.addWidget(self.problem_box)
        # Saved meanwhile by someone else (compare-and-set): the typed text stays; see what is stored
        self.current_button = QPushButton(self.tr("Show the &current version…"), self)
        self.current_button.clicked.connect(self.show_current_version)
        self.current_button.hide()
        outer.addWidget(self.current_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.current_dialog: Any = None

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(False)
        self.tabs.setUsesScrollButtons(True)
        outer.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.button_row = buttons  # forms add their own buttons (the hearing mode's toggle)
        self.history_button = QPushButton(self.tr("&History…"), self)
        self.history_button.clicked.connect(self.show_history)
        buttons.addWidget(self.history_button)
        self.shortcut_hint = QLabel(self.tr("Ctrl+S save · Esc close · Ctrl+PgUp/PgDn change tab"), self)
        self.shortcut_hint.setProperty("role", "muted")
        buttons.addWidget(self.shortcut_hint)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.request_close)
        buttons.addWidget(self.close_button)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=ctx)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.request_close, context=ctx)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_tab(1), context=ctx)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_tab(-1), context=ctx)

    def _step_tab(self, step: int) -> None:
        n = self.tabs.count()
        if n:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % n)

    def page(self, title: str) -> Page:
        page = Page(self)
        self.tabs.addTab(page, title)
        return page

    def _build_common(self) -> None:
        page = self.page(self.tr("Sources and &notes"))
        sec = page.section(self.tr("Sources and notes"))
        sec.add("source_ids", self.tr("Sources:"), MultiRecordPicker(self.ctx, ("source",), sec),
                hint=self.tr("Where the information in this record comes from"))
        sec.add("notes", self.tr("Notes:"), TextArea(sec, lines=4))
        if self.attachments_tab:
            self.attachments_page = QWidget()
            box = QVBoxLayout(self.attachments_page)
            box.setContentsMargins(10, 10, 10, 10)
            self.attachments_hint = QLabel(self.tr("Save the record first, then attach files to it."),
                                           self.attachments_page)
            box.addWidget(self.attachments_hint)
            box.addStretch(1)
            self.tabs.addTab(self.attachments_page, self.tr("Attachments"))
            if self.record_id is not None:
                self._add_attachments_panel()
        self.advanced = AdvancedJson(self)
        self.tabs.addTab(self.advanced, self.tr("Advanced (JSON)"))

    def _add_attachments_panel(self) -> None:
        if not self.attachments_tab or self.attachments_panel is not None or self.record_id is None:
            return
        from fielddoc.gui.attachments import AttachmentsPanel

        self.attachments_hint.hide()
        panel = AttachmentsPanel(self.vault, self.records, self.runner, self.record_id, self.attachments_page)
        layout = self.attachments_page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, panel, 1)
        self.attachments_panel = panel

    def field(self, path: str) -> Field:
        """The field bound to ``path`` (e.g. ``"public_access.status"``)."""
        for f in self.fields:
            if f.path == path:
                return f
        raise KeyError(path)

    def widget(self, path: str) -> Any:
        return self.field(path).widget

    def _bound_paths(self) -> list[tuple[paths.Key, ...]]:
        return [*self.fields.bound(), ("tlp",), ("id",)]

    # -- state -------------------------------------------------------------------------------------
    def _show_tlp(self, *_args: Any) -> None:
        conf = self.confidentiality.value()
        tlp = CONFIDENTIALITY_TLP.get(conf, "") if isinstance(conf, str) else ""
        self.tlp_badge.setText(f"TLP:{tlp}" if tlp else "")
        self.tlp_badge.setStyleSheet(f"QLabel {{ {TLP_STYLE.get(tlp, '')} padding: 2px 6px; "
                                     "border-radius: 3px; font-weight: 600; }")

    def _update_state(self) -> None:
        new = self.record_id is None
        name = kind_name(self.kind)
        self.title_label.setText(self.tr("New: {kind}").format(kind=name) if new else name)
        self.setWindowTitle(name)
        dirty = self.has_unsaved_changes()
        self.state_label.setText(self.tr("unsaved changes") if dirty else "")
        self.history_button.setEnabled(not new)
        self._show_tlp()

    def _on_changed(self) -> None:
        if self._wiped:
            return
        self._update_state()
        if self.has_unsaved_changes():
            self._draft_timer.start()

    def has_unsaved_changes(self) -> bool:
        if self._wiped:
            return False
        return self.fields.dirty() or self.advanced.dirty() or bool(self.typed_texts())

    def typed_texts(self) -> list[tuple[int, str]]:
        """Text typed into pickers and not linked yet (it counts as a change): (picker index, text)."""
        return [(i, p.edit.text()) for i, p in enumerate(self.findChildren(RecordPicker))
                if p.pending_text()]

    # -- collecting and saving ---------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        """The document as it would be saved now (a new copy)."""
        doc = copy.deepcopy(self._doc)
        self.advanced.store(doc)
        self.fields.store(doc)
        return doc

    def save(self, *, quiet: bool = False) -> bool:
        """Validate and store; returns True when saved.

        ``quiet`` (an autosave): nothing moves the cursor or shows problems; a record that
        cannot be saved yet stays as it is (and in its draft) until the next try or Ctrl+S.
        """
        if self._wiped:
            return False
        if quiet and self._gui_problems():
            return False
        if not quiet:
            self.clear_problems()
        gui = self._gui_problems()
        if gui:
            focus: QWidget | None = None
            loose: list[str] = []
            for f, text in gui:
                if f is not None:
                    placed = f.show_problem(f.keys, text)
                    focus = focus or placed
                else:
                    loose.append(text)
                    self.advanced.error.set_problems([text])
            self._show_banner(len(gui), loose)
            self._focus_problem(focus)
            return False
        doc = self.collect()
        linked = self.ctx.linked(doc)  # people, places … named inline: created with this record
        try:
            if self.record_id is None:
                rid = str(self.records.create(self.kind, doc, linked=linked))
            else:
                rid = self.record_id
                self.records.update(rid, doc, expected_revision=self._revision, linked=linked)
        except ValidationError as exc:
            if quiet:
                self.state_label.setText(self.tr("not saved automatically: press Ctrl+S to see why"))
                return False
            self.show_problems(exc.problems)
            return False
        except FieldDocError as exc:
            if quiet:
                self.state_label.setText(self.tr("not saved automatically: press Ctrl+S to see why"))
                return False
            self.problem_box.setText(self.tr("Not saved. {reason}").format(
                reason=exc.render(i18n.translate)))
            self.problem_box.show()
            if isinstance(exc, ConflictError) and self.record_id is not None:
                self.current_button.show()
            return False
        self.ctx.stored([str(d["id"]) for _k, d in linked])
        was_new = self.record_id is None
        self.record_id = rid
        self._doc = copy.deepcopy(self.records.get(rid))
        self._revision = int(self.records.meta(rid)["revision"])
        self.fields.rebase()
        self.advanced.load(self._doc, self._bound_paths())
        self._draft_timer.stop()
        self._discard_draft()
        if was_new:
            self._add_attachments_panel()
            fix_tab_order(self)
        self.clear_problems()
        self._update_state()
        self.state_label.setText(self.tr("saved"))
        self.saved.emit(rid)
        return True

    def _show_banner(self, count: int, loose: list[str]) -> None:
        """Above the form: how many problems keep it from saving, and those no field shows."""
        head = self.tr("Not saved: %n problem(s). They are shown next to the fields.", "", count)
        self.problem_box.setText("\n".join([head, *loose[:20]]))
        self.problem_box.show()

    # -- closing -----------------------------------------------------------------------------------
    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel' (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, kind_name(self.kind),
                          self.tr("This form has unsaved changes."), parent=self)
        box.setInformativeText(self.tr("Save them before closing?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def request_close(self) -> bool:
        """Close, asking about unsaved changes first; returns False if the user stayed."""
        if self.has_unsaved_changes():
            answer = self.ask_unsaved()
            if answer == "cancel":
                return False
            if answer == "save" and not self.save():
                return False
        self._draft_timer.stop()
        self._discard_draft()
        self._closing = True
        self.closed.emit()
        if self.isWindow():
            self.close()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or self._wiped:
            event.accept()
            return
        if self.request_close():
            event.accept()
        else:
            event.ignore()

    # -- history -----------------------------------------------------------------------------------
    def show_history(self) -> None:
        if self.record_id is None:
            return
        from fielddoc.gui.history import HistoryDialog

        dialog = HistoryDialog(self.records, self.record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- lock --------------------------------------------------------------------------------------
    def clear_sensitive(self) -> None:
        """Drop the document and wipe every field (called on lock).

        If the vault is still open, unsaved changes are first kept as an
        encrypted draft (call this before ``vault.lock()`` to keep them).
        """
        self._draft_timer.stop()
        if not self._wiped and self.has_unsaved_changes() and not getattr(self.vault, "is_locked", True):
            with contextlib.suppress(Exception):
                self.records.save_form_draft(self.draft_id, self.kind, self.draft_payload(),
                                             self.record_id)
        self._wiped = True
        for dialog in self.findChildren(QWidget):
            wipe = getattr(dialog, "clear_sensitive", None)
            if wipe is not None and dialog is not self:
                with contextlib.suppress(Exception):
                    wipe()
        for f in self.fields:
            with contextlib.suppress(Exception):
                f.widget.set_value(EMPTY)
            f.baseline = EMPTY
            f.clear_problems()
        self.advanced.wipe()
        self._doc = {}
        self._recovered = None
        self.draft_bar.hide()
        self.problem_box.setText("")
        self.problem_box.hide()
        wipe_tree(self)
        self.title_label.setText(kind_name(self.kind))
        self.state_label.setText(self.tr("locked"))
        self.tabs.setEnabled(False)
        self.save_button.setEnabled(False)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not getattr(self, "_focused_once", False):
            self._focused_once = True
            QTimer.singleShot(0, self, self.focus_first_field)

    def focus_first_field(self) -> None:
        """Put the cursor in the first field of the current tab (fast entry)."""
        page = self.tabs.currentWidget()
        for f in self.fields:
            w = f.widget
            if page is not None and page.isAncestorOf(w) and w.isEnabled():
                w.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def sizeHint(self) -> Any:
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 980))
        hint.setHeight(max(hint.height(), 720))
        return hint

