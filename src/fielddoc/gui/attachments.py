"""Attachments of a record: add (file dialog or drag and drop), preview, verify, extract.

* Files are encrypted into the vault by ``attachments.service.attach`` on the
  task runner, with progress and Cancel.
* Images are previewed inside the application from decrypted memory
  (``read_bytes`` -> ``QImage.fromData``): no plaintext temp file, nothing for
  the operating system's thumbnail cache.
* "Save a decrypted copy…" is an explicit choice, after a warning that the
  copy is not encrypted; it appends a ``copied`` custody event.
* File dialogs are Qt's own (not the platform's, which may add the file to the
  system's recent-files list), and their folder history is cleared afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc import i18n
from fielddoc.attachments import service
from fielddoc.errors import FieldDocError
from fielddoc.gui import a11y
from fielddoc.gui.dialogs.files import pick_open_files, pick_save_file
from fielddoc.gui.tasks import Cancelled, Progress, TaskRunner
from fielddoc.gui.widgets.common import EMPTY, wipe_tree
from fielddoc.gui.widgets.plain import plain, plain_label, shown
from fielddoc.platform import cloud
from fielddoc.records import query, vocab

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_LIMIT = 64 << 20
TEXT_PREVIEW_BYTES = 64 << 10



def human_size(n: Any) -> str:
    if not isinstance(n, int | float):
        return ""
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(n)


def choose_files(parent: QWidget) -> list[Path]:
    title = QCoreApplication.translate("AttachmentsPanel", "Attach files")
    return [Path(p) for p in pick_open_files(parent, title)]


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    title = QCoreApplication.translate("AttachmentsPanel", "Save a decrypted copy")
    chosen = pick_save_file(parent, title, str(Path(QDir.homePath()) / suggested))
    return Path(chosen) if chosen else None


class ReadOnlyTable(QTableWidget):
    """A list of objects shown as a table; its value is what it was given (never edited here)."""

    changed = Signal()

    def __init__(self, columns: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = columns
        self.setHorizontalHeaderLabels([title for _key, title in columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setMinimumHeight(90)
        self._raw: Any = EMPTY

    def set_value(self, v: Any) -> None:
        self._raw = v
        rows = v if isinstance(v, list) else []
        self.setRowCount(len(rows))
        for r, obj in enumerate(rows):
            for c, (key, _title) in enumerate(self.columns):
                value = None
                for k in key.split("|"):  # "actor_id|device_id": the first one present
                    if isinstance(obj, dict) and obj.get(k) is not None:
                        value = obj.get(k)
                        break
                self.setItem(r, c, QTableWidgetItem(shown(self._text(key, value))))
        self.setMaximumHeight(60 + 26 * max(2, len(rows)))

    def _text(self, key: str, value: Any) -> str:
        lang = i18n.language()
        if value is None:
            return ""
        if key == "action":
            return vocab.label("custody_action", str(value), lang)
        if key == "role":
            return vocab.label("file_role", str(value), lang)
        if key == "size_bytes":
            return human_size(value)
        if isinstance(value, bool):
            return "✓" if value else "✗"
        return str(value)

    def value(self) -> Any:
        return self._raw


class AttachmentViewer(QWidget):
    """One attachment: preview from decrypted memory, hashes, custody history, actions."""

    changed = Signal()

    def __init__(self, vault: Any, records: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.records = records
        self.runner = runner
        self.attachment_id: str | None = None
        self.current_image: QImage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = plain(QLabel(self))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(240, 180)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setText(self.tr("Select an attachment to preview it."))
        layout.addWidget(self.preview, 3)
        self.text_preview = QPlainTextEdit(self)
        self.text_preview.setReadOnly(True)
        self.text_preview.hide()
        layout.addWidget(self.text_preview, 3)
        a11y.name(self.text_preview, self.tr("Text of the attachment"))
        self.info = plain_label(parent=self)  # the file name and type come from the record
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setProperty("sensitive", True)
        layout.addWidget(self.info)
        self.custody = ReadOnlyTable([
            ("at", self.tr("When")), ("action", self.tr("Action")), ("actor_id|device_id", self.tr("By")),
            ("sha256_verified", self.tr("Hash verified"))], self)
        layout.addWidget(QLabel(self.tr("Chain of custody:"), self))
        layout.addWidget(self.custody, 1)
        a11y.name(self.custody, self.tr("Chain of custody"))
        buttons = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify SHA-256"), self)
        self.verify_button.clicked.connect(self.verify)
        buttons.addWidget(self.verify_button)
        self.save_copy_button = QPushButton(self.tr("Save a &decrypted copy…"), self)
        self.save_copy_button.clicked.connect(self.save_copy)
        buttons.addWidget(self.save_copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = plain_label(parent=self)
        layout.addWidget(self.status)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self.verify_button.setEnabled(on)
        self.save_copy_button.setEnabled(on)

    # -- showing -------------------------------------------------------------------------
    def show_attachment(self, attachment_id: str | None) -> None:
        self.clear()
        self.attachment_id = attachment_id
        if attachment_id is None:
            return
        try:
            doc = self.records.get(attachment_id)
            stored = service.files_of(self.vault, attachment_id)
        except FieldDocError as exc:
            self.status.setText(exc.render(i18n.translate))
            return
        files = doc.get("files") if isinstance(doc.get("files"), list) else []
        first = files[0] if files and isinstance(files[0], dict) else {}
        lines = [
            self.tr("File: {name}").format(name=shown(first.get("file_name", ""))),
            self.tr("Type: {mime} · Size: {size}").format(mime=shown(first.get("mime_type", "?")),
                                                     size=human_size(first.get("size_bytes"))),
            self.tr("SHA-256 (at capture): {sha}").format(sha=shown(first.get("sha256", ""))),
        ]
        if not stored:
            lines.append(self.tr("The file itself is not stored on this device (only its description)."))
        self.info.setText("\n".join(lines))
        self.custody.set_value(doc.get("custody_events") or [])
        self._set_enabled(bool(stored))
        if not stored:
            self.preview.setText(self.tr("No file on this device."))
            return
        mime = str(first.get("mime_type") or "")
        if mime.startswith("image/") or mime.startswith("text/") or not mime:
            self.preview.setText(self.tr("Decrypting…"))
            rid = attachment_id
            vault = self.vault
            self.runner.submit(lambda _p: service.read_bytes(vault, rid, limit=PREVIEW_LIMIT),
                               on_success=lambda data, rid=rid, mime=mime: self._show_bytes(rid, mime, data),
                               on_failure=self._failed)
        else:
            self.preview.setText(self.tr("No preview for this type of file."))

    def _show_bytes(self, rid: str, mime: str, data: Any) -> None:
        if rid != self.attachment_id or not isinstance(data, bytes | bytearray):
            return
        image = QImage.fromData(bytes(data))
        if not image.isNull():
            self.current_image = image
            self.text_preview.hide()
            self.preview.show()
            self._scale()
        elif mime.startswith("text/"):
            self.preview.hide()
            self.text_preview.setPlainText(bytes(data[:TEXT_PREVIEW_BYTES]).decode("utf-8", "replace"))
            self.text_preview.show()
        else:
            self.preview.setText(self.tr("No preview for this type of file."))
        del data

    def _scale(self) -> None:
        if self.current_image is None:
            return
        size = self.preview.size()
        pix = QPixmap.fromImage(self.current_image)
        if pix.width() > size.width() or pix.height() > size.height():
            pix = pix.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pix)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._scale()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, FieldDocError):
            text = exc.render(i18n.translate)
        else:
            text = self.tr("The file could not be read.")
        self.preview.setText("")
        self.status.setText(text)

    # -- actions ---------------------------------------------------------------------------
    def verify(self) -> None:
        rid = self.attachment_id
        if rid is None:
            return
        vault, records = self.vault, self.records

        def work(_p: Progress) -> str:
            sha = service.verify(vault, rid)
            service.add_custody_event(records, rid, "verified", sha256_verified=True)
            return sha

        self.status.setText(self.tr("Verifying…"))
        done = self.tr("The SHA-256 matches: the file is intact.")
        self.runner.submit(work, on_success=lambda _sha: self._after_action(done), on_failure=self._failed,
                           label=self.tr("Verifying the attachment"), parent_widget=self)

    def confirm_plaintext(self) -> bool:
        """Warn that the copy is not encrypted (tests replace this)."""
        answer = QMessageBox.warning(
            self, self.tr("Decrypted copy"),
            self.tr("The copy will NOT be encrypted. Anyone who gets the computer or the disk where you "
                    "save it can read it, and the operating system may index it or make thumbnails of it.\n\n"
               "Save a decrypted copy anyway?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def choose_target(self) -> Path | None:
        return choose_save_path(self, "")

    def save_copy(self) -> None:
        rid = self.attachment_id
        if rid is None or not self.confirm_plaintext():
            return
        target = self.choose_target()
        if target is None:
            return
        vault, records = self.vault, self.records
        done = self.tr("A decrypted copy was saved. Delete it when you no longer need it.")
        synced = cloud.plaintext_warning(target)  # a folder the cloud copies
        if synced:
            done = f"{done} {shown(synced)}"
        self.runner.submit(lambda _p: service.extract(vault, records, rid, target),
                           on_success=lambda _sha: self._after_action(done), on_failure=self._failed,
                           label=self.tr("Decrypting the attachment"), parent_widget=self)

    def _after_action(self, message: str) -> None:
        self.status.setText(message)
        if self.attachment_id is not None:
            try:
                doc = self.records.get(self.attachment_id)
            except FieldDocError:
                return
            self.custody.set_value(doc.get("custody_events") or [])
            self.changed.emit()

    def clear(self) -> None:
        self.current_image = None
        self.attachment_id = None
        self.preview.clear()
        self.preview.show()
        self.text_preview.clear()
        self.text_preview.hide()
        self.info.clear()
        self.status.clear()
        self.custody.set_value([])
        self._set_enabled(False)

    def clear_sensitive(self) -> None:
        self.clear()
        wipe_tree(self)


class AttachmentsPanel(QWidget):
    """The attachments of one record (those whose ``related_ids`` include it)."""

    changed = Signal()

    def __init__(self, vault: Any, records: Any, runner: TaskRunner, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.records = records
        self.runner = runner
        self.record_id = record_id
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.add_button.clicked.connect(self._add_from_dialog)
        top.addWidget(self.add_button)
        hint = QLabel(self.tr("…or drop files here. They are encrypted into the vault; the originals stay "
                         "where they are (delete them yourself if they must not remain)."), self)
        hint.setWordWrap(True)
        top.addWidget(hint, 1)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, 4, split)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("File"), self.tr("Size"), self.tr("Captured")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        a11y.name(self.table, self.tr("Attachments"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.viewer = AttachmentViewer(vault, records, runner, split)
        split.addWidget(self.table)
        split.addWidget(self.viewer)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([460, 640])
        layout.addWidget(split, 1)
        self.status = plain_label(parent=self)
        layout.addWidget(self.status)
        self.refresh()

    # -- list ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        rid, store, records = self.record_id, self.records.store, self.records

        def work(progress: Progress) -> list[dict[str, Any]]:
            found: list[dict[str, Any]] = []
            offset = 0
            while True:
                page = query.list_records(store, query.Filter(kind="attachment"), offset=offset, limit=500)
                for row in page:
                    progress.check()
                    doc = records.get(row["id"])
                    related = doc.get("related_ids") if isinstance(doc.get("related_ids"), list) else []
                    if rid in related or doc.get("source_id") == rid:
                        files = doc.get("files") if isinstance(doc.get("files"), list) else []
                        first = files[0] if files and isinstance(files[0], dict) else {}
                        capture = doc.get("capture") if isinstance(doc.get("capture"), dict) else {}
                        found.append({"id": doc["id"], "title": doc.get("title") or "",
                                      "file": first.get("file_name") or "", "size": first.get("size_bytes"),
                                      "captured": capture.get("captured_at") or ""})
                if len(page) < 500:
                    return found
                offset += 500

        self.runner.submit(work, on_success=self._fill, on_failure=self._failed)

    def _fill(self, rows: Any) -> None:
        selected = self.selected_id()
        self.table.setRowCount(0)
        for r, row in enumerate(rows or []):
            self.table.insertRow(r)
            for c, text in enumerate((row["title"], row["file"], human_size(row["size"]),
                                      str(row["captured"])[:16].replace("T", " "))):
                item = QTableWidgetItem(shown(text))
                item.setData(ID_ROLE, row["id"])
                self.table.setItem(r, c, item)
        if rows:
            target = next((r for r, row in enumerate(rows) if row["id"] == selected), len(rows) - 1)
            self.table.selectRow(target)
        self.changed.emit()

    def ids(self) -> list[str]:
        return [str(self.table.item(r, 0).data(ID_ROLE)) for r in range(self.table.rowCount())]

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def _selected(self) -> None:
        self.viewer.show_attachment(self.selected_id())

    # -- adding ------------------------------------------------------------------------------------
    def _add_from_dialog(self) -> None:
        paths = choose_files(self)
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        """Encrypt ``paths`` into the vault as attachments of this record (on the task runner)."""
        files = [p for p in paths if p.is_file()]
        if not files:
            return
        vault, records, rid = self.vault, self.records, self.record_id
        try:
            confidentiality = records.get(rid).get("confidentiality")
        except FieldDocError:
            confidentiality = None

        def work(progress: Progress) -> int:
            total = sum(p.stat().st_size for p in files) or 1
            done_before = 0
            for p in files:
                progress.check()
                service.attach(vault, records, p, related_ids=[rid],
                               confidentiality=confidentiality if isinstance(confidentiality, str) else None,
                               progress=lambda n, base=done_before: progress.report(base + n, total))
                done_before += p.stat().st_size
            return len(files)

        self.status.setText(self.tr("Encrypting %n file(s)…", "", len(files)))
        self.runner.submit(work, on_success=self._added, on_failure=self._failed,
                           label=self.tr("Encrypting attachments"), parent_widget=self)

    def _added(self, count: Any) -> None:
        self.status.setText(self.tr("%n file(s) encrypted and attached.", "", int(count or 0)))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled. Nothing was attached from the file being encrypted."))
            self.refresh()
        elif isinstance(exc, FieldDocError):
            self.status.setText(exc.render(i18n.translate))
        elif isinstance(exc, OSError):
            reason = exc.strerror or ""
            self.status.setText(self.tr("A file could not be read: {reason}").format(reason=reason))
        else:
            self.status.setText(self.tr("The files could not be attached."))

    # -- drag and drop -------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- lock ------------------------------------------------------------------------------------------
    def clear_sensitive(self) -> None:
        self.viewer.clear_sensitive()
        self.table.setRowCount(0)
        self.status.clear()
        wipe_tree(self)
