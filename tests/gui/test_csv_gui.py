"""The CSV export dialog: the plaintext acknowledgement, the files it writes (read back with csv),
what it leaves out unless asked, the overwrite question, and a cancel that leaves nothing behind."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from fielddoc.fsutil import TMP_SUFFIX
from fielddoc.gui.dialogs.report_csv import CsvExportDialog
from fielddoc.records import schema
from fielddoc.records.csv_export import CODEBOOK


@pytest.fixture
def make_dialog(qtbot, window):
    made = []

    def make():
        dialog = CsvExportDialog(window.session, window)
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.isVisible():
            dialog.reject()
    window.runner.wait_idle()


def read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def live(acceptance, key: str, *, device_only: bool) -> list[dict]:
    docs = [d for d in acceptance.get(key) or [] if isinstance(d, dict) and not d.get("deleted_at")]
    if device_only:
        return docs
    hidden = {str(d.get("id")) for k in schema.KINDS for d in acceptance.get(k) or []
              if isinstance(d, dict) and schema.effective_confidentiality(d) == "device_only"}
    return [d for d in docs if schema.effective_confidentiality(d) != "device_only"
            and not any(d.get(end) in hidden for end in ("subject_id", "object_id", "from_id", "to_id"))]


def export(qtbot, dialog, folder: Path, *, answer: bool | None = None) -> None:
    dialog.folder.setText(str(folder))
    dialog.understand.setChecked(True)
    with qtbot.waitSignal(dialog.finished_work, timeout=30000):
        dialog.export_button.click()
        if answer is not None:
            qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=5000)
            if answer:
                dialog.question.yes_button.click()
            else:
                dialog.question.reject()


def test_export_needs_the_plaintext_acknowledgement(make_dialog, tmp_path):
    dialog = make_dialog()
    assert dialog.warning_box.isVisible()
    assert "NOT encrypted" in dialog.warning_title.text()
    assert not dialog.export_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "out"))
    assert not dialog.export_button.isEnabled()  # a folder alone is not enough
    assert "I understand" in dialog.last_message
    dialog.understand.setChecked(True)
    assert dialog.export_button.isEnabled()
    dialog.folder.clear()
    assert not dialog.export_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.understand.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.export()  # even called directly, nothing happens without the acknowledgement
    assert not (tmp_path / "out").exists()
    # the options start unticked, their warnings hidden
    assert not dialog.device_only.isChecked() and not dialog.contact.isChecked()
    assert not dialog.device_only_warning.isVisibleTo(dialog)
    dialog.device_only.setChecked(True)
    assert dialog.device_only_warning.isVisibleTo(dialog)
    dialog.contact.setChecked(True)
    assert dialog.contact_warning.isVisibleTo(dialog) and "persons.csv" in dialog.contact_warning.text()


def test_export_writes_the_tables_and_codebook(qtbot, make_dialog, tmp_path, acceptance):
    dialog = make_dialog()
    out = tmp_path / "out"
    export(qtbot, dialog, out)
    assert dialog._result is not None, dialog.last_message
    written = {f.path.name: f.rows for f in dialog._result.files}
    assert set(written) == {p.name for p in out.iterdir()}
    assert CODEBOOK in written
    for key in schema.KINDS:
        rows = read(out / f"{key}.csv")
        assert len(rows) == written[f"{key}.csv"]
        assert len(rows) == len(live(acceptance, key, device_only=False)), key
    ids = {r["id"] for key in schema.KINDS for r in read(out / f"{key}.csv")}
    device_only = {d["id"] for key in schema.KINDS for d in acceptance.get(key) or []
                   if isinstance(d, dict) and schema.effective_confidentiality(d) == "device_only"}
    assert device_only and not device_only & ids
    book = read(out / CODEBOOK)
    assert len(book) == written[CODEBOOK] and {r["file"] for r in book} == set(written) - {CODEBOOK}
    # the result lists every file with its row count; child files sit under their record type
    shown = {}
    for i in range(dialog.files.topLevelItemCount()):
        item = dialog.files.topLevelItem(i)
        shown[item.text(0)] = item.text(1)
        for j in range(item.childCount()):
            shown[item.child(j).text(0)] = item.child(j).text(1)
    assert set(shown) == set(written)
    assert dialog.files.topLevelItem(dialog.files.topLevelItemCount() - 1).text(0) == CODEBOOK
    assert shown["hearings.csv"] == str(written["hearings.csv"])
    assert "not encrypted" in dialog.last_message and str(len(written)) in dialog.last_message
    assert "Device-only records left out" in dialog.last_message
    assert not list(out.glob(f"*{TMP_SUFFIX}"))


def test_device_only_records_when_included(qtbot, make_dialog, tmp_path, acceptance):
    dialog = make_dialog()
    out = tmp_path / "all"
    dialog.device_only.setChecked(True)
    export(qtbot, dialog, out)
    assert dialog._result is not None, dialog.last_message
    for key in schema.KINDS:
        assert len(read(out / f"{key}.csv")) == len(live(acceptance, key, device_only=True)), key
    assert any(r["confidentiality"] == "device_only"
               for key in schema.KINDS for r in read(out / f"{key}.csv"))
    assert "left out" not in dialog.last_message


def test_existing_files_ask_first_and_no_keeps_them(qtbot, make_dialog, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "hearings.csv").write_text("mine\n")
    (out / "notes.txt").write_text("not ours\n")
    before = snapshot(out)
    dialog = make_dialog()
    export(qtbot, dialog, out, answer=False)
    assert snapshot(out) == before
    assert dialog._result is None and "Nothing was written" in dialog.last_message
    assert dialog.export_button.isEnabled()
    # yes: the FieldDoc files are replaced, other files are left alone
    export(qtbot, dialog, out, answer=True)
    assert dialog._result is not None
    assert (out / "hearings.csv").read_text("utf-8-sig").startswith("id,")
    assert (out / "notes.txt").read_text() == "not ours\n"


def test_cancel_leaves_no_partial_file(qtbot, make_dialog, tmp_path, monkeypatch):
    out = tmp_path / "out"
    dialog = make_dialog()
    export(qtbot, dialog, out)  # an earlier export, which must survive the cancelled one untouched
    before = snapshot(out)
    real_fsync = os.fsync
    calls = 0

    def fsync(fd: int) -> None:  # Cancel pressed while the fifth file is being written
        nonlocal calls
        real_fsync(fd)
        calls += 1
        if calls == 5 and dialog._task is not None:
            dialog._task.cancel()

    monkeypatch.setattr(os, "fsync", fsync)
    dialog.device_only.setChecked(True)  # different content, so a partial overwrite would show
    export(qtbot, dialog, out, answer=True)
    assert calls >= 5
    assert "cancelled" in dialog.last_message
    assert dialog._result is None and not dialog.files.isVisible()
    assert snapshot(out) == before  # no temp file, no file replaced
    assert dialog.close_button.text() == "Close" and dialog.export_button.isEnabled()


def test_cancel_of_a_first_export_leaves_no_folder(qtbot, make_dialog, tmp_path, monkeypatch):
    out = tmp_path / "new" / "csv"
    (tmp_path / "new").mkdir()
    dialog = make_dialog()
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        real_fsync(fd)
        if dialog._task is not None:
            dialog._task.cancel()

    monkeypatch.setattr(os, "fsync", fsync)
    export(qtbot, dialog, out)
    assert "cancelled" in dialog.last_message
    assert list((tmp_path / "new").iterdir()) == []


def test_a_failed_write_is_a_message_and_leaves_nothing(qtbot, make_dialog, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    real_fsync = os.fsync
    calls = 0

    def fsync(fd: int) -> None:  # the disk fills up at the third file
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    dialog = make_dialog()
    export(qtbot, dialog, out)
    assert "No space left on device" in dialog.last_message and "Nothing was written" in dialog.last_message
    assert "Traceback" not in dialog.last_message and dialog._result is None
    assert list(out.iterdir()) == []


def test_folder_problems_are_messages(qtbot, make_dialog, tmp_path, monkeypatch):
    dialog = make_dialog()
    a_file = tmp_path / "file.csv"
    a_file.write_text("x")
    dialog.understand.setChecked(True)
    dialog.folder.setText(str(a_file))
    dialog.export_button.click()
    assert "is a file" in dialog.last_message and dialog._task is None
    dialog.folder.setText("relative/folder")
    dialog.export_button.click()
    assert "full path" in dialog.last_message and dialog._task is None
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    if os.access(locked, os.W_OK):  # running as root, as in CI: the refusal is simulated
        from pathlib import Path

        from fielddoc import fsutil

        real_mkdir = Path.mkdir

        def refused(self, *args, **kwargs):  # the staging folder is the first thing made there
            if self.name.endswith(fsutil.STAGE_SUFFIX):
                raise PermissionError(13, "Permission denied")
            return real_mkdir(self, *args, **kwargs)

        monkeypatch.setattr(Path, "mkdir", refused)
    try:
        with qtbot.waitSignal(dialog.finished_work, timeout=30000):
            dialog.folder.setText(str(locked))
            dialog.export_button.click()
        assert "may not write" in dialog.last_message and "Traceback" not in dialog.last_message
        assert [p for p in locked.iterdir()] == []
    finally:
        locked.chmod(0o700)


def test_choose_uses_the_picker_and_the_label_toggles(qtbot, make_dialog, tmp_path):
    from PySide6.QtCore import Qt

    dialog = make_dialog()
    dialog.ask_folder = lambda: str(tmp_path)
    dialog.browse.click()
    assert dialog.folder.text() == str(tmp_path)
    qtbot.mouseClick(dialog.understand_text, Qt.MouseButton.LeftButton)
    assert dialog.understand.isChecked() and dialog.export_button.isEnabled()


def test_kazakh_texts(qtbot, window, make_dialog):
    window.language.set("kk")
    dialog = make_dialog()
    assert dialog.export_button.text().replace("&", "") != "Export"
    assert dialog.warning_title.text() != "The CSV files are NOT encrypted"
    assert any(ch in dialog.warning_text.text() for ch in "әғқңөұүі")


def test_at_hq_the_records_come_from_the_hq_store(qtbot, tmp_path, make_window):
    from fielddoc.bundle.writer import export_bundle
    from fielddoc.crypto.kdf import TEST_PARAMS
    from fielddoc.hq.importer import import_bundle
    from fielddoc.hq.store import init_hq
    from fielddoc.records import interchange
    from fielddoc.records.service import Records
    from tests.test_bundle_support import PASSPHRASE, link, make_field

    hq = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, name="HQ Test")
    field = make_field(tmp_path / "field", "monitor-a")
    try:
        interchange.import_dataset(Records(field), {"cases": [
            {"id": "case-hq-1", "title": "Oil workers case", "case_type": "criminal",
             "confidentiality": "public", "tlp": "CLEAR"}]})
        link(field, hq)
        (tmp_path / "bundle").mkdir()
        res = export_bundle(field, tmp_path / "bundle")
        assert res is not None
        import_bundle(hq, res.path)
        window = make_window(hq.vault)
        assert window.session is not None and window.session.is_hq
        dialog = CsvExportDialog(window.session, window)
        qtbot.addWidget(dialog)
        dialog.show()
        export(qtbot, dialog, tmp_path / "out")
        assert dialog._result is not None, dialog.last_message
        assert [r["id"] for r in read(tmp_path / "out" / "cases.csv")] == ["case-hq-1"]
        dialog.reject()
        window.runner.wait_idle()
    finally:
        field.lock()
        hq.lock()


def test_a_csv_export_into_a_synced_folder_says_the_cloud_keeps_it(qtbot, make_dialog, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "OneDrive").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for var in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        monkeypatch.delenv(var, raising=False)
    dialog = make_dialog()
    export(qtbot, dialog, home / "OneDrive" / "csv")
    assert dialog._result is not None
    assert "OneDrive" in dialog.last_message and "cloud" in dialog.last_message
    other = make_dialog()
    export(qtbot, other, tmp_path / "local")
    assert other._result is not None and "cloud" not in other.last_message


def test_export_of_some_cases_only(qtbot, make_dialog, tmp_path):
    """The case filters, by clicks and typing: only the chosen cases and their records (issue 12)."""
    from PySide6.QtCore import Qt

    from tests.gui.keys import CTRL, click, press, type_text

    dialog = make_dialog()
    box = dialog.cases_filter
    qtbot.waitUntil(box.extremist.isVisible, timeout=3000)
    click(box.extremist)
    click(box.tag)
    type_text("nothing-tagged")
    out = tmp_path / "none"
    export(qtbot, dialog, out)
    assert dialog._result is not None, dialog.last_message
    assert read(out / "cases.csv") == []
    click(box.tag)
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Delete)
    assert box.tag.text() == ""
    out = tmp_path / "some"
    export(qtbot, dialog, out)
    assert {r["id"] for r in read(out / "cases.csv")} == {"case-kozlov", "case-sokolova"}
    assert {r["case_id"] for r in read(out / "hearings.csv")} <= {"case-kozlov", "case-sokolova"}
