"""Settings: interface language, the idle lock, hiding the windows from screen capture. Stored
inside the vault."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fielddoc.gui.dialogs.create_vault import role_label
from fielddoc.gui.i18n import LANGUAGES, NATIVE_NAMES, is_language_change
from fielddoc.gui.models.session import MAX_IDLE, MIN_IDLE, UiSettings


class SettingsDialog(QDialog):
    def __init__(self, current: UiSettings, language: str, parent: QWidget | None = None, *,
                 platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.platform = platform
        self.setObjectName("settingsDialog")
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language or language)))
        self.idle_on = QCheckBox()
        self.minutes = QSpinBox()
        self.minutes.setRange(max(1, MIN_IDLE // 60), MAX_IDLE // 60)
        idle = current.idle_seconds
        self.idle_on.setChecked(idle is not None)
        self.minutes.setValue(max(1, (idle or 300) // 60))
        self.minutes.setEnabled(idle is not None)
        self.idle_on.toggled.connect(self.minutes.setEnabled)
        self.idle_on.toggled.connect(self._warn)
        self.capture = QCheckBox()
        self.capture.setObjectName("hideFromCapture")
        self.capture.setChecked(current.hide_from_capture)
        self.capture_note = role_label(role="muted")
        self.capture_note.setWordWrap(True)
        self.warning = role_label(role="warning")
        self.note = role_label(role="muted")
        self.language_label, self.minutes_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(QLabel(), self.idle_on)
        form.addRow(self.minutes_label, self.minutes)
        form.addRow(QLabel(), self.capture)
        form.addRow(QLabel(), self.capture_note)
        self.minutes_label.setBuddy(self.minutes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface language"))
        self.idle_on.setText(self.tr("Lock when I am away"))
        self.minutes_label.setText(self.tr("Lock after (minutes)"))
        self.capture.setText(self.tr("Hide FieldDoc's windows from screen capture"))
        if self.platform == "win32":
            note = self.tr("Screenshots, screen recordings, screen sharing and Windows Recall show "
                           "FieldDoc's windows as empty.")
        elif self.platform == "darwin":
            note = self.tr("macOS is asked to leave FieldDoc's windows out of screenshots and screen "
                           "sharing; some recording programs may still capture them.")
        else:
            note = self.tr("This desktop gives programs no way to hide a window from screen capture: "
                           "here the setting does nothing.")
        self.capture_note.setText(note)
        self.note.setText(self.tr("Ctrl+L locks at once, from anywhere in FieldDoc. These settings are "
                                  "kept inside the encrypted vault."))
        self._warn()

    def _warn(self) -> None:
        self.warning.setText("" if self.idle_on.isChecked() else self.tr(
            "Without the idle lock, anyone who picks up this laptop while FieldDoc is open can read "
            "everything in the vault."))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def result_settings(self) -> UiSettings:
        return UiSettings(
            language=str(self.language.currentData()),
            idle_seconds=self.minutes.value() * 60 if self.idle_on.isChecked() else None,
            hide_from_capture=self.capture.isChecked(),
        )
