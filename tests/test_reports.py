"""PDF reports: they show what the records say, leave out what must not be shown, and print
Cyrillic and Kazakh as text (content is checked Qt-free; the PDF with Qt and poppler)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fielddoc.reports import content
from fielddoc.reports.content import ReportRefused, WrongKind
from fielddoc.reports.model import Chart, Table
from tests.conftest import ACCEPTANCE, PASSPHRASE

KAZAKH = "әғқңөұүһі"
ROOT = Path(__file__).resolve().parent.parent
SHA = "a3995b486345c662f35135c4b4c49861a6979fb3c726a5017c383575d7d29b8e"


def _table(report, first_column: str) -> Table:
    return next(b for b in report.blocks if isinstance(b, Table) and b.columns[0] == first_column)


def _secret_hearing(rec) -> None:
    """A hearing that names the device-only witness and has a device-only attachment."""
    rec.create("hearing", {
        "id": "hrg-test-secret", "case_id": "case-kozlov", "date": "2012-09-10", "status": "held",
        "hearing_type": "main_trial_session", "court_id": "org-court-mangistau-district",
        "witnesses": [{"person_id": "per-anon-001", "called_by": "defence", "anonymous": True}],
        "fair_trial": [{"item": "ft.eoa.cross_examination_possible", "answer": "no",
                        "assessment": "apparent_violation", "note": "Anonymous witness not questioned"}],
        "narrative": "Open session.", "confidentiality": "partners", "tlp": "GREEN",
    })
    rec.create("attachment", {
        "id": "att-test-secret", "title": "Secret recording W-07", "related_ids": ["hrg-test-secret"],
        "files": [{"role": "original", "file_name": "w07.ogg", "sha256": "b" * 64}],
        "confidentiality": "device_only", "tlp": "RED",
    })


# -- what the reports say (Qt-free) ----------------------------------------------------------
def test_hearing_report_shows_what_the_record_says(loaded):
    r = content.hearing_report(loaded, "hrg-zh-2012-03-28", "en")
    text = r.text()
    for expected in ("Zhanaozen mass-riots case (37 defendants)", "11471803100615", "Aktau City Court",
                     "'Armand' youth centre used as courtroom", "28 March 2012", "10:00 (UTC+05:00)",
                     "17:30 (UTC+05:00)", "Aralbay Nagashybayev", "Main trial session", "First instance",
                     "Glass box", "Restricted", "300", "Civic Solidarity Platform", "M-01",
                     "Removed from the courtroom", "two NGO-delegated observers",
                     "Defendants stood for over three hours in protest at the recording ban",
                     "Photo: queue outside the Armand centre before the session", "IMG_0412.JPG", SHA,
                     "Abuse claims swamp Kazakh oil riot trial (BBC, May 2012)"):
        assert expected in text, expected
    checklist = _table(r, "Question")
    rows = {row[0]: row[1:3] for row in checklist.rows}
    assert rows["The public was admitted"] == ("Partly", "Concern")
    assert rows["Monitors were admitted"] == ("Partly", "Concern")
    # the attachment and the monitor are marked AMBER, so the whole report is
    assert r.tlp == "AMBER" and "att-photo-armand" in r.record_ids
    assert r.withheld == 0


def test_hearing_report_in_russian_and_kazakh(loaded):
    ru = content.hearing_report(loaded, "hrg-zh-2012-04-16", "ru").text()
    assert "Отчёт о судебном заседании" in ru and "16 апреля 2012\u00a0г." in ru
    assert "Доступ к защитнику с момента задержания" in ru and "Признаки нарушения" in ru
    assert "Monitors reported denial of counsel in the initial investigation phase" in ru
    kk = content.hearing_report(loaded, "hrg-zh-2012-04-16", "kk").text()
    assert "Сот отырысы туралы есеп" in kk and "2012 жылғы 16 сәуір" in kk
    assert "Бұзушылық белгілері" in kk and "Roza Tuletayeva" in kk


def test_verdicts_and_sentences(loaded):
    en = content.hearing_report(loaded, "hrg-kozlov-2012-10-08", "en")
    text = en.text()
    assert "Imprisonment 7 years 6 months, Confiscation of property" in text  # 7.5 years, upgraded
    assert "Imprisonment 5 years, suspended" in text
    assert "A. Plugov" in text and "Retained privately" in text
    ru = content.hearing_report(loaded, "hrg-kozlov-2012-10-08", "ru").text()
    assert "Лишение свободы 7 лет 6 месяцев, Конфискация имущества" in ru
    assert "Лишение свободы 5 лет, условно" in ru and "Лишение свободы 4 года, условно" in ru


def test_device_only_content_is_left_out_unless_included(loaded):
    _secret_hearing(loaded)
    r = content.hearing_report(loaded, "hrg-test-secret", "en")
    text = r.text()
    assert "ANON-001" not in text and "[withheld: device-only record]" in text
    assert "Secret recording W-07" not in text and "b" * 64 not in text
    assert "per-anon-001" not in r.record_ids and "att-test-secret" not in r.record_ids
    assert r.withheld == 2 and r.tlp == "AMBER"  # unmarked organisations count as AMBER
    full = content.hearing_report(loaded, "hrg-test-secret", "en", include_device_only=True)
    assert "ANON-001" in full.text() and "Secret recording W-07" in full.text()
    assert full.tlp == "RED"


def test_a_report_on_a_device_only_record_needs_the_explicit_choice(loaded):
    loaded.create("hearing", {"id": "hrg-test-local", "case_id": "case-kozlov", "date": "2012-09-11",
                              "narrative": "Kept on this laptop only.", "confidentiality": "device_only"})
    with pytest.raises(ReportRefused):
        content.hearing_report(loaded, "hrg-test-local", "en")
    r = content.hearing_report(loaded, "hrg-test-local", "en", include_device_only=True)
    assert "Kept on this laptop only." in r.text() and r.tlp == "RED"
    with pytest.raises(WrongKind):
        content.hearing_report(loaded, "case-kozlov", "en")
    # …and it never appears in a case summary or a period report by default
    assert "2012-09-11" not in str(content.case_summary(loaded, "case-kozlov", "en").record_ids)
    assert "hrg-test-local" not in content.case_summary(loaded, "case-kozlov", "en").record_ids
    assert "hrg-test-local" in content.case_summary(loaded, "case-kozlov", "en",
                                                    include_device_only=True).record_ids


def test_contact_details_only_when_included(loaded):
    doc = loaded.get("per-plugov")
    loaded.update("per-plugov", {**doc, "contact": {"phone": "+7 701 555 0199", "signal": "@plugov"}})
    r = content.hearing_report(loaded, "hrg-kozlov-2012-10-08", "en")
    assert "+7 701 555 0199" not in r.text() and "Contact details" not in r.text()
    r = content.hearing_report(loaded, "hrg-kozlov-2012-10-08", "en", include_contact=True)
    assert "phone: +7 701 555 0199" in r.text()


def test_case_summary(loaded):
    r = content.case_summary(loaded, "case-zhanaozen-37", "en")
    text = r.text()
    assert r.title == "Case summary" and r.subtitle == "Zhanaozen mass-riots case (37 defendants)"
    assert "KZ-CC-1997 241" in text and "organising / participating in mass riots" in text
    timeline = _table(r, "Date")
    events = [e for _, e in timeline.rows]
    assert timeline.rows[0] == ("27 March 2012", "Case opened")
    assert sum(e.startswith("Hearing:") for e in events) == 4
    chart = next(b for b in r.blocks if isinstance(b, Chart))
    values = dict(zip(chart.categories, chart.values, strict=True))
    # across all four hearings: B two concerns, D two, F one, H one apparent violation
    assert values == {"B. Public hearing": (0, 2, 0), "D. Presence of the accused": (0, 2, 0),
                      "F. Evidence obtained by torture": (0, 1, 0), "H. Right to counsel": (1, 0, 0)}
    assert "Roza Tuletayeva" in text and "Imprisonment 7 years" in text
    assert "13 imprisoned, 3 acquitted, others suspended/amnestied" in text
    kozlov = content.case_summary(loaded, "case-kozlov", "en").text()
    assert "Notes passed to judge during sessions (Aug-Sep)" in kozlov  # case-level observation
    assert "Vladimir Kozlov apprehended" in kozlov and "KNB pre-trial detention centre, Almaty" in kozlov


def test_period_report(loaded):
    r = content.period_report(loaded, "2012-06-01", "2012-06-30", "en")
    stats = {row[0]: row[1] for row in _table(r, "Type").rows}
    assert stats["Hearings"] == "1" and stats["Incidents"] == "0"  # the June incident is device-only
    assert "Attempted abduction" not in r.text() and r.withheld >= 1
    r = content.period_report(loaded, "2012-06-01", "2012-06-30", "en", include_device_only=True)
    assert {row[0]: row[1] for row in _table(r, "Type").rows}["Incidents"] == "1" and r.tlp == "RED"
    year = content.period_report(loaded, "2011-10-01", "2012-12-31", "en")
    per_month = next(b for b in year.blocks if isinstance(b, Chart) and b.kind == "columns")
    assert len(per_month.categories) == 15 and per_month.total == 6
    text = year.text()
    assert "Police fire on strikers and residents, Zhanaozen" in text
    assert "killed 16 (14–17), disputed" in text and "Vadim Kuramshin" in text


# -- the PDF (Qt, poppler) -----------------------------------------------------------------------
HAVE_QT = importlib.util.find_spec("PySide6") is not None
needs_qt = pytest.mark.skipif(not HAVE_QT, reason="PySide6 not installed")
needs_poppler = pytest.mark.skipif(not (HAVE_QT and shutil.which("pdftotext")),
                                   reason="poppler-utils or PySide6 not installed")


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    f = tmp_path / "r.pdf"
    f.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(f), "-"], capture_output=True, text=True,
                          check=True).stdout


@needs_poppler
def test_pdf_text_and_marking(loaded, tmp_path):
    from fielddoc.reports import pdf

    data = pdf.render_pdf(content.hearing_report(loaded, "hrg-zh-2012-03-28", "en"))
    assert data.startswith(b"%PDF-")
    text = _pdftotext(data, tmp_path)
    for expected in ("Hearing report", "TLP:AMBER", "28 March 2012", "Aralbay Nagashybayev", "Partly",
                     "Concern", "Page 1 of", SHA[:32], SHA[32:]):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(tmp_path / "r.pdf")], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])


@needs_poppler
def test_kazakh_letters_are_text_not_boxes(loaded, tmp_path):
    """pdftotext of a Kazakh report finds every Kazakh letter, from the labels and the narrative."""
    from fielddoc.reports import pdf

    doc = loaded.get("hrg-zh-2012-06-04")
    loaded.update("hrg-zh-2012-06-04", {**doc, "narrative": (
        "Сағат онда басталды. Залда жиһаз жетіспеді; бақылаушылар дәлізде күтті, "
        "көпшілік өңірлік ұйымдардың өкілдері болды. ӘҒҚҢӨҰҮҺІ")})
    data = pdf.render_pdf(content.hearing_report(loaded, "hrg-zh-2012-06-04", "kk"))
    text = _pdftotext(data, tmp_path)
    assert "Сот отырысы туралы есеп" in text and "2012 жылғы 4 маусым" in text
    for letter in KAZAKH + KAZAKH.upper():
        assert letter in text, letter
    assert "жиһаз" in text and "ӘҒҚҢӨҰҮҺІ" in text
    # the catalogue alone (no user text) already carries all but the rare һ
    plain = _pdftotext(pdf.render_pdf(content.case_summary(loaded, "case-kuramshin", "kk")), tmp_path)
    assert all(c in plain.lower() for c in KAZAKH.replace("һ", ""))


@needs_poppler
def test_layout_keeps_headings_with_charts_and_wraps_long_urls(loaded, tmp_path):
    """A chart never sits on the page after its heading; a URL longer than its column
    wraps and is all there (it used to be cut off at the cell's edge)."""
    from fielddoc.reports import pdf

    report = content.case_summary(loaded, "case-kozlov", "ru")
    heading = "Поводы для озабоченности по правам справедливого суда"
    pages = _pdftotext(pdf.render_pdf(report), tmp_path).split("\f")
    with_heading = [p for p in pages if heading in p]
    assert len(with_heading) == 1 and "Равенство сторон" in with_heading[0]
    text = "".join(pages)
    assert "kazakh_police_raid_opposition_pa" in text and "24460345.html" in text  # the end was lost


@needs_poppler
def test_every_report_type_renders_in_three_languages(loaded, tmp_path):
    from fielddoc.reports import pdf

    for lang, title in (("en", "Period report"), ("ru", "Отчёт за период"), ("kk", "Кезең бойынша есеп")):
        for report in (content.hearing_report(loaded, "hrg-kuramshin-2012-12-07", lang),
                       content.case_summary(loaded, "case-kozlov", lang),
                       content.period_report(loaded, "2011-01-01", "2012-12-31", lang)):
            data = pdf.render_pdf(report)
            assert data.startswith(b"%PDF-") and len(data) > 10_000
        assert title in _pdftotext(data, tmp_path)
    images = pdf.render_images(content.period_report(loaded, "2012", "2012", "en"), dpi=40)
    assert images and images[0].width() == round(210 / 25.4 * 40)


@needs_qt
def test_rendering_writes_no_file(loaded, tmp_path, monkeypatch):
    """Rendering happens in memory: no temporary file, anywhere we can watch."""
    from fielddoc.reports import pdf

    watched = tmp_path / "tmp"
    watched.mkdir()
    monkeypatch.setenv("TMPDIR", str(watched))
    monkeypatch.chdir(watched)
    data = pdf.render_pdf(content.case_summary(loaded, "case-zhanaozen-37", "en"))
    pdf.render_images(content.case_summary(loaded, "case-zhanaozen-37", "en"), dpi=30)
    assert list(watched.iterdir()) == [] and data.startswith(b"%PDF-")
    target = tmp_path / "out" / "case.pdf"
    target.parent.mkdir()
    pdf.save_pdf(content.case_summary(loaded, "case-zhanaozen-37", "en"), target)
    assert [p.name for p in target.parent.iterdir()] == ["case.pdf"]  # atomic, no leftovers


@needs_qt
def test_many_renders_do_not_crash_the_interpreter():
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on many void calls (it is
    excluded in pyproject.toml): a long session of previews must not lose any."""
    code = (
        "import sys\n"
        "from fielddoc.reports import pdf\n"
        "from fielddoc.reports.model import Report, Heading, Table, Chart, Fields\n"
        "r = Report('hearing', 'en', 'T', 'S', 'CLEAR', 'g', 'n', [Heading('h'), Fields((('a','b'),)),"
        " Table(('a',), (('b',),)), Chart('c', 'bars', ('x',), ('s',), ((1,),))])\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(150): pdf.render_pdf(r)\n"
        "print(before - sys.getrefcount(None))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                       cwd=ROOT)
    assert p.returncode == 0, p.stderr[-500:]
    assert int(p.stdout.strip()) <= 0


# -- the CLI ------------------------------------------------------------------------------------
@needs_poppler
def test_cli_report_commands(tmp_path):
    env = {**os.environ, "FIELDDOC_PASSPHRASE": PASSPHRASE, "FIELDDOC_LANG": "en",
           "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tests.helpers.cheap_cli", *args], cwd=ROOT, env=env,
                              text=True,
                              capture_output=True, timeout=120)

    v = str(tmp_path / "vault")
    assert run("init", "--vault", v).returncode == 0  # cheap Argon2id: tests/helpers/cheap_cli.py
    assert run("import-json", "--vault", v, str(ACCEPTANCE)).returncode == 0
    out = tmp_path / "h.pdf"
    r = run("report", "hearing", "hrg-zh-2012-03-28", "--vault", v, "--out", str(out), "--lang", "ru")
    assert r.returncode == 0, r.stderr
    assert "NOT encrypted" in r.stderr and "TLP:AMBER" in r.stdout
    assert "Отчёт о судебном заседании" in _pdftotext(out.read_bytes(), tmp_path)
    r = run("report", "hearing", "hrg-zh-2012-03-28", "--vault", v, "--out", str(out))
    assert r.returncode == 2 and "--force" in r.stderr
    r = run("report", "case", "case-kozlov", "--vault", v, "--out", str(tmp_path / "c.pdf"))
    assert r.returncode == 0, r.stderr
    r = run("report", "period", "--from", "2012-06", "--to", "2012-06", "--vault", v, "--out",
            str(tmp_path / "p.pdf"))
    assert r.returncode == 0 and "1 device-only record(s) were left out" in r.stderr
    r = run("report", "period", "--vault", v, "--out", str(tmp_path / "q.pdf"))
    assert r.returncode == 2 and "--from" in r.stderr
    r = run("report", "hearing", "inc-attempted-abduction-abroad", "--vault", v, "--out",
            str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and not (tmp_path / "x.pdf").exists()


def test_hearing_report_shows_quotes_verbatim(loaded):
    loaded.create("hearing", {
        "id": "hrg-test-quotes", "case_id": "case-kozlov", "date": "2012-10-09",
        "quotes": [{"time": "11:24", "speaker_id": "per-kozlov", "language": "ru",
                    "text": "Я не признаю вину"}],
    })
    for lang, speaker, name in (("en", "Speaker", "Vladimir Kozlov"), ("ru", "Говорящий", "Владимир Козлов"),
                                ("kk", "Сөйлеуші", "Владимир Козлов")):  # Cyrillic name in ru/kk (issue 12)
        r = content.hearing_report(loaded, "hrg-test-quotes", lang)
        table = next(b for b in r.blocks if isinstance(b, Table) and b.columns[1:2] == (speaker,))
        assert table.rows == (("11:24", name, "ru", "Я не признаю вину"),)
