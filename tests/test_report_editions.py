"""The public edition of a report (issue 12 §5): TLP:CLEAR, consent obeyed, stable pseudonyms."""

from __future__ import annotations

import shutil

import pytest

from fielddoc.reports import content
from fielddoc.reports.edition import SECRET_SETTING, pseudonym_code
from fielddoc.reports.model import Fields, Heading
from tests.test_reports import HAVE_QT, _pdftotext

#: names the public edition must not print: a defendant who is no public figure, the monitor
#: (organisation-only), the device-only witness, an interviewee whose source refuses publication
HIDDEN = ("Sokolova", "Natalia", "Natalya", "M-01", "ANON-001", "Zhakupova")


def _prepare(rec) -> None:
    p = rec.get("per-sokolova")
    p["public_figure"] = False
    rec.update("per-sokolova", p)
    rec.create("person", {"id": "per-zhakupova", "name": "Aigerim Zhakupova", "confidentiality": "public"})
    rec.create("source", {"id": "src-zhakupova", "source_kind": "interview", "person_id": "per-zhakupova",
                          "title": "Interview with Aigerim Zhakupova", "confidentiality": "public",
                          "consent": {"given": True, "scopes": {"share_with_hq": True, "publish": "no"}}})
    h = rec.get("hrg-zh-2012-03-28")
    h["source_ids"] = [*h.get("source_ids", []), "src-zhakupova"]
    h["notes"] = "Natalia Sokolova's lawyer and Zhakupova spoke to M-01 afterwards."
    h["confidentiality"], h["tlp"] = "public", "CLEAR"
    rec.update("hrg-zh-2012-03-28", h)


def _counts(report) -> dict[str, str]:
    assert isinstance(report.blocks[0], Heading) and "Public edition" in report.blocks[0].text
    fields = next(b for b in report.blocks[:4] if isinstance(b, Fields))
    return dict(fields.rows)


def test_public_period_report_leaves_out_and_pseudonymises(loaded):
    _prepare(loaded)
    internal = content.period_report(loaded, "2011-10-01", "2012-12-31", "en")
    assert "Natalia Sokolova" in internal.text() and internal.tlp != "CLEAR"
    public = content.period_report(loaded, "2011-10-01", "2012-12-31", "en", edition="public")
    text = public.text()
    assert public.tlp == "CLEAR"
    for name in HIDDEN:
        assert name not in text, name
    code = pseudonym_code(bytes.fromhex(loaded.store.get_setting(SECRET_SETTING)), "per-sokolova")
    assert f"Person {code}" in text
    counts = _counts(public)
    assert int(counts["Records marked above TLP:CLEAR"]) >= 1
    assert int(counts["People named by a pseudonym (no consent to publication)"]) >= 1
    assert "Vladimir Kozlov" in text or "Vadim Kuramshin" in text  # public figures keep their names
    again = content.period_report(loaded, "2011-10-01", "2012-12-31", "en", edition="public")
    assert f"Person {code}" in again.text()  # stable across runs


def test_public_hearing_report_drops_unconsented_source_and_free_text_names(loaded):
    _prepare(loaded)
    public = content.hearing_report(loaded, "hrg-zh-2012-03-28", "ru", edition="public")
    text = public.text()
    for name in HIDDEN:
        assert name not in text, name
    assert public.tlp == "CLEAR" and "src-zhakupova" not in public.record_ids
    assert "Лицо " in text


@pytest.mark.skipif(not (HAVE_QT and shutil.which("pdftotext")), reason="poppler-utils or PySide6 missing")
def test_public_pdf_text_has_none_of_the_omitted_names(loaded, tmp_path):
    from fielddoc.reports import pdf

    _prepare(loaded)
    for report in (content.period_report(loaded, "2011-10-01", "2012-12-31", "en", edition="public"),
                   content.case_summary(loaded, "case-sokolova", "kk", edition="public"),
                   content.hearing_report(loaded, "hrg-zh-2012-03-28", "en", edition="public")):
        text = _pdftotext(pdf.render_pdf(report), tmp_path)
        assert "TLP:CLEAR" in text
        for name in HIDDEN:
            assert name not in text, name


@pytest.mark.skipif(not (HAVE_QT and shutil.which("pdftotext")), reason="poppler-utils or PySide6 missing")
def test_cli_public_edition(tmp_path):
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
    r = run("report", "hearing", "hrg-zh-2012-03-28", "--vault", v, "--out", str(out), "--edition", "public")
    assert r.returncode == 0, r.stderr
    assert "TLP:CLEAR" in r.stdout and "Public edition" in r.stdout
    text = _pdftotext(out.read_bytes(), tmp_path)
    assert "Public edition (TLP:CLEAR)" in text and "M-01" not in text
    r = run("report", "hearing", "hrg-zh-2012-03-28", "--vault", v, "--out", str(tmp_path / "x.pdf"),
            "--edition", "public", "--include-contact")
    assert r.returncode == 2 and "public edition" in r.stderr and "Traceback" not in r.stderr
