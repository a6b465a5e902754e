"""The partners edition of reports and CSV (issue 12 §5): TLP:GREEN, share_with_partners obeyed."""

from __future__ import annotations

import shutil

import pytest

from fielddoc.records.consent import PSEUDONYM_SETTING, pseudonym_code
from fielddoc.records.csv_export import write_csv_export
from fielddoc.reports import content
from fielddoc.reports.model import Fields, Heading
from tests.test_reports import HAVE_QT, _pdftotext

HEARING = "hrg-zh-2012-03-28"
#: never in a partners edition: a defendant who is no public figure (by name), the monitor
#: (organisation-only), the device-only witness, an interviewee whose source refuses partners
HIDDEN = ("Sokolova", "Natalia", "Natalya", "M-01", "ANON-001", "Ospanov", "Interview with B.")
#: in the partners edition, not in the public one: a TLP:GREEN source whose consent allows partners
#: (but not publication), and its person
PARTNERS_ONLY = ("Aigerim Zhakupova", "Interview with A. Zhakupova")


def _prepare(rec) -> None:
    p = rec.get("per-sokolova")
    p["public_figure"] = False
    rec.update("per-sokolova", p)
    green = {"confidentiality": "partners", "tlp": "GREEN"}
    rec.create("person", {"id": "per-zhakupova", "name": "Aigerim Zhakupova", **green,
                          "contact": {"phone": "+7 701 000 0000"}})
    rec.create("source", {"id": "src-zhakupova", "source_kind": "interview", "person_id": "per-zhakupova",
                          "title": "Interview with A. Zhakupova", **green,
                          "consent": {"given": True, "scopes": {
                              "share_with_hq": True, "share_with_partners": True, "publish": "no"}}})
    rec.create("person", {"id": "per-ospanov", "name": "Baurzhan Ospanov", **green})
    rec.create("source", {"id": "src-ospanov", "source_kind": "interview", "person_id": "per-ospanov",
                          "title": "Interview with B. Ospanov", **green,
                          "consent": {"given": True, "scopes": {"share_with_hq": True,
                                                                "share_with_partners": False}}})
    h = rec.get(HEARING)
    h["source_ids"] = [*h.get("source_ids", []), "src-zhakupova", "src-ospanov"]
    h["notes"] = "Natalia Sokolova's lawyer, Ospanov and Zhakupova spoke to M-01 afterwards."
    h["confidentiality"], h["tlp"] = "partners", "GREEN"
    rec.update(HEARING, h)


def _counts(report) -> dict[str, str]:
    assert isinstance(report.blocks[0], Heading) and report.blocks[0].text == "Partners edition (TLP:GREEN)"
    fields = next(b for b in report.blocks[:4] if isinstance(b, Fields))
    return dict(fields.rows)


def test_partners_hearing_report_is_green_and_obeys_share_with_partners(loaded):
    _prepare(loaded)
    report = content.hearing_report(loaded, HEARING, "en", edition="partners")
    text = report.text()
    assert report.tlp == "GREEN"
    for name in HIDDEN:
        assert name not in text, name
    for name in PARTNERS_ONLY:
        assert name in text, name
    assert "+7 701" not in text
    assert "src-ospanov" not in report.record_ids and "src-zhakupova" in report.record_ids
    code = pseudonym_code(bytes.fromhex(loaded.store.get_setting(PSEUDONYM_SETTING)), "per-sokolova")
    assert f"Person {code}" in text
    counts = _counts(report)
    assert int(counts["Records marked above TLP:GREEN"]) >= 1  # M-01 (organisation)
    assert int(counts["Sources without consent to sharing with partners"]) == 1


def test_partners_period_report_in_russian(loaded):
    _prepare(loaded)
    report = content.period_report(loaded, "2011-10-01", "2012-12-31", "ru", edition="partners")
    text = report.text()
    assert report.tlp == "GREEN" and "Версия для партнёров (TLP:GREEN)" in text
    for name in HIDDEN:
        assert name not in text, name
    assert "Лицо " in text
    rows = dict(next(b for b in report.blocks[:4] if isinstance(b, Fields)).rows)
    assert int(rows["Лица, названные псевдонимом (нет согласия)"]) >= 1  # Sokolova


def test_partners_csv(loaded, tmp_path):
    _prepare(loaded)
    out = tmp_path / "partners"
    result = write_csv_export(loaded, out, edition="partners")
    text = "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(out.glob("*.csv")))
    for name in HIDDEN:
        assert name not in text, name
    for name in PARTNERS_ONLY:
        assert name in text, name
    assert "+7 701" not in text and "src-ospanov," not in text
    code = pseudonym_code(bytes.fromhex(loaded.store.get_setting(PSEUDONYM_SETTING)), "per-sokolova")
    assert f"Person {code}" in text and "Vladimir Kozlov" in text
    assert result.withheld >= 3


@pytest.mark.skipif(not (HAVE_QT and shutil.which("pdftotext")), reason="poppler-utils or PySide6 missing")
def test_partners_pdf_text(loaded, tmp_path):
    from fielddoc.reports import pdf

    _prepare(loaded)
    for report in (content.period_report(loaded, "2011-10-01", "2012-12-31", "en", edition="partners"),
                   content.case_summary(loaded, "case-sokolova", "kk", edition="partners"),
                   content.hearing_report(loaded, HEARING, "en", edition="partners")):
        text = _pdftotext(pdf.render_pdf(report), tmp_path)
        assert "TLP:GREEN" in text or "TLP:CLEAR" in text
        for name in HIDDEN:
            assert name not in text, name
    text = _pdftotext(pdf.render_pdf(content.hearing_report(loaded, HEARING, "en", edition="partners")),
                      tmp_path)
    assert "Partners edition (TLP:GREEN)" in text and "Zhakupova" in text


@pytest.mark.skipif(not (HAVE_QT and shutil.which("pdftotext")), reason="poppler-utils or PySide6 missing")
def test_cli_partners_edition(tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import ACCEPTANCE, PASSPHRASE
    from tests.test_reports import ROOT

    env = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "en",
           "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tests.helpers.cheap_cli", *args], cwd=ROOT, env=env,
                              text=True, capture_output=True, timeout=120)

    v = str(tmp_path / "vault")
    assert run("init", "--vault", v).returncode == 0
    assert run("import-json", "--vault", v, str(ACCEPTANCE)).returncode == 0
    out = tmp_path / "p.pdf"
    r = run("report", "hearing", HEARING, "--vault", v, "--out", str(out), "--edition", "partners")
    assert r.returncode == 0, r.stderr
    assert "Partners edition" in r.stdout
    text = _pdftotext(out.read_bytes(), tmp_path)
    assert "Partners edition (TLP:GREEN)" in text and "M-01" not in text
    r = run("report", "hearing", HEARING, "--vault", v, "--out", str(tmp_path / "x.pdf"),
            "--edition", "partners", "--include-contact")
    assert r.returncode == 2 and "partners edition" in r.stderr and "Traceback" not in r.stderr
    csv_dir = tmp_path / "csv"
    r = run("export-csv", "--vault", v, str(csv_dir), "--edition", "partners")
    assert r.returncode == 0, r.stderr
    text = "\n".join(p.read_text(encoding="utf-8-sig") for p in csv_dir.glob("*.csv"))
    assert "M-01" not in text and "ANON-001" not in text
