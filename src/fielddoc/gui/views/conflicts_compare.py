"""The conflict review's version cards, its field-by-field comparison and the merged version
built from the choices (mixed into :class:`~fielddoc.gui.views.conflicts.ConflictsDialog`)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fielddoc.errors import ValidationError
from fielddoc.gui import theme
from fielddoc.gui.dialogs.errors import message_for
from fielddoc.gui.history import diff_docs
from fielddoc.gui.models import field_names, labels
from fielddoc.gui.models.conflicts import device_name, op_label, value_text
from fielddoc.gui.models.detail import RecordView, _Renderer, display_title
from fielddoc.gui.widgets import paths
from fielddoc.gui.widgets.common import EMPTY
from fielddoc.gui.widgets.plain import plain_tip, shown, shown_lines
from fielddoc.hq import conflicts
from fielddoc.records import schema, vocab

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 2
DIFF_BACKGROUND = QColor("#fdf1e3")  # a field whose versions differ
CHOSEN_BACKGROUND = QColor("#e2f0e3")  # the value the merged version keeps
MAX_CELL = 4000


def _esc(text: object) -> str:
    """Record text in the preview's HTML: escaped, control characters visible."""
    return html.escape(shown_lines(text), quote=True)



class VersionComparison:
    """Cards of the competing versions, the comparison table with a choice per differing field,
    and the merge those choices make. Needs the dialog's widgets (``cards_layout``, ``compare``,
    ``preview``…) and ``review``."""

    def version_name(self, i: int) -> str:
        return self.tr("Version {n}").format(n=i + 1)

    def _card(self, i: int, v: conflicts.Version) -> QGroupBox:
        title = self.version_name(i)
        if i == 0:
            title = self.tr("{version} (shown now)").format(version=title)
        box = QGroupBox(title, self.cards)
        column = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(2)

        def value(text: str) -> QLabel:
            lab = QLabel(shown(text), box)  # device labels and authors come from the devices
            lab.setProperty("sensitive", True)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return lab

        form.addRow(self.tr("Device:"), value(device_name(v.device_id, v.device_label)))
        form.addRow(self.tr("Saved:"), value(self.tr("{when} · revision {n}").format(
            when=labels.show_date(v.at), n=v.revision)))
        form.addRow(self.tr("Change:"), value(self.tr("{change} by {author}").format(
            change=op_label(v.op), author=v.author)))
        column.addLayout(form)
        keep = QPushButton(self.tr("&Keep this version"), box)
        keep.setAutoDefault(False)  # Enter never resolves a conflict
        keep.setToolTip(self.tr("Make this version the current one; the others stay in the history."))
        keep.clicked.connect(lambda _checked=False, index=i: self.keep_version(index))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(keep)
        column.addLayout(buttons)
        self.keep_buttons.append(keep)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return box

    # -- comparison -----------------------------------------------------------------------------
    def _fill_compare(self) -> None:
        review = self.review
        choices = {k: c.currentIndex() for k, c in self.merge_combos.items()}
        self.merge_combos = {}
        self.compare.clear()
        self.compare.setRowCount(0)  # also drops the rows' combo boxes
        if review is None or len(review.versions) < 2:
            return
        differing = set(review.differing())
        keys = [k for k in review.fields() if k in differing or not self.only_differing.isChecked()]
        n = len(review.versions)
        self.compare.setColumnCount(n + 2)
        heads = [self.tr("Field")]
        for i, v in enumerate(review.versions):
            heads.append(f"{self.version_name(i)}\n{shown(v.device_label or v.device_id[:12])}")
        heads.append(self.tr("Keep in the merge"))
        self.compare.setHorizontalHeaderLabels(heads)
        for i, v in enumerate(review.versions):
            head_item = self.compare.horizontalHeaderItem(i + 1)
            if head_item is not None:
                head_item.setToolTip(plain_tip(device_name(v.device_id, v.device_label)))
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 160)
        for c in range(1, n + 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(n + 1, QHeaderView.ResizeMode.ResizeToContents)
        self.compare.setRowCount(len(keys))
        bold = QFont(self.compare.font())
        bold.setBold(True)
        docs = review.docs
        for r, key in enumerate(keys):
            differs = key in differing
            name = QTableWidgetItem(("≠ " if differs else "") + shown(field_names.name(key)))
            name.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            name.setData(KEY_ROLE, key)
            name.setData(DIFFERS_ROLE, differs)
            if differs:
                name.setFont(bold)
                name.setBackground(QBrush(DIFF_BACKGROUND))
                name.setToolTip(plain_tip(self._nested_changes(key, docs)))
            self.compare.setItem(r, 0, name)
            for i, doc in enumerate(docs):
                text = shown_lines(value_text(review.kind, key, doc.get(key, EMPTY), review.refs))
                item = QTableWidgetItem(text if len(text) <= MAX_CELL else text[:MAX_CELL] + "…")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if differs:
                    item.setBackground(QBrush(DIFF_BACKGROUND))
                self.compare.setItem(r, i + 1, item)
            if differs:
                combo = QComboBox(self.compare)
                for i in range(n):
                    combo.addItem(self.version_name(i), i)
                combo.setCurrentIndex(choices.get(key, 0))
                combo.setAccessibleName(self.tr("Keep {field} from").format(field=field_names.name(key)))
                combo.currentIndexChanged.connect(lambda _i, k=key: self._choice_changed(k))
                holder = QWidget(self.compare)
                hl = QVBoxLayout(holder)
                hl.setContentsMargins(4, 2, 4, 2)
                hl.addWidget(combo)
                hl.addStretch(1)
                self.compare.setCellWidget(r, n + 1, holder)
                self.merge_combos[key] = combo
                self._mark_choice(r, key)
            else:
                same = QTableWidgetItem(self.tr("same in all"))
                same.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                same.setForeground(QBrush(QColor("#5c6670")))
                self.compare.setItem(r, n + 1, same)
        self.compare.resizeRowsToContents()
        self._resize_rows.start()  # again once the columns have their final widths
        self._set_actions_enabled(True)

    def _nested_changes(self, key: str, docs: list[dict[str, Any]]) -> str:
        """Which parts of a field differ, e.g. 'Defendants › 2 › Presence' (from the history's diff)."""
        paths_seen: list[str] = []
        for other in docs[1:]:
            for path, _old, _new in diff_docs(docs[0].get(key, EMPTY), other.get(key, EMPTY), (key,)):
                parts = [str(k + 1) if isinstance(k, int) else field_names.name(k) for k in paths.parse(path)]
                text = " › ".join(parts)
                if text not in paths_seen:
                    paths_seen.append(text)
        shown = paths_seen[:12] + (["…"] if len(paths_seen) > 12 else [])
        return self.tr("Differs: {parts}").format(parts="; ".join(shown))

    def _row_of_key(self, key: str) -> int:
        for r in range(self.compare.rowCount()):
            item = self.compare.item(r, 0)
            if item is not None and item.data(KEY_ROLE) == key:
                return r
        return -1

    def _mark_choice(self, row: int, key: str) -> None:
        combo = self.merge_combos.get(key)
        if combo is None or row < 0:
            return
        chosen = combo.currentIndex()
        for i in range(len(self.review.versions) if self.review else 0):
            item = self.compare.item(row, i + 1)
            if item is None:
                continue
            item.setBackground(QBrush(CHOSEN_BACKGROUND if i == chosen else DIFF_BACKGROUND))

    def _choice_changed(self, key: str) -> None:
        self._mark_choice(self._row_of_key(key), key)
        self.preview.clear()
        self.preview_problems.hide()

    def highlighted_fields(self) -> list[str]:
        """Fields the comparison marks as differing (in table order)."""
        out = []
        for r in range(self.compare.rowCount()):
            item = self.compare.item(r, 0)
            if item is not None and item.data(DIFFERS_ROLE):
                out.append(str(item.data(KEY_ROLE)))
        return out

    # -- merge ----------------------------------------------------------------------------------
    def choices(self) -> dict[str, int]:
        """For each differing field, the index of the version whose value the merge keeps."""
        review = self.review
        if review is None:
            return {}
        out = {k: 0 for k in review.differing()}
        out.update({k: c.currentIndex() for k, c in self.merge_combos.items()})
        return out

    def merged(self) -> dict[str, Any]:
        review = self.review
        assert review is not None
        return conflicts.merge_versions(review.docs, self.choices())

    def show_preview(self) -> None:
        review = self.review
        if review is None or len(review.versions) < 2:
            return
        doc = self.merged()
        view = RecordView(review.id, review.kind, doc, {}, review.refs)
        r = _Renderer(view)
        conf = schema.effective_confidentiality(doc)
        tlp = vocab.CONFIDENTIALITY_TLP.get(conf, "")
        colour = theme.TLP_COLOURS.get(tlp, theme.BORDER).name()
        chip = (f"<span style='background:#000000;color:{colour};font-weight:bold'>"
                f"&nbsp;TLP:{_esc(tlp)}&nbsp;</span> {_esc(labels.vocab_label('confidentiality', conf))}")
        merged_from = self.tr("merged from {n} versions").format(n=len(review.versions))
        heading = (f"<h2 style='margin-bottom:2px'>{_esc(display_title(view))}</h2>"
                   f"<p style='color:{theme.MUTED.name()};margin-top:0'>{_esc(labels.singular(review.kind))}"
                   f" · {chip} · {_esc(merged_from)}</p>")
        self.preview.setHtml(heading + r.checklist() + r.body())
        problems = schema.validate_record(review.kind, doc)
        if problems:
            self.preview_problems.setText(self.tr("This merged version cannot be saved as it is:") + "\n"
                                          + message_for(ValidationError(problems)))
            self.preview_problems.show()
        else:
            self.preview_problems.hide()
        self.tabs.setCurrentIndex(1)
