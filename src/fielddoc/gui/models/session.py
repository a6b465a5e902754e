"""An unlocked session: the vault, its record service and the task runner, plus the
interface settings kept INSIDE the encrypted vault (language, idle timeout).

QSettings holds nothing but window geometry; everything a seizer could learn
from (even the interface language) stays in the vault.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject

from fielddoc.errors import FieldDocError
from fielddoc.gui.tasks import TaskRunner
from fielddoc.records.service import Records, Store
from fielddoc.store.vault import DEFAULT_IDLE_SECONDS, Vault

if TYPE_CHECKING:
    from fielddoc.hq.store import HQStore

LANGUAGE_KEY = "ui.language"
IDLE_KEY = "ui.idle_timeout_seconds"
CAPTURE_KEY = "ui.hide_from_capture"
MIN_IDLE = 30
MAX_IDLE = 4 * 3600


@dataclass
class UiSettings:
    language: str | None = None  # None: keep the language chosen before unlock
    idle_seconds: int | None = DEFAULT_IDLE_SECONDS  # None: never lock on idle
    hide_from_capture: bool = False  # keep the windows out of screenshots, sharing and Recall


@dataclass
class Session:
    """``hq`` is set when the vault is an HQ vault: its records may then live in
    PostgreSQL, so lists, statistics and the record service use ``store``."""

    vault: Vault
    records: Records
    runner: TaskRunner
    hq: HQStore | None = None

    @classmethod
    def open(cls, vault: Vault, runner: TaskRunner) -> Session:
        from fielddoc.hq import store as hq_store

        if vault.get_setting(hq_store.ROLE_KEY) == "hq":
            hq = hq_store.from_vault(vault)
            return cls(vault, Records(hq), runner, hq)
        return cls(vault, Records(vault), runner)

    @property
    def store(self) -> Store:
        """Where the records are: the HQ store at HQ, else the vault."""
        return self.hq if self.hq is not None else self.vault

    @property
    def is_hq(self) -> bool:
        return self.hq is not None

    def ui_settings(self) -> UiSettings:
        out = UiSettings()
        with contextlib.suppress(FieldDocError):
            out.language = self.vault.get_setting(LANGUAGE_KEY)
            raw = self.vault.get_setting(IDLE_KEY)
            if raw == "off":
                out.idle_seconds = None
            elif raw:
                with contextlib.suppress(ValueError):
                    out.idle_seconds = max(MIN_IDLE, min(MAX_IDLE, int(raw)))
            out.hide_from_capture = self.vault.get_setting(CAPTURE_KEY) == "on"
        return out

    def save_ui_settings(self, settings: UiSettings) -> None:
        if settings.language:
            self.vault.set_setting(LANGUAGE_KEY, settings.language)
        idle = "off" if settings.idle_seconds is None else str(settings.idle_seconds)
        self.vault.set_setting(IDLE_KEY, idle)
        self.vault.set_setting(CAPTURE_KEY, "on" if settings.hide_from_capture else "off")


def alive(owner: QObject, fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """A task callback that does nothing once ``owner`` is gone (deleted on lock)."""

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            fn(value)

    return call
