"""``fielddoc demo --programme DIR``: a monitoring programme end to end, on demo data (issue 12).

In DIR, with the published demo passphrase and the demo vault's Argon2id floor:

1. ``hq/``: an HQ vault; ``field-a/``, ``field-b/``: two monitors' vaults, which trust HQ's card
   and which HQ enrolled (the fingerprints are the ones the vaults report, as a person would read
   them out);
2. HQ schedules three hearings of two cases, assigning monitor A to the first, monitor B to the
   second and third, and briefs both devices (``briefings/``);
3. each monitor imports the briefing, covers their first hearing (presence, custody, a torture
   allegation and the court's response, fair-trial observations; A adds a source whose consent
   refuses publication, B a restricted incident) and exports a bundle (``bundles/``);
4. HQ imports both bundles, prints coverage, the per-defendant table and the torture allegations
   by court response, and writes the period report in the public edition and the internal one
   (``reports/``).

Every step calls the core functions the CLI commands call (init, recipients add, hq devices
enrol, hq brief, briefing import, edit, export, hq import, hq coverage, case defendants,
allegations, report). Demo data only: the people are invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fielddoc.bundle.briefing import import_briefing
from fielddoc.bundle.device import add_recipient, device_fingerprint, enrolment
from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto import kdf
from fielddoc.hq import devices
from fielddoc.hq.briefing import make_briefing
from fielddoc.hq.coverage import Coverage, coverage
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.store import HQStore, init_hq
from fielddoc.records import vocab
from fielddoc.records.allegation_counts import AllegationCounts, allegation_counts
from fielddoc.records.defendants import Defendant, case_defendants
from fielddoc.records.service import Records
from fielddoc.reports import strings
from fielddoc.reports.allegations import response_rows
from fielddoc.store.vault import Vault

PERIOD = ("2026-11-01", "2026-11-30")
CASE_1, CASE_2 = "case-demo-protest", "case-demo-journalist"
H1, H2, H3 = "hrg-demo-2026-11-16", "hrg-demo-2026-11-18", "hrg-demo-2027-01-12"
MONITOR_A, MONITOR_B = "per-demo-monitor-a", "per-demo-monitor-b"
ABENOV, ILYASOV, SISTER = "per-demo-abenov", "per-demo-ilyasov", "per-demo-abenova"
#: Names the public edition must not print: no consent to publication (for the tests, and to read).
UNCONSENTED = ("Serik Abenov", "Gulnara Abenova", "Aliya Seitova", "Bolat Nurlanov")
CLEAR = {"confidentiality": "public", "tlp": "CLEAR"}
ROWS = ("dp.coverage_row", "dp.defendant_row", "al.line")  # printed indented under their heading

strings.register({
    "dp.intro": ("Demo programme in {dir} (passphrase: '{passphrase}'). Demo data only: the people are "
                 "invented.",
                 "Демонстрационная программа в {dir} (пароль: «{passphrase}»). Только демонстрационные "
                 "данные: люди вымышлены.",
                 "{dir} ішіндегі демонстрациялық бағдарлама (құпия сөз: «{passphrase}»). Тек "
                 "демонстрациялық деректер: адамдар ойдан шығарылған."),
    "dp.scheduled": ("HQ scheduled {n} hearings and briefed {devices} devices.",
                     "Штаб назначил заседаний: {n} — и отправил задания на устройства: {devices}.",
                     "Штаб {n} отырыс жоспарлап, {devices} құрылғыға тапсырма жіберді."),
    "dp.briefed": ("{monitor}: briefing {sequence} imported, hearings assigned: {n}.",
                   "{monitor}: задание № {sequence} импортировано, назначено заседаний: {n}.",
                   "{monitor}: № {sequence} тапсырма импортталды, тағайындалған отырыстар: {n}."),
    "dp.covered": ("{monitor}: covered the hearing of {date} and exported a bundle.",
                   "{monitor}: наблюдал(а) заседание {date} и экспортировал(а) пакет.",
                   "{monitor}: {date} отырысын бақылап, пакетті экспорттады."),
    "dp.imported": ("HQ imported {n} bundles.", "Штаб импортировал пакетов: {n}.",
                    "Штаб {n} пакетті импорттады."),
    "dp.coverage": ("Coverage per case: hearings held and monitored",
                    "Охват по делам: заседания проведённые и наблюдавшиеся",
                    "Істер бойынша қамту: өткен және бақыланған отырыстар"),
    "dp.coverage_row": ("{label}: held {held}, monitored {monitored}; scheduled {scheduled}; hearings {n}",
                        "{label}: проведено {held}, под наблюдением {monitored}; назначено {scheduled}; "
                        "всего заседаний {n}",
                        "{label}: өтті {held}, бақыланды {monitored}; жоспарланды {scheduled}; "
                        "барлық отырыс {n}"),
    "dp.total": ("Total", "Всего", "Барлығы"),
    "dp.defendants": ("Defendants of the case «{case}»", "Подсудимые по делу «{case}»",
                      "«{case}» ісі бойынша сотталушылар"),
    "dp.defendant_row": ("{name}: hearings {n} ({presence}); in custody: {custody}; torture allegations: "
                         "{allegations} ({responses})",
                         "{name}: заседаний {n} ({presence}); под стражей: {custody}; заявлений о пытках: "
                         "{allegations} ({responses})",
                         "{name}: отырыстар {n} ({presence}); қамауда: {custody}; азаптау туралы арыздар: "
                         "{allegations} ({responses})"),
    "dp.report": ("Wrote {path} ({edition}, TLP:{tlp}).", "Записан файл {path} ({edition}, TLP:{tlp}).",
                  "{path} файлы жазылды ({edition}, TLP:{tlp})."),
    "dp.public": ("public edition", "публичная версия", "жария нұсқа"),
    "dp.internal": ("internal edition", "внутренняя версия", "ішкі нұсқа"),
    "dp.left_out": ("The public edition left out {n} records; page 1 lists what, as counts.",
                    "В публичную версию не вошло записей: {n}; на первой странице указано, что именно "
                    "и сколько.",
                    "Жария нұсқаға {n} жазба енгізілмеді; бірінші бетте не және қанша екені көрсетілген."),
    "dp.unencrypted": ("The reports are NOT encrypted; keep them only where it is safe.",
                       "Отчёты НЕ зашифрованы; храните их только в надёжном месте.",
                       "Есептер шифрланбаған; оларды тек қауіпсіз жерде сақтаңыз."),
    "dp.none": ("none", "нет", "жоқ"),
})


@dataclass
class ProgrammeResult:
    folder: Path
    coverage: Coverage
    defendants: list[Defendant]
    allegations: AllegationCounts
    public_pdf: Path
    internal_pdf: Path
    left_out: int
    public_tlp: str
    lines: list[str] = field(default_factory=list)


def _params() -> kdf.KdfParams:  # the demo vault's (cli.demo_hq): the floor, never lower
    return kdf.KdfParams(kdf.FLOOR_MEMORY_KIB, kdf.FLOOR_ITERATIONS, kdf.DEFAULT_LANES)


def _plan(rec: Records) -> None:
    """HQ's records: the court, the monitors, two cases with their defendants, three hearings."""
    rec.create("organisation", {"id": "org-demo-court", "name": "Aktau city court (demo)", **CLEAR})
    rec.create("organisation", {"id": "org-demo-ngo", "name": "Demo Monitoring Group", **CLEAR})
    internal = {"confidentiality": "organisation"}
    for pid, name, cyr, marking in ((MONITOR_A, "Aliya Seitova", "Алия Сеитова", internal),
                                    (MONITOR_B, "Bolat Nurlanov", "Болат Нурланов", internal),
                                    (ABENOV, "Serik Abenov", "Серик Абенов", CLEAR)):  # public, no consent
        rec.create("person", {"id": pid, "name": name, "other_names": [cyr], **marking})
    rec.create("person", {"id": ILYASOV, "name": "Marat Ilyasov", "other_names": ["Марат Ильясов"],
                          "public_figure": True, **CLEAR})
    rec.create("case", {"id": CASE_1, "title": "Demo case: the protest organisers", **CLEAR,
                        "tags": ["demo"], "priority": "high",
                        "charges": [{"defendant_id": ABENOV, "code": "KZ-CC-2014", "article": "174"},
                                    {"defendant_id": ILYASOV, "code": "KZ-CC-2014", "article": "272"}]})
    rec.create("case", {"id": CASE_2, "title": "Demo case: the journalist", **CLEAR,
                        "charges": [{"defendant_id": ILYASOV, "code": "KZ-CC-2014", "article": "274"}]})

    def hearing(hid: str, case: str, day: str, monitor: str) -> dict[str, Any]:
        return {"id": hid, "case_id": case, "status": "scheduled", "date": day,
                "scheduled_start": f"{day}T10:00:00+05:00", "court_id": "org-demo-court", **CLEAR,
                "assignments": [{"monitor_id": monitor, "organisation_id": "org-demo-ngo",
                                 "mode": "in_person", "status": "assigned"}]}

    rec.create("hearing", hearing(H1, CASE_1, "2026-11-16", MONITOR_A))
    rec.create("hearing", hearing(H2, CASE_1, "2026-11-18", MONITOR_B))
    rec.create("hearing", hearing(H3, CASE_2, "2027-01-12", MONITOR_B))


def _covered(doc: dict[str, Any], monitor: str, *, custody: str, allegation: dict[str, Any],
             observations: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """The scheduled hearing as the monitor recorded it in court."""
    doc = dict(doc)
    doc["status"] = "held"
    doc["monitors"] = [{"person_id": monitor, "organisation_id": "org-demo-ngo", "admission": "admitted"}]
    doc["assignments"] = [{**a, "status": "attended"} if a.get("monitor_id") == monitor else a
                          for a in doc.get("assignments", [])]
    doc["defendants"] = [{"person_id": ABENOV, "presence": "present", "in_custody": custody},
                         {"person_id": ILYASOV, "presence": "present", "in_custody": "no"}]
    doc["torture_allegations"] = [allegation]
    doc["fair_trial"] = [{"item": item, "answer": answer, "answer_basis": "observed",
                          **({"assessment": assessment} if assessment else {})}
                         for item, answer, assessment in observations]
    return doc


def _monitor_a(rec: Records) -> None:
    rec.create("person", {"id": SISTER, "name": "Gulnara Abenova", "other_names": ["Гульнара Абенова"],
                          **CLEAR})
    rec.create("source", {"id": "src-demo-sister", "source_kind": "interview", "person_id": SISTER,
                          "title": "Interview with Gulnara Abenova", **CLEAR,
                          "consent": {"given": True, "method": "oral_noted", "scopes": {
                              "share_with_hq": True, "share_with_partners": False, "publish": "no"}}})
    doc = _covered(rec.get(H1), MONITOR_A, custody="yes", allegation={
        "person_id": ABENOV, "role": "defendant", "raised_by_person_id": ABENOV, "phase": "police_custody",
        "perpetrator_description": "two police officers", "court_response": "refused_to_examine"},
        observations=[("ft.public.monitors_admitted", "yes", None),
                      ("ft.torture.allegation_raised", "yes", None),
                      ("ft.torture.court_ordered_investigation", "no", "apparent_violation")])
    doc["source_ids"] = ["src-demo-sister"]
    rec.update(H1, doc)


def _monitor_b(rec: Records) -> None:
    rec.create("incident", {"id": "inc-demo-followed", "title": "Monitor followed after the hearing",
                            "incident_type": "surveillance", "start": "2026-11-18",
                            "confidentiality": "organisation",
                            "tlp": "AMBER"})
    doc = _covered(rec.get(H2), MONITOR_B, custody="yes", allegation={
        "person_id": ILYASOV, "role": "defendant", "raised_by_person_id": ILYASOV, "phase": "arrest",
        "court_response": "not_addressed"},
        observations=[("ft.public.monitors_admitted", "yes", None),
                      ("ft.counsel.present", "yes", None),
                      ("ft.presence.cage_or_glass_box", "yes", "concern")])
    doc["torture_allegations"].append({"person_id": ABENOV, "role": "defendant",
                                       "phase": "pre_trial_detention", "court_response": "ordered_check"})
    rec.update(H2, doc)


def _field(folder: Path, author: str, passphrase: str, params: kdf.KdfParams, hq: HQStore) -> Vault:
    v = Vault.create(folder, passphrase, params=params, author=author)
    v.idle_timeout = None
    card = hq.card()
    add_recipient(v, card, card.fingerprint)  # fielddoc recipients add (fingerprint compared)
    devices.enrol(hq, enrolment(v), device_fingerprint(v), label=f"{author} (demo)")  # hq devices enrol
    return v


def run_programme(folder: Path, passphrase: str, lang: str = "en", *, params: kdf.KdfParams | None = None,
                  echo: Callable[[str], None] | None = None) -> ProgrammeResult:
    """Build and run the programme in ``folder`` (new or empty); every printed line in ``lang``."""
    lang = strings.norm_lang(lang)
    lines: list[str] = []

    def say(key: str, **kw: Any) -> None:
        text = ("  " if key in ROWS else "") + strings.t(key, lang, **kw)
        lines.append(text)
        if echo is not None:
            echo(text)

    params = params or _params()
    for sub in ("briefings", "bundles", "reports"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    say("dp.intro", dir=str(folder), passphrase=passphrase)
    hq = init_hq(folder / "hq", passphrase, params=params, name="Demo HQ")
    fields: list[Vault] = []
    try:
        hq_rec = Records(hq)
        _plan(hq_rec)
        a = _field(folder / "field-a", "monitor-a", passphrase, params, hq)
        fields.append(a)
        b = _field(folder / "field-b", "monitor-b", passphrase, params, hq)
        fields.append(b)
        say("dp.scheduled", n=3, devices=2)
        bundles = []
        for vault, monitor, record in ((a, MONITOR_A, _monitor_a), (b, MONITOR_B, _monitor_b)):
            brief = make_briefing(hq, vault.device_id, folder / "briefings", monitor_id=monitor)  # hq brief
            got = import_briefing(vault, brief.path)  # briefing import: verified against HQ's card
            name = _name(hq_rec, monitor, lang)
            say("dp.briefed", monitor=name, sequence=got.sequence, n=len(got.assignments))
            rec = Records(vault)
            record(rec)
            day = rec.get(H1 if monitor == MONITOR_A else H2)["date"]
            res = export_bundle(vault, folder / "bundles")  # fielddoc export
            if res is None:  # pragma: no cover - the monitor just recorded the hearing
                raise RuntimeError("nothing to export")
            bundles.append(res.path)
            say("dp.covered", monitor=name, date=strings.date(day, lang))
        for path in bundles:
            import_bundle(hq, path)  # fielddoc hq import: signature, device, chain checked
        say("dp.imported", n=len(bundles))
        result = _show(hq, hq_rec, folder, lang, say)
    finally:
        for v in fields:
            v.lock()
        hq.lock()
    result.lines = lines
    return result


def _name(rec: Records, rid: str, lang: str) -> str:
    from fielddoc.reports.context import _cyrillic

    doc = rec.get(rid)
    return (_cyrillic(doc) if lang in ("ru", "kk") else "") or str(doc.get("name") or doc.get("title") or rid)


def _show(hq: HQStore, rec: Records, folder: Path, lang: str, say: Callable[..., None]) -> ProgrammeResult:
    cov = coverage(hq, "case")  # fielddoc hq coverage --by case
    say("dp.coverage")
    for r in [*cov.rows, cov.total]:
        label = strings.t("dp.total", lang) if r is cov.total else r.label
        say("dp.coverage_row", label=label, held=r.held, monitored=r.monitored, scheduled=r.scheduled,
            n=r.hearings)
    defendants = case_defendants(rec, CASE_1)  # fielddoc case defendants
    say("dp.defendants", case=str(rec.get(CASE_1)["title"]))
    none = strings.t("dp.none", lang)
    for d in defendants:
        presence = ", ".join(f"{vocab.label('presence', k, lang)} {n}"
                             for k, n in d.presence_counts().items())
        responses = ", ".join(vocab.label("court_response", str(x.get("court_response")), lang)
                              for x in d.allegations if x.get("court_response")) or none
        say("dp.defendant_row", name=_name(rec, d.person_id, lang), n=len(d.hearings), presence=presence,
            custody=vocab.label("in_custody", d.custody, lang) if d.custody else none,
            allegations=len(d.allegations), responses=responses)
    counts = allegation_counts(rec, date_from=PERIOD[0], date_to=PERIOD[1])  # fielddoc hq allegations
    say("al.title")
    for label, n, persons, of in response_rows(counts, lang):
        say("al.line", label=label, n=n, persons=persons, of=of)
    from fielddoc.reports import content, pdf  # Qt, only now (as fielddoc report)

    paths: dict[str, Path] = {}
    left_out, public_tlp = 0, ""
    for edition in ("public", "internal"):
        report = content.period_report(rec, PERIOD[0], PERIOD[1], lang, edition=edition)
        path = folder / "reports" / f"period-{edition}-{lang}.pdf"
        pdf.save_pdf(report, path)
        paths[edition] = path
        say("dp.report", path=str(path), edition=strings.t("dp." + edition, lang), tlp=report.tlp)
        if edition == "public":
            left_out, public_tlp = report.withheld, report.tlp
            say("dp.left_out", n=left_out)
    say("dp.unencrypted")
    return ProgrammeResult(folder, cov, defendants, counts, paths["public"], paths["internal"], left_out,
                           public_tlp)
