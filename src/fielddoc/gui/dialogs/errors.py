"""Telling the user what went wrong: a message box, never a traceback.

A :class:`~fielddoc.errors.FieldDocError` says what happened and what to do, in
the interface language. Anything else is a bug: the user sees only its type
(no message, which might carry record text) and that nothing partial was saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fielddoc.errors import FieldDocError
from fielddoc.gui.widgets.plain import message_box
from fielddoc.i18n import translate


def message_for(exc: BaseException) -> str:
    """The message in the interface language; its parameters (file names) have their control
    characters escaped by ``FieldDocError.render``. Show it as plain text (``widgets.plain``)."""
    if isinstance(exc, FieldDocError):
        return exc.render(translate)
    from fielddoc.hq.team.pgroles import friendly

    refused = friendly(exc)  # a team member's role, refused by PostgreSQL itself
    if refused is not None:
        return refused.render(translate)
    from fielddoc.hq.dberrors import translated

    clean = translated(exc)  # HQ's PostgreSQL gone away or refusing: never a raw driver error
    if clean is not None:
        return clean.render(translate)
    return QCoreApplication.translate(
        "Errors",
        "An unexpected error occurred ({kind}). Nothing partial was saved. "
        "If it happens again, please report it.",
    ).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = message_box(parent, QMessageBox.Icon.Warning,
                      title or QCoreApplication.translate("Errors", "FieldDoc"), message_for(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
