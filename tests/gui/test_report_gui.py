"""The report dialog: preview pages, a saved PDF with the record's text, what it leaves out,
empty periods, Kazakh; and the application's icon and desktop identity."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from fielddoc.gui.dialogs.report import (
    ReportDialog,
    default_file_name,
    normalise_current,
)

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
HEARING = "hrg-zh-2012-03-28"


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def make_dialog(qtbot, window):
    made = []

    def make(current=None):
        dialog = ReportDialog(window.session, current, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog._ready, timeout=10000)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.isVisible():
            dialog.reject()
    window.runner.wait_idle()


def _preview(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.preview()


def _period(dialog, start: str, end: str) -> None:
    dialog.kind_buttons["period"].setChecked(True)
    dialog.date_from.setDate(QDate.fromString(start, "yyyy-MM-dd"))
    dialog.date_to.setDate(QDate.fromString(end, "yyyy-MM-dd"))


def _save(qtbot, dialog, path: Path) -> None:
    dialog.ask_save_path = lambda: str(path)
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()


def test_selected_hearing_is_preselected_and_previewed(qtbot, make_dialog):
    dialog = make_dialog(("hearing", HEARING))
    assert dialog.kind() == "hearing" and dialog.hearing.currentData() == HEARING
    assert dialog.case.currentData() == "case-zhanaozen-37"  # the hearing's case, for a case summary
    assert dialog.language.currentData() == "en"
    assert not dialog.include.isChecked() and not dialog.include_warning.isVisibleTo(dialog)
    _preview(qtbot, dialog)
    assert dialog.preview_area.page_count() >= 1
    assert len(dialog.preview_area.labels) == dialog.preview_area.page_count()
    assert not dialog.preview_area.labels[0].pixmap().isNull()
    assert dialog.page_count.text() == f"Pages: {dialog.preview_area.page_count()}"
    assert dialog.marking.text() == "TLP:AMBER"
    # zoom to width follows the view; zooming leaves it
    width = dialog.preview_area.labels[0].width()
    assert abs(width - (dialog.preview_area.viewport().width() - 24)) <= 2
    dialog.zoom_in.click()
    assert not dialog.fit_button.isChecked() and dialog.preview_area.labels[0].width() > width
    dialog.fit_button.click()
    assert dialog.preview_area.fit


def test_the_workspace_order_of_the_selection_is_understood(qtbot, make_dialog):
    assert normalise_current((HEARING, "hearing")) == ("hearing", HEARING)
    assert normalise_current(("detention", "det-kozlov-2012")) == ("detention", "det-kozlov-2012")
    assert normalise_current(None) is None
    dialog = make_dialog(("det-kozlov-2012", "detention"))
    assert dialog.kind() == "case" and dialog.case.currentData() == "case-kozlov"
    nothing = make_dialog(None)
    assert nothing.kind() == "period"
    # The latest month with records (the acceptance set ends in December 2012), not last month.
    assert nothing.date_from.date().toString("yyyy-MM-dd") == "2012-12-01"
    assert nothing.date_to.date().toString("yyyy-MM-dd") == "2012-12-31"


@needs_poppler
def test_saved_pdf_holds_the_hearing(qtbot, make_dialog, tmp_path):
    dialog = make_dialog(("hearing", HEARING))
    assert "fielddoc-report-" in default_file_name() and default_file_name().endswith(".pdf")
    target = tmp_path / "out" / "hearing.pdf"
    target.parent.mkdir()
    _save(qtbot, dialog, target)  # Save without a preview builds the report first
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    text = _pdftotext(target)
    assert "Aktau City Court" in text and "Aralbay Nagashybayev" in text and "TLP:AMBER" in text
    assert sorted(p.name for p in target.parent.iterdir()) == ["hearing.pdf"]  # no temp file left
    assert "TLP:AMBER" in dialog.last_message and "not encrypted" in dialog.last_message


@needs_poppler
def test_device_only_records_only_when_included(qtbot, make_dialog, tmp_path):
    dialog = make_dialog(None)
    _period(dialog, "2012-06-01", "2012-06-30")
    _preview(qtbot, dialog)
    assert "Attempted abduction" not in dialog._report.text()
    assert dialog.marking.text() != "TLP:RED"
    assert "left out" in dialog.last_message
    _save(qtbot, dialog, tmp_path / "default.pdf")
    assert "Attempted abduction" not in _pdftotext(tmp_path / "default.pdf")

    dialog.include.setChecked(True)
    assert dialog.include_warning.isVisibleTo(dialog)
    assert dialog._report is None  # the preview no longer matches the options
    _preview(qtbot, dialog)
    assert "Attempted abduction" in dialog._report.text() and dialog.marking.text() == "TLP:RED"
    _save(qtbot, dialog, tmp_path / "full.pdf")
    text = _pdftotext(tmp_path / "full.pdf")
    assert "Attempted abduction" in text and "TLP:RED" in text


def test_a_device_only_hearing_needs_the_choice(qtbot, window, make_dialog):
    window.session.records.create("hearing", {
        "id": "hrg-test-local", "case_id": "case-kozlov", "date": "2012-09-11",
        "narrative": "Kept on this laptop only.", "confidentiality": "device_only"})
    dialog = make_dialog(("hearing", "hrg-test-local"))
    assert dialog.hearing.currentData() == "hrg-test-local"
    _preview(qtbot, dialog)
    assert dialog.preview_area.page_count() == 0 and "Include device-only" in dialog.last_message
    dialog.include.setChecked(True)
    _preview(qtbot, dialog)
    assert dialog.preview_area.page_count() >= 1 and "Kept on this laptop only." in dialog._report.text()


@needs_poppler
def test_empty_period_is_a_valid_empty_report_with_a_message(qtbot, make_dialog, tmp_path):
    dialog = make_dialog(None)
    _period(dialog, "1990-01-01", "1990-01-31")
    _preview(qtbot, dialog)
    assert dialog.preview_area.page_count() >= 1
    assert "No hearings, incidents or detentions" in dialog.last_message
    _save(qtbot, dialog, tmp_path / "empty.pdf")
    assert "Period report" in _pdftotext(tmp_path / "empty.pdf")
    # a period that ends before it starts is not built at all
    _period(dialog, "2012-06-30", "2012-06-01")
    _preview(qtbot, dialog)
    assert "ends before it starts" in dialog.last_message and dialog._report is None


@needs_poppler
def test_kazakh_report(qtbot, make_dialog, tmp_path):
    dialog = make_dialog(("case", "case-zhanaozen-37"))
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    _save(qtbot, dialog, tmp_path / "kk.pdf")
    text = _pdftotext(tmp_path / "kk.pdf")
    assert sum(letter in text for letter in "әғқңөұүі") >= 5, text[:400]


def test_closing_or_locking_forgets_the_preview(qtbot, window, make_dialog):
    dialog = make_dialog(("hearing", HEARING))
    _preview(qtbot, dialog)
    area = dialog.preview_area
    assert area.images
    dialog.reject()
    assert area.images == [] and area.labels == [] and dialog._report is None
    assert dialog.hearing.count() == 0

    dialog = make_dialog(("hearing", HEARING))
    _preview(qtbot, dialog)
    area = dialog.preview_area
    window.lock.lock("hotkey")
    qtbot.waitUntil(lambda: window.session is None)
    assert area.images == [] and dialog._report is None and not dialog.isVisible()


def test_window_icon_and_desktop_file_name(window):
    from PySide6.QtGui import QGuiApplication

    from fielddoc.gui import app as gui_app

    icon = QGuiApplication.windowIcon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert QGuiApplication.desktopFileName() == "org.fielddoc.FieldDoc"
    desktop = Path(gui_app.__file__).resolve().parents[3] / "packaging" / "org.fielddoc.FieldDoc.desktop"
    assert desktop.is_file()


def test_save_suggests_no_synced_folder_and_warns_when_one_is_chosen(qtbot, make_dialog, tmp_path,
                                                                   monkeypatch):
    from PySide6.QtCore import Qt

    from fielddoc.gui.dialogs import report as report_mod

    home = tmp_path / "home"
    docs = home / "Dropbox" / "Documents"  # Documents moved into a synced folder
    docs.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(report_mod.QStandardPaths, "writableLocation", lambda _loc: str(docs))
    suggested = []
    target = docs / "report.pdf"

    def pick(_parent, _title, proposal, _filters, _suffix):
        suggested.append(Path(proposal))
        return str(target)

    monkeypatch.setattr(report_mod, "pick_save_file", pick)
    dialog = make_dialog(("hearing", HEARING))
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert suggested and suggested[0].parent == home  # not the synced Documents
    assert target.exists()
    assert "Dropbox" in dialog.status.text() and "cloud" in dialog.status.text()


def test_period_report_of_extremist_cases_only(qtbot, make_dialog):
    """The period report's case filters, by clicks and typing: only the chosen cases' hearings (issue 12)."""
    from PySide6.QtWidgets import QScrollArea

    from tests.gui.keys import click, type_text

    dialog = make_dialog(None)
    _period(dialog, "2011-01-01", "2012-12-31")
    box = dialog.cases_filter
    scroll = box.parent()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parent()
    if scroll is not None:
        scroll.ensureWidgetVisible(box.extremist)
    qtbot.waitUntil(box.extremist.isVisible, timeout=3000)
    click(box.extremist)
    assert box.extremist.isChecked()
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        click(dialog.preview_button)
    text = dialog._report.text()
    assert "Only the cases selected by a charge under an extremist-offence article (2 cases)" in text
    from fielddoc.reports.model import Table

    hearings = next(b for b in dialog._report.blocks
                    if isinstance(b, Table) and b.columns[:2] == ("Date", "Case"))
    cases = {row[1] for row in hearings.rows}
    assert cases and all("Kozlov" in c or "Sokolova" in c for c in cases), cases
    assert dialog._report_options.selection.extremist
    click(box.tag)
    type_text("no-such-tag")
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        click(dialog.preview_button)
    assert "(0 cases)" in dialog._report.text()


def test_period_report_by_monitoring_status_chosen_with_the_keyboard(qtbot, make_dialog):
    """The report (and CSV) dialog filters cases by monitoring status too, as the case list does."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QScrollArea

    from tests.gui.keys import click

    dialog = make_dialog(None)
    _period(dialog, "2011-01-01", "2012-12-31")
    box = dialog.cases_filter
    scroll = box.parent()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parent()
    if scroll is not None:
        scroll.ensureWidgetVisible(box.status)
    qtbot.waitUntil(box.status.isVisible, timeout=3000)
    box.status.setFocus()
    qtbot.waitUntil(box.status.hasFocus, timeout=3000)
    QTest.keyClick(box.status, Qt.Key.Key_Down)
    assert box.status.currentData() == "010000000000"
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        click(dialog.preview_button)
    assert dialog._report_options.selection.monitoring_status == "010000000000"
    assert "monitoring status" in dialog._report.text()
