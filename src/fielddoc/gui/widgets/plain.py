"""Outside text on screen, designed once: always plain text, control characters visible.

A recipient card's name, a device label, a file name, record text and the
messages that quote them come from outside. Qt renders a label, a message box
or a tooltip as rich text when the text merely looks like HTML, so a name
holding ``<br>`` and an HTML comment could rearrange a fingerprint dialog.
Every such place goes through this module:

* :func:`shown` / :func:`shown_lines`: the text with control characters, bidi
  overrides and (for one line) line breaks as visible ``\\uXXXX`` escapes
  (:func:`fielddoc.textsafe.escape_controls`, shared with the CLI);
* :func:`plain_label`, :func:`plain`: a QLabel that never interprets markup;
* :func:`plain_box`: a message box whose text and informative text are plain;
* :func:`plain_tip`: a tooltip (always auto-detected by Qt) made of escaped
  rich text, so it shows exactly the characters it was given.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from fielddoc.textsafe import escape_controls

PLAIN = Qt.TextFormat.PlainText


def shown(value: object) -> str:
    """One line of outside text (a name, a label, a file name, a title), escapes visible."""
    return escape_controls(str(value))


def shown_lines(value: object) -> str:
    """Several lines of outside text (a message, record text): line breaks kept."""
    return escape_controls(str(value), keep_newlines=True)


def plain(label: QLabel) -> QLabel:
    """Make ``label`` show its text as it is, never as markup."""
    label.setTextFormat(PLAIN)
    return label


def plain_label(text: str = "", role: str = "", parent: QWidget | None = None, *,
                wrap: bool = True) -> QLabel:
    """A plain-text label (word-wrapped by default) with an optional style role."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    label.setText(text)
    return label


def plain_box(box: QMessageBox) -> QMessageBox:
    """Text and informative text of ``box`` as plain text (the informative label is made
    by Qt on first use and does not follow the box's format on every Qt version)."""
    box.setTextFormat(PLAIN)
    for label in box.findChildren(QLabel):
        label.setTextFormat(PLAIN)
    return box


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                informative: str = "") -> QMessageBox:
    """A message box whose texts are plain text (nothing in it is ever read as markup)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(PLAIN)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return plain_box(box)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A modal notice with an OK button (``QMessageBox.information``, in plain text)."""
    box = message_box(parent, QMessageBox.Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def plain_tip(text: str) -> str:
    """A tooltip showing exactly ``text``: Qt guesses a tooltip's format, so it is given
    escaped rich text (line breaks kept, control characters visible)."""
    if not text:
        return ""
    body = html.escape(shown_lines(text), quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>"


__all__ = ["PLAIN", "inform", "message_box", "plain", "plain_box", "plain_label", "plain_tip", "shown",
           "shown_lines"]
