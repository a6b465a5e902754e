"""The issue 12 "Done when": ``fielddoc demo --programme DIR`` runs a monitoring programme end to end.

HQ schedules three hearings and briefs two monitors; they import the briefings, cover their
hearings and export; HQ imports both bundles and sees coverage, the per-defendant table and the
torture allegations by court response; the public edition of the period report is TLP:CLEAR and
leaves out what it must. In English, Russian and Kazakh.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq.store import open_hq
from fielddoc.records.service import Records
from tests.test_reports import needs_poppler

WORDS = {
    "en": {"imported": "HQ imported 2 bundles.",
           "total": "Total: held 2, monitored 2; scheduled 1; hearings 3",
           "abenov": "Serik Abenov: hearings 2 (Present 2); in custody: Yes; torture allegations: 2",
           "refused": "Court refused to examine it: allegations 1, persons 1",
           "all": "All allegations: allegations 3, persons 2 (in 2 of 2 hearings)",
           "left_out": "Records marked above", "edition": "Public edition (TLP:CLEAR)",
           "section": "Torture allegations by court response"},
    "ru": {"imported": "Штаб импортировал пакетов: 2.",
           "total": "Всего: проведено 2, под наблюдением 2; назначено 1; всего заседаний 3",
           "abenov": "Серик Абенов: заседаний 2 (Присутствует 2); под стражей: Да; заявлений о пытках: 2",
           "refused": "Суд отказался проверять: заявлений 1, лиц 1",
           "all": "Все заявления: заявлений 3, лиц 2 (на 2 из 2 заседаний)",
           "left_out": "Записи с пометкой выше", "edition": "Публичная версия (TLP:CLEAR)",
           "section": "Заявления о пытках по ответу суда"},
    "kk": {"imported": "Штаб 2 пакетті импорттады.",
           "total": "Барлығы: өтті 2, бақыланды 2; жоспарланды 1; барлық отырыс 3",
           "abenov": "Серик Абенов: отырыстар 2 (Қатысты 2); қамауда: Иә; азаптау туралы арыздар: 2",
           "refused": "Сот тексеруден бас тартты: арыздар 1, адамдар 1",
           "all": "Барлық арыздар: арыздар 3, адамдар 2 (2 отырыстың 2 отырысында)",
           "left_out": "TLP:CLEAR деңгейінен жоғары", "edition": "Жария нұсқа (TLP:CLEAR)",
           "section": "Азаптау туралы арыздар соттың жауабы бойынша"},
}
#: never in a public edition: people who did not consent to publication (every spelling), the
#: interview whose source refuses publication, the incident marked above TLP:CLEAR
HIDDEN = ("Abenov", "Абенов", "Gulnara", "Гульнара", "Aliya Seitova", "Алия Сеитова", "Bolat Nurlanov",
          "Болат Нурланов", "Interview with", "Monitor followed")


def _pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_programme_runs_end_to_end(tmp_path, lang):
    from fielddoc.cli.demo_programme import CASE_1, H1, H2, H3, run_programme

    folder = tmp_path / "programme"
    res = run_programme(folder, "demo passphrase for the test", lang, params=TEST_PARAMS)
    text = "\n".join(res.lines)
    words = WORDS[lang]
    for key in ("imported", "total", "abenov", "refused", "all"):
        assert words[key] in text, key
    # coverage: the two covered hearings are held and monitored; the third is still scheduled
    assert (res.coverage.total.hearings, res.coverage.total.held, res.coverage.total.monitored,
            res.coverage.total.scheduled) == (3, 2, 2, 1)
    by_case = {r.key: r for r in res.coverage.rows}
    assert (by_case[CASE_1].held, by_case[CASE_1].monitored) == (2, 2)
    assert {w.monitor_id: w.attended_held for w in res.coverage.workload} == {
        "per-demo-monitor-a": 1, "per-demo-monitor-b": 1}
    # the per-defendant table: both defendants, at both hearings, with their allegations
    rows = {d.person_id: d for d in res.defendants}
    assert set(rows) == {"per-demo-abenov", "per-demo-ilyasov"}
    assert [a.get("court_response") for a in rows["per-demo-abenov"].allegations] == [
        "refused_to_examine", "ordered_check"]
    assert [h[0] for h in rows["per-demo-abenov"].hearings] == [H1, H2]
    assert rows["per-demo-ilyasov"].custody == "no" and len(rows["per-demo-ilyasov"].allegations) == 1
    # allegations by court response
    c = res.allegations
    assert (c.allegations, c.persons, c.hearings, c.hearings_with) == (3, 2, 2, 2)
    assert {r.response: r.allegations for r in c.rows if r.allegations} == {
        "not_addressed": 1, "refused_to_examine": 1, "ordered_check": 1}
    # the public edition: TLP:CLEAR, nothing unconsented or above CLEAR, and what was left out counted
    public = _pdftotext(res.public_pdf)
    internal = _pdftotext(res.internal_pdf)
    assert res.public_tlp == "CLEAR" and "TLP:CLEAR" in public and "TLP:AMBER" not in public
    assert words["edition"] in public and words["section"] in public
    for hidden in HIDDEN:
        assert hidden not in public, hidden
    line = next(ln for ln in public.splitlines() if words["left_out"] in ln)
    assert re.search(r"\s1$", line.strip()), line  # the incident marked TLP:AMBER
    assert res.left_out == 1
    assert "Monitor followed" in internal and "TLP:AMBER" in internal
    # HQ holds both monitors' work as plain continuations of its own records: no conflicts
    hq = open_hq(folder / "hq", "demo passphrase for the test")
    try:
        rec = Records(hq)
        for hid in (H1, H2):
            assert rec.get(hid)["status"] == "held" and not rec.meta(hid).get("conflict")
        assert rec.get(H3)["status"] == "scheduled"
        assert rec.get("src-demo-sister")["consent"]["scopes"]["publish"] == "no"
        assert rec.verify_history() == []
    finally:
        hq.lock()


def test_cli_demo_programme_refuses_a_folder_in_use(tmp_path, capsys):
    from fielddoc.cli.main import main

    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    assert main(["demo", "--programme", str(tmp_path / "busy"), "--lang", "en"]) == 2
    assert "not an empty folder" in capsys.readouterr().err
    assert (tmp_path / "busy" / "notes.txt").read_text() == "mine"
