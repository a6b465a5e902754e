"""The report dialog's page preview (zoom, fit to width) and its wrapping check box labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from fielddoc.gui import theme
from fielddoc.gui.dialogs.create_vault import role_label

ZOOM_MIN, ZOOM_MAX = 0.25, 3.0
PAGE_GAP = 12


def restyle(label: QLabel, role: str) -> None:
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


class PreviewArea(QScrollArea):
    """Page images one under the other, scaled to the width of the view or zoomed."""

    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(420, 420)
        self.images: list[QImage] = []
        self.fit = True
        self.zoom = 1.0
        self.canvas = QWidget()
        self.canvas.setObjectName("reportPreviewCanvas")
        self.canvas.setAutoFillBackground(True)
        pal = self.canvas.palette()
        pal.setColor(self.canvas.backgroundRole(), theme.BORDER)
        self.canvas.setPalette(pal)
        self.pages_layout = QVBoxLayout(self.canvas)
        self.pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.placeholder = role_label(role="muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages_layout.addWidget(self.placeholder)
        self.labels: list[QLabel] = []
        self.setWidget(self.canvas)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._rescale)
        self.viewport().installEventFilter(self)

    # -- pages -----------------------------------------------------------------------
    def set_pages(self, images: list[QImage], accessible: list[str]) -> None:
        self.clear()
        self.images = list(images)
        self.placeholder.setVisible(not self.images)
        for name in accessible:
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(name)
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(label)
        self._rescale()
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        """Drop every page image (and the pixmaps made from them)."""
        for label in self.labels:
            label.clear()
            label.hide()
            self.pages_layout.removeWidget(label)
            label.setParent(None)
            label.deleteLater()
        self.labels = []
        self.images = []
        self.placeholder.setVisible(True)

    def page_count(self) -> int:
        return len(self.images)

    # -- zoom ------------------------------------------------------------------------
    def page_width(self) -> int:
        if not self.images:
            return 0
        if self.fit:
            return max(120, self.viewport().width() - 2 * PAGE_GAP)
        return max(60, round(self.images[0].width() * self.zoom))

    def set_fit(self, fit: bool) -> None:
        if fit == self.fit:
            return
        if not fit and self.images:
            self.zoom = self.page_width() / self.images[0].width()
        self.fit = fit
        self._rescale()
        self.zoom_changed.emit()

    def step_zoom(self, factor: float) -> None:
        if self.images and self.fit:
            self.zoom = self.page_width() / self.images[0].width()
        self.fit = False
        self.zoom = min(ZOOM_MAX, max(ZOOM_MIN, self.zoom * factor))
        self._rescale()
        self.zoom_changed.emit()

    def zoom_percent(self) -> int:
        if self.images and self.fit:
            return round(100 * self.page_width() / self.images[0].width())
        return round(100 * self.zoom)

    def _rescale(self) -> None:
        width = self.page_width()
        if not width:
            return
        ratio = self.devicePixelRatioF() or 1.0
        for image, label in zip(self.images, self.labels, strict=False):
            scaled = image.scaledToWidth(round(width * ratio), Qt.TransformationMode.SmoothTransformation)
            pixmap = QPixmap.fromImage(scaled)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())
        self.zoom_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.viewport() and event.type() == QEvent.Type.Resize and self.fit and self.images:
            self._timer.start()
        return super().eventFilter(watched, event)


class ClickLabel(QLabel):
    """The wrapping text of a check box (a QCheckBox's own text does not wrap): clicking it,
    or its mnemonic, toggles the box."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if self.box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mouseReleaseEvent(event)
